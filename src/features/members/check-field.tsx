/** A labelled Radix checkbox with an optional hint, for the members dialogs. */
import { useId, type ReactNode } from 'react';
import { Checkbox } from 'radix-ui';
import { Check } from 'lucide-react';
import { cn } from '../../lib/cn';

const BOX_CLASS =
  'mt-0.5 inline-flex size-5 flex-none cursor-pointer items-center justify-center rounded-sm border border-control-border bg-surface p-0 text-on-primary data-[state=checked]:border-primary data-[state=checked]:bg-primary disabled:cursor-not-allowed disabled:bg-neutral-soft disabled:text-neutral-text disabled:data-[state=checked]:border-control-border disabled:data-[state=checked]:bg-control-border disabled:data-[state=checked]:text-on-primary';

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
    <div className="flex items-start gap-2.5">
      <Checkbox.Root
        id={id}
        className={BOX_CLASS}
        checked={checked}
        onCheckedChange={(value) => onCheckedChange(value === true)}
        disabled={disabled}
        aria-disabled={disabled || undefined}
        aria-describedby={described}
      >
        <Checkbox.Indicator className="inline-flex">
          <Check aria-hidden="true" size={14} strokeWidth={3} />
        </Checkbox.Indicator>
      </Checkbox.Root>
      <div className="grid gap-0.5">
        <label
          htmlFor={id}
          className={cn('font-medium', disabled ? 'cursor-not-allowed text-muted' : 'cursor-pointer')}
        >
          {label}
        </label>
        {hint ? (
          <p id={hintId} className="hint">
            {hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}
