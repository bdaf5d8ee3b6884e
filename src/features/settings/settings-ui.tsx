/** Pieces the settings sections share: the section frame, the title of the API's refusal, Save and Cancel. */
import type { ReactNode } from 'react';
import { Lock } from 'lucide-react';
import { describeError } from '../../api/client';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';

export function SettingsSection({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="card settings-section" aria-labelledby={id}>
      <h3 id={id} className="mt-0 mb-1 scroll-mt-4">
        {title}
      </h3>
      {description ? <p className="hint mb-4">{description}</p> : null}
      {children}
    </section>
  );
}

/** What the API did not do (`what`: "save the policies"); an expired org's refusal also says what it means. */
export function refusalTitle(error: unknown, what: string): string {
  return describeError(error).type === 'OrgExpired'
    ? `The org has expired: it is read-only, so the API did not ${what}.`
    : `The API did not ${what}.`;
}

/** The API's refusal of a field's value, said at the field: "The API refused this name: …". */
export function fieldRefusal(what: string, error: unknown): string {
  return `The API refused this ${what}: ${describeError(error).message}`;
}

interface SaveOrCancelProps {
  /** The Save button's text, e.g. "Save identity provider". */
  label: string;
  /** Something differs from what is saved. */
  dirty: boolean;
  /** The draft cannot be sent as it is (Cancel still can). */
  invalid?: boolean;
  pending: boolean;
  /** Drops the draft and the last refusal. */
  onCancel: () => void;
  /** What is not saved yet, said beside the buttons (e.g. "2 unsaved changes"); by default "Unsaved changes" while dirty. */
  unsavedText?: string;
}

/** Save (submits the form) and Cancel, under a settings form; both wait for a change. */
export function SaveOrCancel({ label, dirty, invalid = false, pending, onCancel, unsavedText }: SaveOrCancelProps) {
  return (
    <div className="actions items-center">
      <Button type="submit" variant="primary" disabled={!dirty || invalid || pending} aria-busy={pending}>
        {pending ? 'Saving…' : label}
      </Button>
      <Button variant="quiet" disabled={!dirty || pending} onClick={onCancel}>
        Cancel
      </Button>
      <p className="m-0 font-semibold text-warning" aria-live="polite">
        {dirty ? (unsavedText ?? 'Unsaved changes') : ''}
      </p>
    </div>
  );
}

/** Beside a control whose new value is not saved yet: pending until Save (dashed, unlike a settled badge). */
export function UnsavedMarker({ id }: { id: string }) {
  return (
    <Badge id={id} tone="warning" className="border border-dashed border-warning-border">
      Unsaved
    </Badge>
  );
}

/** Why a control is missing for a member: said once per section. */
export function AdminsOnlyNote({ children }: { children: ReactNode }) {
  return (
    <p className="hint mt-2 flex items-center gap-1.5">
      <Lock aria-hidden="true" size={14} className="flex-none" />
      <span>{children}</span>
    </p>
  );
}
