/** A column's header cell: a sort button (asc → desc → unsorted) and `aria-sort` on the <th>. */
import type { ColumnOf } from './table-features';

export function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | undefined {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return undefined;
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  const path =
    direction === 'asc' ? 'M4 10l4-4 4 4' : direction === 'desc' ? 'M4 6l4 4 4-4' : 'M5 6.5l3-3 3 3M5 9.5l3 3 3-3';
  return (
    <svg className="dt-sort-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.75"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function ColumnHeader<T extends object>({ column }: { column: ColumnOf<T> }) {
  const header = column.columnDef.meta?.dataColumn?.header ?? column.id;
  const align = column.columnDef.meta?.dataColumn?.align;
  const direction = column.getIsSorted();
  const className = align === 'end' ? 'dt-num' : undefined;
  if (!column.getCanSort()) {
    return (
      <th scope="col" className={className}>
        {header}
      </th>
    );
  }
  return (
    <th scope="col" className={className} aria-sort={ariaSort(direction)}>
      <button type="button" className="dt-sort-button" onClick={column.getToggleSortingHandler()}>
        <span>{header}</span>
        <SortIcon direction={direction} />
      </button>
    </th>
  );
}
