import { describe, expect, it } from 'vitest';
import { shareBlockedReason, transferBlockedReason } from './project-rules';

describe('transferBlockedReason', () => {
  const acme = { name: 'Acme Genomics' };

  it('needs ADMINISTER on the project first', () => {
    expect(transferBlockedReason('CONTRIBUTE', { ...acme, level: 'ADMIN', policy: 'MEMBER' })).toBe(
      'Transferring billing needs ADMINISTER on the project; your access is CONTRIBUTE.',
    );
  });

  it('follows restrictProjectTransfer of the billing org', () => {
    expect(transferBlockedReason('ADMINISTER', { ...acme, level: 'MEMBER', policy: 'ADMIN' })).toBe(
      'Acme Genomics lets only its admins transfer its projects to another account (project transfer policy ADMIN); you are a member.',
    );
    expect(transferBlockedReason('ADMINISTER', { ...acme, level: 'MEMBER', policy: 'MEMBER' })).toBeNull();
    expect(transferBlockedReason('ADMINISTER', { ...acme, level: 'ADMIN', policy: 'ADMIN' })).toBeNull();
  });

  it('refuses a non-member of the billing org, and allows anything for a project billed to a person', () => {
    expect(transferBlockedReason('ADMINISTER', acme)).toMatch(/^You are not a member of Acme Genomics/);
    expect(transferBlockedReason('ADMINISTER', null)).toBeNull();
  });
});

describe('shareBlockedReason', () => {
  const helix = { name: 'Helix' };

  it('follows projectSharing of the org shared with (default MEMBER)', () => {
    expect(shareBlockedReason('ADMINISTER', { ...helix, level: 'MEMBER', policy: 'ADMIN' })).toBe(
      'Only admins of Helix may share projects with it (project sharing policy ADMIN); you are a member.',
    );
    expect(shareBlockedReason('ADMINISTER', { ...helix, level: 'MEMBER' })).toBeNull();
    expect(shareBlockedReason('ADMINISTER', { ...helix, level: 'ADMIN', policy: 'ADMIN' })).toBeNull();
  });

  it('needs ADMINISTER on the project and membership of the org', () => {
    expect(shareBlockedReason('VIEW', { ...helix, level: 'ADMIN' })).toBe(
      'Sharing needs ADMINISTER on the project; your access is VIEW.',
    );
    expect(shareBlockedReason('ADMINISTER', helix)).toBe(
      'You are not a member of Helix; only its members may share projects with it.',
    );
  });
});
