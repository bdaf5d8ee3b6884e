/**
 * The Edit Access dialog's logic, pure and unit-tested: where the form starts for a
 * selection, which fields the person touched, the one `setMemberAccess` body, and a
 * preview of who changes from what to what.
 *
 * The preview predicts what the API will store (org-api.md §3) so a person can check
 * before saving; the API still decides, and its refusal is shown as it comes.
 */
import { CUSTOM_ROLE_FLAGS, type MemberAccess } from '../../wire/entities';
import { MEMBERSHIP_FLAGS, membershipAfter } from '../../wire/membership';
import type { MemberAccessChanges } from '../../api/members';
import { FIELD_LABELS, formatAccessValue, type AccessField } from '../../lib/labels';

/** One member's entry of the `setMemberAccess` body. */
type MemberAccessChange = MemberAccessChanges[string];

/** The fields Edit Access offers, in the order shown. */
export const EDITABLE_FIELDS = [
  'level',
  'allowBillableActivities',
  'projectAccess',
  'appAccess',
  ...CUSTOM_ROLE_FLAGS,
  'treManagement',
] as const satisfies readonly AccessField[];
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** Flags an ADMIN always holds: an ADMIN entry must not carry them. */
export const ADMIN_HELD_FLAGS = [
  'allowBillableActivities',
  'projectAccess',
  'appAccess',
  ...CUSTOM_ROLE_FLAGS,
] as const satisfies readonly EditableField[];
type AdminHeldFlag = (typeof ADMIN_HELD_FLAGS)[number];

/** Every stored field, for comparing before and after. */
const ALL_FIELDS = [...EDITABLE_FIELDS, 'cloudIntegrationManagement'] as const satisfies readonly AccessField[];

/** The form's value per field; `null` is "No change". */
export type AccessForm = { [F in EditableField]: MemberAccess[F] | null };

/** The fields the person changed, with their new values. */
export type AccessEdits = Partial<Pick<MemberAccess, EditableField>>;

export interface MemberRef extends MemberAccess {
  id: string;
  name: string;
}

export interface FieldChange<F extends AccessField = AccessField> {
  field: F;
  from: MemberAccess[F];
  to: MemberAccess[F];
}

export interface MemberPreview {
  id: string;
  name: string;
  changes: FieldChange[];
  /** Why some chosen settings do not apply, or how the API fills the rest. */
  notes: string[];
}

export interface AccessPlan {
  /** The body of the one `/org-x/setMemberAccess` call: only members who change. */
  request: MemberAccessChanges;
  /** Members who change, in selection order. */
  changing: MemberPreview[];
  /** Members the edit leaves as they are (with notes when a choice did not apply). */
  unchanged: MemberPreview[];
}

/** Each field at the value the whole selection shares, else "No change". */
export function initialAccessForm(members: readonly MemberAccess[]): AccessForm {
  const form = {} as Record<EditableField, unknown>;
  for (const field of EDITABLE_FIELDS) {
    const first = members[0]?.[field];
    form[field] = members.length > 0 && members.every((member) => member[field] === first) ? first : null;
  }
  return form as AccessForm;
}

/** Fields whose value differs from where the form started; "No change" is never an edit. */
export function touchedEdits(initial: AccessForm, current: AccessForm): AccessEdits {
  const edits: Record<string, unknown> = {};
  for (const field of EDITABLE_FIELDS) {
    const value = current[field];
    if (value !== null && value !== initial[field]) edits[field] = value;
  }
  return edits as AccessEdits;
}

/** What the person picked per field; `null` is an explicit "No change". Fields not picked are absent. */
export type AccessChoices = Partial<AccessForm>;

export interface AccessFormState {
  /**
   * Where each field stands before any flag is picked: the value the selection shares
   * after the chosen level change alone (an admin becoming a member shows the member
   * defaults the API would give), or "No change" where it differs.
   */
  baseline: AccessForm;
  /** What each control shows: the pick, else the baseline. */
  shown: AccessForm;
  /** The picks that change something relative to the baseline: what is sent. */
  edits: AccessEdits;
}

export function accessFormState(members: readonly MemberAccess[], choices: AccessChoices): AccessFormState {
  const current = initialAccessForm(members);
  const level = 'level' in choices ? choices.level : current.level;
  const levelEdit: AccessEdits = level !== null && level !== undefined && level !== current.level ? { level } : {};
  const baseline = initialAccessForm(members.map((member) => predictedAccess(member, entryFor(member, levelEdit))));
  baseline.level = current.level;
  const shown = { ...baseline, ...choices } as AccessForm;
  return { baseline, shown, edits: touchedEdits(baseline, shown) };
}

