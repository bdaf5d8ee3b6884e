/**
 * The org page: the org's header (name, ID with a copy button, handle, your level,
 * expiry) and its tabs, above the current tab. When the org cannot be read, the
 * API's refusal is explained here instead of the tabs.
 */
import { useState } from 'react';
import { NavLink, Outlet, useMatch, useMatches, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/client';
import { orgDescribeQueryOptions, type OrgDescribe } from '../../api/orgs';
import { PageTitle } from '../../components/ui/page-title';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { ApiAnswer, UnavailablePage } from '../../components/ui/unavailable-page';
import { expiryOf } from '../../lib/expiry';
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
  if (status.kind === 'later') return <p className="org-expiry">{status.text}</p>;
  return (
    <p className={`notice ${status.kind === 'expired' ? 'notice-danger' : 'notice-warning'} org-expiry`}>
      <strong>{status.text}</strong>
      {status.kind === 'expired' ? (
        <span> The API refuses changes to this org and to what it pays for; you can still look.</span>
      ) : (
        <span> After that it is read-only: the API refuses changes to this org and to what it pays for.</span>
      )}
    </p>
  );
}

function OrgHeader({ org }: { org: OrgDescribe }) {
  return (
    <header className="org-header">
      <h1>{org.name}</h1>
      <dl className="org-facts">
        <OrgIdFacts org={org} />
        <div>
          <dt>Your level</dt>
          <dd>{org.level ?? 'Not a member (the org is public)'}</dd>
        </div>
      </dl>
      <ExpiryNotice expiresAt={org.expiresAt} />
    </header>
  );
}

function OrgTabs({ tabs }: { tabs: readonly OrgTab[] }) {
  return (
    <nav aria-label="Org sections" className="org-tabs">
      <ul>
        {tabs.map((tab) => (
          <li key={tab.path}>
            <NavLink to={tab.path}>{tab.label}</NavLink>
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
      <div className="state state-empty">
        <p className="state-title">
          Only admins of {org.name} can see {tab.label}
        </p>
        <p>
          {org.level === 'MEMBER'
            ? `You are a member of ${org.name}, not one of its admins.`
            : `You are not a member of ${org.name}.`}
        </p>
      </div>
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
