/**
 * A bar for a quantity within known bounds (charges against a spending limit). The
 * label names it; `valueText` says it in words ("$3,200 of $10,000").
 */
import { cn } from '../../lib/cn';

export interface MeterProps {
  value: number;
  max: number;
  label: string;
  valueText: string;
  /** From this fraction on the bar shows as a warning, and from 1 as over. */
  warnAt?: number;
  className?: string;
}

export function meterState(value: number, max: number, warnAt: number): 'ok' | 'warning' | 'over' {
  if (max <= 0 || value >= max) return 'over';
  return value / max >= warnAt ? 'warning' : 'ok';
}

export function Meter({ value, max, label, valueText, warnAt = 0.8, className }: MeterProps) {
  const fraction = max > 0 ? Math.min(1, Math.max(0, value / max)) : 1;
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
      className={cn('meter', `meter-${meterState(value, max, warnAt)}`, className)}
    >
      <div className="meter-fill" style={{ width: `${fraction * 100}%` }} />
    </div>
  );
}
