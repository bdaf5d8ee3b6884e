/**
 * The project's two lists in tabs: its members (permissions) and the access explainer.
 * One table at a time: both keep sort and filters in the URL's shared parameters, so
 * switching tabs starts the other list unfiltered. The tab itself is `?list=access`.
 */
import { useSearchParams } from 'react-router';
import { ListChecks, Users } from 'lucide-react';
import { Tabs } from 'radix-ui';
import type { ProjectDescribe } from '../../api/project-detail';
import { FACET_PARAM_PREFIX, SORT_PARAM, TEXT_PARAM } from '../../components/data-table/url-state';
import { AccessExplainer } from './explainer-table';
import { PermissionsTable, grantees } from './permissions-table';

const LIST_PARAM = 'list';

/** A tab: the active one sits on the panel, marked by a primary rule. */
const TAB_CLASS =
  'cursor-pointer rounded-t-md border border-b-0 border-transparent bg-transparent px-3.5 py-2 font-semibold font-sans text-base text-text data-[state=active]:border-border data-[state=active]:bg-surface data-[state=active]:shadow-[inset_0_-3px_0_var(--primary)]';
type List = 'members' | 'access';

export interface ProjectListsProps {
  project: ProjectDescribe;
  personId: string;
  orgName: (orgId: string) => string;
  userNames: ReadonlyMap<string, string>;
  /** Why the permissions are not visible (null when they are). */
  hiddenReason: string | null;
}

export function ProjectLists({ project, personId, orgName, userNames, hiddenReason }: ProjectListsProps) {
  const [params, setParams] = useSearchParams();
  const list: List = params.get(LIST_PARAM) === 'access' ? 'access' : 'members';

  function choose(next: string) {
    setParams(
      (previous) => {
        const updated = new URLSearchParams();
        for (const [key, value] of previous) {
          if (key === SORT_PARAM || key === TEXT_PARAM || key === LIST_PARAM || key.startsWith(FACET_PARAM_PREFIX))
            continue;
          updated.append(key, value);
        }
        if (next === 'access') updated.set(LIST_PARAM, 'access');
        return updated;
      },
      { replace: true },
    );
  }

  if (!project.permissions) {
    return (
      <section className="card project-section" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <p className="hint">{hiddenReason}</p>
      </section>
    );
  }
  const permissions = project.permissions;
  const nameOf = (id: string) => (id.startsWith('org-') ? orgName(id) : userNames.get(id));

  return (
    <Tabs.Root value={list} onValueChange={choose} className="project-lists">
      <Tabs.List aria-label="Project lists" className="mt-4 mb-3 flex gap-1 border-b border-border">
        <Tabs.Trigger value="members" className={TAB_CLASS}>
          <Users aria-hidden="true" size={16} className="mr-1.5 align-[-3px]" />
          Members
        </Tabs.Trigger>
        <Tabs.Trigger value="access" className={TAB_CLASS}>
          <ListChecks aria-hidden="true" size={16} className="mr-1.5 align-[-3px]" />
          Access explainer
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="members" className="project-tab-panel">
        <p className="hint mb-2">Everyone and every org holding a permission on the project, and the level granted.</p>
        <PermissionsTable projectName={project.name} rows={grantees(permissions, nameOf)} personId={personId} />
      </Tabs.Content>
      <Tabs.Content value="access" className="project-tab-panel">
        <p className="hint mb-2">
          Each person’s effective access is the highest of their explicit permission and, for every org the project is
          shared with, the org’s grant capped by their shared project access in that org (the whole grant for its
          admins).
        </p>
        <AccessExplainer
          projectName={project.name}
          permissions={permissions}
          orgName={orgName}
          userNames={userNames}
          personId={personId}
        />
      </Tabs.Content>
    </Tabs.Root>
  );
}
