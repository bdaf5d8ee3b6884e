/**
 * The theme's colours as values (e.g. "#79aef5"), for what takes a colour but no CSS:
 * SVG attributes that a chart library copies around. Read from the root's computed
 * style, again whenever the theme changes (`data-theme` on <html>).
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const themeOf = () => document.documentElement.dataset.theme ?? '';

/** `colour('--chart-1')`: the token's value in the current theme (falls back to `var(--chart-1)`). */
export function useThemeColours(tokens: readonly string[]): (token: string) => string {
  const theme = useSyncExternalStore(subscribe, themeOf, () => '');
  const key = tokens.join(' ');
  const values = useMemo(() => {
    const style = getComputedStyle(document.documentElement);
    return new Map(key.split(' ').map((token) => [token, style.getPropertyValue(token).trim()]));
    // The theme is what changes the values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, theme]);
  return useCallback((token: string) => values.get(token) || `var(${token})`, [values]);
}
