/**
 * All Orgs (`/orgs`): the orgs the person administers, or, with the toggle (kept in
 * the URL as `level=MEMBER`), every org they belong to with their level in each.
 * A row opens the org's Members tab.
 */
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { orgListQueryOptions, type OrgSummary } from '../../api/orgs';
import { useFindAll } from '../../api/find-all';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/data-table';
import { EmptyState } from '../../components/ui/query-states';
import { Switch } from '../../components/ui/switch';
import { PageTitle } from '../../components/ui/page-title';
import { NewOrgButton } from './new-org-dialog';
import { orgColumns } from './orgs-columns';
import './orgs.css';

const ADMIN_ORGS = { level: 'ADMIN' } as const;
const MEMBER_ORGS = { level: 'MEMBER' } as const;

export const ALSO_MEMBER_PARAM = 'level';
const ALSO_MEMBER_LABEL = 'Also show orgs where I am only a member';

function AlsoMemberToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <div className="orgs-toggle">
      <Switch id="orgs-also-member" checked={on} onCheckedChange={onChange} />
      <label htmlFor="orgs-also-member">{ALSO_MEMBER_LABEL}</label>
    </div>
  );
}

export function AllOrgsPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const alsoMember = params.get(ALSO_MEMBER_PARAM) === 'MEMBER';
  const orgs = useFindAll(orgListQueryOptions(alsoMember ? MEMBER_ORGS : ADMIN_ORGS));

  // Expiry flags are measured from when the page opened.
  const [now] = useState(() => Date.now());
  const columns = useMemo(() => orgColumns({ withLevel: alsoMember, now }), [alsoMember, now]);

  function setAlsoMember(on: boolean) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (on) next.set(ALSO_MEMBER_PARAM, 'MEMBER');
        else next.delete(ALSO_MEMBER_PARAM);
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
        rowName={(org) => org.name}
        status={orgs.status}
        empty={empty}
        onOpenRow={(org) => void navigate(`/orgs/${encodeURIComponent(org.id)}/members`)}
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
