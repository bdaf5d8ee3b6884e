import { lazy, memo, Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { clearSession, useSession, type Session } from '../api/session';
import { displayName, userQueryOptions } from '../api/users';
import { ChevronDown, Menu } from 'lucide-react';
import { useThemeChoice } from './theme';
import { THEME_ICONS } from './theme-icons';
import { Button, buttonClass } from '../components/ui/button';

function SignedInAs({ session }: { session: Session }) {
  const user = useQuery(userQueryOptions(session.userId));
  const name = user.data ? displayName(user.data) : session.userId;
  const handle = user.data?.handle;
  return (
    <p className="signed-in-as">
      <span className="visually-hidden">Signed in as </span>
      <span className="user-name">{name}</span>
      {handle ? <span className="user-handle">@{handle}</span> : null}
      {session.mode === 'remote' ? (
        <span className="api-badge" title={session.apiBase}>
          API: {hostOf(session.apiBase)}
        </span>
      ) : (
        <span className="api-badge">Demo emulator</span>
      )}
    </p>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

// The menus and their poppers load right after the first paint, keeping them out of the first download.
const AdminOrgsMenu = lazy(() => import('./admin-orgs-menu'));
const ThemeMenu = lazy(() => import('./theme-menu'));
const MobileMenu = lazy(() => import('./mobile-menu'));

function MenuLoading({ label, children }: { label?: string; children: React.ReactNode }) {
  return (
    <button type="button" className={label ? 'icon-button' : 'nav-menu-trigger'} aria-label={label} disabled>
      {children}
    </button>
  );
}

function ThemeMenuLoading() {
  const Icon = THEME_ICONS[useThemeChoice()];
  return (
    <MenuLoading label="Theme">
      <Icon aria-hidden="true" size={18} />
    </MenuLoading>
  );
}

// Memoised: the layout renders again on every URL change (a table's sort or filter), the header need not.
const Header = memo(function Header() {
  const session = useSession();
  const navigate = useNavigate();

  function signOut() {
    clearSession('signed-out');
    void navigate('/sign-in', { replace: true });
  }

  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="brand">
          Org Console
        </Link>
        {session ? (
          <nav aria-label="Main" className="main-nav wide-only">
            <NavLink to="/orgs" end>
              All Orgs
            </NavLink>
            <Suspense
              fallback={
                <MenuLoading>
                  Your orgs <ChevronDown aria-hidden="true" size={16} />
                </MenuLoading>
              }
            >
              <AdminOrgsMenu />
            </Suspense>
            <NavLink to="/billing">Billing</NavLink>
          </nav>
        ) : null}
        <div className="header-user wide-only">
          {session ? <SignedInAs session={session} /> : null}
          <Suspense fallback={<ThemeMenuLoading />}>
            <ThemeMenu />
          </Suspense>
          {session ? (
            <>
              <Link to="/sign-in" className={buttonClass('quiet')}>
                Switch user
              </Link>
              <Button variant="quiet" onClick={signOut}>
                Sign out
              </Button>
            </>
          ) : (
            <Link to="/sign-in" className={buttonClass('quiet')}>
              Sign in
            </Link>
          )}
        </div>
        <div className="header-user narrow-only">
          {session ? (
            <Suspense
              fallback={
                <MenuLoading label="Menu">
                  <Menu aria-hidden="true" size={20} />
                </MenuLoading>
              }
            >
              <MobileMenu account={<SignedInAs session={session} />} onSignOut={signOut} />
            </Suspense>
          ) : (
            <Suspense fallback={<ThemeMenuLoading />}>
              <ThemeMenu />
            </Suspense>
          )}
        </div>
      </div>
    </header>
  );
});

/** After a client-side navigation, move focus to the new page's heading (or main). */
function useFocusOnNavigate(mainRef: React.RefObject<HTMLElement | null>) {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const heading = main.querySelector<HTMLElement>('h1');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: false });
    } else {
      main.focus();
    }
  }, [location.pathname, mainRef]);
}

export function AppLayout() {
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnNavigate(mainRef);
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      <Header />
      {navigation.state === 'loading' ? (
        <div className="route-progress" role="progressbar" aria-label="Loading page" />
      ) : null}
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
