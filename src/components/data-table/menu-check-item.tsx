/** A menu item with a check mark that keeps the menu open, to choose several in a row (columns, facet values). */
import type { ReactNode } from 'react';
import { DropdownMenu } from 'radix-ui';
import { CheckIcon } from './icons';

export function MenuCheckItem({
  checked,
  onCheckedChange,
  children,
}: {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <DropdownMenu.CheckboxItem
      className="menu-item menu-item-icon"
      checked={checked}
      onCheckedChange={(next) => onCheckedChange(next === true)}
      onSelect={(event) => event.preventDefault()}
    >
      <span className="dt-menu-indicator">
        <DropdownMenu.ItemIndicator>
          <CheckIcon />
        </DropdownMenu.ItemIndicator>
      </span>
      {children}
    </DropdownMenu.CheckboxItem>
  );
}
