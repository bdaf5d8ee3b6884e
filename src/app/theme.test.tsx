import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readThemeChoice, resolveTheme, setThemeChoice, THEME_STORAGE_KEY, useTheme } from './theme';

describe('theme', () => {
  afterEach(() => window.localStorage.clear());

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

  it('tells its hook the theme the page shows as it changes', () => {
    const { result } = renderHook(() => useTheme());
    expect(result.current).toBe('light');
    act(() => setThemeChoice('dark'));
    expect(result.current).toBe('dark');
    act(() => setThemeChoice('system'));
    expect(result.current).toBe('light');
  });
});
