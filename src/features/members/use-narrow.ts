/** Whether the window is narrower than 48rem (a phone): the row actions then shrink to icons. */
import { useSyncExternalStore } from 'react';

const NARROW_QUERY = '(max-width: 47.99rem)';

function narrowList(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(NARROW_QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const list = narrowList();
  list?.addEventListener?.('change', onChange);
  return () => list?.removeEventListener?.('change', onChange);
}

export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => narrowList()?.matches === true,
    () => false,
  );
}
