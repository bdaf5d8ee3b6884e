/** A faceted filter: a menu of the column's options, each with a checkbox and how many rows have it. */
import { useState } from 'react';
import { DropdownMenu } from 'radix-ui';
import { facetKey } from './cell-values';
import { CheckIcon } from './icons';
import type { ColumnOf } from './table-features';
import type { CellValue } from './types';
import { formatCount } from '../../lib/format';

export interface FacetedFilterProps<T extends object> {
  column: ColumnOf<T>;
  chosen: readonly string[];
  onChange: (values: string[]) => void;
}

export function FacetedFilter<T extends object>({ column, chosen, onChange }: FacetedFilterProps<T>) {
  const [open, setOpen] = useState(false);
  const dataColumn = column.columnDef.meta?.dataColumn;
  if (!dataColumn?.facet) return null;
  const options = dataColumn.facet.options;

  // Counts among the rows the other filters let through (TanStack's faceting): a pass over
  // every row, so only while the menu is open, not on every change of the table.
  const counts = new Map<string, number>();
  if (open) {
    for (const [value, n] of column.getFacetedUniqueValues()) {
      const key = facetKey(value as CellValue);
      counts.set(key, (counts.get(key) ?? 0) + n);
    }
  }

  const chosenLabels = options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
  const summary =
    chosenLabels.length === 0
      ? null
      : chosenLabels.length <= 2
        ? chosenLabels.join(', ')
        : `${chosenLabels.length} selected`;

  function toggle(value: string, on: boolean) {
    const next = on ? [...chosen, value] : chosen.filter((v) => v !== value);
    // Keep the options' order, so the URL reads the same however they were clicked.
    onChange(options.map((option) => option.value).filter((v) => next.includes(v)));
  }

  return (
    <DropdownMenu.Root modal={false} open={open} onOpenChange={setOpen}>
      <DropdownMenu.Trigger
        className={`button button-quiet dt-menu-trigger${summary ? ' dt-filter-active' : ''}`}
        // The column's sort button already carries the bare header as its name.
        aria-label={`Filter by ${dataColumn.header}${summary ? `: ${summary}` : ''}`}
      >
        {dataColumn.header}
        {summary ? <span className="dt-filter-summary">: {summary}</span> : null}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="dt-menu" align="start" sideOffset={4}>
          <DropdownMenu.Label className="dt-menu-label">Filter by {dataColumn.header.toLowerCase()}</DropdownMenu.Label>
          {options.map((option) => (
            <DropdownMenu.CheckboxItem
              key={option.value}
              className="dt-menu-item"
              checked={chosen.includes(option.value)}
              onCheckedChange={(checked) => toggle(option.value, checked === true)}
              onSelect={(event) => event.preventDefault()}
            >
              <span className="dt-menu-indicator">
                <DropdownMenu.ItemIndicator>
                  <CheckIcon />
                </DropdownMenu.ItemIndicator>
              </span>
              <span className="dt-menu-text">{option.label}</span>
              <span className="dt-facet-count">({formatCount(counts.get(option.value) ?? 0)})</span>
            </DropdownMenu.CheckboxItem>
          ))}
          {chosen.length > 0 ? (
            <>
              <DropdownMenu.Separator className="dt-menu-separator" />
              <DropdownMenu.Item className="dt-menu-item" onSelect={() => onChange([])}>
                <span className="dt-menu-indicator" aria-hidden="true" />
                Clear filter
              </DropdownMenu.Item>
            </>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
