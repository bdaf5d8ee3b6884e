// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { admin, call, member, ok, org, outcome, project, user, world } from '../testing/world';

function setup() {
  const acme = org('acme', {
    'user-alice': admin(),
    'user-bob': member({ allowBillableActivities: true }),
    'user-carol': member(),
  });
  const p1 = project('org-acme', { 'user-alice': 'ADMINISTER' });
  const p2 = project('org-acme', {});
  acme.licenses.usageReports = true;
  acme.billing.spendingLimit = 1000;
  acme.billing.charges = [
    { project: p1.id, month: '2026-10', compute: 100.25, storage: 20.5, egress: 3.1, archival: 1, publicIpv4: 0.15 },
    { project: p2.id, month: '2026-10', compute: 40, storage: 10, egress: 0, archival: 0, publicIpv4: 0 },
    { project: p1.id, month: '2026-09', compute: 200, storage: 20, egress: 5, archival: 0, publicIpv4: 0 },
  ];
  return { state: world({ users: ['alice', 'bob', 'carol'].map(user), orgs: [acme], projects: [p1, p2] }), p1, p2 };
}

describe('billing figures in describe', () => {
  it('gives totals and funds left to admins and billable members only', () => {
    const { state } = setup();
    const figures = {
      spendingLimit: 1000,
      computeCharges: 340.25,
      storageCharges: 50.5,
      dataEgressCharges: 8.1,
      estSpendingLimitLeft: 600,
    };
    expect(ok(call(state, 'alice', '/org-acme/describe'))).toMatchObject({ ...figures, billable: true });
    expect(ok(call(state, 'bob', '/org-acme/describe'))).toMatchObject(figures);
    const carols = ok(call(state, 'carol', '/org-acme/describe'));
    expect(carols).not.toHaveProperty('spendingLimit');
    expect(carols).not.toHaveProperty('estSpendingLimitLeft');
  });

  it('refuses a new project billed to an org with no funds left', () => {
    const { state } = setup();
    state.orgs['org-acme']!.billing.spendingLimit = 300;
    const before = Object.keys(state.projects).length;
    const answer = call(state, 'bob', '/project/new', { name: 'Too much', billTo: 'org-acme' });
    expect(outcome(answer)).toBe('SpendingLimitExceeded');
    expect(answer.status).toBe(403);
    expect(Object.keys(state.projects)).toHaveLength(before);
    expect(outcome(call(state, 'carol', '/project/new', { name: 'Not allowed', billTo: 'org-acme' }))).toBe(
      'PermissionDenied',
    );
  });
});

describe('usage reports', () => {
  it('lists per-project rows whose totals add up to the month', () => {
    const { state, p1, p2 } = setup();
    const report = ok<{ rows: { project: string; total: number; compute: number }[] }>(
      call(state, 'alice', '/org-acme/usageReport', { kind: 'perProject', month: '2026-10' }),
    );
    expect(report.rows.map((row) => row.project)).toEqual([p1.id, p2.id].sort());
    const row1 = report.rows.find((row) => row.project === p1.id)!;
    expect(row1.total).toBeCloseTo(125, 2);
    expect(report.rows.reduce((sum, row) => sum + row.total, 0)).toBeCloseTo(175, 2);
  });

  it('derives root executions whose costs add up to the month compute', () => {
    const { state } = setup();
    const report = ok<{ rows: { cost: number; execution: string; launchedBy: string }[] }>(
      call(state, 'alice', '/org-acme/usageReport', { kind: 'rootExecutions', month: '2026-10' }),
    );
    expect(report.rows.length).toBeGreaterThanOrEqual(2);
    expect(report.rows.reduce((sum, row) => sum + row.cost, 0)).toBeCloseTo(140.25, 2);
    for (const row of report.rows) expect(row.execution).toMatch(/^job-[0-9a-f]{24}$/);
  });

  it('refuses a malformed month', () => {
    const { state } = setup();
    expect(outcome(call(state, 'alice', '/org-acme/usageReport', { kind: 'perProject', month: '2026-13' }))).toBe(
      'InvalidInput',
    );
  });
});

describe('billing details and spending-limit requests', () => {
  const info = {
    email: 'ap@acme.example',
    name: 'Ada Payable',
    address1: '1 Main St',
    city: 'Boston',
    country: 'US',
    phone: '+1 617 555 0100',
  };

  it('waits for the billing contact to confirm, then is billable', () => {
    const { state } = setup();
    const o = state.orgs['org-acme']!;
    o.billing.spendingLimit = null;
    o.billing.charges = [];
    expect(ok(call(state, 'alice', '/org-acme/describe'))).toMatchObject({ billable: false, billingInformation: null });
    ok(call(state, 'alice', '/org-acme/updateBillingInformation', { billingInformation: info }));
    expect(ok(call(state, 'alice', '/org-acme/describe'))).toMatchObject({
      billable: true,
      billingContactConfirmed: false,
    });
    ok(call(state, 'alice', '/org-acme/confirmBillingContact'));
    expect(o.billing.billingContactConfirmed).toBe(true);
  });

  it('validates billing information', () => {
    const { state } = setup();
    expect(
      outcome(
        call(state, 'alice', '/org-acme/updateBillingInformation', { billingInformation: { ...info, email: 'nope' } }),
      ),
    ).toBe('InvalidInput');
    expect(state.orgs['org-acme']!.billing.billingInformation).toBeNull();
  });

  it('records a pending request with who asked and when', () => {
    const { state } = setup();
    const { requestId } = ok<{ requestId: string }>(
      call(state, 'alice', '/org-acme/requestSpendingLimitChange', { amount: 5000, poNumber: 'PO-1' }),
    );
    expect(state.orgs['org-acme']!.billing.spendingLimitRequests).toEqual([
      {
        id: requestId,
        amount: 5000,
        poNumber: 'PO-1',
        note: '',
        requestedBy: 'user-alice',
        created: expect.any(Number),
        state: 'PENDING',
      },
    ]);
    expect(outcome(call(state, 'alice', '/org-acme/requestSpendingLimitChange', { amount: 0, poNumber: 'PO-2' }))).toBe(
      'InvalidInput',
    );
    expect(outcome(call(state, 'bob', '/org-acme/requestSpendingLimitChange', { amount: 5, poNumber: 'PO-3' }))).toBe(
      'PermissionDenied',
    );
  });
});

