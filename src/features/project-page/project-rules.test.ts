import { describe, expect, it } from 'vitest';
import { accessSentence, shareBlockedReason, transferBlockedReason } from './project-rules';

describe('accessSentence', () => {
  it('says once, in level labels, what the page’s actions need', () => {
    expect(accessSentence('CONTRIBUTE')).toBe(
      'You have Contribute access to this project. Sharing it, transferring its billing, the Data Protection Notice and monthly limits need Administer.',
    );
    expect(accessSentence('NONE')).toMatch(/^You have no access of your own to this project\. /);
    expect(accessSentence('ADMINISTER')).toBeNull();
  });
});

describe('transferBlockedReason', () => {
  const acme = { name: 'Acme Genomics' };

  it('follows restrictProjectTransfer of the billing org, in the words of Settings', () => {
    expect(transferBlockedReason({ ...acme, level: 'MEMBER', policy: 'ADMIN' })).toBe(
      'Acme Genomics lets only its admins transfer its projects to another account (its Project transfer policy: Admins only); you are a member.',
    );
    expect(transferBlockedReason({ ...acme, level: 'MEMBER', policy: 'MEMBER' })).toBeNull();
    expect(transferBlockedReason({ ...acme, level: 'ADMIN', policy: 'ADMIN' })).toBeNull();
  });

  it('refuses a non-member of the billing org, and allows anything for a project billed to a person', () => {
    expect(transferBlockedReason(acme)).toMatch(/^You are not a member of Acme Genomics/);
    expect(transferBlockedReason(null)).toBeNull();
  });
});

describe('shareBlockedReason', () => {
  const helix = { name: 'Helix' };

  it('follows projectSharing of the org shared with (default Members)', () => {
    expect(shareBlockedReason({ ...helix, level: 'MEMBER', policy: 'ADMIN' })).toBe(
      'Only admins of Helix may share projects with it (its Project sharing policy: Admins only); you are a member.',
    );
    expect(shareBlockedReason({ ...helix, level: 'MEMBER' })).toBeNull();
    expect(shareBlockedReason({ ...helix, level: 'ADMIN', policy: 'ADMIN' })).toBeNull();
  });

  it('needs membership of the org', () => {
    expect(shareBlockedReason(helix)).toBe(
      'You are not a member of Helix; only its members may share projects with it.',
    );
  });
});
