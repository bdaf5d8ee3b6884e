/**
 * An on/off switch (Radix Switch) with the console's look. It takes the props of
 * Radix's Switch.Root; name it with a `<label htmlFor={id}>` or an aria-label.
 */
import type { ComponentProps } from 'react';
import { Switch as RadixSwitch } from 'radix-ui';

export type SwitchProps = Omit<ComponentProps<typeof RadixSwitch.Root>, 'children'>;

export function Switch({ className, ...props }: SwitchProps) {
  return (
    <RadixSwitch.Root className={className ? `switch ${className}` : 'switch'} {...props}>
      <RadixSwitch.Thumb className="switch-thumb" />
    </RadixSwitch.Root>
  );
}
