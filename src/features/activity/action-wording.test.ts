import { describe, expect, it } from 'vitest';
import { actionWords } from './action-wording';

describe('actionWords', () => {
  it('words the routes the API logs', () => {
    expect(actionWords('org.setMemberAccess')).toBe('Changed member access');
    expect(actionWords('org.invite')).toBe('Invited a member');
    expect(actionWords('org.removeMember')).toBe('Removed a member');
    expect(actionWords('app.addDevelopers')).toBe('Added app developers');
    expect(actionWords('project.invite')).toBe('Shared a project');
  });

  it('reads an unknown route from its name', () => {
    expect(actionWords('project.archiveFolder')).toBe('Project: archive folder');
    expect(actionWords('org.update2Things')).toBe('Org: update2 things');
  });

  it('keeps what is not a route as it is', () => {
    expect(actionWords('reboot')).toBe('reboot');
    expect(actionWords('.x')).toBe('.x');
    expect(actionWords('org.')).toBe('org.');
  });
});
