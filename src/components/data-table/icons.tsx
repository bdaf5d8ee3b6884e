/** Small decorative icons (hidden from assistive technology; the text says what they mean). */
import { Check, Minus } from 'lucide-react';

export function CheckIcon() {
  return <Check size={14} strokeWidth={2.5} aria-hidden="true" focusable="false" />;
}

export function MinusIcon() {
  return <Minus size={14} strokeWidth={2.5} aria-hidden="true" focusable="false" />;
}
