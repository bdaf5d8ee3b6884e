/** A button that makes one API call: busy while it runs, and the API's refusal under it. */
import { describeError } from '../../api/client';

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
  const failure = error ? describeError(error) : null;
  return (
    <>
      <button type="button" className={className} disabled={pending} aria-busy={pending} onClick={onClick}>
        {pending ? pendingLabel : label}
      </button>
      {failure ? (
        <p className="field-error" role="alert">
          <code className="error-type">{failure.type}</code>: <span className="error-message">{failure.message}</span>
        </p>
      ) : null}
    </>
  );
}
