/**
 * "Share with an org" at a level: one of the caller's orgs, within that org's
 * `projectSharing` policy and with ADMINISTER on the project (`/project-x/invite`).
 */
import { useId, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { useFindAll } from '../../api/find-all';
import { orgListQueryOptions } from '../../api/orgs';
import { useShareProjectWithOrg, type ProjectDescribe } from '../../api/project-detail';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { FormField } from '../../components/ui/form-field';
import { PROJECT_PERMISSIONS, type ProjectPermission } from '../../wire/levels';
import { orgExtras } from './project-data';
import { shareBlockedReason } from './project-rules';

const MY_ORGS = { level: 'MEMBER' } as const;

export function ShareWithOrg({ project }: { project: ProjectDescribe }) {
  const reasonId = useId();
  const orgs = useFindAll(orgListQueryOptions(MY_ORGS));
  const [chosenOrg, setChosenOrg] = useState('');
  const [level, setLevel] = useState<ProjectPermission>('VIEW');
  const org = orgs.rows.find((o) => o.id === chosenOrg) ?? orgs.rows[0];
  const extras = orgExtras(org);
  const reason = org
    ? shareBlockedReason(project.level, { name: org.name, level: org.level, policy: extras.policies?.projectSharing })
    : null;
  const current = org ? project.permissions?.[org.id] : undefined;

  const share = useShareProjectWithOrg<{ orgId: string; orgName: string; level: ProjectPermission }>(project, {
    onSuccess: (_, input) => {
      toast.success(`Shared ${project.name} with ${input.orgName} at ${input.level}.`);
    },
    onError: (error) => {
      const { type, message } = describeError(error);
      toast.error(`Not shared: ${type}: ${message}`);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!org || reason || share.isPending) return;
    share.mutate({ orgId: org.id, orgName: org.name, level });
  }

  const described = (base: string | undefined) =>
    [base, reason ? reasonId : null].filter(Boolean).join(' ') || undefined;
  return (
    <section className="card project-section" aria-labelledby="share-heading">
      <h2 id="share-heading">Share with an org</h2>
      <p className="hint">
        Members of the org get up to this level, capped by their shared project access in it. Sharing never lowers a
        level the org already has.
      </p>
      {orgs.status.state === 'error' ? (
        <ApiErrorAlert className="project-failure" title="Could not list your orgs." error={orgs.query.error} />
      ) : orgs.status.state === 'ready' && orgs.rows.length === 0 ? (
        <p>You belong to no orgs, so there is no org to share with.</p>
      ) : (
        <form className="project-inline-form" onSubmit={submit} noValidate>
          <FormField label="Org" hint={current ? `Already shared at ${current}.` : undefined}>
            {(control) => (
              <select
                {...control}
                aria-describedby={described(control['aria-describedby'])}
                value={org?.id ?? ''}
                disabled={share.isPending}
                onChange={(event) => {
                  setChosenOrg(event.target.value);
                  share.reset();
                }}
              >
                {orgs.rows.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label="Level">
            {(control) => (
              <select
                {...control}
                value={level}
                disabled={share.isPending}
                onChange={(event) => {
                  setLevel(event.target.value as ProjectPermission);
                  share.reset();
                }}
              >
                {PROJECT_PERMISSIONS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <button
            type="submit"
            className="button button-primary"
            disabled={!org || reason !== null || share.isPending}
            aria-busy={share.isPending}
            aria-describedby={reason ? reasonId : undefined}
          >
            {share.isPending ? 'Sharing…' : 'Share'}
          </button>
        </form>
      )}
      {reason ? (
        <p id={reasonId} className="notice notice-warning">
          {reason}
        </p>
      ) : null}
      {share.isError ? (
        <ApiErrorAlert
          className="project-failure"
          title="The API refused to share; nothing changed."
          error={share.error}
        />
      ) : null}
    </section>
  );
}
