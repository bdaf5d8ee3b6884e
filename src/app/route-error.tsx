import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { ApiErrorText } from '../components/ui/api-error';
import { PageTitle } from '../components/ui/page-title';
import { Button, buttonClass } from '../components/ui/button';

function ErrorBody({ error, withTitle = true }: { error: unknown; withTitle?: boolean }) {
  if (isRouteErrorResponse(error)) {
    return (
      <>
        {withTitle ? <PageTitle>{error.status === 404 ? 'Page not found' : 'Something went wrong'}</PageTitle> : null}
        <h1>{error.status === 404 ? 'Page not found' : 'Something went wrong'}</h1>
        <p>
          <code>{error.status}</code> {error.statusText}
        </p>
      </>
    );
  }
  return (
    <>
      {withTitle ? <PageTitle>Something went wrong</PageTitle> : null}
      <h1>Something went wrong</h1>
      <p>This page could not be shown.</p>
      <p className="state state-error">
        <ApiErrorText error={error} />
      </p>
    </>
  );
}

function Actions() {
  return (
    <p className="actions">
      <Link to="/" reloadDocument className={buttonClass()}>
        Go to the start page
      </Link>
      <Button variant="quiet" onClick={() => window.location.reload()}>
        Reload this page
      </Button>
    </p>
  );
}

/**
 * Shown inside the layout when a page fails: the header stays usable. Inside a layout
 * that sets the document title (the org page), pass `withTitle={false}`.
 */
export function RouteError({ withTitle = true }: { withTitle?: boolean }) {
  const error = useRouteError();
  return (
    <section className="page page-narrow" aria-live="polite">
      <ErrorBody error={error} withTitle={withTitle} />
      <Actions />
    </section>
  );
}

/** Last resort, when the layout itself failed: a complete page of its own. */
export function RootError() {
  const error = useRouteError();
  return (
    <div className="app">
      <main id="main" className="app-main">
        <section className="page page-narrow">
          <ErrorBody error={error} />
          <Actions />
        </section>
      </main>
    </div>
  );
}
