import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  columnChoiceKey,
  defaultColumnVisibility,
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
});
