import { describe, expect, it } from 'vitest';
import { orgHandleSchema } from '../../wire/inputs';
import { newOrgErrors, suggestHandle } from './new-org-dialog';

describe('suggestHandle', () => {
  it('makes a lower-case handle of letters, digits and underscores from the name', () => {
    expect(suggestHandle('Riverside Genomics Lab')).toBe('riverside_genomics_lab');
    expect(suggestHandle('  Zürich — Lab #2!  ')).toBe('zurich_lab_2');
    expect(suggestHandle('Crème Brûlée')).toBe('creme_brulee');
  });

  it('always suggests something the API accepts once the name has 3 usable characters', () => {
    for (const name of ['Acme', 'a'.repeat(300), 'x  y  z', `${'word '.repeat(20)}end`]) {
      expect(orgHandleSchema.safeParse(suggestHandle(name)).success, name).toBe(true);
    }
  });
});

describe('newOrgErrors', () => {
  it('accepts a name and a valid handle', () => {
    expect(newOrgErrors({ name: 'Riverside Lab', handle: 'riverside_lab' })).toEqual({});
  });

  it('asks for a name that is not blank', () => {
    expect(newOrgErrors({ name: '   ', handle: 'abc' }).name).toBe('Name must not be empty.');
  });

  it('says a handle is too short, and how long it is', () => {
    expect(newOrgErrors({ name: 'X', handle: 'ab' }).handle).toBe(
      'Handle must be 3 to 64 letters, digits or underscores (this one has 2).',
    );
    expect(newOrgErrors({ name: 'X', handle: 'a'.repeat(65) }).handle).toMatch(/this one has 65/);
  });

  it('names the characters a handle may not contain', () => {
    expect(newOrgErrors({ name: 'X', handle: 'my-lab lab-2' }).handle).toBe(
      'Handle must be 3 to 64 letters, digits or underscores; not “-”, spaces.',
    );
  });
});
