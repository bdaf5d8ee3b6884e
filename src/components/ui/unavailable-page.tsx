/**
 * A page that cannot be shown (an org or project the API refuses or does not know):
 * its title, why, and the way back to All Orgs.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiErrorText } from './api-error';
import { PageTitle } from './page-title';

export function UnavailablePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="page page-narrow">
      <PageTitle>{title}</PageTitle>
      <h1>{title}</h1>
      {children}
      <p className="actions">
        <Link to="/orgs" className="button">
          Back to All Orgs
        </Link>
      </p>
    </section>
  );
}

/** An expected refusal (not a failure to retry): the API's words, then what they mean here. */
export function ApiAnswer({ error, meaning }: { error: { type: string; message: string }; meaning: string }) {
  return (
    <>
      <div className="state state-error">
        <p>The API answered:</p>
        <p>
          <ApiErrorText error={error} />
        </p>
      </div>
      <p>{meaning}</p>
    </>
  );
}
