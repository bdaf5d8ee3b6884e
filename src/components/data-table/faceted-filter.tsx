/**
 * Faceted filters: a menu of a column's options, each with a checkbox and how many rows
 * have it. Wide windows get one compact button per faceted column; a narrow one gets a
 * single "Filters" menu holding every faceted column's options.
 */
import { Fragment, useState } from 'react';
import { DropdownMenu } from 'radix-ui';
import { ChevronDown, ListFilter } from 'lucide-react';
import { cn } from '../../lib/cn';
import { facetKey } from './cell-values';
import { MenuCheckItem } from './menu-check-item';
import type { ColumnOf } from './table-features';
import type { CellValue } from './types';
import { formatCount } from '../../lib/format';

export interface FacetedFilterProps<T extends object> {
  column: ColumnOf<T>;
  chosen: readonly string[];
  onChange: (values: string[]) => void;
}

/**
 * Counts among the rows the other filters let through (TanStack's faceting): a pass over
 * every row, so only while a menu is open, not on every change of the table.
 */
function facetCounts<T extends object>(column: ColumnOf<T>, open: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  if (!open) return counts;
  for (const [value, n] of column.getFacetedUniqueValues()) {
    const key = facetKey(value as CellValue);
    counts.set(key, (counts.get(key) ?? 0) + n);
  }
  return counts;
}

/** "Admin", "Admin, Member", "3 selected", or null when nothing is chosen. */
function chosenSummary<T extends object>(column: ColumnOf<T>, chosen: readonly string[]): string | null {
  const options = column.columnDef.meta?.dataColumn?.facet?.options ?? [];
  const labels = options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
  if (labels.length === 0) return null;
  return labels.length <= 2 ? labels.join(', ') : `${labels.length} selected`;
}

/** The checkbox items of one faceted column. */
function FacetItems<T extends object>({
  column,
  chosen,
  onChange,
  counts,
}: FacetedFilterProps<T> & { counts: Map<string, number> }) {
  const options = column.columnDef.meta?.dataColumn?.facet?.options ?? [];

  function toggle(value: string, on: boolean) {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    // Keep the options' order, so the URL reads the same however they were clicked.
    onChange(options.map((option) => option.value).filter((v) => next.includes(v)));
  }

  return options.map((option) => (
    <MenuCheckItem
      key={option.value}
      checked={chosen.includes(option.value)}
      onCheckedChange={(checked) => toggle(option.value, checked)}
    >
      <span className="menu-item-name">{option.label}</span>
      <span className="dt-facet-count">({formatCount(counts.get(option.value) ?? 0)})</span>
    </MenuCheckItem>
  ));
}

function ClearItem({ onSelect, children }: { onSelect: () => void; children: string }) {
  return (
    <>
      <DropdownMenu.Separator className="dt-menu-separator" />
      <DropdownMenu.Item className="menu-item menu-item-icon" onSelect={onSelect}>
        <span className="dt-menu-indicator" aria-hidden="true" />
        {children}
      </DropdownMenu.Item>
    </>
  );
}

export function FacetedFilter<T extends object>({ column, chosen, onChange }: FacetedFilterProps<T>) {
  const [open, setOpen] = useState(false);
  const dataColumn = column.columnDef.meta?.dataColumn;
  if (!dataColumn?.facet) return null;
  const summary = chosenSummary(column, chosen);

  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger
        className={cn('button button-quiet dt-facet-trigger', summary && 'dt-filter-active')}
        // The column's sort button already carries the bare header as its name.
        aria-label={`Filter by ${dataColumn.header}${summary ? `: ${summary}` : ''}`}
      >
        <span className="dt-facet-name">{dataColumn.header}</span>
        {summary ? <span className="dt-filter-summary">{summary}</span> : null}
        <ChevronDown size={12} aria-hidden="true" className="dt-facet-chevron" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu-compact" align="start" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">Filter by {dataColumn.header.toLowerCase()}</DropdownMenu.Label>
          <FacetItems column={column} chosen={chosen} onChange={onChange} counts={facetCounts(column, open)} />
          {chosen.length > 0 ? <ClearItem onSelect={() => onChange([])}>Clear filter</ClearItem> : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

export interface FiltersMenuProps<T extends object> {
  columns: readonly ColumnOf<T>[];
  chosen: Readonly<Record<string, readonly string[]>>;
  onChange: (columnId: string, values: string[]) => void;
}

/** A narrow window's one "Filters" menu: every faceted column's options, under its header. */
export function FiltersMenu<T extends object>({ columns, chosen, onChange }: FiltersMenuProps<T>) {
  const [open, setOpen] = useState(false);
  const faceted = columns.filter((column) => column.columnDef.meta?.dataColumn?.facet);
  if (faceted.length === 0) return null;
  const active = faceted.filter((column) => (chosen[column.id]?.length ?? 0) > 0).length;

  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger
        className={cn('button button-quiet dt-facet-trigger dt-filters-trigger', active > 0 && 'dt-filter-active')}
        aria-label={active > 0 ? `Filters (${active} chosen)` : undefined}
      >
        <ListFilter size={16} aria-hidden="true" />
        Filters
        {active > 0 ? (
          <span className="dt-filter-badge" aria-hidden="true">
            {active}
          </span>
        ) : null}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu-compact dt-filters-menu" align="start" sideOffset={4}>
          {faceted.map((column, index) => (
            <Fragment key={column.id}>
              {index > 0 ? <DropdownMenu.Separator className="dt-menu-separator" /> : null}
              <DropdownMenu.Group>
                <DropdownMenu.Label className="menu-label">
                  {column.columnDef.meta?.dataColumn?.header}
                </DropdownMenu.Label>
                <FacetItems
                  column={column}
                  chosen={chosen[column.id] ?? []}
                  onChange={(values) => onChange(column.id, values)}
                  counts={facetCounts(column, open)}
                />
              </DropdownMenu.Group>
            </Fragment>
          ))}
          {active > 0 ? (
            <ClearItem onSelect={() => faceted.forEach((column) => onChange(column.id, []))}>Clear filters</ClearItem>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
