import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readThemeChoice, resolveTheme, setThemeChoice, THEME_STORAGE_KEY, useTheme } from './theme';

/** index.html's inline script, which must apply the remembered theme before the bundle loads. */
function prePaintScript(): string {
  const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('index.html has no inline script');
  return script;
}

describe('theme', () => {
  afterEach(() => {
    window.localStorage.clear();
    vi.unstubAllGlobals();
    delete document.documentElement.dataset.theme;
  });

  it('follows the system until a theme is chosen', () => {
    expect(readThemeChoice()).toBe('system');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('remembers a choice, applies it to the page, and forgets it when set back to System', () => {
    setThemeChoice('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice()).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    setThemeChoice('system');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('ignores a stored value it does not know', () => {
    window.localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    expect(readThemeChoice()).toBe('system');
  });

  it("index.html's pre-paint script shows the theme theme.ts would, for every choice and OS setting", () => {
    const script = prePaintScript();
    for (const stored of [null, 'light', 'dark', 'sepia']) {
      for (const osDark of [false, true]) {
        if (stored === null) window.localStorage.removeItem(THEME_STORAGE_KEY);
        else window.localStorage.setItem(THEME_STORAGE_KEY, stored);
        vi.stubGlobal('matchMedia', (query: string) => ({ matches: osDark && query.includes('dark') }));
        delete document.documentElement.dataset.theme;
        new Function(script)();
        expect(document.documentElement.dataset.theme, `${stored} with the OS ${osDark ? 'dark' : 'light'}`).toBe(
          resolveTheme(readThemeChoice(), osDark),
        );
      }
    }
  });

  it('tells its hook the theme the page shows as it changes', () => {
    const { result } = renderHook(() => useTheme());
    expect(result.current).toBe('light');
    act(() => setThemeChoice('dark'));
    expect(result.current).toBe('dark');
    act(() => setThemeChoice('system'));
    expect(result.current).toBe('light');
  });
});
