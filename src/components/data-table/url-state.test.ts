import { describe, expect, it } from 'vitest';
import {
  columnFiltersToFacets,
  facetsToColumnFilters,
  hasActiveFilters,
  parseTableUrlState,
  writeTableUrlState,
} from './url-state';

const columns = [
  { id: 'name' },
  { id: 'projects' },
  { id: 'notes', sortable: false },
  {
    id: 'level',
    facet: {
      options: [
        { value: 'ADMIN', label: 'Admin' },
        { value: 'MEMBER', label: 'Member' },
      ],
    },
  },
];

function parse(search: string) {
  return parseTableUrlState(new URLSearchParams(search), columns);
}

describe('parseTableUrlState', () => {
  it('reads an ascending and a descending sort', () => {
    expect(parse('sort=name').sorting).toEqual([{ id: 'name', desc: false }]);
    expect(parse('sort=-projects').sorting).toEqual([{ id: 'projects', desc: true }]);
  });

  it('ignores a sort by an unknown or unsortable column', () => {
    expect(parse('sort=nope').sorting).toEqual([]);
    expect(parse('sort=-notes').sorting).toEqual([]);
    expect(parse('sort=').sorting).toEqual([]);
    expect(parse('sort=-').sorting).toEqual([]);
  });

  it('reads the text filter as typed', () => {
    expect(parse('q=acme%20gen').text).toBe('acme gen');
    expect(parse('').text).toBe('');
  });

  it('reads facet choices, once each, and only known options of faceted columns', () => {
    expect(parse('f.level=ADMIN&f.level=MEMBER&f.level=ADMIN').facets).toEqual({ level: ['ADMIN', 'MEMBER'] });
    expect(parse('f.level=OWNER').facets).toEqual({});
    expect(parse('f.name=Ada').facets).toEqual({});
  });
});

describe('writeTableUrlState', () => {
  it('writes sort, text and facets, keeping unrelated parameters', () => {
    const params = writeTableUrlState(new URLSearchParams('members=1&sort=name&f.level=ADMIN'), {
      sorting: [{ id: 'projects', desc: true }],
      text: 'a&b',
      facets: { level: ['MEMBER'] },
    });
    expect(params.toString()).toBe('members=1&sort=-projects&q=a%26b&f.level=MEMBER');
  });

  it('drops what is no longer set', () => {
    const params = writeTableUrlState(new URLSearchParams('sort=name&q=x&f.level=ADMIN&tab=2'), {
      sorting: [],
      text: '',
      facets: {},
    });
    expect(params.toString()).toBe('tab=2');
  });

  it('round-trips through parse', () => {
    const state = { sorting: [{ id: 'name', desc: true }], text: 'Liddell, A', facets: { level: ['ADMIN', 'MEMBER'] } };
    expect(parseTableUrlState(writeTableUrlState(new URLSearchParams(), state), columns)).toEqual(state);
  });
});

describe('facets and TanStack column filters', () => {
  it('convert both ways, leaving out empty choices', () => {
    expect(facetsToColumnFilters({ level: ['ADMIN'] })).toEqual([{ id: 'level', value: ['ADMIN'] }]);
    expect(
      columnFiltersToFacets([
        { id: 'level', value: ['ADMIN'] },
        { id: 'x', value: [] },
        { id: 'y', value: 'z' },
      ]),
    ).toEqual({
      level: ['ADMIN'],
    });
  });

  it('tell whether any filter is active', () => {
    expect(hasActiveFilters({ text: '  ', facets: {} })).toBe(false);
    expect(hasActiveFilters({ text: 'a', facets: {} })).toBe(true);
    expect(hasActiveFilters({ text: '', facets: { level: ['ADMIN'] } })).toBe(true);
  });
});

describe('a table with a urlKey', () => {
  it('reads and writes its own parameters, leaving the main table alone', () => {
    const params = new URLSearchParams('sort=name&f.level=ADMIN&requests.org-a.sort=-name&requests.org-a.q=po');
    expect(parseTableUrlState(params, columns, 'requests.org-a')).toEqual({
      sorting: [{ id: 'name', desc: true }],
      text: 'po',
      facets: {},
    });
    expect(parseTableUrlState(params, columns)).toEqual({
      sorting: [{ id: 'name', desc: false }],
      text: '',
      facets: { level: ['ADMIN'] },
    });

    const written = writeTableUrlState(
      params,
      { sorting: [], text: '', facets: { level: ['MEMBER'] } },
      'requests.org-a',
    );
    expect(written.toString()).toBe('sort=name&f.level=ADMIN&requests.org-a.f.level=MEMBER');
  });
});
