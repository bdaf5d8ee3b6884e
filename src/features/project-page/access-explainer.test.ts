import { describe, expect, it } from 'vitest';
import { explainAccess, type OrgRoster } from './access-explainer';

const acme: OrgRoster = {
  orgId: 'org-acme',
  orgName: 'Acme Genomics',
  members: [
    { id: 'user-alice', name: 'Alice Liddell', level: 'ADMIN', projectAccess: 'ADMINISTER' },
    { id: 'user-bob', name: 'Bob Nakamura', level: 'MEMBER', projectAccess: 'CONTRIBUTE' },
    { id: 'user-carol', name: 'Carol Okafor', level: 'MEMBER', projectAccess: 'VIEW' },
    { id: 'user-nina', name: 'Nina None', level: 'MEMBER', projectAccess: 'NONE' },
  ],
};

const sharing: OrgRoster = {
  orgId: 'org-sharing',
  orgName: 'Cross-Lab Sharing',
  members: [{ id: 'user-carol', name: 'Carol Okafor', level: 'MEMBER', projectAccess: 'ADMINISTER' }],
};

function byId(rows: ReturnType<typeof explainAccess>) {
  return Object.fromEntries(rows.map((row) => [row.userId, row]));
}

describe('explainAccess', () => {
  it('caps an org grant at the member’s shared project access', () => {
    const rows = byId(explainAccess({ 'org-acme': 'CONTRIBUTE' }, [acme]));
    expect(rows['user-carol']).toEqual({
      userId: 'user-carol',
      name: 'Carol Okafor',
      effective: 'VIEW',
      source: 'org',
      viaOrg: 'org-acme',
      rule: 'Contribute via Acme Genomics, capped at View by their project access in that org',
    });
    expect(rows['user-bob']?.effective).toBe('CONTRIBUTE');
    expect(rows['user-bob']?.rule).toBe(
      'Contribute via Acme Genomics, within their Contribute project access in that org',
    );
  });

  it('gives an admin of the org the whole grant (in full)', () => {
    const rows = byId(explainAccess({ 'org-acme': 'UPLOAD' }, [acme]));
    expect(rows['user-alice']).toMatchObject({
      effective: 'UPLOAD',
      source: 'admin',
      rule: 'Upload via Acme Genomics, in full as an admin of that org',
    });
  });

  it('says when a member gets nothing through the org', () => {
    const rows = byId(explainAccess({ 'org-acme': 'VIEW' }, [acme]));
    expect(rows['user-nina']).toMatchObject({
      effective: 'NONE',
      source: 'org',
      rule: 'No access via Acme Genomics: their project access in that org is None',
    });
  });

  it('lets a higher explicit permission win, and names what it beat', () => {
    const rows = byId(explainAccess({ 'org-acme': 'CONTRIBUTE', 'user-carol': 'ADMINISTER' }, [acme]));
    expect(rows['user-carol']).toMatchObject({
      effective: 'ADMINISTER',
      source: 'explicit',
      rule: 'Explicit Administer permission (higher than View via Acme Genomics)',
    });
    expect(rows['user-carol']?.viaOrg).toBeUndefined();
  });

  it('lets an org grant win over a lower explicit permission', () => {
    const rows = byId(explainAccess({ 'org-acme': 'CONTRIBUTE', 'user-bob': 'VIEW' }, [acme]));
    expect(rows['user-bob']).toMatchObject({ effective: 'CONTRIBUTE', source: 'org', viaOrg: 'org-acme' });
  });

  it('prefers the explicit permission on a tie', () => {
    const rows = byId(explainAccess({ 'org-acme': 'CONTRIBUTE', 'user-carol': 'VIEW' }, [acme]));
    expect(rows['user-carol']).toMatchObject({
      effective: 'VIEW',
      source: 'explicit',
      rule: 'Explicit View permission (same as View via Acme Genomics)',
    });
  });

  it('takes the best of several orgs', () => {
    const rows = byId(explainAccess({ 'org-acme': 'CONTRIBUTE', 'org-sharing': 'UPLOAD' }, [acme, sharing]));
    expect(rows['user-carol']).toMatchObject({
      effective: 'UPLOAD',
      viaOrg: 'org-sharing',
      rule: 'Upload via Cross-Lab Sharing, within their Administer project access in that org',
    });
  });

  it('lists explicit grantees in no roster by the names given, else by ID, and ignores rosters of orgs not shared', () => {
    const rows = explainAccess(
      { 'user-dave': 'UPLOAD', 'user-zed': 'VIEW' },
      [acme],
      new Map([['user-dave', 'Dave Fischer']]),
    );
    expect(rows).toEqual([
      {
        userId: 'user-dave',
        name: 'Dave Fischer',
        effective: 'UPLOAD',
        source: 'explicit',
        rule: 'Explicit Upload permission',
      },
      { userId: 'user-zed', name: 'user-zed', effective: 'VIEW', source: 'explicit', rule: 'Explicit View permission' },
    ]);
  });

  it('sorts people by name', () => {
    const rows = explainAccess({ 'org-acme': 'VIEW' }, [acme]);
    expect(rows.map((row) => row.name)).toEqual(['Alice Liddell', 'Bob Nakamura', 'Carol Okafor', 'Nina None']);
  });
});