describe('user billing account', () => {
  it('describes one’s own charges and lets one pick a default billing account where billing is allowed', () => {
    const { state } = setup();
    state.users['user-bob']!.billing.charges = [
      { project: 'project-x', month: '2026-10', compute: 5, storage: 1, egress: 0, archival: 0, publicIpv4: 0 },
    ];
    expect(ok(call(state, 'bob', '/user-bob/describe'))).toMatchObject({
      computeCharges: 5,
      storageCharges: 1,
      estSpendingLimitLeft: null,
    });
    expect(ok(call(state, 'alice', '/user-bob/describe'))).not.toHaveProperty('computeCharges');
    ok(call(state, 'bob', '/user-bob/update', { billTo: 'org-acme' }));
    expect(state.users['user-bob']!.billTo).toBe('org-acme');
    expect(outcome(call(state, 'carol', '/user-carol/update', { billTo: 'org-acme' }))).toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', '/user-bob/update', { billTo: 'user-bob' }))).toBe('PermissionDenied');
  });
});

describe('[extension] billing summary by month', () => {
  type Month = {
    month: string;
    compute: number;
    storage: number;
    egress: number;
    archival: number;
    publicIpv4: number;
    total: number;
  };
  const summary = (state: ReturnType<typeof setup>['state'], who: string, path: string, body: object = {}) =>
    ok<{ id: string; months: Month[] }>(call(state, who, path, body));

  it('covers the twelve months ending with the current one, oldest first, zeros included', () => {
    const { state } = setup();
    const { id, months } = summary(state, 'alice', '/org-acme/billingSummary');
    expect(id).toBe('org-acme');
    expect(months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(months[0]).toEqual({
      month: '2025-12',
      compute: 0,
      storage: 0,
      egress: 0,
      archival: 0,
      publicIpv4: 0,
      total: 0,
    });
    expect(months.at(-1)).toMatchObject({ month: '2026-11', total: 0 });
    expect(months.find((m) => m.month === '2026-10')).toEqual({
      month: '2026-10',
      compute: 140.25,
      storage: 30.5,
      egress: 3.1,
      archival: 1,
      publicIpv4: 0.15,
      total: 175,
    });
  });

  it('sums each month to what the per-project usage report of that month adds up to', () => {
    const { state } = setup();
    const { months } = summary(state, 'alice', '/org-acme/billingSummary', { months: 3 });
    expect(months.map((m) => m.month)).toEqual(['2026-09', '2026-10', '2026-11']);
    for (const m of months) {
      const report = ok<{ rows: { total: number }[] }>(
        call(state, 'alice', '/org-acme/usageReport', { kind: 'perProject', month: m.month }),
      );
      expect(m.total).toBeCloseTo(
        report.rows.reduce((sum, row) => sum + row.total, 0),
        2,
      );
    }
  });

  it('reaches back across years up to 36 months and leaves out charges outside the window', () => {
    const { state } = setup();
    state.orgs['org-acme']!.billing.charges.push({
      project: 'project-old',
      month: '2023-11',
      compute: 99,
      storage: 0,
      egress: 0,
      archival: 0,
      publicIpv4: 0,
    });
    const long = summary(state, 'alice', '/org-acme/billingSummary', { months: 36 }).months;
    expect(long).toHaveLength(36);
    expect(long[0]!.month).toBe('2023-12');
    expect(long.reduce((sum, m) => sum + m.total, 0)).toBeCloseTo(175 + 225, 2);
    expect(outcome(call(state, 'alice', '/org-acme/billingSummary', { months: 37 }))).toBe('InvalidInput');
  });

  it('is for admins and members allowed billable activities, and for one’s own account only', () => {
    const { state } = setup();
    expect(summary(state, 'bob', '/org-acme/billingSummary').months).toHaveLength(12);
    expect(outcome(call(state, 'carol', '/org-acme/billingSummary'))).toBe('PermissionDenied');
    state.users['user-bob']!.billing.charges = [
      { project: 'project-x', month: '2026-11', compute: 5, storage: 1, egress: 0, archival: 0, publicIpv4: 0.5 },
    ];
    expect(summary(state, 'bob', '/user-bob/billingSummary', { months: 1 }).months).toEqual([
      { month: '2026-11', compute: 5, storage: 1, egress: 0, archival: 0, publicIpv4: 0.5, total: 6.5 },
    ]);
    expect(outcome(call(state, 'alice', '/user-bob/billingSummary'))).toBe('PermissionDenied');
    expect(outcome(call(state, 'alice', '/user-nobody/billingSummary'))).toBe('ResourceNotFound');
  });
});
