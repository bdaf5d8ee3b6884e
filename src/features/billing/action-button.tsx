/** A button that makes one API call: busy while it runs, and the API's refusal under it. */
import { Button, type ButtonSize, type ButtonVariant } from '../../components/ui/button';
import { ApiErrorText } from '../../components/ui/api-error';

interface ActionButtonProps {
  label: string;
  /** Shown instead of the label while the call runs, e.g. "Confirming…". */
  pendingLabel: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  pending: boolean;
  /** The call's error, or null. */
  error: unknown;
  onClick: () => void;
}

export function ActionButton({ label, pendingLabel, variant, size, pending, error, onClick }: ActionButtonProps) {
  return (
    <>
      <Button variant={variant} size={size} disabled={pending} aria-busy={pending} onClick={onClick}>
        {pending ? pendingLabel : label}
      </Button>
      {error ? (
        <p className="field-error" role="alert">
          <ApiErrorText error={error} />
        </p>
      ) : null}
    </>
  );
}
