/**
 * The console's one select: a native <select> in the design system's look. Native on
 * purpose: phones show their own picker, type-ahead and form behaviour come with it,
 * and it costs no JavaScript. Name it with a <label htmlFor> or aria-label like any select.
 */
import type { SelectHTMLAttributes } from 'react';
import { ChevronDown } from 'lucide-react';
import { cn } from '../../lib/cn';

export interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  /** Fits a table row. */
  compact?: boolean;
}

export function Select({ className, compact = false, ...props }: SelectProps) {
  return (
    <span className={cn('select', compact && 'select-compact', className)}>
      <select {...props} />
      <ChevronDown className="select-chevron" aria-hidden="true" size={16} />
    </span>
  );
}
