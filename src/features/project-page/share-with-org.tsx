/**
 * "Share with an org" at a level: one of the caller's orgs, within that org's
 * `projectSharing` policy and with Administer on the project (`/project-x/invite`).
 * Without Administer the form is disabled and described by the page's access note.
 */
import { useId, useState, type FormEvent } from 'react';
import { Share2 } from 'lucide-react';
import { toast } from 'sonner';
import { useFindAll } from '../../api/find-all';
import { orgListQueryOptions } from '../../api/orgs';
import { useShareProjectWithOrg, type ProjectDescribe } from '../../api/project-detail';
import { Alert } from '../../components/ui/alert';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import { Select } from '../../components/ui/select';
import { PROJECT_ACCESS_CHOICES, PROJECT_ACCESS_LABELS } from '../../lib/labels';
import type { ProjectPermission } from '../../wire/levels';
import { ACCESS_NOTE_ID } from './access-note';
import { orgExtras } from './project-data';
import { shareBlockedReason } from './project-rules';
import { toastRefusal } from '../../components/ui/refusal-toast';

const MY_ORGS = { level: 'MEMBER' } as const;

/** The levels a share can grant, most access first. */
const SHARE_LEVELS = PROJECT_ACCESS_CHOICES.filter((level): level is ProjectPermission => level !== 'NONE');

export function ShareWithOrg({ project }: { project: ProjectDescribe }) {
  const reasonId = useId();
  const mayAdminister = project.level === 'ADMINISTER';
  const orgs = useFindAll(orgListQueryOptions(MY_ORGS));
  const [chosenOrg, setChosenOrg] = useState('');
  const [level, setLevel] = useState<ProjectPermission>('VIEW');
  const org = orgs.rows.find((o) => o.id === chosenOrg) ?? orgs.rows[0];
  const extras = orgExtras(org);
  const reason =
    org && mayAdminister
      ? shareBlockedReason({ name: org.name, level: org.level, policy: extras.policies?.projectSharing })
      : null;
  const current = org ? project.permissions?.[org.id] : undefined;

  const share = useShareProjectWithOrg<{ orgId: string; orgName: string; level: ProjectPermission }>(project, {
    onSuccess: (_, input) => {
      toast.success(`Shared ${project.name} with ${input.orgName} at ${PROJECT_ACCESS_LABELS[input.level]}.`);
    },
    onError: (error) => {
      toastRefusal('The project was not shared.', error);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!org || !mayAdminister || reason || share.isPending) return;
    share.mutate({ orgId: org.id, orgName: org.name, level });
  }

  const whyNot = reason ? reasonId : mayAdminister ? undefined : ACCESS_NOTE_ID;
  const described = (base: string | undefined) => [base, whyNot].filter(Boolean).join(' ') || undefined;
  const locked = !mayAdminister || share.isPending;
  return (
    <section className="card project-section m-0" aria-labelledby="share-heading">
      <h2 id="share-heading">Share with an org</h2>
      <p className="hint mb-3">
        Members of the org get up to this level, capped by their shared project access in it. Sharing never lowers a
        level the org already has.
      </p>
      {orgs.status.state === 'error' ? (
        <ApiErrorAlert title="Could not list your orgs." error={orgs.query.error} />
      ) : orgs.status.state === 'ready' && orgs.rows.length === 0 ? (
        <p>You belong to no orgs, so there is no org to share with.</p>
      ) : (
        <form className="flex flex-wrap items-end gap-3" onSubmit={submit} noValidate>
          <FormField
            label="Org"
            className="min-w-0 flex-[1_1_12rem]"
            hint={current ? `Already shared at ${PROJECT_ACCESS_LABELS[current]}.` : undefined}
          >
            {(control) => (
              <Select
                {...control}
                className="w-full"
                aria-describedby={described(control['aria-describedby'])}
                value={org?.id ?? ''}
                disabled={locked}
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
              </Select>
            )}
          </FormField>
          <FormField label="Level" className="flex-[0_1_10rem]">
            {(control) => (
              <Select
                {...control}
                className="w-full"
                value={level}
                disabled={locked}
                onChange={(event) => {
                  setLevel(event.target.value as ProjectPermission);
                  share.reset();
                }}
              >
                {SHARE_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {PROJECT_ACCESS_LABELS[l]}
                  </option>
                ))}
              </Select>
            )}
          </FormField>
          <Button
            type="submit"
            variant="primary"
            disabled={!org || !mayAdminister || reason !== null || share.isPending}
            aria-busy={share.isPending}
            aria-describedby={whyNot}
          >
            <Share2 aria-hidden="true" size={16} />
            {share.isPending ? 'Sharing…' : 'Share'}
          </Button>
        </form>
      )}
      {reason ? (
        <Alert id={reasonId} tone="warning" className="mt-3">
          <p>{reason}</p>
        </Alert>
      ) : null}
      {share.isError ? <ApiErrorAlert title="The API refused to share; nothing changed." error={share.error} /> : null}
    </section>
  );
}
