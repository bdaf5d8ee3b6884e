/**
 * Monthly project spending limits as the form edits them (pure, unit-tested): compute and
 * storage in dollars, egress in GiB (the API counts egress in bytes); an empty field is
 * "no limit" (`null`).
 */
import type { LimitAction, OrgProjectLimitsPolicy, ProjectLimits } from '../../wire/entities';
import { GIB, formatNumber, formatUsd } from '../../lib/format';

export type LimitField = keyof ProjectLimits;

export const LIMIT_FIELDS: readonly { field: LimitField; label: string; unit: string }[] = [
  { field: 'monthlyComputeLimit', label: 'Compute', unit: 'US$ per month' },
  { field: 'monthlyEgressBytesLimit', label: 'Data egress', unit: 'GiB per month' },
  { field: 'monthlyStorageLimit', label: 'Storage', unit: 'US$ per month' },
];

export interface LimitsDraft {
  monthlyComputeLimit: string;
  monthlyEgressBytesLimit: string;
  monthlyStorageLimit: string;
  action: LimitAction | null;
}

function toField(field: LimitField, value: number | null): string {
  if (value === null) return '';
  return String(field === 'monthlyEgressBytesLimit' ? Math.round((value / GIB) * 1000) / 1000 : value);
}

export function limitsDraft(policy: OrgProjectLimitsPolicy): LimitsDraft {
  return {
    monthlyComputeLimit: toField('monthlyComputeLimit', policy.monthlyComputeLimit),
    monthlyEgressBytesLimit: toField('monthlyEgressBytesLimit', policy.monthlyEgressBytesLimit),
    monthlyStorageLimit: toField('monthlyStorageLimit', policy.monthlyStorageLimit),
    action: policy.action,
  };
}

/** What is wrong with a limit as typed; undefined when it is a number ≥ 0 or empty. */
export function limitError(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text.trim());
  if (!Number.isFinite(value)) return 'Enter a number, or leave empty for no limit.';
  if (value < 0) return 'A limit cannot be negative.';
  return undefined;
}

/** The draft as the API takes it, or null while a field is not valid. */
export function limitsFromDraft(draft: LimitsDraft): OrgProjectLimitsPolicy | null {
  const values: Partial<ProjectLimits> = {};
  for (const { field } of LIMIT_FIELDS) {
    const text = draft[field].trim();
    if (limitError(text)) return null;
    const number = text === '' ? null : Number(text);
    values[field] = number === null ? null : field === 'monthlyEgressBytesLimit' ? Math.round(number * GIB) : number;
  }
  return { ...(values as ProjectLimits), action: draft.action };
}

export function sameLimits(a: OrgProjectLimitsPolicy, b: OrgProjectLimitsPolicy): boolean {
  return (
    a.monthlyComputeLimit === b.monthlyComputeLimit &&
    a.monthlyEgressBytesLimit === b.monthlyEgressBytesLimit &&
    a.monthlyStorageLimit === b.monthlyStorageLimit &&
    a.action === b.action
  );
}

/** "$5,000.00", "1,024 GiB", "No limit". */
export function formatLimit(field: LimitField, value: number | null): string {
  if (value === null) return 'No limit';
  return field === 'monthlyEgressBytesLimit' ? `${formatNumber(value / GIB, 3)} GiB` : formatUsd(value);
}
