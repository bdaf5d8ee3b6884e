/**
 * Monthly limits of the project (compute, egress, storage; the action comes from the
 * billing org's policy). Editable with Administer where the billing org holds the
 * `projectSpendingLimits` license; validated as you type; only changed fields are sent.
 * Without Administer they are shown read-only (the page's access note says why).
 */
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { useUpdateProject, type ProjectDescribe } from '../../api/project-detail';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import {
  LIMIT_FIELDS,
  limitActionLabel,
  LIMIT_LABELS,
  checkLimits,
  formatLimit,
  limitTexts,
  type LimitTexts,
  type Limits,
} from './limits';
import { toastRefusal } from '../../components/ui/refusal-toast';

export interface MonthlyLimitsProps {
  project: ProjectDescribe;
  /**
   * true/false when the billing org's license is known; undefined when the org is not visible;
   * 'not shown' when the server describes the org without licenses (the platform's own API).
   */
  licensed: boolean | 'not shown' | undefined;
  orgName: string | undefined;
  /** The org policy's action when a limit is reached (NOTIFY / BLOCK), if known. */
  action: string | null | undefined;
}

function limitsOf(project: ProjectDescribe): Limits {
  return {
    monthlyComputeLimit: project.monthlyComputeLimit,
    monthlyEgressBytesLimit: project.monthlyEgressBytesLimit,
    monthlyStorageLimit: project.monthlyStorageLimit,
  };
}

function LimitValues({ limits, action }: { limits: Limits; action: string | null | undefined }) {
  return (
    <dl className="project-limits">
      {LIMIT_FIELDS.map((field) => (
        <div key={field}>
          <dt>{LIMIT_LABELS[field]}</dt>
          <dd>{formatLimit(field, limits[field])}</dd>
        </div>
      ))}
      {action !== undefined ? (
        <div>
          <dt>When a limit is reached</dt>
          <dd>
            {limitActionLabel(action)} <span className="hint font-normal">(the billing org’s policy)</span>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

export function MonthlyLimits({ project, licensed, orgName, action }: MonthlyLimitsProps) {
  const limits = limitsOf(project);
  let reason: string | null = null;
  if (!project.billTo.startsWith('org-')) {
    reason =
      'Monthly limits apply to projects billed to an org holding the project spending limits license; this one is billed to a person.';
  } else if (licensed === false) {
    reason = `Monthly limits need the project spending limits license, which ${orgName ?? project.billTo} does not hold.`;
  }

  return (
    <section className="card project-section m-0" aria-labelledby="limits-heading">
      <h2 id="limits-heading">Monthly limits</h2>
      {reason ? (
        <p className="text-muted">{reason}</p>
      ) : licensed === 'not shown' ? (
        <>
          <LimitValues limits={limits} action={action} />
          <p className="hint">
            Shown, not changed here: this server does not say whether {orgName ?? project.billTo} holds the project
            spending limits license.
          </p>
        </>
      ) : project.level === 'ADMINISTER' ? (
        <LimitsForm key={JSON.stringify(limits)} project={project} limits={limits} action={action} />
      ) : (
        <LimitValues limits={limits} action={action} />
      )}
    </section>
  );
}

function LimitsForm({
  project,
  limits,
  action,
}: {
  project: ProjectDescribe;
  limits: Limits;
  action: string | null | undefined;
}) {
  const [texts, setTexts] = useState<LimitTexts>(() => limitTexts(limits));
  const check = checkLimits(texts, limits);
  const save = useUpdateProject(project, {
    onSuccess: () => {
      toast.success(`Saved the monthly limits of ${project.name}.`);
    },
    onError: (error) => {
      toastRefusal('The limits were not saved.', error);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!check.ok || check.changed.length === 0 || save.isPending) return;
    save.mutate(check.patch);
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {LIMIT_FIELDS.map((field) => (
        <FormField
          key={field}
          label={LIMIT_LABELS[field]}
          hint="Empty for no limit."
          error={check.ok ? undefined : check.errors[field]}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={texts[field]}
              disabled={save.isPending}
              onChange={(event) => {
                const value = event.target.value;
                setTexts((current) => ({ ...current, [field]: value }));
                save.reset();
              }}
            />
          )}
        </FormField>
      ))}
      {action !== undefined ? (
        <p className="hint">When a limit is reached: {limitActionLabel(action)} (the billing org’s policy).</p>
      ) : null}
      <Button
        type="submit"
        variant="primary"
        disabled={!check.ok || check.changed.length === 0 || save.isPending}
        aria-busy={save.isPending}
      >
        {save.isPending ? 'Saving…' : 'Save limits'}
      </Button>
      {save.isError ? <ApiErrorAlert title="The API refused the limits; nothing changed." error={save.error} /> : null}
    </form>
  );
}
