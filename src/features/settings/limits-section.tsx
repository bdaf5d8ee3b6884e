/**
 * Monthly project spending limits (licensed): the org's default limits and action for
 * new projects (`policies.projectLimits`), and "Apply to all existing projects" through
 * `/org-x/bulkUpdateProjectLimit`, behind a confirmation that says how many projects.
 */
import { useState } from 'react';
import { ListChecks } from 'lucide-react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import { z } from 'zod';
import { LIMIT_ACTIONS, type LimitAction, type OrgProjectLimitsPolicy } from '../../wire/entities';
import { projectLimitsPatchSchema } from '../../wire/inputs';
import { useApplyLimitsToAllProjects, useUpdateOrg, type OrgSettings } from '../../api/settings';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { FormField } from '../../components/ui/form-field';
import { Select } from '../../components/ui/select';
import { plural } from '../../lib/plural';
import {
  LIMIT_FIELDS,
  formatLimit,
  limitError,
  limitsDraft,
  limitsFromDraft,
  sameLimits,
  type LimitsDraft,
} from './limits';
import { AdminsOnlyNote, refusalTitle, SaveOrCancel, SettingsSection } from './settings-ui';
import { useReportUnsaved } from './unsaved-changes';
import { LIMIT_ACTION_LABELS } from '../../lib/labels';

function ActionSelect({ value, onChange }: { value: LimitAction | null; onChange: (value: LimitAction) => void }) {
  return (
    <FormField
      label="When a project reaches a limit"
      hint="Notify its admins, or also block new jobs until the next month."
    >
      {(control) => (
        <Select
          {...control}
          className="w-full md:w-72"
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value as LimitAction)}
        >
          {/* Unset until chosen (the API keeps no action then); once chosen, one of the two. */}
          {value === null ? (
            <option value="" disabled>
              Choose an action
            </option>
          ) : null}
          {LIMIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {LIMIT_ACTION_LABELS[action]}
            </option>
          ))}
        </Select>
      )}
    </FormField>
  );
}

/** The org and its default limits (where the server offers them). */
interface LimitsProps {
  org: OrgSettings;
  limits: OrgProjectLimitsPolicy;
}

function ApplyToAll({ org, limits, disabledReason }: LimitsProps & { disabledReason: string | null }) {
  const [open, setOpen] = useState(false);
  const [applied, setApplied] = useState<number | null>(null);
  const apply = useApplyLimitsToAllProjects(org.id, {
    onSuccess: ({ updated }) => {
      setOpen(false);
      setApplied(updated.length);
      toast.success(`Applied the default limits to ${plural(updated.length, 'project')} of ${org.name}.`);
    },
  });
  const projects = org.projectCount;
  return (
    <div className="mt-5 grid justify-items-start gap-2 border-t border-border pt-4">
      <Button
        disabled={disabledReason !== null}
        aria-describedby={disabledReason ? 'settings-apply-reason' : undefined}
        onClick={() => {
          setApplied(null);
          setOpen(true);
        }}
      >
        <ListChecks aria-hidden="true" size={16} />
        Apply to all existing projects
      </Button>
      {disabledReason ? (
        <p id="settings-apply-reason" className="hint">
          {disabledReason}
        </p>
      ) : null}
      {applied !== null ? (
        <p role="status" className="m-0 text-success">
          Applied the default limits to {plural(applied, 'project')}.
        </p>
      ) : null}
      <ConfirmDialog
        open={open}
        onOpenChange={(next) => {
          if (!next) apply.reset();
          setOpen(next);
        }}
        title={`Apply the default limits to ${projects === undefined ? 'every project' : plural(projects, 'project')}?`}
        confirmLabel="Apply to all projects"
        pendingLabel="Applying…"
        pending={apply.isPending}
        onConfirm={() =>
          apply.mutate({
            monthlyComputeLimit: limits.monthlyComputeLimit,
            monthlyEgressBytesLimit: limits.monthlyEgressBytesLimit,
            monthlyStorageLimit: limits.monthlyStorageLimit,
          })
        }
      >
        <p>
          Every project billed to {org.name}
          {projects === undefined ? '' : ` (${plural(projects, 'project')})`} gets these monthly limits, replacing the
          limits set on it:
        </p>
        <ul>
          {LIMIT_FIELDS.map(({ field, label }) => (
            <li key={field}>
              {label}: {formatLimit(field, limits[field])}
            </li>
          ))}
        </ul>
        {apply.isError ? (
          <ApiErrorAlert title={refusalTitle(apply.error, 'apply the limits')} error={apply.error} />
        ) : null}
      </ConfirmDialog>
    </div>
  );
}

