/**
 * Policies and administration: the six org policies, each with its meaning and the
 * recommended value marked. One Save sends only what changed and then says what it
 * changed; Cancel puts the saved values back. Members see the values read-only.
 */
import { useId, useState } from 'react';
import { RadioGroup } from 'radix-ui';
import { toast } from 'sonner';
import { useUpdateOrg, type OrgSettings } from '../../api/settings';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Switch } from '../../components/ui/switch';
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
import { AdminsOnlyNote, refusalTitle, SaveOrCancel, SettingsSection } from './settings-ui';

function Recommended() {
  return <span className="badge">Recommended</span>;
}

function ChoiceControl({
  definition,
  value,
  onChange,
}: {
  definition: ChoicePolicy;
  value: string;
  onChange: (value: string) => void;
}) {
  const labelId = useId();
  return (
    <div className="settings-policy">
      <p id={labelId} className="settings-policy-label">
        {definition.label}
      </p>
      <p id={`${labelId}-meaning`} className="hint">
        {definition.meaning}
      </p>
      <RadioGroup.Root
        className="settings-radios"
        value={value}
        onValueChange={onChange}
        aria-labelledby={labelId}
        aria-describedby={`${labelId}-meaning`}
        orientation="horizontal"
      >
        {(definition.choices as PolicyChoice<string>[]).map((choice) => {
          const id = `${labelId}-${choice.value}`;
          return (
            <div key={choice.value} className="settings-radio">
              <RadioGroup.Item id={id} value={choice.value} className="settings-radio-item">
                <RadioGroup.Indicator className="settings-radio-dot" />
              </RadioGroup.Item>
              <label htmlFor={id}>
                {choice.label}
                {choice.value === definition.recommended ? <Recommended /> : null}
              </label>
            </div>
          );
        })}
      </RadioGroup.Root>
    </div>
  );
}

function SwitchControl({
  definition,
  value,
  onChange,
}: {
  definition: SwitchPolicy;
  value: boolean;
  onChange: (value: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="settings-policy settings-switch-row">
      <Switch
        id={id}
        className="settings-switch"
        checked={value}
        onCheckedChange={onChange}
        aria-describedby={`${id}-meaning`}
      />
      <div>
        <label htmlFor={id} className="settings-policy-label">
          {definition.label}
        </label>
        <p id={`${id}-meaning`} className="hint">
          {definition.meaning} Recommended: {definition.recommended ? 'on' : 'off'}.
        </p>
      </div>
    </div>
  );
}

function PolicyControl({
  definition,
  draft,
  onChange,
}: {
  definition: PolicyDefinition;
  draft: SimplePolicies;
  onChange: (patch: Partial<SimplePolicies>) => void;
}) {
  if (definition.kind === 'switch') {
    return (
      <SwitchControl
        definition={definition}
        value={draft[definition.key]}
        onChange={(value) => onChange({ [definition.key]: value })}
      />
    );
  }
  return (
    <ChoiceControl
      definition={definition}
      value={draft[definition.key]}
      onChange={(value) => onChange({ [definition.key]: value })}
    />
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
            <span className="hint"> — {definition.meaning}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function PoliciesSection({ org, isAdmin }: { org: OrgSettings; isAdmin: boolean }) {
  const saved = simplePolicies(org.policies);
  // Only the edits are kept: what is not edited follows the saved value as it refreshes.
  const [edits, setEdits] = useState<Partial<SimplePolicies>>({});
  const [lastSummary, setLastSummary] = useState<string[] | null>(null);
  const draft: SimplePolicies = { ...saved, ...edits };
  const changes = changedPolicies(saved, draft);
  const changeCount = Object.keys(changes).length;

  const save = useUpdateOrg<{ policies: Partial<SimplePolicies> }>(org.id, {
    onSuccess: (_result, { policies }) => {
      const summary = summarisePolicyChanges(saved, policies);
      setEdits({});
      setLastSummary(summary);
      toast.success(`Saved the policies of ${org.name}: ${summary.join('; ')}`);
    },
  });

  return (
    <SettingsSection
      id="settings-policies"
      title="Policies and administration"
      description="Who may do what in the org, and job defaults for its projects."
    >
      {isAdmin ? (
        <form
          className="settings-policies"
          aria-labelledby="settings-policies"
          onSubmit={(event) => {
            event.preventDefault();
            if (changeCount > 0 && !save.isPending) save.mutate({ policies: changes });
          }}
        >
          {POLICY_DEFINITIONS.map((definition) => (
            <PolicyControl
              key={definition.key}
              definition={definition}
              draft={draft}
              onChange={(patch) => {
                if (save.isError) save.reset();
                setLastSummary(null);
                setEdits((current) => ({ ...current, ...patch }));
              }}
            />
          ))}
          {save.isError ? (
            <ApiErrorAlert title={refusalTitle(save.error, 'save the policies')} error={save.error} />
          ) : null}
          <SaveOrCancel
            label={changeCount > 1 ? `Save ${changeCount} changes` : 'Save policies'}
            dirty={changeCount > 0}
            pending={save.isPending}
            onCancel={() => {
              save.reset();
              setEdits({});
            }}
          />
          {lastSummary ? (
            <div className="settings-summary" role="status">
              <p>Saved:</p>
              <ul>
                {lastSummary.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
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
