/** Billing accounts (orgs and users): figures, billing details, limit requests, usage reports. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { BillingFigures, Charge } from '../../wire/entities';
import type { RouteInput } from '../../wire/inputs';
import type { BillingAccount, OrgRecord } from './state';
import { getOrg, hasBillableAccess, requireAdmin, requireLicense, requireNotExpired } from './access';
import { recordAudit, type Ctx } from './context';
import { invalidInput, invalidState, notFound, permissionDenied } from './errors';

const cents = (value: number) => Math.round(value * 100) / 100;

export function chargeTotal(charge: Charge): number {
  return cents(charge.compute + charge.storage + charge.egress + charge.archival + charge.publicIpv4);
}

export function billingFigures(account: BillingAccount): BillingFigures {
  let compute = 0;
  let storage = 0;
  let egress = 0;
  let total = 0;
  for (const charge of account.charges) {
    compute += charge.compute;
    storage += charge.storage;
    egress += charge.egress;
    total += chargeTotal(charge);
  }
  return {
    spendingLimit: account.spendingLimit,
    estSpendingLimitLeft: account.spendingLimit === null ? null : cents(account.spendingLimit - total),
    computeCharges: cents(compute),
    storageCharges: cents(storage),
    dataEgressCharges: cents(egress),
  };
}

/** Billing information set up, or a spending limit with funds left. */
export function isBillable(account: BillingAccount): boolean {
  return account.billingInformation !== null || hasFundsLeft(account);
}

/** A spending limit with something left under it. */
export function hasFundsLeft(account: BillingAccount): boolean {
  const left = billingFigures(account).estSpendingLimitLeft;
  return left !== null && left > 0;
}

/** New work may be billed here: billable, and not past a spending limit. */
export function canCharge(account: BillingAccount): boolean {
  return isBillable(account) && (account.spendingLimit === null || hasFundsLeft(account));
}

/** What admins and billable members see of an org's account in `describe`. */
export function billingDetails(account: BillingAccount) {
  return {
    ...billingFigures(account),
    billingInformation: account.billingInformation,
    billingContactConfirmed: account.billingContactConfirmed,
    spendingLimitRequests: account.spendingLimitRequests,
    reportDestination: account.reportDestination,
  };
}

export function updateBillingInformation(ctx: Ctx, orgId: string, input: RouteInput<'org.updateBillingInformation'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireNotExpired(ctx, org);
  const before = org.billing.billingInformation;
  const { billing } = ctx.tx.editOrg(org.id);
  billing.billingInformation = input.billingInformation;
  billing.billingContactConfirmed = false;
  recordAudit(ctx, org.id, 'org.updateBillingInformation', org.id, before, input.billingInformation);
  return { id: org.id };
}

export function confirmBillingContact(ctx: Ctx, orgId: string) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireNotExpired(ctx, org);
  if (org.billing.billingInformation === null) {
    throw invalidState(`${org.id} has no billing information to confirm`);
  }
  if (!org.billing.billingContactConfirmed) {
    ctx.tx.editOrg(org.id).billing.billingContactConfirmed = true;
    recordAudit(ctx, org.id, 'org.confirmBillingContact', org.id, false, true);
  }
  return { id: org.id };
}

export function requestSpendingLimitChange(
  ctx: Ctx,
  orgId: string,
  input: RouteInput<'org.requestSpendingLimitChange'>,
) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireNotExpired(ctx, org);
  const amount = cents(input.amount);
  if (amount <= 0) throw invalidInput('"amount" must be at least 0.01 (USD)');
  const request = {
    id: `request-${String(ctx.tx.nextSequence()).padStart(6, '0')}`,
    amount,
    poNumber: input.poNumber.trim(),
    note: input.note ?? '',
    requestedBy: ctx.caller.id,
    created: ctx.now,
    state: 'PENDING' as const,
  };
  ctx.tx.editOrg(org.id).billing.spendingLimitRequests.push(request);
  recordAudit(ctx, org.id, 'org.requestSpendingLimitChange', request.id, null, request);
  return { id: org.id, requestId: request.id };
}

function perProjectRows(ctx: Ctx, org: OrgRecord, month: string) {
  return org.billing.charges
    .filter((charge) => charge.month === month)
    .sort((a, b) => (a.project < b.project ? -1 : 1))
    .map((charge) => ({
      project: charge.project,
      name: ctx.state.projects[charge.project]?.name ?? '(deleted project)',
      compute: charge.compute,
      storage: charge.storage,
      egress: charge.egress,
      archival: charge.archival,
      publicIpv4: charge.publicIpv4,
      total: chargeTotal(charge),
    }));
}

