/**
 * How wide the window is, in the table's three steps: below 48rem ("narrow", a phone),
 * below 64rem ("medium", a tablet or a small window), and "wide". Columns of a lower
 * priority than the step allows start hidden (see `priorityFits`).
 */
import { useSyncExternalStore } from 'react';
import type { DataColumn } from './types';

export type ViewportTier = 'narrow' | 'medium' | 'wide';

const MEDIUM_QUERY = '(min-width: 48rem)';
const WIDE_QUERY = '(min-width: 64rem)';

function matches(query: string): boolean | undefined {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return undefined;
  return window.matchMedia(query).matches;
}

/** Without media queries (tests, old browsers) every column shows: "wide". */
export function currentTier(): ViewportTier {
  const medium = matches(MEDIUM_QUERY);
  const wide = matches(WIDE_QUERY);
  if (medium === undefined || wide === undefined) return 'wide';
  // A stub that answers false to every query is no window at all: treat it as wide.
  if (!medium && !wide && window.innerWidth >= 768) return 'wide';
  return wide ? 'wide' : medium ? 'medium' : 'narrow';
}

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const lists = [window.matchMedia(MEDIUM_QUERY), window.matchMedia(WIDE_QUERY)];
  for (const list of lists) list.addEventListener?.('change', onChange);
  return () => {
    for (const list of lists) list.removeEventListener?.('change', onChange);
  };
}

export function useViewportTier(): ViewportTier {
  return useSyncExternalStore(subscribe, currentTier, () => 'wide');
}

export type ColumnPriority = 1 | 2 | 3;

/** The row header (and the checkbox and actions columns) are 1; a column that says nothing is 2. */
export function columnPriority(column: Pick<DataColumn<never>, 'priority' | 'rowHeader'>): ColumnPriority {
  if (column.rowHeader) return 1;
  return column.priority ?? 2;
}

/** Priority 1 always shows; 2 from 48rem; 3 from 64rem. */
export function priorityFits(priority: ColumnPriority, tier: ViewportTier): boolean {
  if (priority === 1 || tier === 'wide') return true;
  return tier === 'medium' && priority === 2;
}
