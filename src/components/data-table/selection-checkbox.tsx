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
      <Checkbox.Indicator className="dt-checkbox-indicator">
        {checked === 'indeterminate' ? <MinusIcon /> : <CheckIcon />}
      </Checkbox.Indicator>
    </Checkbox.Root>
  );
}
