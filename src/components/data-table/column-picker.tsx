/** "Columns": a menu with a checkbox per column that can be hidden, and "Reset columns". */
import { DropdownMenu } from 'radix-ui';
import { CheckIcon } from './icons';
import type { TableOf } from './table-features';

export function ColumnPicker<T extends object>({ table, onReset }: { table: TableOf<T>; onReset: () => void }) {
  const hideable = table
    .getAllLeafColumns()
    .filter((column) => column.getCanHide() && column.columnDef.meta?.dataColumn);
  if (hideable.length === 0) return null;
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="button button-quiet dt-menu-trigger">Columns</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="dt-menu" align="end" sideOffset={4}>
          <DropdownMenu.Label className="dt-menu-label">Show columns</DropdownMenu.Label>
          {hideable.map((column) => (
            <DropdownMenu.CheckboxItem
              key={column.id}
              className="dt-menu-item"
              checked={column.getIsVisible()}
              onCheckedChange={(checked) => column.toggleVisibility(checked === true)}
              // Keep the menu open to choose several columns in a row.
              onSelect={(event) => event.preventDefault()}
            >
              <span className="dt-menu-indicator">
                <DropdownMenu.ItemIndicator>
                  <CheckIcon />
                </DropdownMenu.ItemIndicator>
              </span>
              {column.columnDef.meta?.dataColumn?.header}
            </DropdownMenu.CheckboxItem>
          ))}
          <DropdownMenu.Separator className="dt-menu-separator" />
          <DropdownMenu.Item className="dt-menu-item" onSelect={onReset}>
            <span className="dt-menu-indicator" aria-hidden="true" />
            Reset columns
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
