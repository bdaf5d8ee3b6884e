// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedScenario } from '../seed';
import { call, NOW, ok, outcome } from '../testing/world';

const state = seedScenario('demo', NOW);
const acmeAdmin = 'alice';

const finders: { path: string; body: Record<string, unknown> }[] = [
  { path: '/system/findOrgs', body: { level: 'MEMBER' } },
  { path: '/system/findApps', body: {} },
  { path: '/system/findGlobalWorkflows', body: {} },
  { path: '/system/findProjects', body: {} },
  { path: '/system/findProjects', body: { region: 'aws:us-east-1', public: false, containsPHI: false } },
  { path: '/org-acme/findMembers', body: { describe: true } },
  { path: '/org-acme/findProjects', body: {} },
  { path: '/org-acme/findProjects', body: { created: { after: 0 }, containsPHI: false, describe: true } },
  { path: '/org-acme/findApps', body: {} },
  { path: '/org-acme/findAuditEvents', body: {} },
];

type Page = { results: { id: string }[]; next: unknown };

function allPages(path: string, body: Record<string, unknown>, limit: number): Page[] {
  const pages: Page[] = [];
  let starting: unknown;
  do {
    const page = ok<Page>(
      call(state, acmeAdmin, path, { ...body, limit, ...(starting === undefined ? {} : { starting }) }),
    );
    expect(page).toHaveProperty('next');
    pages.push(page);
    starting = page.next;
    expect(pages.length).toBeLessThan(500);
  } while (starting !== null);
  return pages;
}

describe.each(finders)('paging of $path', ({ path, body }) => {
  it('splits everything into disjoint pages whose union is the whole list, ending with next: null', () => {
    const whole = ok<Page>(call(state, acmeAdmin, path, body));
    expect(whole.next).toBeNull();
    const pages = allPages(path, body, 3);
    const ids = pages.flatMap((page) => page.results.map((result) => result.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(whole.results.map((result) => result.id));
    for (const page of pages.slice(0, -1)) expect(page.results).toHaveLength(3);
    expect(pages.at(-1)!.next).toBeNull();
  });

  it('accepts a growing limit between pages, as dx sends', () => {
    const first = ok<Page>(call(state, acmeAdmin, path, { ...body, limit: 2 }));
    if (first.next === null) return;
    const second = ok<Page>(call(state, acmeAdmin, path, { ...body, limit: 4, starting: first.next }));
    const firstIds = new Set(first.results.map((r) => r.id));
    expect(second.results.every((r) => !firstIds.has(r.id))).toBe(true);
  });

  it('refuses a forged or foreign starting, and a limit out of range', () => {
    expect(outcome(call(state, acmeAdmin, path, { ...body, starting: { after: 'zzz', query: 'forged' } }))).toBe(
      'InvalidInput',
    );
    expect(outcome(call(state, acmeAdmin, path, { ...body, starting: 'page-2' }))).toBe('InvalidInput');
    expect(outcome(call(state, acmeAdmin, path, { ...body, limit: 0 }))).toBe('InvalidInput');
    expect(outcome(call(state, acmeAdmin, path, { ...body, limit: 1001 }))).toBe('InvalidInput');
  });
});

it('refuses a next taken from another query', () => {
  const members = ok<Page>(call(state, acmeAdmin, '/org-acme/findMembers', { limit: 2 }));
  expect(members.next).not.toBeNull();
  expect(
    outcome(call(state, acmeAdmin, '/org-acme/findMembers', { level: 'ADMIN', limit: 2, starting: members.next })),
  ).toBe('InvalidInput');
  expect(outcome(call(state, acmeAdmin, '/org-acme/findProjects', { limit: 2, starting: members.next }))).toBe(
    'InvalidInput',
  );
});

it('orders results as the spec says: members, projects and apps ascending by ID, audit newest first', () => {
  const ids = (path: string) => ok<Page>(call(state, acmeAdmin, path, {})).results.map((r) => r.id);
  for (const path of ['/org-acme/findMembers', '/org-acme/findProjects', '/org-acme/findApps', '/system/findOrgs']) {
    const list =
      path === '/system/findOrgs'
        ? ok<Page>(call(state, acmeAdmin, path, { level: 'MEMBER' })).results.map((r) => r.id)
        : ids(path);
    expect(list.length, path).toBeGreaterThan(1);
    expect(list, path).toEqual([...list].sort());
  }
  const events = ok<{ results: { time: number }[] }>(call(state, acmeAdmin, '/org-acme/findAuditEvents', {})).results;
  expect(events.length).toBeGreaterThan(1);
  for (let i = 1; i < events.length; i += 1) expect(events[i - 1]!.time).toBeGreaterThanOrEqual(events[i]!.time);
});
