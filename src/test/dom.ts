/** Small readers of what assistive technology is told, for tests without jest-dom. */

/** The text of the elements named by `aria-describedby`, joined with " | " (hints and errors). */
export function descriptionOf(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

/** Whether a checkbox, radio or switch (native or ARIA) is on. */
export function isChecked(element: HTMLElement): boolean {
  if (element instanceof HTMLInputElement) return element.checked;
  return element.getAttribute('aria-checked') === 'true';
}
