/** A button that makes one API call: busy while it runs, and the API's refusal under it. */
import { ApiErrorText } from '../../components/ui/api-error';

interface ActionButtonProps {
  label: string;
  /** Shown instead of the label while the call runs, e.g. "Confirming…". */
  pendingLabel: string;
  className: string;
  pending: boolean;
  /** The call's error, or null. */
  error: unknown;
  onClick: () => void;
}

export function ActionButton({ label, pendingLabel, className, pending, error, onClick }: ActionButtonProps) {
  return (
    <>
      <button type="button" className={className} disabled={pending} aria-busy={pending} onClick={onClick}>
        {pending ? pendingLabel : label}
      </button>
      {error ? (
        <p className="field-error" role="alert">
          <ApiErrorText error={error} />
        </p>
      ) : null}
    </>
  );
}
