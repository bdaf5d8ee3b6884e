/** "Columns": a menu with a checkbox per column that can be hidden, and "Reset columns". */
import { DropdownMenu } from 'radix-ui';
import { Columns3 } from 'lucide-react';
import { MenuCheckItem } from './menu-check-item';
import type { TableOf } from './table-features';

export interface ColumnPickerProps<T extends object> {
  table: TableOf<T>;
  onReset: () => void;
  /** Only the icon shows (a narrow window); "Columns" stays its name. */
  iconOnly?: boolean;
}

export function ColumnPicker<T extends object>({ table, onReset, iconOnly }: ColumnPickerProps<T>) {
  const hideable = table
    .getAllLeafColumns()
    .filter((column) => column.getCanHide() && column.columnDef.meta?.dataColumn);
  if (hideable.length === 0) return null;
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={iconOnly ? 'icon-button' : 'button button-quiet dt-view-button'}>
        <Columns3 size={16} aria-hidden="true" />
        <span className={iconOnly ? 'visually-hidden' : undefined}>Columns</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu-compact" align="end" sideOffset={4}>
          <DropdownMenu.Label className="menu-label">Show columns</DropdownMenu.Label>
          {hideable.map((column) => (
            <MenuCheckItem
              key={column.id}
              checked={column.getIsVisible()}
              onCheckedChange={(checked) => column.toggleVisibility(checked)}
            >
              {column.columnDef.meta?.dataColumn?.header}
            </MenuCheckItem>
          ))}
          <DropdownMenu.Separator className="dt-menu-separator" />
          <DropdownMenu.Item className="menu-item menu-item-icon" onSelect={onReset}>
            <span className="dt-menu-indicator" aria-hidden="true" />
            Reset columns
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
