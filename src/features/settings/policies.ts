/**
 * The six org policies of "Policies and administration": what each means, its choices
 * in words, the recommended one, and (pure, unit-tested) what a draft changes and how
 * that change is summarised after saving.
 */
import type { OrgPolicies } from '../../wire/entities';
import { POLICY_AUDIENCE_LABELS, POLICY_LABELS } from '../../lib/labels';

/** The policies saved together by one Save (project limits have their own section). */
export type SimplePolicies = Omit<OrgPolicies, 'projectLimits'>;
export type PolicyKey = keyof SimplePolicies;

export interface PolicyChoice<V> {
  value: V;
  label: string;
}

interface PolicyBase<K extends PolicyKey> {
  key: K;
  label: string;
  /** What the policy does, in one line. */
  meaning: string;
  recommended: SimplePolicies[K];
}

export type ChoicePolicy = {
  [K in PolicyKey]: SimplePolicies[K] extends string
    ? PolicyBase<K> & { kind: 'choice'; choices: PolicyChoice<SimplePolicies[K]>[] }
    : never;
}[PolicyKey];

export type SwitchPolicy = {
  [K in PolicyKey]: SimplePolicies[K] extends boolean ? PolicyBase<K> & { kind: 'switch' } : never;
}[PolicyKey];

export type PolicyDefinition = ChoicePolicy | SwitchPolicy;

const ADMINS_OR_MEMBERS: PolicyChoice<'ADMIN' | 'MEMBER'>[] = [
  { value: 'ADMIN', label: POLICY_AUDIENCE_LABELS.ADMIN },
  { value: 'MEMBER', label: POLICY_AUDIENCE_LABELS.MEMBER },
];

export const POLICY_DEFINITIONS: readonly PolicyDefinition[] = [
  {
    key: 'memberListVisibility',
    kind: 'choice',
    label: POLICY_LABELS.memberListVisibility,
    meaning: 'Who may see the list of members and its admins.',
    choices: [...ADMINS_OR_MEMBERS, { value: 'PUBLIC', label: POLICY_AUDIENCE_LABELS.PUBLIC }],
    recommended: 'ADMIN',
  },
  {
    key: 'restrictProjectTransfer',
    kind: 'choice',
    label: POLICY_LABELS.restrictProjectTransfer,
    meaning: 'Who may move a project billed to the org to another billing account.',
    choices: ADMINS_OR_MEMBERS,
    recommended: 'ADMIN',
  },
  {
    key: 'projectSharing',
    kind: 'choice',
    label: POLICY_LABELS.projectSharing,
    meaning: 'Who may share a project with the whole org.',
    choices: ADMINS_OR_MEMBERS,
    recommended: 'ADMIN',
  },
  {
    key: 'allowInstanceUpgradeOnJobRestart',
    kind: 'switch',
    label: POLICY_LABELS.allowInstanceUpgradeOnJobRestart,
    meaning: 'A job restarted after running out of memory or disk may move to a larger, costlier instance.',
    recommended: false,
  },
  {
    key: 'jobReuse',
    kind: 'switch',
    label: POLICY_LABELS.jobReuse,
    meaning: 'A job identical to one that already succeeded reuses its results instead of running again.',
    recommended: true,
  },
  {
    key: 'detailedJobMetricsCollectDefault',
    kind: 'switch',
    label: POLICY_LABELS.detailedJobMetricsCollectDefault,
    meaning: 'New jobs collect detailed CPU, memory and disk metrics unless they opt out.',
    recommended: false,
  },
];

const POLICY_KEYS: readonly PolicyKey[] = POLICY_DEFINITIONS.map((definition) => definition.key);

export function simplePolicies(policies: SimplePolicies & { projectLimits: unknown }): SimplePolicies {
  const { projectLimits: _limits, ...simple } = policies;
  return simple;
}

/** The policies whose draft value differs from the saved one: exactly what Save sends. */
export function changedPolicies(saved: SimplePolicies, draft: SimplePolicies): Partial<SimplePolicies> {
  const changes: Partial<SimplePolicies> = {};
  for (const key of POLICY_KEYS) {
    if (draft[key] !== saved[key]) Object.assign(changes, { [key]: draft[key] });
  }
  return changes;
}

/** A policy's value in words: "Admins only", "On". */
export function policyValueLabel(key: PolicyKey, value: SimplePolicies[PolicyKey]): string {
  const definition = POLICY_DEFINITIONS.find((d) => d.key === key);
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (definition?.kind === 'choice') {
    const choice = (definition.choices as PolicyChoice<string>[]).find((c) => c.value === value);
    if (choice) return choice.label;
  }
  return String(value);
}

/** One line per change, in the order of the screen: "Project sharing: Members → Admins only". */
export function summarisePolicyChanges(saved: SimplePolicies, changes: Partial<SimplePolicies>): string[] {
  return POLICY_DEFINITIONS.filter((definition) => changes[definition.key] !== undefined).map(
    (definition) =>
      `${definition.label}: ${policyValueLabel(definition.key, saved[definition.key])} → ${policyValueLabel(definition.key, changes[definition.key]!)}`,
  );
}
