import { describe, expect, it } from 'vitest';
import { createFilteredRowModel, createSortedRowModel } from '@tanstack/react-table';
import { compareValues } from './cell-values';
import { orderedIndexes, rankValues, searchTexts, valueComparator } from './row-models';
import { dataTableFeatures, type TableOf } from './table-features';
import { makeTestTable, testFeatures } from './test-table';
import type { DataColumn } from './types';

interface Item {
  id: string;
  name: string;
  size: number | null;
  level: string;
}

const LEVELS = ['ADMINISTER', 'CONTRIBUTE', 'VIEW'];

const columns: DataColumn<Item>[] = [
  { id: 'name', header: 'Name', value: (i) => i.name, rowHeader: true },
  { id: 'size', header: 'Size', value: (i) => i.size },
  { id: 'level', header: 'Level', value: (i) => i.level, order: LEVELS, facet: { options: [] } },
];

// TanStack's own row models, to check ours against.
const stockFeatures: typeof dataTableFeatures = {
  ...testFeatures,
  ...{ sortedRowModel: createSortedRowModel(), filteredRowModel: createFilteredRowModel() },
};

function makeTable(items: Item[], withFeatures = testFeatures): TableOf<Item> {
  return makeTestTable(columns, items, withFeatures);
}

const items: Item[] = [
  { id: 'a', name: 'item 10', size: 3, level: 'VIEW' },
  { id: 'b', name: 'Item 2', size: null, level: 'ADMINISTER' },
  { id: 'c', name: 'item 1', size: 3, level: 'CONTRIBUTE' },
  { id: 'd', name: 'Zeta', size: 1, level: 'VIEW' },
  { id: 'e', name: 'alpha', size: 7, level: 'ADMINISTER' },
];

const ids = (table: TableOf<Item>) => table.getRowModel().rows.map((row) => row.id);

describe('ranks', () => {
  it('order values once, with groups of equal values and the empty ones apart', () => {
    const ranks = rankValues([3, undefined, 1, 3, 2], compareValues);
    expect([...ranks.ascending]).toEqual([2, 4, 0, 3]);
    expect([...ranks.groupStart]).toEqual([0, 1, 2, 2]);
    expect([...ranks.empty]).toEqual([1]);
    // Descending reverses the groups; equal values keep the data order; empty ones stay last.
    expect([...orderedIndexes(ranks, false)]).toEqual([2, 4, 0, 3, 1]);
    expect([...orderedIndexes(ranks, true)]).toEqual([0, 3, 4, 2, 1]);
  });

  it("compare by a column's order first", () => {
    const compare = valueComparator(columns[2]);
    expect(compare('ADMINISTER', 'VIEW')).toBeLessThan(0);
    expect(compare('OTHER', 'VIEW')).toBeGreaterThan(0);
  });
});

