import { Navigate, Outlet, useLocation } from 'react-router';
import { sessionEndReason, useSession } from '../api/session';
import { signInPath } from './next-path';

/**
 * Pages below this route need someone signed in. Others go to sign-in and, unless
 * they just signed out on purpose, come back here afterwards (`?next=`).
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const from = location.pathname + location.search + location.hash;
    return <Navigate to={sessionEndReason() === 'signed-out' ? '/sign-in' : signInPath(from)} replace />;
  }
  return <Outlet />;
}
