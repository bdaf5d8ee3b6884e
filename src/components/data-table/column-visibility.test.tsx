import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  columnChoiceKey,
  defaultColumnVisibility,
  effectiveVisibility,
  readColumnVisibility,
  useColumnVisibility,
} from './column-visibility';

const columns = [
  { id: 'name', rowHeader: true },
  { id: 'id' },
  { id: 'email', optional: true },
  { id: 'roles', optional: true },
];

describe('column choice', () => {
  it('is stored per table and person under a versioned key', () => {
    expect(columnChoiceKey('members', 'user-alice')).toBe('org-console:v1:columns:members:user-alice');
  });

  it('hides optional columns by default', () => {
    expect(defaultColumnVisibility(columns)).toEqual({ name: true, id: true, email: false, roles: false });
  });

  it('lays the stored choice over the defaults, never hiding the row header, ignoring unknown columns and junk', () => {
    const key = columnChoiceKey('t', 'p');
    localStorage.setItem(key, JSON.stringify({ name: false, email: true, id: false, gone: true, roles: 'yes' }));
    expect(readColumnVisibility(key, columns)).toEqual({ name: true, id: false, email: true, roles: false });
    localStorage.setItem(key, '{not json');
    expect(readColumnVisibility(key, columns)).toEqual(defaultColumnVisibility(columns));
  });

  it('remembers a change, and Reset forgets it', () => {
    const { result } = renderHook(() => useColumnVisibility('t', 'p', columns));
    act(() => result.current.setVisibility((old) => ({ ...old, email: true })));
    expect(result.current.visibility.email).toBe(true);
    expect(JSON.parse(localStorage.getItem(columnChoiceKey('t', 'p')) ?? '{}')).toMatchObject({ email: true });

    act(() => result.current.reset());
    expect(result.current.visibility.email).toBe(false);
    expect(localStorage.getItem(columnChoiceKey('t', 'p'))).toBeNull();
  });

  it("reads the other person's choice when the person changes", () => {
    localStorage.setItem(columnChoiceKey('t', 'bob'), JSON.stringify({ roles: true }));
    const { result, rerender } = renderHook(({ person }) => useColumnVisibility('t', person, columns), {
      initialProps: { person: 'alice' },
    });
    expect(result.current.visibility.roles).toBe(false);
    rerender({ person: 'bob' });
    expect(result.current.visibility.roles).toBe(true);
  });

  it('a narrow window hides the columns of a lower priority; the choice for wider ones stays', () => {
    const prioritised = [
      { id: 'name', rowHeader: true },
      { id: 'level', priority: 1 as const },
      { id: 'id' },
      { id: 'created', priority: 3 as const },
      { id: 'email', optional: true, priority: 1 as const },
    ];
    const choice = defaultColumnVisibility(prioritised);
    expect(effectiveVisibility(prioritised, choice, {}, 'wide')).toEqual({
      name: true,
      level: true,
      id: true,
      created: true,
      email: false,
    });
    expect(effectiveVisibility(prioritised, choice, {}, 'medium')).toMatchObject({ id: true, created: false });
    expect(effectiveVisibility(prioritised, choice, {}, 'narrow')).toEqual({
      name: true,
      level: true,
      id: false,
      created: false,
      email: false,
    });
    expect(effectiveVisibility(prioritised, choice, { id: true }, 'narrow').id).toBe(true);
  });

  it('showing a hidden column in a narrow window is kept apart from the choice for wide windows', () => {
    const prioritised = [
      { id: 'name', rowHeader: true },
      { id: 'id' },
      { id: 'email', optional: true, priority: 1 as const },
    ];
    const { result, rerender } = renderHook(({ tier }) => useColumnVisibility('t', 'p', prioritised, tier), {
      initialProps: { tier: 'narrow' as 'narrow' | 'wide' },
    });
    expect(result.current.visibility).toEqual({ name: true, id: false, email: false });
    act(() => result.current.setVisibility((old) => ({ ...old, id: true, email: true })));
    expect(result.current.visibility).toEqual({ name: true, id: true, email: true });
    // "email" fits a phone: that is the person's choice; "id" does not: a choice for narrow windows.
    expect(result.current.choice).toMatchObject({ id: true, email: true });
    expect(JSON.parse(localStorage.getItem(`${columnChoiceKey('t', 'p')}:narrow`) ?? '{}')).toEqual({ id: true });

    act(() => result.current.setVisibility((old) => ({ ...old, id: false })));
    rerender({ tier: 'wide' });
    expect(result.current.visibility).toEqual({ name: true, id: true, email: true });

    act(() => result.current.reset());
    expect(localStorage.getItem(`${columnChoiceKey('t', 'p')}:narrow`)).toBeNull();
    rerender({ tier: 'narrow' });
    expect(result.current.visibility).toEqual({ name: true, id: false, email: false });
  });
});
