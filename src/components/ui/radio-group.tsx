/**
 * A row of radio choices (Radix RadioGroup) with the console's look.
 *
 * An arrow key selects the next choice at once. Radix moves focus in a timeout and
 * selects on that focus only while the key is still down, so a quick press on a busy
 * page could move the focus without selecting anything.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { RadioGroup as RadixRadioGroup } from 'radix-ui';

export interface RadioChoice<V extends string> {
  value: V;
  label: ReactNode;
}

export interface RadioGroupProps<V extends string> {
  value: V;
  onValueChange: (value: V) => void;
  choices: readonly RadioChoice<V>[];
  /** Ids for each choice's input, so that its label can point at it. */
  idPrefix: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  className?: string;
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };

/** The choice an arrow key moves to from `current`, wrapping at the ends, or null for other keys. */
export function arrowTarget<V extends string>(key: string, values: readonly V[], current: V): V | null {
  const step = STEP[key];
  if (step === undefined || values.length === 0) return null;
  const index = values.indexOf(current);
  return values[(index + step + values.length) % values.length] ?? null;
}

export function RadioGroup<V extends string>({
  value,
  onValueChange,
  choices,
  idPrefix,
  className,
  ...aria
}: RadioGroupProps<V>) {
  const values = choices.map((choice) => choice.value);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = arrowTarget(event.key, values, value);
    if (next !== null && next !== value) onValueChange(next);
  };
  return (
    <RadixRadioGroup.Root
      className={className ? `radios ${className}` : 'radios'}
      value={value}
      onValueChange={(next) => onValueChange(next as V)}
      onKeyDown={onKeyDown}
      orientation="horizontal"
      {...aria}
    >
      {choices.map((choice) => {
        const id = `${idPrefix}-${choice.value}`;
        return (
          <div key={choice.value} className="radio">
            <RadixRadioGroup.Item id={id} value={choice.value} className="radio-item">
              <RadixRadioGroup.Indicator className="radio-dot" />
            </RadixRadioGroup.Item>
            <label htmlFor={id}>{choice.label}</label>
          </div>
        );
      })}
    </RadixRadioGroup.Root>
  );
}
