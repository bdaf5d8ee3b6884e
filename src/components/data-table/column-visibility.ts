/**
 * Which columns a person shows, per table: optional columns start hidden; the
 * choice is kept in localStorage under a versioned key, so a reload (or the next
 * visit) shows the same columns, and "Reset columns" returns to the defaults.
 */
import { useCallback, useState } from 'react';
import { functionalUpdate, type ColumnVisibilityState, type Updater } from '@tanstack/react-table';
import type { DataColumn } from './types';

const STORAGE_VERSION = 'v1';

export function columnChoiceKey(tableId: string, personId: string): string {
  return `org-console:${STORAGE_VERSION}:columns:${tableId}:${personId}`;
}

type ChoiceColumn = Pick<DataColumn<never>, 'id' | 'optional' | 'rowHeader'>;

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

export interface ColumnVisibilityControl {
  visibility: ColumnVisibilityState;
  setVisibility: (updater: Updater<ColumnVisibilityState>) => void;
  reset: () => void;
}

export function useColumnVisibility(
  tableId: string,
  personId: string,
  columns: readonly ChoiceColumn[],
): ColumnVisibilityControl {
  const key = columnChoiceKey(tableId, personId);
  const [state, setState] = useState(() => ({ key, columns, visibility: readColumnVisibility(key, columns) }));

  // Another table, person or column set: read that choice (adjusting state during render).
  let current = state;
  if (state.key !== key || state.columns !== columns) {
    current = { key, columns, visibility: readColumnVisibility(key, columns) };
    setState(current);
  }

  const setVisibility = useCallback((updater: Updater<ColumnVisibilityState>) => {
    setState((previous) => {
      const visibility = functionalUpdate(updater, previous.visibility);
      writeColumnVisibility(previous.key, visibility);
      return { ...previous, visibility };
    });
  }, []);

  const reset = useCallback(() => {
    setState((previous) => {
      try {
        storage()?.removeItem(previous.key);
      } catch {
        // nothing stored to remove
      }
      return { ...previous, visibility: defaultColumnVisibility(previous.columns) };
    });
  }, []);

  return { visibility: current.visibility, setVisibility, reset };
}
