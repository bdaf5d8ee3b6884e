/**
 * A table row's "⋯" menu: the row's actions, named after the row ("Actions for Aaron
 * Reyes (@aaron.reyes)"). Items are buttons or links; a danger item is marked so.
 *
 * A Radix menu per row costs a few providers and scopes each time a row renders, and a
 * 50,000-row table renders a new set of rows on every sort or scroll. So each row shows a
 * plain button that becomes the menu's trigger when someone reaches for it: focus on it
 * (the trigger then takes the focus, and the keys work as on any menu button), or a press
 * (pointer down, or a screen reader's click), which opens the menu at once as the trigger
 * would have.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { DropdownMenu } from 'radix-ui';
import { MoreHorizontal } from 'lucide-react';
import { cn } from '../../lib/cn';

export type RowAction =
  | { label: string; onSelect: () => void; danger?: boolean; disabled?: boolean; icon?: ReactNode }
  | { label: string; to: string; icon?: ReactNode };

const TRIGGER_CLASS = 'icon-button icon-button-small';

export function RowActionsMenu({ label, actions }: { label: string; actions: readonly RowAction[] }) {
  const [reached, setReached] = useState<'no' | 'focus' | 'press'>('no');
  if (actions.length === 0) return null;
  if (reached === 'no') {
    return (
      <button
        type="button"
        className={TRIGGER_CLASS}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={false}
        onFocus={() => setReached((before) => (before === 'no' ? 'focus' : before))}
        onPointerDown={(event) => {
          if (event.button !== 0 || event.ctrlKey) return;
          // As Radix's trigger does: no focus on the button, so the opening menu keeps it.
          event.preventDefault();
          setReached('press');
        }}
        onClick={() => setReached('press')}
      >
        <MoreHorizontal aria-hidden="true" size={18} />
      </button>
    );
  }
  return <Menu label={label} actions={actions} focusTrigger={reached === 'focus'} openAtOnce={reached === 'press'} />;
}

function Menu({
  label,
  actions,
  focusTrigger,
  openAtOnce,
}: {
  label: string;
  actions: readonly RowAction[];
  focusTrigger: boolean;
  openAtOnce: boolean;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (focusTrigger) trigger.current?.focus();
  }, [focusTrigger]);
  return (
    <DropdownMenu.Root modal={false} defaultOpen={openAtOnce}>
      <DropdownMenu.Trigger ref={trigger} className={TRIGGER_CLASS} aria-label={label}>
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
