/** A grey block where content is on its way; hidden from assistive technology (say "Loading…" elsewhere). */
import { cn } from '../../lib/cn';

export function Skeleton({ className, width }: { className?: string; width?: string }) {
  return <span className={cn('skeleton', className)} style={width ? { width } : undefined} aria-hidden="true" />;
}
