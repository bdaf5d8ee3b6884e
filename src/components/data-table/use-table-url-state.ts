/**
 * The table's sort and filters, kept in the URL (see url-state.ts) so a reload or a
 * shared link shows the same view. The table answers from local state at once; the URL
 * follows once the new rows are painted (replacing the entry). Going through the router
 * first would make every sort click and keystroke wait for a navigation. A URL change
 * from elsewhere (back, a link) replaces the local state.
 *
 * Writing the URL is a navigation, and a navigation cancels the one under way: a write
 * while a row's page (a lazy route) loads would keep the person on the list. So nothing
 * is written while a navigation is under way, and what was typed is written at once when
 * the filter loses focus (a click on a row blurs it first), not a moment after.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigation, useSearchParams } from 'react-router';
import { functionalUpdate, type SortingState, type Updater } from '@tanstack/react-table';
import { parseTableUrlState, writeTableUrlState, type TableUrlState } from './url-state';
import type { DataColumn } from './types';

/** Typing settles before the URL changes; other changes reach it on the next tick. */
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
  /** Write what is waiting to reach the URL now (when the text filter loses focus). */
  flush: () => void;
}

interface Synced {
  /** What the table shows. */
  state: TableUrlState;
  /** The URL's state when last looked at. */
  seenInUrl: string;
  /**
   * The states this table wrote to the URL lately, newest last: a write can arrive after a
   * newer one was sent, and must still be known as ours, not taken for a back or a link.
   */
  written: string[];
}

const keyOf = (state: TableUrlState) => JSON.stringify(state);
const withoutText = (state: TableUrlState) => keyOf({ ...state, text: '' });

export function useTableUrlState<Row>(columns: readonly DataColumn<Row>[], urlKey?: string): TableUrlStateControl {
  const [params, setParams] = useSearchParams();
  const navigating = useNavigation().state !== 'idle';
  const pendingWrite = useRef<{ write: () => void } | null>(null);
  const inUrl = useMemo(() => parseTableUrlState(params, columns, urlKey), [params, columns, urlKey]);
  const inUrlKey = keyOf(inUrl);

  const [synced, setSynced] = useState<Synced>(() => ({ state: inUrl, seenInUrl: inUrlKey, written: [inUrlKey] }));
  let current = synced;
  if (inUrlKey !== synced.seenInUrl) {
    // Our own write arriving changes nothing; anything else (back, a link) wins.
    const ours = synced.written.includes(inUrlKey) || inUrlKey === keyOf(synced.state);
    current = {
      ...synced,
      state: ours ? synced.state : inUrl,
      seenInUrl: inUrlKey,
      written: ours ? synced.written : [inUrlKey],
    };
    setSynced(current);
  }
  const { state } = current;
  const stateKey = keyOf(state);
  const lastWritten = current.written[current.written.length - 1]!;

  useEffect(() => {
    // Another navigation is under way (a row opened, a tab, back): writing would cancel it.
    if (navigating || stateKey === lastWritten) return;
    const typing = withoutText(state) === withoutText(JSON.parse(lastWritten) as TableUrlState);
    const write = () => {
      window.clearTimeout(timer);
      pendingWrite.current = null;
      setSynced((previous) => ({ ...previous, written: [...previous.written.slice(-9), stateKey] }));
      setParams((previous) => writeTableUrlState(previous, state, urlKey), {
        replace: true,
        preventScrollReset: true,
      });
    };
    // A sort or a facet reaches the URL once its rows are on screen (a navigation re-renders
    // the route, and would otherwise run before that frame); typing once it pauses.
    let frame = 0;
    let timer = 0;
    if (typing) timer = window.setTimeout(write, TEXT_WRITE_DELAY_MS);
    else frame = requestAnimationFrame(() => (timer = window.setTimeout(write)));
    pendingWrite.current = { write };
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      pendingWrite.current = null;
    };
  }, [state, stateKey, lastWritten, setParams, urlKey, navigating]);

  const flush = useCallback(() => pendingWrite.current?.write(), []);

  const update = useCallback((change: (previous: TableUrlState) => TableUrlState) => {
    setSynced((previous) => ({ ...previous, state: change(previous.state) }));
  }, []);

  const setSorting = useCallback(
    (updater: Updater<SortingState>) =>
      update((previous) => ({ ...previous, sorting: functionalUpdate(updater, previous.sorting).slice(0, 1) })),
    [update],
  );

  const setFacet = useCallback(
    (columnId: string, values: string[]) =>
      update((previous) => {
        const facets = { ...previous.facets };
        if (values.length > 0) facets[columnId] = values;
        else delete facets[columnId];
        return { ...previous, facets };
      }),
    [update],
  );

  const setText = useCallback((text: string) => update((previous) => ({ ...previous, text })), [update]);
  const clearFilters = useCallback(() => update((previous) => ({ ...previous, text: '', facets: {} })), [update]);

  return {
    sorting: state.sorting,
    setSorting,
    facets: state.facets,
    setFacet,
    text: state.text,
    setText,
    clearFilters,
    flush,
  };
}
