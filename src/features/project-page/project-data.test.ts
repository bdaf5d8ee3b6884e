import { describe, expect, it } from 'vitest';
import { grantees } from './permissions-table';
import { billingStanding, limitsLicense, orgExtras } from './project-data';

describe('project page data', () => {
  it('reads the project spending limits license: held, not held, not shown by the server, org not visible', () => {
    const licensed = (org: unknown) => limitsLicense(org, orgExtras(org));
    expect(licensed({ id: 'org-a', licenses: { projectSpendingLimits: true } })).toBe(true);
    expect(licensed({ id: 'org-a', licenses: { projectSpendingLimits: false } })).toBe(false);
    expect(licensed({ id: 'org-a', licenses: {} })).toBe(false);
    expect(licensed({ id: 'org-a', name: 'A', policies: {} })).toBe('not shown');
    expect(licensed(undefined)).toBeUndefined();
  });

  it('reads the caller’s level and the transfer policy from an org describe', () => {
    const org = {
      id: 'org-acme',
      name: 'Acme Genomics',
      handle: 'acme',
      level: 'MEMBER',
      policies: { restrictProjectTransfer: 'ADMIN', projectSharing: 'MEMBER' },
    };
    expect(billingStanding(org as never, 'org-acme')).toEqual({
      name: 'Acme Genomics',
      level: 'MEMBER',
      policy: 'ADMIN',
    });
    expect(orgExtras(org).policies?.projectSharing).toBe('MEMBER');
  });

  it('knows nothing of an org it could not describe but its ID', () => {
    expect(billingStanding(undefined, 'org-secret')).toEqual({
      name: 'org-secret',
      level: undefined,
      policy: undefined,
    });
    expect(orgExtras({ level: 'OWNER' })).toEqual({});
  });

  it('lists grantees as users and orgs, named where known', () => {
    const names = new Map([['org-acme', 'Acme Genomics']]);
    expect(grantees({ 'user-bob': 'ADMINISTER', 'org-acme': 'VIEW' }, (id) => names.get(id))).toEqual([
      { id: 'user-bob', name: 'user-bob', kind: 'User', level: 'ADMINISTER' },
      { id: 'org-acme', name: 'Acme Genomics', kind: 'Org', level: 'VIEW' },
    ]);
  });
});
