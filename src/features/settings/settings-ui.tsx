/** Pieces every settings section shares: the section frame and the API's refusal. */
import type { ReactNode } from 'react';
import { describeError } from '../../api/client';

export function SettingsSection({ id, title, description, children }: { id: string; title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="card settings-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {description ? <p className="hint settings-description">{description}</p> : null}
      {children}
    </section>
  );
}

/** The API's error type and message; an expired org's refusal also says what it means. */
export function ApiRefusal({ error, what }: { error: unknown; what: string }) {
  const { type, message } = describeError(error);
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">
        {type === 'OrgExpired' ? `The org has expired: it is read-only, so the API did not ${what}.` : `The API did not ${what}.`}
      </p>
      <p>
        <code className="error-type">{type}</code>: <span className="error-message">{message}</span>
      </p>
    </div>
  );
}

/** Why a control is missing for a member: said once per section. */
export function AdminsOnlyNote({ children }: { children: ReactNode }) {
  return <p className="hint settings-readonly">{children}</p>;
}
