/**
 * All Orgs (`/orgs`): the orgs the person administers, or, with the toggle (kept in
 * the URL as `level=MEMBER`, or `level=ADMIN` where that is not the default), every org
 * they belong to with their level in each. Someone who administers no org lands on the
 * orgs they belong to. A row opens the org on the first tab the person can use.
 */
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { orgListQueryOptions, type OrgSummary } from '../../api/orgs';
import { useFindAll } from '../../api/find-all';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/ui/query-states';
import { Switch } from '../../components/ui/switch';
import { PageTitle } from '../../components/ui/page-title';
import { NewOrgButton } from './new-org-dialog';
import { defaultOrgLevel } from './format';
import { orgColumns } from './orgs-columns';

const ADMIN_ORGS = { level: 'ADMIN' } as const;
const MEMBER_ORGS = { level: 'MEMBER' } as const;

export const ALSO_MEMBER_PARAM = 'level';
const ALSO_MEMBER_LABEL = 'Also show orgs where I am only a member';

function AlsoMemberToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="inline-flex items-center gap-2">
      <Switch id="orgs-also-member" checked={on} onCheckedChange={onChange} />
      <label htmlFor="orgs-also-member" className="cursor-pointer">
        {ALSO_MEMBER_LABEL}
      </label>
    </div>
  );
}

const orgName = (org: OrgSummary) => org.name;
const orgId = (org: OrgSummary) => org.id;

export function AllOrgsPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const chosen = params.get(ALSO_MEMBER_PARAM);
  const adminOrgs = useFindAll(orgListQueryOptions(ADMIN_ORGS));
  // Until the admin orgs are in, the default is unknown (and the admin list shows loading).
  const defaultLevel = adminOrgs.query.data ? defaultOrgLevel(adminOrgs.query.data) : 'ADMIN';
  const alsoMember = chosen === 'MEMBER' || (chosen !== 'ADMIN' && defaultLevel === 'MEMBER');
  const memberOrgs = useFindAll({ ...orgListQueryOptions(MEMBER_ORGS), enabled: alsoMember });
  const orgs = alsoMember ? memberOrgs : adminOrgs;

  // The member view chosen by default goes into the URL too, so a reload or a shared link shows the same.
  useEffect(() => {
    if (chosen === null && defaultLevel === 'MEMBER') {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set(ALSO_MEMBER_PARAM, 'MEMBER');
          return next;
        },
        { replace: true },
      );
    }
  }, [chosen, defaultLevel, setParams]);

  // Expiry flags are measured from when the page opened.
  const [now] = useState(() => Date.now());
  const columns = useMemo(() => orgColumns({ withLevel: alsoMember, now }), [alsoMember, now]);

  function setAlsoMember(on: boolean) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        const level = on ? 'MEMBER' : 'ADMIN';
        if (level === defaultLevel && level === 'ADMIN') next.delete(ALSO_MEMBER_PARAM);
        else next.set(ALSO_MEMBER_PARAM, level);
        return next;
      },
      { replace: true },
    );
  }

  const empty = alsoMember ? (
    <EmptyState title="You belong to no orgs">
      <p>Create one with “New org”, or ask an org’s admin to invite you.</p>
    </EmptyState>
  ) : (
    <EmptyState title="You administer no orgs">
      <p>Orgs where you are an admin are listed here. Turn on “{ALSO_MEMBER_LABEL}” to see the orgs you belong to.</p>
    </EmptyState>
  );

  return (
    <div className="page">
      <PageTitle>All Orgs</PageTitle>
      <h1>All Orgs</h1>
      <DataTable<OrgSummary>
        tableId="orgs"
        personId={session?.userId ?? ''}
        label={alsoMember ? 'Orgs you belong to' : 'Orgs you administer'}
        columns={columns}
        rows={orgs.rows}
        getRowId={(org) => org.id}
        rowName={orgName}
        rowNameDetail={orgId}
        status={orgs.status}
        empty={empty}
        rowLink={(org) => `/orgs/${encodeURIComponent(org.id)}`}
        toolbar={
          <>
            <NewOrgButton />
            <AlsoMemberToggle on={alsoMember} onChange={setAlsoMember} />
          </>
        }
      />
    </div>
  );
}

export { AllOrgsPage as Component };
