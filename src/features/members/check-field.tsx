/** A labelled Radix checkbox with an optional hint, for the members dialogs. */
import { useId, type ReactNode } from 'react';
import { Checkbox } from 'radix-ui';

export interface CheckFieldProps {
  label: ReactNode;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  /** The id of text that explains the field (e.g. why it is disabled). */
  describedBy?: string;
  hint?: ReactNode;
}

export function CheckField({ label, checked, onCheckedChange, disabled = false, describedBy, hint }: CheckFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const described = [describedBy, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="check-field">
      <Checkbox.Root
        id={id}
        className="check-box"
        checked={checked}
        onCheckedChange={(value) => onCheckedChange(value === true)}
        disabled={disabled}
        aria-disabled={disabled || undefined}
        aria-describedby={described}
      >
        <Checkbox.Indicator className="check-box-indicator">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path
              d="M3 8.5l3 3 7-7"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
        </Checkbox.Indicator>
      </Checkbox.Root>
      <div className="check-field-text">
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p id={hintId} className="hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
