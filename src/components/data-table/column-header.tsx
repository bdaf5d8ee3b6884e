/** A column's header cell: a sort button (asc → desc → unsorted) and `aria-sort` on the <th>. */
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { cn } from '../../lib/cn';
import type { ColumnOf } from './table-features';

export function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | undefined {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return undefined;
}

function SortIcon({ direction }: { direction: false | 'asc' | 'desc' }) {
  const Icon = direction === 'asc' ? ArrowUp : direction === 'desc' ? ArrowDown : ChevronsUpDown;
  return <Icon className="dt-sort-icon" size={14} aria-hidden="true" focusable="false" />;
}

export function ColumnHeader<T extends object>({ column }: { column: ColumnOf<T> }) {
  const dataColumn = column.columnDef.meta?.dataColumn;
  const header = dataColumn?.header ?? column.id;
  const direction = column.getIsSorted();
  const className = cn(dataColumn?.align === 'end' && 'dt-num', dataColumn?.rowHeader && 'dt-row-header') || undefined;
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
