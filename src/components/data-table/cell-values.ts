/** How a column's value reads, sorts and matches: one place, so display, sort, filter and export agree. */
import { yesNo } from '../../lib/labels';
import type { CellValue } from './types';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function isEmptyValue(value: CellValue): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/** The value as a person reads it in a cell, a facet or a search ("Yes"/"No" for booleans). */
export function valueText(value: CellValue): string {
  if (isEmptyValue(value)) return '';
  if (typeof value === 'boolean') return yesNo(value);
  return String(value);
}

/** Ascending order of two non-empty values: numbers by size, everything else as natural text. */
export function compareValues(a: CellValue, b: CellValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return collator.compare(valueText(a), valueText(b));
}

/** The key a faceted filter option is matched against (booleans as "true"/"false"). */
export function facetKey(value: CellValue): string {
  return isEmptyValue(value) ? '' : String(value);
}
