/**
 * The "Request a spending limit change" form's rules: the API's own input schema
 * (`org.requestSpendingLimitChange`), with the amount typed as text.
 */
import { routeInputs } from '../../wire/inputs';
import type { SpendingLimitChangeInput, SpendingLimitRequest } from '../../api/spending-limits';

const schema = routeInputs['org.requestSpendingLimitChange'];

export interface SpendingLimitFormValues {
  amount: string;
  poNumber: string;
  note: string;
}

export type SpendingLimitField = keyof SpendingLimitFormValues;

export const EMPTY_SPENDING_LIMIT_FORM: SpendingLimitFormValues = { amount: '', poNumber: '', note: '' };

/** "50000", "50,000", "$50,000.00" → 50000; anything else → NaN. */
export function parseUsdAmount(text: string): number {
  const cleaned = text.trim().replace(/^\$/, '').replaceAll(',', '');
  return /^\d+(\.\d*)?$|^\.\d+$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

/** What is wrong with each field, in words that say what to fix. */
export function spendingLimitFormErrors(values: SpendingLimitFormValues): Partial<Record<SpendingLimitField, string>> {
  const errors: Partial<Record<SpendingLimitField, string>> = {};
  const text = values.amount.trim();
  const amount = parseUsdAmount(text);
  if (text === '') errors.amount = 'Amount is required.';
  else if (/^-/.test(text.replace(/^\$/, ''))) errors.amount = 'Amount must be more than 0.';
  else if (Number.isNaN(amount)) errors.amount = 'Amount must be a number of US dollars, e.g. 50000 or 1,250.50.';
  else if (!/^\d*(\.\d{0,2})?$/.test(text.replace(/^\$/, '').replaceAll(',', '')))
    errors.amount = 'Amount has at most 2 decimals (cents).';
  else {
    const checked = schema.shape.amount.safeParse(amount);
    if (!checked.success) errors.amount = `Amount ${checked.error.issues[0]?.message ?? 'is not valid'}.`;
  }
  const poNumber = schema.shape.poNumber.safeParse(values.poNumber);
  if (!poNumber.success) {
    errors.poNumber =
      values.poNumber.trim() === ''
        ? 'Purchase-order number is required.'
        : `Purchase-order number ${poNumber.error.issues[0]?.message}.`;
  }
  const note = schema.shape.note.safeParse(values.note);
  if (!note.success) errors.note = `Note ${note.error.issues[0]?.message ?? 'is not valid'}.`;
  return errors;
}

/** The request body for valid values (check `spendingLimitFormErrors` first); an empty note is left out. */
export function spendingLimitRequestBody(values: SpendingLimitFormValues): SpendingLimitChangeInput {
  const note = values.note.trim();
  return schema.parse({ amount: parseUsdAmount(values.amount), poNumber: values.poNumber, ...(note ? { note } : {}) });
}

/** The pending requests, newest first. */
export function pendingNewestFirst(requests: readonly SpendingLimitRequest[]): SpendingLimitRequest[] {
  return requests
    .filter((request) => request.state === 'PENDING')
    .sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : -1));
}
