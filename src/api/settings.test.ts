import { describe, expect, it } from 'vitest';
import { parseOrgSettings } from './settings';

describe('parseOrgSettings', () => {
  it('reads a full admin describe', () => {
    const settings = parseOrgSettings({
      id: 'org-helix',
      name: 'Helix',
      handle: 'helix',
      level: 'ADMIN',
      expiresAt: null,
      admins: ['user-alice'],
      policies: {
        memberListVisibility: 'MEMBER',
        restrictProjectTransfer: 'MEMBER',
        projectSharing: 'ADMIN',
        allowInstanceUpgradeOnJobRestart: true,
        jobReuse: true,
        detailedJobMetricsCollectDefault: false,
        projectLimits: {
          monthlyComputeLimit: 5000,
          monthlyEgressBytesLimit: null,
          monthlyStorageLimit: 2000,
          action: 'BLOCK',
        },
      },
      licenses: { jobLogsForwarding: true, phiDataProtection: true },
      phiFeaturesEnabled: true,
      samlIdP: 'https://idp.example.org',
      jobLogsForwarding: {
        url: 'https://hec.example.org',
        tokenSignature: 'ab'.repeat(32),
        updated: 1,
        updatedBy: 'user-alice',
      },
    });
    expect(settings.policies.projectSharing).toBe('ADMIN');
    expect(settings.policies.projectLimits).toEqual({
      monthlyComputeLimit: 5000,
      monthlyEgressBytesLimit: null,
      monthlyStorageLimit: 2000,
      action: 'BLOCK',
    });
    expect(settings.licenses).toEqual({
      accountProvisioning: false,
      projectSpendingLimits: false,
      usageReports: false,
      jobLogsForwarding: true,
      phiDataProtection: true,
    });
    expect(settings.jobLogsForwarding?.updatedBy).toBe('user-alice');
    expect(settings.samlIdP).toBe('https://idp.example.org');
  });

  it('fills what a member or a public view leaves out with the platform defaults', () => {
    const settings = parseOrgSettings({ id: 'org-sharing', name: 'Sharing', handle: 'sharing' });
    expect(settings.level).toBeUndefined();
    expect(settings.admins).toBeUndefined();
    expect(settings.policies.memberListVisibility).toBe('ADMIN');
    expect(settings.policies.projectSharing).toBe('MEMBER');
    expect(settings.jobLogsForwarding).toBeNull();
    expect(settings.samlIdP).toBeNull();
    expect(settings.phiFeaturesEnabled).toBe(false);
  });

  it('reads the extensions a platform describe leaves out as not offered, not as defaults', () => {
    const settings = parseOrgSettings({
      id: 'org-acme',
      name: 'Acme',
      handle: 'acme',
      level: 'ADMIN',
      policies: { memberListVisibility: 'MEMBER', jobReuse: true },
    });
    expect(settings.licenses).toBeNull();
    expect(settings.policies.projectLimits).toBeNull();
    expect(settings.policies.jobReuse).toBe(true);
  });

  it('refuses a describe with a policy value it does not know', () => {
    expect(() =>
      parseOrgSettings({ id: 'org-x', name: 'X', handle: 'x', policies: { projectSharing: 'EVERYONE' } }),
    ).toThrow(/expected settings/);
  });
});