/**
 * The emulator keeps charges per project and month, not per job; root executions are
 * derived from them deterministically, so their costs add up to the month's compute.
 */
function rootExecutionRows(ctx: Ctx, org: OrgRecord, month: string) {
  const members = Object.keys(org.members).sort();
  const apps = Object.values(ctx.state.apps).filter((app) => app.billTo === org.id);
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const monthStart = Date.UTC(year, monthNumber - 1, 1);
  const rows = [];
  for (const charge of org.billing.charges.filter((c) => c.month === month && c.compute > 0)) {
    const digest = sha256(utf8ToBytes(`${charge.project}:${month}`));
    const runs = 1 + (digest[0]! % 3);
    let remaining = Math.round(charge.compute * 100);
    for (let run = 0; run < runs; run += 1) {
      const share = run === runs - 1 ? remaining : Math.floor(remaining / (runs - run));
      remaining -= share;
      const pick = digest[run + 1]!;
      rows.push({
        execution: `job-${bytesToHex(digest.slice(8 + run * 4, 20 + run * 4)).slice(0, 24)}`,
        project: charge.project,
        launchedBy: members[pick % Math.max(members.length, 1)] ?? 'unknown',
        executable: apps[pick % Math.max(apps.length, 1)]?.id ?? 'applet-workflow',
        cost: share / 100,
        created: monthStart + (digest[run + 5]! % 27) * 86_400_000 + pick * 60_000,
      });
    }
  }
  return rows.sort((a, b) => a.created - b.created);
}

export function usageReport(ctx: Ctx, orgId: string, input: RouteInput<'org.usageReport'>) {
  const org = getOrg(ctx.state, orgId);
  requireAdmin(ctx, org);
  requireLicense(org, 'usageReports', 'Usage reports');
  const rows =
    input.kind === 'perProject' ? perProjectRows(ctx, org, input.month) : rootExecutionRows(ctx, org, input.month);
  return { id: org.id, kind: input.kind, month: input.month, rows };
}

/** `YYYY-MM` (UTC) of the `count` months ending with `now`'s month, oldest first. */
function monthsEndingAt(now: number, count: number): string[] {
  const date = new Date(now);
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - back, 1));
    months.push(`${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return months;
}

const SUMMARY_CATEGORIES = ['compute', 'storage', 'egress', 'archival', 'publicIpv4'] as const;
type MonthFigures = Record<(typeof SUMMARY_CATEGORIES)[number] | 'total', number>;

/**
 * [extension] Charges by month and category over the window: every month, zeros
 * included. A month's total adds the same per-charge totals as `usageReport`'s rows.
 */
export function monthlyCharges(account: BillingAccount, now: number, count: number) {
  const byMonth = new Map<string, MonthFigures>();
  for (const month of monthsEndingAt(now, count)) {
    byMonth.set(month, { compute: 0, storage: 0, egress: 0, archival: 0, publicIpv4: 0, total: 0 });
  }
  for (const charge of account.charges) {
    const figures = byMonth.get(charge.month);
    if (!figures) continue;
    for (const category of SUMMARY_CATEGORIES) figures[category] += charge[category];
    figures.total += chargeTotal(charge);
  }
  return [...byMonth].map(([month, figures]) => {
    const rounded = Object.fromEntries(
      Object.entries(figures).map(([key, value]) => [key, cents(value)]),
    ) as MonthFigures;
    return { month, ...rounded };
  });
}

const DEFAULT_SUMMARY_MONTHS = 12;

/** Admins and members who may bill, like the billing fields of the org's describe. */
export function orgBillingSummary(ctx: Ctx, orgId: string, input: RouteInput<'org.billingSummary'>) {
  const org = getOrg(ctx.state, orgId);
  if (!hasBillableAccess(org, ctx.caller.id)) {
    throw permissionDenied(`Only admins of ${org.id} and members allowed billable activities may see its charges`);
  }
  return { id: org.id, months: monthlyCharges(org.billing, ctx.now, input.months ?? DEFAULT_SUMMARY_MONTHS) };
}

/** One's own account only. */
export function userBillingSummary(ctx: Ctx, userId: string, input: RouteInput<'user.billingSummary'>) {
  const user = ctx.state.users[userId];
  if (!user) throw notFound(`The user ${userId} does not exist`);
  if (user.id !== ctx.caller.id) throw permissionDenied(`Only ${user.id} may see the charges to their own account`);
  return { id: user.id, months: monthlyCharges(user.billing, ctx.now, input.months ?? DEFAULT_SUMMARY_MONTHS) };
}
