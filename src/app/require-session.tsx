import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session';
import { signInPath } from './next-path';

/** Pages below this route need someone signed in; others go to sign-in and come back. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    return <Navigate to={signInPath(location.pathname + location.search + location.hash)} replace />;
  }
  return <Outlet />;
}
