import { Link, useLocation } from 'react-router';
import { PageTitle } from '../components/ui/page-title';

export function NotFoundPage() {
  const location = useLocation();
  return (
    <section className="page page-narrow">
      <PageTitle>Page not found</PageTitle>
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{location.pathname}</code>. The link may be out of date, or the address mistyped.
      </p>
      <p>
        <Link to="/">Go to the start page</Link>
      </p>
    </section>
  );
}

export { NotFoundPage as Component };
