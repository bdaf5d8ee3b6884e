import { describe, expect, it } from 'vitest';
import { accountLabel, accountsText, type KnownNames } from './app-people';

const known: KnownNames = {
  users: new Map([['user-alice', 'Alice Liddell']]),
  org: { id: 'org-acme', name: 'Acme Genomics' },
};

describe('accountLabel', () => {
  it('names members, the org and everyone; others by ID', () => {
    expect(accountLabel('user-alice', known)).toBe('Alice Liddell');
    expect(accountLabel('org-acme', known)).toBe('Acme Genomics (org)');
    expect(accountLabel('org-sharing', known)).toBe('org-sharing (org)');
    expect(accountLabel('PUBLIC', known)).toBe('Everyone (public)');
    expect(accountLabel('user-stranger', known)).toBe('user-stranger');
  });
});

describe('accountsText', () => {
  it('joins in the API order, and says "Nobody" for none', () => {
    expect(accountsText(['org-acme', 'user-alice'], known)).toBe('Acme Genomics (org), Alice Liddell');
    expect(accountsText([], known)).toBe('Nobody');
  });
});
