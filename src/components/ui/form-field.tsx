/**
 * A labelled form control with an optional hint and error message, wired for
 * assistive technology: the label's `htmlFor`, `aria-describedby` (hint, then
 * error) and `aria-invalid` while there is an error. The caller renders the control
 * (input, textarea, select) and spreads the props it is given:
 *
 *   <FormField label="Handle" hint="3 to 64 letters, digits or underscores" error={errors.handle}>
 *     {(control) => <input {...control} value={handle} onChange={…} />}
 *   </FormField>
 */
import { useId, type ReactNode } from 'react';

export interface FormControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FormFieldProps {
  label: ReactNode;
  hint?: ReactNode;
  /** The message shown under the control; a string, or e.g. the API's type and message. */
  error?: ReactNode;
  /** Use a given id for the control (default: a generated one). */
  id?: string;
  className?: string;
  children: (control: FormControlProps) => ReactNode;
}

export function FormField({ label, hint, error, id, className, children }: FormFieldProps) {
  const generated = useId();
  const controlId = id ?? `${generated}-control`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const describedBy = [hint ? hintId : null, hasError ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={controlId}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {children({ id: controlId, 'aria-describedby': describedBy, 'aria-invalid': hasError ? true : undefined })}
      {hasError ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
