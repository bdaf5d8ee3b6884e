/**
 * Policies and administration: the six org policies, each with its meaning and the
 * recommended value marked. One Save sends only what changed and then says what it
 * changed; Cancel puts the saved values back. Members see the values read-only.
 */
import { useId, useState } from 'react';
import { useController, useForm, useWatch, type Control } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { toast } from 'sonner';
import { policiesPatchSchema } from '../../wire/inputs';
import { useUpdateOrg, type OrgSettings } from '../../api/settings';
import { Alert } from '../../components/ui/alert';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Badge } from '../../components/ui/badge';
import { RadioGroup } from '../../components/ui/radio-group';
import { Switch } from '../../components/ui/switch';
import { cn } from '../../lib/cn';
import { plural } from '../../lib/plural';
import {
  POLICY_DEFINITIONS,
  changedPolicies,
  policyValueLabel,
  simplePolicies,
  summarisePolicyChanges,
  type ChoicePolicy,
  type PolicyChoice,
  type PolicyDefinition,
  type SimplePolicies,
  type SwitchPolicy,
} from './policies';
import { AdminsOnlyNote, refusalTitle, SaveOrCancel, SettingsSection, UnsavedMarker } from './settings-ui';
import { useReportUnsaved } from './unsaved-changes';

/** The form holds every one of the six policies, each by the API's rule for it. */
const policiesFormSchema = policiesPatchSchema
  .pick({
    memberListVisibility: true,
    restrictProjectTransfer: true,
    projectSharing: true,
    allowInstanceUpgradeOnJobRestart: true,
    jobReuse: true,
    detailedJobMetricsCollectDefault: true,
  })
  .required();

function Recommended() {
  return <Badge tone="primary">Recommended</Badge>;
}

interface ControlProps<V> {
  value: V;
  onChange: (value: V) => void;
  /** The value differs from the saved one: marked pending until Save. */
  changed: boolean;
}

/** A changed policy carries an amber rule at its left until saved (the rule sits in the gutter). */
function policyClass(changed: boolean, extra?: string): string {
  return cn('settings-policy', extra, changed && '-ml-[15px] border-l-[3px] border-warning-border pl-3');
}

function ChoiceControl({ definition, value, onChange, changed }: ControlProps<string> & { definition: ChoicePolicy }) {
  const labelId = useId();
  return (
    <div className={policyClass(changed)}>
      <p id={labelId} className="m-0 font-semibold">
        {definition.label}
        {changed ? <UnsavedMarker id={`${labelId}-unsaved`} /> : null}
      </p>
      <p id={`${labelId}-meaning`} className="hint">
        {definition.meaning}
      </p>
      <RadioGroup
        idPrefix={labelId}
        value={value}
        onValueChange={onChange}
        aria-labelledby={labelId}
        aria-describedby={changed ? `${labelId}-meaning ${labelId}-unsaved` : `${labelId}-meaning`}
        choices={(definition.choices as PolicyChoice<string>[]).map((choice) => ({
          value: choice.value,
          label: (
            <>
              {choice.label}
              {choice.value === definition.recommended ? <Recommended /> : null}
            </>
          ),
        }))}
      />
    </div>
  );
}

function SwitchControl({ definition, value, onChange, changed }: ControlProps<boolean> & { definition: SwitchPolicy }) {
  const id = useId();
  return (
    <div className={policyClass(changed, 'flex items-start gap-3')}>
      <Switch
        id={id}
        className="mt-0.5"
        checked={value}
        onCheckedChange={onChange}
        aria-describedby={changed ? `${id}-meaning ${id}-unsaved` : `${id}-meaning`}
      />
      <div>
        <label htmlFor={id} className="cursor-pointer font-semibold">
          {definition.label}
        </label>
        {changed ? <UnsavedMarker id={`${id}-unsaved`} /> : null}
        <p id={`${id}-meaning`} className="hint">
          {definition.meaning} Recommended: {definition.recommended ? 'on' : 'off'}.
        </p>
      </div>
    </div>
  );
}

