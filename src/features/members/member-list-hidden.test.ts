import { describe, expect, it } from 'vitest';
import { memberListHiddenTitle } from './member-list-hidden';

describe('memberListHiddenTitle', () => {
  it('names who may see the list, from the API message', () => {
    expect(
      memberListHiddenTitle('Acme Genomics', 'The member list of org-acme is visible to ADMIN only', undefined),
    ).toBe('Only admins of Acme Genomics can see its member list');
    expect(
      memberListHiddenTitle('Small Lab', 'The member list of org-smalllab is visible to MEMBER only', 'ADMIN'),
    ).toBe('Only members of Small Lab can see its member list');
  });

  it('falls back to the org policy, then to a plain sentence', () => {
    expect(memberListHiddenTitle('Acme', 'Not allowed', 'ADMIN')).toBe('Only admins of Acme can see its member list');
    expect(memberListHiddenTitle('Acme', 'Not allowed', undefined)).toBe('You may not see the member list of Acme');
  });
});
