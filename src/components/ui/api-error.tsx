/**
 * An API error as the console shows it everywhere: its type and message, in the API's
 * words (`PermissionDenied: Only admins may …`), inline or as an alert with a title.
 */
import type { ReactNode } from 'react';
import { describeError } from '../../api/client';

/** An error (ApiError or any other), or one already described as `{ type, message }`. */
function typeAndMessage(error: unknown): { type: string; message: string } {
  if (typeof error === 'object' && error !== null && !(error instanceof Error)) {
    const { type, message } = error as Record<string, unknown>;
    if (typeof type === 'string' && typeof message === 'string') return { type, message };
  }
  return describeError(error);
}

/** `Type: message`, inline. */
export function ApiErrorText({ error }: { error: unknown }) {
  const { type, message } = typeAndMessage(error);
  return (
    <>
      <code className="error-type">{type}</code>: <span className="error-message">{message}</span>
    </>
  );
}

export interface ApiErrorAlertProps {
  /** What did not happen, in the console's words, e.g. "The API did not create the org." */
  title: ReactNode;
  /** An error, or one already described as `{ type, message }`. */
  error: unknown;
  /** A sentence before the API's words: what happened and what to do. */
  lead?: ReactNode;
  /** Added to `state state-error`. */
  className?: string;
  /** After the error, e.g. a Retry button. */
  children?: ReactNode;
}

/** A refusal or failure next to what made it: an alert with its title and the API's words. */
export function ApiErrorAlert({ title, error, lead, className, children }: ApiErrorAlertProps) {
  return (
    <div className={className ? `state state-error ${className}` : 'state state-error'} role="alert">
      <p className="state-title">{title}</p>
      {lead ? <p className="state-lead">{lead}</p> : null}
      <p className={lead ? 'state-detail' : undefined}>
        <ApiErrorText error={error} />
      </p>
      {children}
    </div>
  );
}
