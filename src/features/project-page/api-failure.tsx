/** A refused mutation, in the API's words, next to the control that made it. */
import { describeError } from '../../api/client';

export function ApiFailure({ title, error }: { title: string; error: unknown }) {
  const { type, message } = describeError(error);
  return (
    <div className="state state-error project-failure" role="alert">
      <p className="state-title">{title}</p>
      <p>
        <code className="error-type">{type}</code>: <span className="error-message">{message}</span>
      </p>
    </div>
  );
}
