import { describe, expect, it } from 'vitest';
import {
  NO_SELECTION,
  isSelected,
  reconcileSelection,
  selectAll,
  selectAllState,
  selectedAmong,
  selectionCount,
  toggleRow,
  type MatchingRows,
  type Selection,
} from './selection';
import { makeTestTable } from './test-table';
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

/** A table and its selection, driven as DataTable drives them. */
function makeTable(items: Item[]) {
  const table = makeTestTable(columns, items);
  let selection: Selection = NO_SELECTION;
  const matching = (): MatchingRows => table.getFilteredRowModel();
  const now = () => (selection = reconcileSelection(selection, matching()));
  return {
    table,
    click(id: string, shiftKey = false) {
      selection = toggleRow(now(), matching(), table.getRowModel().rows, id, shiftKey);
    },
    selectAll() {
      selection = selectAll(matching());
    },
    clear() {
      selection = NO_SELECTION;
    },
    selection: now,
    selectedIds: () => selectedAmong(table.getRowModel().rows, now()).map((row) => row.id),
  };
}

const items: Item[] = [
  { id: 'a', name: 'alpha', size: 5 },
  { id: 'b', name: 'bravo', size: 1 },
  { id: 'c', name: 'charlie', size: 4 },
  { id: 'd', name: 'delta', size: 2 },
  { id: 'e', name: 'echo', size: 3 },
  { id: 'f', name: 'foxtrot', size: 6 },
];

describe('Shift-click range selection', () => {
  it('selects every row between the anchor and the clicked row in the sorted order', () => {
    const t = makeTable(items);
    t.table.setSorting([{ id: 'size', desc: false }]); // b d e c a f
    t.click('d');
    t.click('a', true);
    expect(t.selectedIds()).toEqual(['d', 'e', 'c', 'a']);
  });

  it('works upwards too, and a Shift-click on a selected row clears the range', () => {
    const t = makeTable(items);
    t.click('e');
    t.click('b', true);
    expect(t.selectedIds()).toEqual(['b', 'c', 'd', 'e']);
    t.click('c'); // unselect c: the new anchor
    t.click('e', true); // e is selected, so the range c..e gets cleared
    expect(t.selectedIds()).toEqual(['b']);
  });

  it('skips rows the filter hides', () => {
    const t = makeTable(items);
    t.table.setGlobalFilter({ text: 'o', columnIds: ['name'] }); // bravo, echo, foxtrot
    t.click('b');
    t.click('f', true);
    expect(t.selectedIds()).toEqual(['b', 'e', 'f']);
    expect([...t.selection().ids].sort()).toEqual(['b', 'e', 'f']);
  });

  it('without Shift, toggles one row only', () => {
    const t = makeTable(items);
    t.click('a');
    t.click('c');
    expect(t.selectedIds()).toEqual(['a', 'c']);
  });

  it('spans 50,000 rows in one go', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: `r${i}`, name: `row ${i}`, size: 50_000 - i }));
    const t = makeTable(many);
    t.table.setSorting([{ id: 'size', desc: false }]); // r49999 first … r0 last
    t.click('r49999');
    t.click('r0', true);
    expect(selectionCount(t.selection())).toBe(50_000);
    expect(t.selectedIds()).toHaveLength(50_000);
  });

  it('ranges over a select-all: Shift-click clears a range from it, as exceptions', () => {
    const t = makeTable(items);
    t.selectAll();
    t.click('b'); // unselect b: the anchor
    t.click('d', true); // b..d unselected
    expect(t.selectedIds()).toEqual(['a', 'e', 'f']);
    expect(t.selection().all).toBe(true);
    expect([...t.selection().ids].sort()).toEqual(['b', 'c', 'd']);
    expect(selectionCount(t.selection())).toBe(3);
  });
});

describe('select all and the header checkbox', () => {
  it('"Select all" selects every row matching the filters, not the hidden ones', () => {
    const t = makeTable(items);
    t.table.setGlobalFilter({ text: 'a', columnIds: ['name'] }); // alpha, bravo, charlie, delta
    t.selectAll();
    expect(t.selectedIds().sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(selectionCount(t.selection())).toBe(4);
    t.clear();
    expect(t.selectedIds()).toEqual([]);
    expect(selectionCount(t.selection())).toBe(0);
  });

  it('selects 50,000 rows without a key per row', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: `r${i}`, name: `row ${i}`, size: i }));
    const t = makeTable(many);
    t.selectAll();
    expect(t.selection().ids.size).toBe(0);
    expect(selectionCount(t.selection())).toBe(50_000);
    expect(isSelected(t.selection(), 'r123')).toBe(true);
  });

  it('shows checked, mixed or unchecked', () => {
    expect(selectAllState(0, 5)).toBe(false);
    expect(selectAllState(2, 5)).toBe('indeterminate');
    expect(selectAllState(5, 5)).toBe(true);
    expect(selectAllState(0, 0)).toBe(false);
  });
});

describe('the selection when the filters change', () => {
  it('drops rows no longer shown, and they stay unselected when shown again', () => {
    const t = makeTable(items);
    t.click('a');
    t.click('b');
    t.table.setGlobalFilter({ text: 'alpha', columnIds: ['name'] });
    expect(t.selectedIds()).toEqual(['a']);
    t.table.setGlobalFilter(undefined);
    expect(t.selectedIds()).toEqual(['a']);
  });

  it('turns a select-all into the rows still matching, without those a wider filter lets back in', () => {
    const t = makeTable(items);
    t.table.setGlobalFilter({ text: 'a', columnIds: ['name'] }); // a b c d
    t.selectAll();
    t.click('c'); // an exception
    t.table.setGlobalFilter({ text: 'ha', columnIds: ['name'] }); // alpha, charlie
    expect(t.selectedIds()).toEqual(['a']);
    t.table.setGlobalFilter(undefined);
    expect(t.selectedIds()).toEqual(['a']);
    expect(t.selection().all).toBe(false);
  });

  it('keeps the same selection object when nothing changes', () => {
    const t = makeTable(items);
    t.click('a');
    const before = t.selection();
    expect(reconcileSelection(before, t.table.getFilteredRowModel())).toBe(before);
  });
});