describe('the sorted row model', () => {
  it('sorts as natural text, descending as the reverse, and unsorted as the data', () => {
    const table = makeTable(items);
    table.setSorting([{ id: 'name', desc: false }]);
    expect(ids(table)).toEqual(['e', 'c', 'b', 'a', 'd']);
    table.setSorting([{ id: 'name', desc: true }]);
    expect(ids(table)).toEqual(['d', 'a', 'b', 'c', 'e']);
    table.setSorting([]);
    expect(ids(table)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps empty values last both ways and equal values in data order', () => {
    const table = makeTable(items);
    table.setSorting([{ id: 'size', desc: false }]);
    expect(ids(table)).toEqual(['d', 'a', 'c', 'e', 'b']);
    table.setSorting([{ id: 'size', desc: true }]);
    expect(ids(table)).toEqual(['e', 'a', 'c', 'd', 'b']);
  });

  it('sorts a level column by its order, and the filtered rows only', () => {
    const table = makeTable(items);
    table.setSorting([{ id: 'level', desc: false }]);
    expect(ids(table)).toEqual(['b', 'e', 'c', 'a', 'd']);
    table.setGlobalFilter({ text: 'item', columnIds: ['name'] });
    expect(ids(table)).toEqual(['b', 'c', 'a']);
  });

  it('hands out the same rows for the same sort of the same data', () => {
    const table = makeTable(items);
    table.setSorting([{ id: 'name', desc: false }]);
    const first = table.getRowModel().rows;
    table.setSorting([{ id: 'name', desc: true }]);
    table.setSorting([{ id: 'name', desc: false }]);
    expect(table.getRowModel().rows).toBe(first);
  });

  it("orders as TanStack's own sorted row model does, ties and empty values included", () => {
    const words = ['apple', 'Apple', 'banana', 'item 2', 'item 10', '', 'Zed', 'élan'];
    const random = Array.from({ length: 400 }, (_, i) => ({
      id: `r${i}`,
      name: words[(i * 7) % words.length]!,
      size: i % 5 === 0 ? null : (i * 13) % 9,
      level: [...LEVELS, 'OTHER'][(i * 3) % 4]!,
    }));
    const ours = makeTable(random);
    const stock = makeTable(random, stockFeatures);
    for (const id of ['name', 'size', 'level']) {
      for (const desc of [false, true]) {
        ours.setSorting([{ id, desc }]);
        stock.setSorting([{ id, desc }]);
        expect(ids(ours)).toEqual(ids(stock));
        ours.setGlobalFilter({ text: 'a', columnIds: ['name'] });
        stock.setGlobalFilter({ text: 'a', columnIds: ['name'] });
        expect(ids(ours)).toEqual(ids(stock));
        ours.setGlobalFilter(undefined);
        stock.setGlobalFilter(undefined);
      }
    }
  });

  it('sorts 50,000 rows', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      id: `r${i}`,
      name: `row ${(i * 7919) % 50_000}`,
      size: i,
      level: LEVELS[i % 3]!,
    }));
    const table = makeTable(many);
    table.setSorting([{ id: 'name', desc: false }]);
    const rows = table.getRowModel().rows;
    expect(rows[0]!.original.name).toBe('row 0');
    expect(rows[49_999]!.original.name).toBe('row 49999');
    table.setSorting([{ id: 'name', desc: true }]);
    expect(table.getRowModel().rows[0]!.original.name).toBe('row 49999');
  });
});

describe('the filtered row model', () => {
  it('matches the text in any searched column, case-insensitively, never across two', () => {
    const table = makeTable(items);
    table.setGlobalFilter({ text: 'ITEM 1', columnIds: ['name', 'level'] });
    expect(ids(table)).toEqual(['a', 'c']);
    table.setGlobalFilter({ text: 'view', columnIds: ['name', 'level'] });
    expect(ids(table)).toEqual(['a', 'd']);
    table.setGlobalFilter({ text: 'view', columnIds: ['name'] });
    expect(ids(table)).toEqual([]);
    table.setGlobalFilter({ text: '2view', columnIds: ['name', 'level'] });
    expect(ids(table)).toEqual([]);
  });

  it('narrows among the previous matches as the text grows, and searches all again when it shrinks', () => {
    const index = { texts: ['abc', 'abd', 'xbc'] };
    expect([...searchTexts(index, 'b')]).toEqual([0, 1, 2]);
    expect([...searchTexts(index, 'bc')]).toEqual([0, 2]);
    expect([...searchTexts(index, 'bcd')]).toEqual([]);
    expect([...searchTexts(index, 'a')]).toEqual([0, 1]);
  });

  it('combines the text filter with facets, and counts each facet without its own choice', () => {
    const table = makeTable(items);
    table.setColumnFilters([{ id: 'level', value: ['VIEW'] }]);
    expect(ids(table)).toEqual(['a', 'd']);
    table.setGlobalFilter({ text: 'item', columnIds: ['name'] });
    expect(ids(table)).toEqual(['a']);
    const counts = table.getColumn('level')!.getFacetedUniqueValues();
    expect(Object.fromEntries(counts)).toEqual({ VIEW: 1, ADMINISTER: 1, CONTRIBUTE: 1 });
    table.setColumnFilters([]);
    table.setGlobalFilter(undefined);
    expect(ids(table)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
