import { describe, expect, it } from 'vitest';
import { constructTable } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { pruneSelection, selectAllState, selectedAmong, setAllMatchingSelected, toggleRowFromClick } from './selection';
import { dataTableFeatures, type TableOf } from './table-features';
import { textFilter, toTanstackColumns } from './to-tanstack-columns';
import type { DataColumn } from './types';

interface Item {
  id: string;
  name: string;
  size: number;
}

const columns: DataColumn<Item>[] = [
  { id: 'name', header: 'Name', value: (i) => i.name, rowHeader: true },
  { id: 'size', header: 'Size', value: (i) => i.size },
];

// Outside React, TanStack Table needs a reactivity binding (useTable brings React's).
const features: typeof dataTableFeatures = {
  ...dataTableFeatures,
  ...{ coreReactivityFeature: storeReactivityBindings() },
};

function makeTable(items: Item[]): TableOf<Item> {
  return constructTable({
    features,
    columns: toTanstackColumns(columns),
    data: items,
    getRowId: (item: Item) => item.id,
    globalFilterFn: textFilter,
    enableMultiSort: false,
  }) as unknown as TableOf<Item>;
}

const items: Item[] = [
  { id: 'a', name: 'alpha', size: 5 },
  { id: 'b', name: 'bravo', size: 1 },
  { id: 'c', name: 'charlie', size: 4 },
  { id: 'd', name: 'delta', size: 2 },
  { id: 'e', name: 'echo', size: 3 },
  { id: 'f', name: 'foxtrot', size: 6 },
];

function selectedIds(table: TableOf<Item>): string[] {
  return selectedAmong(table.getRowModel().rows, table.atoms.rowSelection.get()).map((row) => row.id);
}

function click(table: TableOf<Item>, id: string, shiftKey = false) {
  toggleRowFromClick(table.getRow(id), { shiftKey });
}

describe('Shift-click range selection', () => {
  it('selects every row between the anchor and the clicked row in the sorted order', () => {
    const table = makeTable(items);
    table.setSorting([{ id: 'size', desc: false }]); // b d e c a f
    click(table, 'd');
    click(table, 'a', true);
    expect(selectedIds(table)).toEqual(['d', 'e', 'c', 'a']);
  });

  it('works upwards too, and a Shift-click on a selected row clears the range', () => {
    const table = makeTable(items);
    click(table, 'e');
    click(table, 'b', true);
    expect(selectedIds(table)).toEqual(['b', 'c', 'd', 'e']);
    click(table, 'c'); // unselect c: the new anchor
    click(table, 'e', true); // e is selected, so the range c..e gets cleared
    expect(selectedIds(table)).toEqual(['b']);
  });

  it('skips rows the filter hides', () => {
    const table = makeTable(items);
    table.setGlobalFilter({ text: 'o', columnIds: ['name'] }); // bravo, echo, foxtrot
    click(table, 'b');
    click(table, 'f', true);
    expect(selectedIds(table)).toEqual(['b', 'e', 'f']);
    expect(Object.keys(table.atoms.rowSelection.get()).sort()).toEqual(['b', 'e', 'f']);
  });

  it('without Shift, toggles one row only', () => {
    const table = makeTable(items);
    click(table, 'a');
    click(table, 'c');
    expect(selectedIds(table)).toEqual(['a', 'c']);
  });

  it('spans 50,000 rows in one go', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: `r${i}`, name: `row ${i}`, size: 50_000 - i }));
    const table = makeTable(many);
    table.setSorting([{ id: 'size', desc: false }]); // r49999 first … r0 last
    click(table, 'r49999');
    click(table, 'r0', true);
    expect(Object.keys(table.atoms.rowSelection.get())).toHaveLength(50_000);
  });
});

describe('select all and the header checkbox', () => {
  it('"Select all" selects every row matching the filters, not the hidden ones', () => {
    const table = makeTable(items);
    table.setGlobalFilter({ text: 'a', columnIds: ['name'] }); // alpha, bravo, charlie, delta
    setAllMatchingSelected(table, true);
    expect(Object.keys(table.atoms.rowSelection.get()).sort()).toEqual(['a', 'b', 'c', 'd']);
    setAllMatchingSelected(table, false);
    expect(table.atoms.rowSelection.get()).toEqual({});
  });

  it('shows checked, mixed or unchecked', () => {
    expect(selectAllState(0, 5)).toBe(false);
    expect(selectAllState(2, 5)).toBe('indeterminate');
    expect(selectAllState(5, 5)).toBe(true);
    expect(selectAllState(0, 0)).toBe(false);
  });
});

describe('pruneSelection', () => {
  it('drops rows no longer shown and says when nothing changes', () => {
    expect(pruneSelection({ a: true, b: true }, { a: {}, c: {} })).toEqual({ a: true });
    expect(pruneSelection({ a: true }, { a: {}, b: {} })).toBeNull();
    expect(pruneSelection({}, {})).toBeNull();
  });
});
