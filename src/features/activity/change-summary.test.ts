import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/dates';
import { GIB } from '../../lib/format';
import {
  changeLines,
  changeSummary,
  eventChange,
  formatValue,
  lineText,
  recordedLabels,
  truncate,
  type RecordedChange,
} from './change-summary';

const names = new Map([
  ['user-carol', 'Carol Okafor'],
  ['user-alice', 'Alice Liddell'],
  ['user-bob', 'Bob Nakamura'],
  ['org-acme', 'Acme Genomics'],
  ['project-qc', 'Shared QC dashboards'],
  ['project-wgs', 'WGS cohort'],
  ['app-align', 'Aligner'],
]);
const nameOf = (id: string) => names.get(id);
const summary = (event: RecordedChange) => changeSummary(event, { nameOf }, Infinity);

const membership = {
  level: 'MEMBER',
  allowBillableActivities: false,
  projectAccess: 'VIEW',
  appAccess: true,
  dataSearch: false,
};

describe('changeSummary, for each action the API records', () => {
  it('org.new: the name, handle and each policy as Settings words it', () => {
    const after = {
      name: 'Acme',
      handle: 'acme',
      policies: { memberListVisibility: 'ADMIN', projectSharing: 'MEMBER', jobReuse: true },
    };
    expect(summary({ action: 'org.new', before: null, after })).toBe(
      'Name: — → Acme; Handle: — → acme; Policies · Member list visibility: — → Admins only; ' +
        'Policies · Project sharing: — → Members; Policies · Job reuse: — → On',
    );
  });

  it('org.update: a policy changed reads like Settings; limits as money and GiB; the report project by name', () => {
    const policies = {
      memberListVisibility: 'ADMIN',
      restrictProjectTransfer: 'ADMIN',
      projectSharing: 'MEMBER',
      jobReuse: false,
      projectLimits: { monthlyComputeLimit: null, monthlyEgressBytesLimit: null, action: null },
    };
    const after = {
      ...policies,
      projectSharing: 'ADMIN',
      jobReuse: true,
      projectLimits: { monthlyComputeLimit: 5000, monthlyEgressBytesLimit: 2 * GIB, action: 'BLOCK' },
    };
    expect(
      summary({
        action: 'org.update',
        before: { policies, reportDestination: null },
        after: { policies: after, reportDestination: 'project-qc' },
      }),
    ).toBe(
      'Policies · Project sharing: Members → Admins only; Policies · Job reuse: Off → On; ' +
        'Policies · Default monthly project limits · Monthly compute limit: No limit → $5,000.00; ' +
        'Policies · Default monthly project limits · Monthly data egress limit: No limit → 2 GiB; ' +
        'Policies · Default monthly project limits · When a limit is reached: — → Block new jobs; ' +
        'Usage reports project: — → Shared QC dashboards',
    );
  });

  it('org.update: job logs forwarding set, with when (a date) and by whom (a name)', () => {
    const after = {
      jobLogsForwarding: {
        url: 'https://logs',
        tokenSignature: 'ab12',
        updated: 1795707420000,
        updatedBy: 'user-alice',
      },
    };
    expect(summary({ action: 'org.update', before: { jobLogsForwarding: null }, after })).toBe(
      `Job logs forwarding · URL: — → https://logs; Job logs forwarding · Token signature: — → ab12; ` +
        `Job logs forwarding · Updated: — → ${formatDateTime(1795707420000)}; Job logs forwarding · Updated by: — → Alice Liddell`,
    );
  });

  it('org.invite: the new membership, levels and access by their labels', () => {
    expect(summary({ action: 'org.invite', before: null, after: membership })).toBe(
      'Level: — → Member; Billable activities: — → No; Shared project access: — → View; ' +
        'Shared app access: — → Yes; Data search: — → No',
    );
  });

  it('org.setMemberAccess: only the fields that changed, under each member’s name', () => {
    const before = { 'user-carol': membership, 'user-bob': { ...membership, level: 'ADMIN' } };
    const after = {
      'user-carol': { ...membership, projectAccess: 'UPLOAD', dataSearch: true },
      'user-bob': { ...membership, level: 'MEMBER' },
    };
    expect(summary({ action: 'org.setMemberAccess', before, after })).toBe(
      'Carol Okafor · Shared project access: View → Upload; Carol Okafor · Data search: No → Yes; ' +
        'Bob Nakamura · Level: Admin → Member',
    );
  });

  it('org.removeMember: the membership and every project and app they lost, each from what they had to none', () => {
    const event = {
      action: 'org.removeMember',
      before: { ...membership, level: 'MEMBER' },
      after: { projects: { 'project-qc': 'VIEW', 'project-wgs': 'CONTRIBUTE' }, apps: { 'app-align': 'DEVELOPER' } },
    };
    expect(summary(event)).toBe(
      'Membership: Member → none; Shared QC dashboards: View → none; WGS cohort: Contribute → none; ' +
        'Aligner: Developer → none',
    );
    expect(summary({ ...event, after: { projects: {}, apps: {} } })).toBe('Membership: Member → none');
    expect(changeSummary(event, {}, Infinity)).toContain('project-qc: View → none');
  });

  it('org.bulkUpdateProjectLimit: how many projects changed, and each limit set', () => {
    const after = { limits: { monthlyComputeLimit: 1200.5, monthlyStorageLimit: null }, changed: 3 };
    expect(summary({ action: 'org.bulkUpdateProjectLimit', before: null, after })).toBe(
      'Projects changed: 3; Monthly compute limit: — → $1,200.50; Monthly storage limit: — → No limit',
    );
  });

  it('org.updateBillingInformation: each field by its label', () => {
    const before = { name: 'Alice Liddell', email: 'a@acme.test', poNumber: 'PO-1', companyName: 'Acme' };
    const after = { ...before, email: 'billing@acme.test', poNumber: 'PO-2' };
    expect(summary({ action: 'org.updateBillingInformation', before, after })).toBe(
      'E-mail: a@acme.test → billing@acme.test; PO number: PO-1 → PO-2',
    );
  });

  it('org.confirmBillingContact: says what was confirmed', () => {
    expect(summary({ action: 'org.confirmBillingContact', before: false, after: true })).toBe(
      'Billing contact confirmed: No → Yes',
    );
  });

  it('org.requestSpendingLimitChange: the amount in dollars, the time as a date, the requester by name', () => {
    const after = {
      id: 'request-000301',
      amount: 400000,
      poNumber: 'PO-77',
      note: '',
      requestedBy: 'user-alice',
      created: 1795707420000,
      state: 'PENDING',
    };
    expect(summary({ action: 'org.requestSpendingLimitChange', before: null, after })).toBe(
      `Amount: — → $400,000.00; PO number: — → PO-77; Note: — → ; Requested by: — → Alice Liddell; ` +
        `Created: — → ${formatDateTime(1795707420000)}; State: — → Pending`,
    );
  });

  it('user.new: the person’s names and handle (not the ID, which is the target)', () => {
    const after = { id: 'user-dan', class: 'user', handle: 'dan', first: 'Dan', middle: '', last: 'Ng' };
    expect(summary({ action: 'user.new', before: null, after })).toBe(
      'Handle: — → dan; First name: — → Dan; Middle name: — → ; Last name: — → Ng',
    );
  });

  it('project.new: the name and who it is billed to', () => {
    expect(summary({ action: 'project.new', before: null, after: { name: 'WGS cohort', billTo: 'org-acme' } })).toBe(
      'Name: — → WGS cohort; Billed to: — → Acme Genomics',
    );
  });

  it('project.invite: whom it was shared with, and their level from none', () => {
    expect(
      summary({
        action: 'project.invite',
        before: { invitee: 'org-acme', level: null },
        after: { invitee: 'org-acme', level: 'CONTRIBUTE' },
      }),
    ).toBe('Invitee: Acme Genomics; Level: none → Contribute');
    expect(
      summary({
        action: 'project.invite',
        before: { invitee: 'user-carol', level: 'VIEW' },
        after: { invitee: 'user-carol', level: 'UPLOAD' },
      }),
    ).toBe('Invitee: Carol Okafor; Level: View → Upload');
  });

  it('project.decreasePermissions: each person lowered or removed (to none)', () => {
    expect(
      summary({
        action: 'project.decreasePermissions',
        before: { 'user-carol': 'CONTRIBUTE', 'user-bob': 'VIEW' },
        after: { 'user-carol': 'VIEW', 'user-bob': null },
      }),
    ).toBe('Carol Okafor: Contribute → View; Bob Nakamura: View → none');
  });

  it('project.update: the name, the notice as Yes/No, limits as money and GiB, the billing account by name', () => {
    expect(
      summary({
        action: 'project.update',
        before: { name: 'QC', dataProtectionNotice: false, monthlyEgressBytesLimit: null, billTo: 'user-alice' },
        after: { name: 'QC v2', dataProtectionNotice: true, monthlyEgressBytesLimit: 1.5 * GIB, billTo: 'org-acme' },
      }),
    ).toBe(
      'Name: QC → QC v2; Data Protection Notice: No → Yes; Monthly data egress limit: No limit → 1.5 GiB; ' +
        'Billed to: Alice Liddell → Acme Genomics',
    );
  });

  it('app.addDevelopers and app.addAuthorizedUsers: who was added, by name', () => {
    expect(summary({ action: 'app.addDevelopers', before: ['user-bob'], after: ['user-bob', 'user-alice'] })).toBe(
      'Developers: added Alice Liddell',
    );
    expect(summary({ action: 'app.addAuthorizedUsers', before: [], after: ['org-acme', 'PUBLIC'] })).toBe(
      'Authorized users: added Acme Genomics, Everyone',
    );
  });

  it('an action this console does not know: its fields in words', () => {
    expect(summary({ action: 'org.somethingNew', before: { spendingLimit: 5000 }, after: null })).toBe(
      'Spending limit: 5,000 → —',
    );
    expect(summary({ action: 'org.somethingNew', before: ['a', 'b'], after: ['b', 'c'] })).toBe('added c; removed a');
    expect(summary({ action: 'org.somethingNew', before: false, after: true })).toBe('No → Yes');
  });

  it('nothing differs', () => {
    expect(summary({ action: 'org.update', before: { a: 1 }, after: { a: 1 } })).toBe('No change recorded');
    expect(summary({ action: 'org.update', before: null, after: undefined })).toBe('No change recorded');
  });

  it('cuts long values in the summary; the full lines keep them', () => {
    const long = 'x'.repeat(100);
    expect(changeSummary({ action: 'org.update', before: { note: 'short' }, after: { note: long } }, {}, 20)).toBe(
      `Note: short → ${'x'.repeat(19)}…`,
    );
    const [line] = changeLines({ note: 'short' }, { note: long });
    expect(lineText(line!)).toBe(`Note: short → ${long}`);
  });
});

