/**
 * The table's sort and filters, read from and written to the URL (see url-state.ts).
 * The text filter answers every keystroke from local state and reaches the URL a
 * moment later (replacing the entry), so typing never waits on a navigation; a
 * URL change from elsewhere (back, a link) replaces what is typed.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { functionalUpdate, type SortingState, type Updater } from '@tanstack/react-table';
import { parseTableUrlState, writeTableUrlState, type TableUrlState } from './url-state';
import type { DataColumn } from './types';

const TEXT_WRITE_DELAY_MS = 250;

export interface TableUrlStateControl {
  sorting: SortingState;
  setSorting: (updater: Updater<SortingState>) => void;
  facets: Record<string, string[]>;
  setFacet: (columnId: string, values: string[]) => void;
  /** What is typed in the text filter (ahead of the URL while typing). */
  text: string;
  setText: (text: string) => void;
  clearFilters: () => void;
}

interface TextSync {
  text: string;
  /** The last text this table wrote to the URL (or read from it). */
  written: string;
  /** The URL's text when last looked at. */
  seenInUrl: string;
}

export function useTableUrlState<Row>(columns: readonly DataColumn<Row>[]): TableUrlStateControl {
  const [params, setParams] = useSearchParams();
  const urlState = useMemo(() => parseTableUrlState(params, columns), [params, columns]);

  const [sync, setSync] = useState<TextSync>(() => ({ text: urlState.text, written: urlState.text, seenInUrl: urlState.text }));
  let current = sync;
  if (urlState.text !== sync.seenInUrl) {
    // Our own write arriving: keep typing. Anything else (back, a link): take the URL's text.
    current =
      urlState.text === sync.written
        ? { ...sync, seenInUrl: urlState.text }
        : { text: urlState.text, written: urlState.text, seenInUrl: urlState.text };
    setSync(current);
  }
  const { text } = current;

  const write = useCallback(
    (change: (state: TableUrlState) => TableUrlState) => {
      setParams((previous) => writeTableUrlState(previous, change(parseTableUrlState(previous, columns))), {
        replace: true,
        preventScrollReset: true,
      });
    },
    [setParams, columns],
  );

  useEffect(() => {
    if (current.text === current.written) return;
    const pending = current.text;
    const timer = window.setTimeout(() => {
      setSync((previous) => ({ ...previous, written: pending }));
      write((state) => ({ ...state, text: pending }));
    }, TEXT_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [current.text, current.written, write]);

  const setText = useCallback((next: string) => setSync((previous) => ({ ...previous, text: next })), []);

  const setSorting = useCallback(
    (updater: Updater<SortingState>) => {
      write((state) => ({ ...state, sorting: functionalUpdate(updater, state.sorting).slice(0, 1) }));
    },
    [write],
  );

  const setFacet = useCallback(
    (columnId: string, values: string[]) => {
      write((state) => {
        const facets = { ...state.facets };
        if (values.length > 0) facets[columnId] = values;
        else delete facets[columnId];
        return { ...state, facets };
      });
    },
    [write],
  );

  const clearFilters = useCallback(() => {
    setSync((previous) => ({ ...previous, text: '', written: '' }));
    write((state) => ({ ...state, text: '', facets: {} }));
  }, [write]);

  return { sorting: urlState.sorting, setSorting, facets: urlState.facets, setFacet, text, setText, clearFilters };
}
