/**
 * Which columns a person shows, per table: optional columns start hidden; the
 * choice is kept in localStorage under a versioned key, so a reload (or the next
 * visit) shows the same columns, and "Reset columns" returns to the defaults.
 * A narrow window also hides the columns whose priority it has no room for; shown
 * from the Columns menu there, they are remembered apart (under `…:narrow`).
 */
import { useCallback, useMemo, useState } from 'react';
import { functionalUpdate, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import type { DataColumn } from './types';
import { columnPriority, priorityFits, type ViewportTier } from './viewport';

const STORAGE_VERSION = 'v1';

export function columnChoiceKey(tableId: string, personId: string): string {
  return `org-console:${STORAGE_VERSION}:columns:${tableId}:${personId}`;
}

type ChoiceColumn = Pick<DataColumn<never>, 'id' | 'optional' | 'rowHeader' | 'priority'>;

/** The defaults: optional columns hidden, every other column shown. */
export function defaultColumnVisibility(columns: readonly ChoiceColumn[]): ColumnVisibilityState {
  const visibility: ColumnVisibilityState = {};
  for (const column of columns) visibility[column.id] = !column.optional;
  return visibility;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the choice lasts for this page only
  }
}

/** The stored choice laid over the defaults; columns the table no longer has are dropped. */
export function readColumnVisibility(key: string, columns: readonly ChoiceColumn[]): ColumnVisibilityState {
  const visibility = defaultColumnVisibility(columns);
  let stored: unknown;
  try {
    stored = JSON.parse(storage()?.getItem(key) ?? 'null');
  } catch {
    stored = null;
  }
  if (stored && typeof stored === 'object') {
    for (const column of columns) {
      const shown = (stored as Record<string, unknown>)[column.id];
      if (typeof shown === 'boolean' && !column.rowHeader) visibility[column.id] = shown;
    }
  }
  return visibility;
}

function writeColumnVisibility(key: string, visibility: ColumnVisibilityState): void {
  try {
    storage()?.setItem(key, JSON.stringify(visibility));
  } catch {
    // storage full or disabled: the choice still applies to this page
  }
}

/**
 * What shows in a window of this width: the person's choice for the columns whose
 * priority fits it; for the others, what they chose in a narrow window (hidden unless
 * shown from the Columns menu there). The row header always shows.
 */
export function effectiveVisibility(
  columns: readonly ChoiceColumn[],
  choice: ColumnVisibilityState,
  narrowChoice: ColumnVisibilityState,
  tier: ViewportTier,
): ColumnVisibilityState {
  const visibility: ColumnVisibilityState = {};
  for (const column of columns) {
    if (column.rowHeader) visibility[column.id] = true;
    else if (priorityFits(columnPriority(column), tier)) visibility[column.id] = choice[column.id] !== false;
    else visibility[column.id] = narrowChoice[column.id] === true;
  }
  return visibility;
}

interface ChoiceState {
  key: string;
  columns: readonly ChoiceColumn[];
  /** The choice for a window where every priority fits. */
  choice: ColumnVisibilityState;
  /** Columns shown (or hidden again) in a window too narrow for their priority. */
  narrowChoice: ColumnVisibilityState;
}

function readNarrowChoice(key: string): ColumnVisibilityState {
  try {
    const stored: unknown = JSON.parse(storage()?.getItem(narrowKey(key)) ?? 'null');
    if (!stored || typeof stored !== 'object') return {};
    return Object.fromEntries(Object.entries(stored).filter(([, shown]) => typeof shown === 'boolean'));
  } catch {
    return {};
  }
}

function narrowKey(key: string): string {
  return `${key}:narrow`;
}

function readState(key: string, columns: readonly ChoiceColumn[]): ChoiceState {
  return { key, columns, choice: readColumnVisibility(key, columns), narrowChoice: readNarrowChoice(key) };
}

export interface ColumnVisibilityControl {
  /** The person's choice of columns (the text filter searches these, exports hold them). */
  choice: ColumnVisibilityState;
  /** The columns shown in this window. */
  visibility: ColumnVisibilityState;
  setVisibility: (updater: Updater<ColumnVisibilityState>) => void;
  reset: () => void;
}

export function useColumnVisibility(
  tableId: string,
  personId: string,
  columns: readonly ChoiceColumn[],
  tier: ViewportTier = 'wide',
): ColumnVisibilityControl {
  const key = columnChoiceKey(tableId, personId);
  const [state, setState] = useState(() => readState(key, columns));

  // Another table, person or column set: read that choice (adjusting state during render).
  let current = state;
  if (state.key !== key || state.columns !== columns) {
    current = readState(key, columns);
    setState(current);
  }

  const visibility = useMemo(
    () => effectiveVisibility(current.columns, current.choice, current.narrowChoice, tier),
    [current.columns, current.choice, current.narrowChoice, tier],
  );

  const setVisibility = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      setState((previous) => {
        const before = effectiveVisibility(previous.columns, previous.choice, previous.narrowChoice, tier);
        const after = functionalUpdate(updater, before);
        let choice = previous.choice;
        let narrowChoice = previous.narrowChoice;
        for (const column of previous.columns) {
          const shown = after[column.id];
          if (shown === undefined || shown === before[column.id] || column.rowHeader) continue;
          // A column this window has room for is the person's choice; another is a choice for narrow windows.
          if (priorityFits(columnPriority(column), tier)) choice = { ...choice, [column.id]: shown };
          else narrowChoice = { ...narrowChoice, [column.id]: shown };
        }
        if (choice !== previous.choice) writeColumnVisibility(previous.key, choice);
        if (narrowChoice !== previous.narrowChoice) writeColumnVisibility(narrowKey(previous.key), narrowChoice);
        return { ...previous, choice, narrowChoice };
      });
    },
    [tier],
  );

  const reset = useCallback(() => {
    setState((previous) => {
      try {
        storage()?.removeItem(previous.key);
        storage()?.removeItem(narrowKey(previous.key));
      } catch {
        // nothing stored to remove
      }
      return { ...previous, choice: defaultColumnVisibility(previous.columns), narrowChoice: {} };
    });
  }, []);

  return { choice: current.choice, visibility, setVisibility, reset };
}
