/** Joins class names, skipping the empty ones: cn('button', primary && 'button-primary'). */
export function cn(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
