/**
 * Copies a value to the clipboard. Its accessible name says what it copies
 * ("Copy org ID"); the outcome is confirmed by a toast (sonner announces toasts in
 * a live region) and, briefly, on the button itself.
 */
import { useEffect, useState } from 'react';
import { toast } from 'sonner';

export interface CopyButtonProps {
  value: string;
  /** The accessible name and visible text, e.g. "Copy org ID". */
  label: string;
  /** What the toast calls the value, e.g. "org ID" → "Copied org ID org-acme". Default: the value alone. */
  what?: string;
  className?: string;
}

const CONFIRMATION_MS = 2000;

export function CopyButton({ value, label, what, className = 'button button-quiet button-small' }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), CONFIRMATION_MS);
    return () => window.clearTimeout(timer);
  }, [copied]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success(`Copied ${what ? `${what} ` : ''}${value}`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      toast.error(`Could not copy ${value} to the clipboard: ${reason}`);
    }
  }

  return (
    <button type="button" className={className} aria-label={label} onClick={() => void copy()}>
      <span aria-hidden="true">{copied ? 'Copied' : 'Copy'}</span>
    </button>
  );
}
