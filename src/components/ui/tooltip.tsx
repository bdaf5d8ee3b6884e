/**
 * A short hint on hover and keyboard focus (Radix Tooltip). Only for what the control's
 * own name already says in other words: never the only place a fact is.
 */
import type { ReactNode } from 'react';
import { Tooltip as RadixTooltip } from 'radix-ui';

export function Tooltip({ content, children }: { content: ReactNode; children: ReactNode }) {
  return (
    <RadixTooltip.Provider delayDuration={400}>
      <RadixTooltip.Root>
        <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
        <RadixTooltip.Portal>
          <RadixTooltip.Content className="tooltip" sideOffset={6}>
            {content}
          </RadixTooltip.Content>
        </RadixTooltip.Portal>
      </RadixTooltip.Root>
    </RadixTooltip.Provider>
  );
}
