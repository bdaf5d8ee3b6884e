/**
 * Unsaved edits ask before they are lost. Each settings form reports what it holds
 * unsaved (`useReportUnsaved`); while anything is, leaving the page within the console
 * (a link, Back) is held by a react-router blocker and asked about in a confirm dialog
 * (Stay keeps the edits, Leave discards them), and a reload or closing the tab by the
 * browser's own `beforeunload` prompt.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { andList } from '../../lib/plural';

/** Reports that the form `key` holds unsaved edits (`what`, e.g. "2 policies"), or no longer (null). */
type Report = (key: string, what: string | null) => void;

const UnsavedContext = createContext<Report>(() => {});

/** While `what` is not null, the form `key` holds unsaved edits: leaving asks first. */
export function useReportUnsaved(key: string, what: string | null): void {
  const report = useContext(UnsavedContext);
  useEffect(() => {
    report(key, what);
    return () => report(key, null);
  }, [report, key, what]);
}

/** Holds navigation away from `children` while one of their forms reports unsaved edits. */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const [unsaved, setUnsaved] = useState<ReadonlyMap<string, string>>(new Map());
  const report = useCallback<Report>((key, what) => {
    setUnsaved((current) => {
      if ((current.get(key) ?? null) === what) return current;
      const next = new Map(current);
      if (what === null) next.delete(key);
      else next.set(key, what);
      return next;
    });
  }, []);
  const dirty = unsaved.size > 0;
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);

  return (
    <UnsavedContext value={report}>
      {children}
      <ConfirmDialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => {
          if (!open && blocker.state === 'blocked') blocker.reset();
        }}
        title="Leave without saving?"
        confirmLabel="Leave"
        cancelLabel="Stay"
        pendingLabel="Leaving…"
        pending={false}
        onConfirm={() => {
          if (blocker.state === 'blocked') blocker.proceed();
        }}
      >
        <p>You have unsaved changes: {andList([...unsaved.values()])}. Leave and discard them, or stay to save them.</p>
      </ConfirmDialog>
    </UnsavedContext>
  );
}