describe('eventChange and recordedLabels', () => {
  it('a removal’s details head the recorded values as what they had and lost', () => {
    expect(recordedLabels('org.removeMember')).toEqual({ before: 'Membership they had', after: 'Access they lost' });
    expect(recordedLabels('org.update')).toEqual({ before: 'Before', after: 'After' });
  });
  it('separates what the change was about from its lines', () => {
    const change = eventChange(
      {
        action: 'project.invite',
        before: { invitee: 'user-carol', level: null },
        after: { invitee: 'user-carol', level: 'VIEW' },
      },
      { nameOf },
    );
    expect(change.context).toEqual(['Invitee: Carol Okafor']);
    expect(change.lines.map((line) => lineText(line))).toEqual(['Level: none → View']);
  });
});

describe('formatValue and truncate', () => {
  it('formats values readably, by the field they were recorded under', () => {
    expect(formatValue([])).toBe('none');
    expect(formatValue({})).toBe('none');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(formatValue('user-alice', { nameOf })).toBe('Alice Liddell');
    expect(formatValue('ADMIN')).toBe('Admin');
    expect(formatValue('ADMIN', {}, 'restrictProjectTransfer')).toBe('Admins only');
    expect(formatValue('PUBLIC', {}, 'memberListVisibility')).toBe('Anyone signed in');
    expect(formatValue('NONE')).toBe('None');
    expect(formatValue(400000, {}, 'amount')).toBe('$400,000.00');
    expect(formatValue(null, {}, 'monthlyComputeLimit')).toBe('No limit');
    expect(formatValue(undefined, { absent: 'none' })).toBe('none');
    expect(formatValue(12345)).toBe('12,345');
  });
  it('truncates with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
