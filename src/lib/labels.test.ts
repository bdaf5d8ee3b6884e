import { describe, expect, it } from 'vitest';
import { LEVEL_LABELS, LEVEL_OPTIONS, customRoleLabels, formatAccessValue, yesNo } from './labels';

describe('labels', () => {
  it('names the org levels, and offers them highest first', () => {
    expect(LEVEL_LABELS).toEqual({ ADMIN: 'Admin', MEMBER: 'Member' });
    expect(LEVEL_OPTIONS).toEqual([
      { value: 'ADMIN', label: 'Admin' },
      { value: 'MEMBER', label: 'Member' },
    ]);
  });

  it('reads a membership value as a person does', () => {
    expect(formatAccessValue('level', 'ADMIN')).toBe('Admin');
    expect(formatAccessValue('projectAccess', 'UPLOAD')).toBe('Upload');
    expect(formatAccessValue('dataSearch', true)).toBe('Yes');
    expect(yesNo(false)).toBe('No');
  });

  it('lists the custom roles held', () => {
    expect(
      customRoleLabels({
        archivalManagement: false,
        projectMemberDemotion: true,
        dataDeletion: false,
        dataSearch: true,
      }),
    ).toEqual(['Project member demotion', 'Data search']);
  });
});
