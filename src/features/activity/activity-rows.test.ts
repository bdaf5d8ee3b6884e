import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../api/audit';
import { facetOptions, targetText, toActivityRow } from './activity-rows';

const names = new Map([
  ['user-alice', 'Alice Liddell'],
  ['user-carol', 'Carol Okafor'],
  ['org-acme', 'Acme Genomics'],
]);
const nameOf = (id: string) => names.get(id);

const event: AuditEvent = {
  id: 'audit-000200',
  time: 0,
  actor: 'user-alice',
  action: 'org.setMemberAccess',
  target: 'user-carol',
  before: { 'user-carol': { level: 'MEMBER', projectAccess: 'VIEW' } },
  after: { 'user-carol': { level: 'MEMBER', projectAccess: 'UPLOAD' } },
};

describe('toActivityRow', () => {
  it('words who, what, the target and the change', () => {
    expect(toActivityRow(event, nameOf)).toMatchObject({
      who: 'Alice Liddell',
      what: 'Changed member access',
      target: 'Carol Okafor',
      change: 'Carol Okafor · Shared project access: View → Upload',
      changeFull: 'Carol Okafor · Shared project access: View → Upload',
    });
  });

  it('keeps IDs it cannot name', () => {
    expect(toActivityRow({ ...event, actor: 'user-gone' }, nameOf).who).toBe('user-gone');
  });
});

describe('targetText', () => {
  it('names each of several targets', () => {
    expect(targetText('user-alice,user-carol,user-x', nameOf)).toBe('Alice Liddell, Carol Okafor, user-x');
    expect(targetText('org-acme', nameOf)).toBe('Acme Genomics');
    expect(targetText('', nameOf)).toBe('');
    expect(targetText('all', nameOf)).toBe('All projects');
    expect(targetText('12 projects', nameOf)).toBe('12 projects');
  });
});

describe('facetOptions', () => {
  it('offers each value once, sorted', () => {
    const rows = [
      toActivityRow(event, nameOf),
      toActivityRow({ ...event, id: 'b', actor: 'user-carol' }, nameOf),
      toActivityRow(event, nameOf),
    ];
    expect(facetOptions(rows, 'who').map((option) => option.value)).toEqual(['Alice Liddell', 'Carol Okafor']);
  });
});
