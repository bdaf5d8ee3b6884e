/**
 * A labelled checkbox for selecting rows (checked, unchecked or mixed): a button with the
 * checkbox role, as Radix's Checkbox renders it (`aria-checked`, `data-state`, Enter does
 * not toggle), without its context providers and presence logic, which every row in view
 * paid for on every sort, filter and scroll.
 */
import type { MouseEvent } from 'react';
import { CheckIcon, MinusIcon } from './icons';

export interface SelectionCheckboxProps {
  label: string;
  checked: boolean | 'indeterminate';
  /** Gets the click, so Shift-click can select a range. */
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

function stateOf(checked: boolean | 'indeterminate'): 'checked' | 'unchecked' | 'indeterminate' {
  if (checked === 'indeterminate') return 'indeterminate';
  return checked ? 'checked' : 'unchecked';
}

export function SelectionCheckbox({ label, checked, onClick }: SelectionCheckboxProps) {
  return (
    <button
      type="button"
      role="checkbox"
      className="dt-checkbox"
      aria-label={label}
      aria-checked={checked === 'indeterminate' ? 'mixed' : checked}
      data-state={stateOf(checked)}
      onClick={onClick}
      // A checkbox toggles with Space only (WAI-ARIA), as Radix's does.
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
      // Shift-click would otherwise also select the page's text between the two clicks.
      onMouseDown={(event) => {
        if (event.shiftKey) event.preventDefault();
      }}
    >
      {checked === false ? null : (
        <span className="dt-checkbox-indicator" data-state={stateOf(checked)} aria-hidden="true">
          {checked === 'indeterminate' ? <MinusIcon /> : <CheckIcon />}
        </span>
      )}
    </button>
  );
}