function adminHeldEdits(edits: AccessEdits): AdminHeldFlag[] {
  return ADMIN_HELD_FLAGS.filter((flag) => edits[flag] !== undefined);
}

/** The entry for one member: `level` always; flags only where the target level is MEMBER. */
export function entryFor(member: MemberAccess, edits: AccessEdits): MemberAccessChange {
  const level = edits.level ?? member.level;
  const entry: Record<string, unknown> = { level };
  for (const field of EDITABLE_FIELDS) {
    if (field === 'level' || edits[field] === undefined) continue;
    if (level === 'ADMIN' && (ADMIN_HELD_FLAGS as readonly string[]).includes(field)) continue;
    entry[field] = edits[field];
  }
  return entry as MemberAccessChange;
}

/** What the API stores for `entry` (org-api.md §3): the emulator's own transition. */
export function predictedAccess(current: MemberAccess, entry: MemberAccessChange): MemberAccess {
  return membershipAfter(accessOf(current), entry);
}

function accessOf(value: MemberAccess): MemberAccess {
  return Object.fromEntries(ALL_FIELDS.map((field) => [field, value[field]])) as unknown as MemberAccess;
}

function changesBetween(before: MemberAccess, after: MemberAccess): FieldChange[] {
  return ALL_FIELDS.filter((field) => before[field] !== after[field]).map(
    (field) => ({ field, from: before[field], to: after[field] }) as FieldChange,
  );
}

function notesFor(member: MemberAccess, edits: AccessEdits, entry: MemberAccessChange): string[] {
  const notes: string[] = [];
  const ignored = entry.level === 'ADMIN' ? adminHeldEdits(edits) : [];
  if (ignored.length > 0) {
    const names = ignored.map((flag) => FIELD_LABELS[flag]).join(', ');
    notes.push(`${names}: does not apply to an admin, who has every permission.`);
  }
  if (member.level === 'ADMIN' && entry.level === 'MEMBER') {
    notes.push('Becomes a member: settings not chosen here take the member defaults.');
  }
  return notes;
}

export function planAccessChange(members: readonly MemberRef[], edits: AccessEdits): AccessPlan {
  const plan: AccessPlan = { request: {}, changing: [], unchanged: [] };
  for (const member of members) {
    const entry = entryFor(member, edits);
    const changes = changesBetween(member, predictedAccess(member, entry));
    const preview: MemberPreview = { id: member.id, name: member.name, changes, notes: notesFor(member, edits, entry) };
    if (changes.length > 0) {
      plan.request[member.id] = entry;
      plan.changing.push(preview);
    } else {
      plan.unchanged.push(preview);
    }
  }
  return plan;
}

function lowerFirst(label: string): string {
  // "TRE management" keeps its acronym; "Billable activities" reads "billable activities".
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "billable activities No → Yes". */
export function describeChange(change: FieldChange): string {
  const from = formatAccessValue(change.field, change.from);
  const to = formatAccessValue(change.field, change.to);
  return `${lowerFirst(FIELD_LABELS[change.field])} ${from} → ${to}`;
}

/** "Bob Nakamura: billable activities No → Yes; shared app access Yes → No". */
export function describePreview(preview: MemberPreview): string {
  return `${preview.name}: ${preview.changes.map(describeChange).join('; ')}`;
}

/**
 * The entry that puts a member back exactly as they were (Undo): an ADMIN's level and
 * independent flags; a MEMBER's level and every flag.
 */
export function restoreEntry(previous: MemberAccess): MemberAccessChange {
  if (previous.level === 'ADMIN') {
    return {
      level: 'ADMIN',
      treManagement: previous.treManagement,
      cloudIntegrationManagement: previous.cloudIntegrationManagement,
    };
  }
  const entry: Record<string, unknown> = { level: 'MEMBER' };
  for (const flag of MEMBERSHIP_FLAGS) entry[flag] = previous[flag];
  return entry as MemberAccessChange;
}

/** One `setMemberAccess` body that undoes `request`: each member it named, back to `before`. */
export function restoreRequest(before: readonly MemberRef[], request: MemberAccessChanges): MemberAccessChanges {
  const restore: MemberAccessChanges = {};
  for (const member of before) if (request[member.id]) restore[member.id] = restoreEntry(member);
  return restore;
}
