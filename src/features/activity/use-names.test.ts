import { describe, expect, it } from 'vitest';
import { mentionedIds } from './use-names';

describe('mentionedIds', () => {
  it('finds the people and projects an event names: actor, targets, recorded values and keys', () => {
    expect(
      mentionedIds({
        id: 'audit-1',
        time: 0,
        actor: 'user-alice',
        action: 'org.removeMember',
        target: 'user-carol',
        before: { level: 'MEMBER' },
        after: { projects: { 'project-QC1': 'VIEW' }, apps: { 'app-align': 'DEVELOPER' } },
      }),
    ).toEqual(['user-alice', 'user-carol', 'project-QC1']);
    expect(
      mentionedIds({
        id: 'audit-2',
        time: 0,
        actor: 'user-alice',
        action: 'org.setMemberAccess',
        target: 'user-bob,user-dan',
        before: { billTo: 'org-acme', developers: ['user-eve.ng'] },
      }),
    ).toEqual(['user-alice', 'user-bob', 'user-dan', 'org-acme', 'user-eve.ng']);
  });
});
