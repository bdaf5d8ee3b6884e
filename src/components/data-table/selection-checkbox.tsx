/** A labelled Radix checkbox for selecting rows (checked, unchecked or mixed). */
import type { MouseEvent } from 'react';
import { Checkbox } from 'radix-ui';
import { CheckIcon, MinusIcon } from './icons';

export interface SelectionCheckboxProps {
  label: string;
  checked: boolean | 'indeterminate';
  /** Gets the click, so Shift-click can select a range. */
  onClick: (event: MouseEvent<HTMLButtonElement>) => void;
}

export function SelectionCheckbox({ label, checked, onClick }: SelectionCheckboxProps) {
  return (
    <Checkbox.Root
      className="dt-checkbox"
      aria-label={label}
      checked={checked}
      onClick={onClick}
      // Shift-click would otherwise also select the page's text between the two clicks.
      onMouseDown={(event) => {
        if (event.shiftKey) event.preventDefault();
      }}
    >
      {/* Not Checkbox.Indicator: its presence animation check forces a style recalculation
          for every checkbox that mounts, which made scrolling 50,000 rows stutter. */}
      {checked === false ? null : (
        <span
          className="dt-checkbox-indicator"
          data-state={checked === true ? 'checked' : 'indeterminate'}
          aria-hidden="true"
        >
          {checked === 'indeterminate' ? <MinusIcon /> : <CheckIcon />}
        </span>
      )}
    </Checkbox.Root>
  );
}