/** A limit as typed: empty for no limit, else a number the API takes (`projectLimitsPatchSchema`: ≥ 0). */
const typedLimit = z
  .string()
  .trim()
  .transform((text) => (text === '' ? null : Number(text)))
  .pipe(projectLimitsPatchSchema.shape.monthlyComputeLimit.unwrap());

const limitsFormSchema = z.object({
  monthlyComputeLimit: typedLimit,
  monthlyEgressBytesLimit: typedLimit,
  monthlyStorageLimit: typedLimit,
  action: z.enum(LIMIT_ACTIONS).nullable(),
});

function LimitsForm({ org, limits: saved }: LimitsProps) {
  const form = useForm<LimitsDraft, unknown, z.output<typeof limitsFormSchema>>({
    resolver: zodResolver(limitsFormSchema),
    mode: 'onChange',
    defaultValues: limitsDraft(saved),
  });
  const draft = useWatch({ control: form.control }) as LimitsDraft;
  const parsed = limitsFromDraft(draft);
  const dirty = parsed === null || !sameLimits(parsed, saved);
  useReportUnsaved('limits', dirty ? 'the default project limits' : null);
  const save = useUpdateOrg<{ policies: { projectLimits: typeof saved } }>(org.id, {
    onSuccess: (_result, { policies: { projectLimits } }) => {
      form.reset(limitsDraft(projectLimits));
      toast.success(`Saved the default project limits of ${org.name}.`);
    },
  });
  const onChange = () => {
    if (save.isError) save.reset();
  };

  // The schema checked every field; the draft gives the API's units (egress in bytes).
  const submit = form.handleSubmit(() => {
    const limits = limitsFromDraft(form.getValues());
    if (limits && dirty && !save.isPending) save.mutate({ policies: { projectLimits: limits } });
  });

  return (
    <>
      <form
        className="form max-w-none"
        noValidate
        onSubmit={(event) => void submit(event)}
        aria-label="Default monthly project limits"
      >
        <div className="settings-limit-fields">
          {LIMIT_FIELDS.map(({ field, label, unit }) => (
            <FormField
              key={field}
              label={`${label} (${unit})`}
              hint="Empty: no limit."
              error={form.formState.errors[field] ? limitError(draft[field]) : undefined}
            >
              {(control) => (
                <input {...control} {...form.register(field, { onChange })} inputMode="decimal" autoComplete="off" />
              )}
            </FormField>
          ))}
        </div>
        <Controller
          control={form.control}
          name="action"
          render={({ field }) => (
            <ActionSelect
              value={field.value}
              onChange={(action) => {
                onChange();
                field.onChange(action);
              }}
            />
          )}
        />
        {save.isError ? (
          <ApiErrorAlert title={refusalTitle(save.error, 'save the default limits')} error={save.error} />
        ) : null}
        <SaveOrCancel
          label="Save default limits"
          dirty={dirty}
          invalid={parsed === null}
          pending={save.isPending}
          onCancel={() => {
            save.reset();
            form.reset(limitsDraft(saved));
          }}
        />
      </form>
      <ApplyToAll
        org={org}
        limits={saved}
        disabledReason={
          dirty ? 'Save or cancel the changes to the defaults first: the saved defaults are applied.' : null
        }
      />
    </>
  );
}

function ReadOnlyLimits({ limits }: { limits: OrgProjectLimitsPolicy }) {
  return (
    <dl className="settings-facts">
      {LIMIT_FIELDS.map(({ field, label }) => (
        <div key={field}>
          <dt>{label}</dt>
          <dd>{formatLimit(field, limits[field])}</dd>
        </div>
      ))}
      <div>
        <dt>When a project reaches a limit</dt>
        <dd>{limits.action ? LIMIT_ACTION_LABELS[limits.action] : 'Not set'}</dd>
      </div>
    </dl>
  );
}

export function LimitsSection({ org, isAdmin }: { org: OrgSettings; isAdmin: boolean }) {
  const limits = org.policies.projectLimits;
  return (
    <SettingsSection
      id="settings-limits"
      title="Monthly project spending limits"
      description="Default limits given to every new project billed to the org."
    >
      {limits === null ? (
        // An extension of the emulator: the platform's describe has no default project limits.
        <p>This server keeps no default project limits.</p>
      ) : org.licenses?.projectSpendingLimits === false ? (
        <p>Monthly project spending limits need a license that {org.name} does not hold. Contact support to add it.</p>
      ) : isAdmin ? (
        <LimitsForm org={org} limits={limits} />
      ) : (
        <>
          <ReadOnlyLimits limits={limits} />
          <AdminsOnlyNote>Only admins of {org.name} change the default limits.</AdminsOnlyNote>
        </>
      )}
    </SettingsSection>
  );
}
