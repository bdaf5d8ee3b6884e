/**
 * The console's buttons. `buttonClass` gives the same look to a link (`<Link className={buttonClass('quiet')}>`).
 *   primary: the one main action of a screen or dialog; secondary: other actions;
 *   quiet: low-emphasis (Cancel, Switch user); danger: destroys or removes.
 */
import type { ButtonHTMLAttributes } from 'react';
import { cn } from '../../lib/cn';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';
export type ButtonSize = 'default' | 'small';

const VARIANT_CLASSES: Record<ButtonVariant, string | null> = {
  primary: 'button-primary',
  secondary: null,
  quiet: 'button-quiet',
  danger: 'button-danger',
};

export function buttonClass(
  variant: ButtonVariant = 'secondary',
  size: ButtonSize = 'default',
  extra?: string,
): string {
  return cn('button', VARIANT_CLASSES[variant], size === 'small' && 'button-small', extra);
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

export function Button({ variant, size, className, type = 'button', ...props }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...props} />;
}
