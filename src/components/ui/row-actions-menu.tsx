/**
 * A table row's "⋯" menu: the row's actions, named after the row ("Actions for Aaron
 * Reyes (@aaron.reyes)"). Items are buttons or links; a danger item is marked so.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DropdownMenu } from 'radix-ui';
import { MoreHorizontal } from 'lucide-react';
import { cn } from '../../lib/cn';

export type RowAction =
  | { label: string; onSelect: () => void; danger?: boolean; disabled?: boolean; icon?: ReactNode }
  | { label: string; to: string; icon?: ReactNode };

export function RowActionsMenu({ label, actions }: { label: string; actions: readonly RowAction[] }) {
  if (actions.length === 0) return null;
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className="icon-button icon-button-small" aria-label={label}>
        <MoreHorizontal aria-hidden="true" size={18} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu menu-compact" align="end" sideOffset={4}>
          {actions.map((action) =>
            'to' in action ? (
              <DropdownMenu.Item key={action.label} asChild className="menu-item menu-item-icon">
                <Link to={action.to}>
                  {action.icon}
                  <span className="menu-item-name">{action.label}</span>
                </Link>
              </DropdownMenu.Item>
            ) : (
              <DropdownMenu.Item
                key={action.label}
                className={cn('menu-item menu-item-icon', action.danger && 'menu-item-danger')}
                disabled={action.disabled}
                onSelect={action.onSelect}
              >
                {action.icon}
                <span className="menu-item-name">{action.label}</span>
              </DropdownMenu.Item>
            ),
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
