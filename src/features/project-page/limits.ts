/**
 * Monthly project limits as a form: compute and storage in USD, egress in GiB (the API
 * keeps bytes). An empty field is "no limit" (null). Only changed fields are sent.
 */
import { z } from 'zod';
import type { ProjectPatch } from '../../api/project-detail';
import { GIB, formatUsd } from '../../lib/format';
import { LIMIT_ACTION_LABELS } from '../../lib/labels';
import type { LimitAction } from '../../wire/entities';

export const LIMIT_FIELDS = ['monthlyComputeLimit', 'monthlyEgressBytesLimit', 'monthlyStorageLimit'] as const;
export type LimitField = (typeof LIMIT_FIELDS)[number];
export type Limits = Record<LimitField, number | null>;
export type LimitTexts = Record<LimitField, string>;

export const LIMIT_LABELS: Record<LimitField, string> = {
  monthlyComputeLimit: 'Monthly compute limit (USD)',
  monthlyEgressBytesLimit: 'Monthly egress limit (GiB)',
  monthlyStorageLimit: 'Monthly storage limit (USD)',
};

/** Text typed into a limit field → the amount in the field's unit, or null for none. */
const amountText = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === '') return null;
    const value = Number(text.replace(/,/g, ''));
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: 'custom', message: 'must be a number, or empty for no limit' });
      return z.NEVER;
    }
    if (value < 0) {
      ctx.addIssue({ code: 'custom', message: 'must not be negative' });
      return z.NEVER;
    }
    return value;
  });

function toApi(field: LimitField, amount: number | null): number | null {
  if (amount === null || field !== 'monthlyEgressBytesLimit') return amount;
  return Math.round(amount * GIB);
}

function fromApi(field: LimitField, value: number | null): string {
  if (value === null) return '';
  if (field !== 'monthlyEgressBytesLimit') return String(value);
  return String(Number((value / GIB).toFixed(3)));
}

export function limitTexts(limits: Limits): LimitTexts {
  return Object.fromEntries(LIMIT_FIELDS.map((field) => [field, fromApi(field, limits[field])])) as LimitTexts;
}

export type LimitsCheck =
  { ok: true; patch: ProjectPatch; changed: LimitField[] } | { ok: false; errors: Partial<Record<LimitField, string>> };

/** Validates the typed texts; the patch holds only fields whose text changed from `current`. */
export function checkLimits(texts: LimitTexts, current: Limits): LimitsCheck {
  const errors: Partial<Record<LimitField, string>> = {};
  const patch: ProjectPatch = {};
  const changed: LimitField[] = [];
  const initial = limitTexts(current);
  for (const field of LIMIT_FIELDS) {
    const parsed = amountText.safeParse(texts[field]);
    if (!parsed.success) {
      errors[field] = parsed.error.issues[0]?.message ?? 'is not valid';
      continue;
    }
    if (texts[field].trim() === initial[field]) continue;
    const value = toApi(field, parsed.data);
    if (value === current[field]) continue;
    patch[field] = value;
    changed.push(field);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, patch, changed };
}

export function formatLimit(field: LimitField, value: number | null): string {
  if (value === null) return 'No limit';
  if (field === 'monthlyEgressBytesLimit') return `${fromApi(field, value)} GiB`;
  return formatUsd(value);
}

/** What the billing org's policy does when a limit is reached, in words ("Block new jobs"); "Not set" when unset. */
export function limitActionLabel(action: string | null | undefined): string {
  if (action === null || action === undefined) return 'Not set';
  return LIMIT_ACTION_LABELS[action as LimitAction] ?? action;
}
