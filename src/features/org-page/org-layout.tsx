/**
 * The org page: the org's header (name, ID with a copy button, handle, your level,
 * expiry) and its tabs, above the current tab. When the org cannot be read, the
 * API's refusal is explained here instead of the tabs.
 */
import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useMatch, useMatches, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { orgDescribeQueryOptions, type OrgDescribe } from '../../api/orgs';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { PageTitle } from '../../components/ui/page-title';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { ApiAnswer, UnavailablePage } from '../../components/ui/unavailable-page';
import { expiryOf } from '../../lib/expiry';
import { LEVEL_LABELS } from '../../lib/labels';
import { OrgIdFacts } from '../../components/org-id-facts';
import { MemberProjects } from './member-projects';
import { isOrgRouteHandle, mayListProjects, visibleTabs, type OrgTab } from './org-tabs';

function useOrgTabs(): readonly OrgTab[] {
  const matches = useMatches();
  const match = matches.find((m) => isOrgRouteHandle(m.handle));
  return match && isOrgRouteHandle(match.handle) ? match.handle.orgTabs : [];
}

function ExpiryNotice({ expiresAt }: { expiresAt: OrgDescribe['expiresAt'] }) {
  // The moment the page was opened: enough for a notice counted in days.
  const [now] = useState(Date.now);
  const status = expiryOf(expiresAt, now);
  if (status.kind === 'none') return null;
  if (status.kind === 'later') return <p className="org-expiry m-0 text-sm text-muted">{status.text}</p>;
  if (status.kind === 'expired') {
    return (
      <Alert tone="danger" title={status.text} className="org-expiry mt-3">
        <p>
          The API refuses changes to this org and to what it pays for; you can still look. The org’s data is permanently
          deleted after expiry: keep a copy of what you need.
        </p>
      </Alert>
    );
  }
  return (
    <Alert tone="warning" title={status.text} className="org-expiry mt-3">
      <p>
        After that it is read-only: the API refuses changes to this org and to what it pays for. The org’s data is then
        permanently deleted: keep a copy of what you need.
      </p>
    </Alert>
  );
}

function YourLevel({ level }: { level: OrgDescribe['level'] }) {
  if (level === undefined) {
    return (
      <>
        <Badge tone="neutral" className="ml-0">
          Not a member
        </Badge>
        <span className="text-sm text-muted">(the org is public)</span>
      </>
    );
  }
  return (
    <Badge tone={level === 'ADMIN' ? 'primary' : 'neutral'} className="ml-0">
      {LEVEL_LABELS[level] ?? level}
    </Badge>
  );
}

function OrgHeader({ org }: { org: OrgDescribe }) {
  return (
    <header className="org-header mb-4">
      <h1 className="[overflow-wrap:anywhere]">{org.name}</h1>
      <dl className="org-facts m-0">
        <OrgIdFacts org={org} />
        <div>
          <dt>Your level</dt>
          <dd>
            <YourLevel level={org.level} />
          </dd>
        </div>
      </dl>
      <ExpiryNotice expiresAt={org.expiresAt} />
    </header>
  );
}

const TAB_CLASS = [
  'inline-flex items-center whitespace-nowrap rounded-t-md px-3 py-2 -mb-px',
  'border-b-[3px] border-transparent font-medium text-muted no-underline',
  'hover:bg-surface-hover hover:text-text focus-visible:outline-offset-[-3px]',
  'aria-[current=page]:border-primary aria-[current=page]:font-semibold aria-[current=page]:text-primary',
].join(' ');

/**
 * The tabs as a strip of links: on a narrow screen they scroll sideways within the strip
 * (never the page), with the current tab scrolled into view.
 */
function OrgTabs({ tabs }: { tabs: readonly OrgTab[] }) {
  const strip = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const nav = strip.current;
    const current = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !current) return;
    const left = current.offsetLeft - nav.offsetLeft;
    if (left < nav.scrollLeft || left + current.offsetWidth > nav.scrollLeft + nav.clientWidth) {
      nav.scrollLeft = left - (nav.clientWidth - current.offsetWidth) / 2;
    }
  }, [pathname]);
  return (
    <nav ref={strip} aria-label="Org sections" className="org-tabs mb-5 overflow-x-auto overflow-y-hidden border-b-0">
      <ul className="m-0 flex w-max min-w-full list-none flex-nowrap gap-1 border-b border-border p-0">
        {tabs.map((tab) => (
          <li key={tab.path} className="flex">
            <NavLink to={tab.path} className={TAB_CLASS}>
              {tab.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** An admin-only tab opened by someone else (e.g. from a link): why there is nothing to see. */
function AdminOnlyTab({ tab, org }: { tab: OrgTab; org: OrgDescribe }) {
  return (
    <section aria-labelledby="admin-only-heading">
      <h2 id="admin-only-heading">{tab.label}</h2>
      <Alert tone="info" title={`Only admins of ${org.name} can see ${tab.label}`}>
        <p>
          {org.level === 'MEMBER'
            ? `You are a member of ${org.name}, not one of its admins.`
            : `You are not a member of ${org.name}.`}
        </p>
      </Alert>
    </section>
  );
}

/** Why the org cannot be shown, in the API's words, with a way back. */
function OrgUnavailable({
  orgId,
  error,
  onRetry,
  retrying,
}: {
  orgId: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  if (isApiError(error) && (error.type === 'PermissionDenied' || error.type === 'ResourceNotFound')) {
    return (
      <UnavailablePage
        title={error.type === 'PermissionDenied' ? `You are not a member of ${orgId}` : `There is no org ${orgId}`}
      >
        <ApiAnswer
          error={error}
          meaning={
            error.type === 'PermissionDenied'
              ? 'Only members of an org may open it. An admin of the org can invite you.'
              : 'The org ID may be mistyped, or the link out of date.'
          }
        />
      </UnavailablePage>
    );
  }
  return (
    <UnavailablePage title={`Could not load ${orgId}`}>
      <ErrorState title="The org could not be loaded." error={error} onRetry={onRetry} retrying={retrying} />
    </UnavailablePage>
  );
}

export function OrgLayout() {
  const { orgId = '' } = useParams();
  const tabs = useOrgTabs();
  const org = useQuery(orgDescribeQueryOptions(orgId));
  const tabPath = useMatch('/orgs/:orgId/:tab/*')?.params.tab;
  const tab = tabs.find((t) => t.path === tabPath);
  const isAdmin = org.data?.level === 'ADMIN';
  const shownTabs = visibleTabs(tabs, org.data?.level);

  // A failed background refetch keeps the org on screen; only a first load that fails replaces it.
  if (org.data) {
    return (
      <div className="page org-page">
        {/* The one title of the screen, e.g. "Members · Acme Genomics · Org Console": tabs set none. */}
        <PageTitle>{tab ? `${tab.label} · ${org.data.name}` : org.data.name}</PageTitle>
        <OrgHeader org={org.data} />
        <OrgTabs tabs={shownTabs} />
        {tab?.adminOnly && !isAdmin ? <AdminOnlyTab tab={tab} org={org.data} /> : <Outlet />}
        {/* Who may not list the org's projects is told why by the tab, and shown their own below. */}
        {tab?.path === 'projects' && !mayListProjects(org.data) ? (
          <MemberProjects orgId={org.data.id} orgName={org.data.name} />
        ) : null}
      </div>
    );
  }
  if (org.isError) {
    return (
      <OrgUnavailable orgId={orgId} error={org.error} onRetry={() => void org.refetch()} retrying={org.isFetching} />
    );
  }
  return <LoadingState>Loading {orgId}…</LoadingState>;
}

export { OrgLayout as Component };
