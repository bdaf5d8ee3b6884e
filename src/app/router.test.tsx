import { describe, expect, it } from 'vitest';
import { revalidateOnPathChange } from './router';

function ask(from: string, to: string, defaultShouldRevalidate = true): boolean {
  const base = 'http://console.test';
  return revalidateOnPathChange({
    currentUrl: new URL(from, base),
    nextUrl: new URL(to, base),
    currentParams: {},
    nextParams: {},
    defaultShouldRevalidate,
  });
}

describe('revalidateOnPathChange', () => {
  it('does not re-run the loaders when only the search string changes (a table sorted or filtered)', () => {
    expect(ask('/orgs/org-acme/members', '/orgs/org-acme/members?sort=name')).toBe(false);
    expect(ask('/orgs/org-acme/members?q=a', '/orgs/org-acme/members?q=ab')).toBe(false);
    expect(ask('/orgs', '/orgs?level=MEMBER')).toBe(false);
  });

  it('leaves a change of path to the router', () => {
    expect(ask('/orgs/org-acme/members', '/orgs/org-acme/projects')).toBe(true);
    expect(ask('/orgs/org-acme/members', '/orgs/org-helix/members', false)).toBe(false);
  });
});