function PolicyControl({
  definition,
  control,
  saved,
}: {
  definition: PolicyDefinition;
  control: Control<SimplePolicies>;
  saved: SimplePolicies;
}) {
  const { field } = useController({ control, name: definition.key });
  const changed = field.value !== saved[definition.key];
  if (definition.kind === 'switch') {
    return (
      <SwitchControl
        definition={definition}
        value={field.value as boolean}
        onChange={field.onChange}
        changed={changed}
      />
    );
  }
  return (
    <ChoiceControl definition={definition} value={field.value as string} onChange={field.onChange} changed={changed} />
  );
}

function ReadOnlyPolicies({ policies }: { policies: SimplePolicies }) {
  return (
    <dl className="settings-facts">
      {POLICY_DEFINITIONS.map((definition) => (
        <div key={definition.key}>
          <dt>{definition.label}</dt>
          <dd>
            {policyValueLabel(definition.key, policies[definition.key])}
            <span className="hint basis-full">{definition.meaning}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function PoliciesSection({ org, isAdmin }: { org: OrgSettings; isAdmin: boolean }) {
  const saved = simplePolicies(org.policies);
  const [lastSummary, setLastSummary] = useState<string[] | null>(null);
  // The form follows the saved values as they refresh, keeping what was edited.
  const form = useForm<SimplePolicies>({
    resolver: zodResolver(policiesFormSchema),
    values: saved,
    resetOptions: { keepDirtyValues: true },
  });
  const draft = useWatch({ control: form.control }) as SimplePolicies;
  const changes = changedPolicies(saved, { ...saved, ...draft });
  const changeCount = Object.keys(changes).length;
  const unsaved = changeCount > 0 ? plural(changeCount, 'unsaved change') : null;
  useReportUnsaved('policies', changeCount > 0 ? plural(changeCount, 'policy', 'policies') : null);

  const save = useUpdateOrg<{ policies: Partial<SimplePolicies> }>(org.id, {
    onSuccess: (_result, { policies }) => {
      const summary = summarisePolicyChanges(saved, policies);
      form.reset({ ...saved, ...policies }, { keepDirtyValues: false });
      setLastSummary(summary);
      toast.success(`Saved the policies of ${org.name}: ${summary.join('; ')}`);
    },
  });

  // Whatever the form holds, only what differs from the saved values is sent.
  const submit = form.handleSubmit(() => {
    if (changeCount > 0 && !save.isPending) save.mutate({ policies: changes });
  });

  return (
    <SettingsSection
      id="settings-policies"
      title="Policies and administration"
      description="Who may do what in the org, and job defaults for its projects. A change applies once you save it."
    >
      {isAdmin ? (
        <form
          className="grid gap-5"
          aria-labelledby="settings-policies"
          onChange={() => {
            if (save.isError) save.reset();
            setLastSummary(null);
          }}
          onSubmit={(event) => void submit(event)}
        >
          {POLICY_DEFINITIONS.map((definition) => (
            <PolicyControl key={definition.key} definition={definition} control={form.control} saved={saved} />
          ))}
          {save.isError ? (
            <ApiErrorAlert title={refusalTitle(save.error, 'save the policies')} error={save.error} />
          ) : null}
          <SaveOrCancel
            label={changeCount > 1 ? `Save ${changeCount} changes` : 'Save policies'}
            dirty={changeCount > 0}
            pending={save.isPending}
            unsavedText={unsaved ?? undefined}
            onCancel={() => {
              save.reset();
              form.reset(saved, { keepDirtyValues: false });
            }}
          />
          {lastSummary ? (
            <Alert tone="success" role="status" title="Saved:">
              <ul className="m-0 pl-5">
                {lastSummary.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </form>
      ) : (
        <>
          <ReadOnlyPolicies policies={saved} />
          <AdminsOnlyNote>Only admins of {org.name} change its policies.</AdminsOnlyNote>
        </>
      )}
    </SettingsSection>
  );
}
