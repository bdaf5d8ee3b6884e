/**
 * The `dx-toolkit` scenario: the fixtures the platform's own client test suite
 * (dx-toolkit's `test_dxclient.py`, `test_dxpy.py`) expects its test stack to hold, so that
 * the suite runs offline against the emulator (`scripts/dx-toolkit-suite.sh`).
 *
 * - user-alice, who runs the suite (token `demo-token-alice`): ADMIN of org-piratelabs,
 *   org-auth_file_app_download and org-team_odd; a MEMBER of
 *   org-members_with_billing_rights (may bill) and org-members_without_billing_rights.
 * - user-bob, in no org (the suite invites and removes him).
 * - org-piratelabs holds the accountProvisioning license and can be billed.
 * - project-0000000000000000000000pb: public, billed to org-piratelabs, created in 2015.
 * - project-000000000000000000000001 (bob has VIEW) and project-…0002, billed to alice.
 */
import type { ProjectPermissions } from '../../wire/entities';
import { MEMBER_DEFAULTS } from '../../wire/membership';
import { defaultPolicies, noLicenses } from '../core/orgs';
import { emptyBillingAccount, emptyState, type Membership, type OrgRecord, type State } from '../core/state';
import { demoToken, hashToken } from '../core/tokens';
import { adminMembership } from './toolkit/memberships';

/** When the suite's public project was made: before the 2015-10-28 its date filters use. */
const PUBLIC_PROJECT_CREATED = Date.UTC(2015, 0, 15);
const REGIONS = ['aws:us-east-1', 'aws:eu-central-1', 'azure:westus'];

function person(handle: string, first: string, last: string, created: number): State['users'][string] {
  return {
    id: `user-${handle}`,
    handle,
    first,
    middle: '',
    last,
    email: `${handle}@dx-toolkit.example`,
    billTo: `user-${handle}`,
    created,
    persona: `dx-toolkit test stack: ${first}`,
    tokenHash: hashToken(demoToken(handle)),
    billing: emptyBillingAccount(),
  };
}

function org(handle: string, name: string, members: Record<string, Membership>, created: number): OrgRecord {
  return {
    id: `org-${handle}`,
    handle,
    name,
    created,
    policies: defaultPolicies(),
    members,
    billing: emptyBillingAccount(),
    licenses: noLicenses(),
    expiresAt: null,
    phiFeaturesEnabled: false,
    jobLogsForwarding: null,
    permittedRegions: [...REGIONS],
    samlIdP: null,
  };
}

function project(
  id: string,
  name: string,
  billTo: string,
  created: number,
  permissions: ProjectPermissions,
  isPublic = false,
): State['projects'][string] {
  return {
    id,
    name,
    billTo,
    created,
    createdBy: 'user-alice',
    region: 'aws:us-east-1',
    dataUsage: 0,
    containsPHI: false,
    dataProtectionNotice: false,
    public: isPublic,
    permissions,
    tags: [],
    properties: {},
    monthlyComputeLimit: null,
    monthlyEgressBytesLimit: null,
    monthlyStorageLimit: null,
  };
}

/** Fixed times, like the test stack's own data: the same whatever the clock says. */
export function seedDxToolkit(): State {
  const state = emptyState('dx-toolkit');
  const created = PUBLIC_PROJECT_CREATED - 86_400_000;
  for (const user of [person('alice', 'Alice', 'Pirate', created), person('bob', 'Bob', 'Pirate', created)]) {
    state.users[user.id] = user;
  }
  const alice = { 'user-alice': adminMembership() };
  const orgs = [
    org('piratelabs', 'Pirate Labs', alice, created),
    org('auth_file_app_download', 'Auth File App Download', alice, created),
    org('team_odd', 'Team Odd', alice, created),
    org(
      'members_with_billing_rights',
      'Members With Billing Rights',
      { 'user-alice': { ...MEMBER_DEFAULTS, allowBillableActivities: true } },
      created,
    ),
    org('members_without_billing_rights', 'Members Without Billing Rights', { 'user-alice': MEMBER_DEFAULTS }, created),
  ];
  const piratelabs = orgs[0]!;
  piratelabs.licenses.accountProvisioning = true;
  // Billable without a limit, so that projects may be billed to it.
  piratelabs.billing.billingInformation = {
    email: 'billing@piratelabs.example',
    name: 'Alice Pirate',
    companyName: 'Pirate Labs',
    address1: '1 Harbour Street',
    address2: '',
    city: 'Mountain View',
    state: 'CA',
    postCode: '94040',
    country: 'US',
    phone: '+1 650 555 0100',
  };
  piratelabs.billing.billingContactConfirmed = true;
  for (const each of orgs) {
    state.orgs[each.id] = each;
    state.audit[each.id] = [];
  }
  const projects = [
    project(
      'project-0000000000000000000000pb',
      'public project',
      piratelabs.id,
      PUBLIC_PROJECT_CREATED,
      { 'user-alice': 'ADMINISTER' },
      true,
    ),
    project('project-000000000000000000000001', 'project 1', 'user-alice', PUBLIC_PROJECT_CREATED, {
      'user-alice': 'ADMINISTER',
      'user-bob': 'VIEW',
    }),
    project('project-000000000000000000000002', 'project 2', 'user-alice', PUBLIC_PROJECT_CREATED, {
      'user-alice': 'ADMINISTER',
    }),
  ];
  for (const each of projects) state.projects[each.id] = each;
  state.sequence = 1000;
  return state;
}
