/** Loading, empty and error states shared by every list and page. */
import type { ReactNode } from 'react';
import { ApiErrorAlert } from './api-error';

export function LoadingState({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

export interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** The API's error type and message, and a Retry button. */
export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  return (
    <ApiErrorAlert title={title} error={error}>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry} disabled={retrying} aria-disabled={retrying}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      ) : null}
    </ApiErrorAlert>
  );
}
