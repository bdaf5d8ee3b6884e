/**
 * An audit event's change, before → after, as lines a person reads (pure, unit-tested):
 * only what differs, one line per changed field ("Carol Okafor · Shared project access:
 * View → Upload"), nested objects walked key by key, lists as what was added and removed.
 * Values read as the rest of the console shows them: levels and policies by their labels,
 * money in dollars, egress in GiB, times as dates, IDs by name. Each action's record is
 * read as the API writes it (see `eventChange`): a removal lists what the person lost.
 */
import { formatDateTime } from '../../lib/dates';
import { GIB, formatNumber, formatUsd } from '../../lib/format';
import {
  FIELD_LABELS,
  LEVEL_LABELS,
  LIMIT_ACTION_LABELS,
  POLICY_AUDIENCE_LABELS,
  POLICY_LABELS,
  PROJECT_ACCESS_LABELS,
  yesNo,
} from '../../lib/labels';

export interface ChangeLine {
  /** Where in the object, as labels: member names, field labels. Empty for a plain value. */
  path: string[];
  before: string;
  after: string;
  /** For lists: what the change added and removed (then `before`/`after` hold the whole lists). */
  added?: string[];
  removed?: string[];
}

export interface ChangeOptions {
  /** A person's, org's, project's or app's name by ID, where known. */
  nameOf?: (id: string) => string | undefined;
  /** How an absent value reads: "—" (not set), or "none" where it is access someone lacks. */
  absent?: string;
}

/** The parts of an audit event a change is read from. */
export interface RecordedChange {
  action: string;
  before?: unknown;
  after?: unknown;
}

const POLICY_AUDIENCE_KEYS = new Set(['memberListVisibility', 'restrictProjectTransfer', 'projectSharing']);
/** Settings shows these policies as switches: On or Off. */
const POLICY_SWITCH_KEYS = new Set([
  'allowInstanceUpgradeOnJobRestart',
  'jobReuse',
  'detailedJobMetricsCollectDefault',
]);
const MONEY_KEYS = new Set(['amount', 'monthlyComputeLimit', 'monthlyStorageLimit']);
const LIMIT_KEYS = new Set(['monthlyComputeLimit', 'monthlyStorageLimit', 'monthlyEgressBytesLimit']);
const TIME_KEYS = new Set(['created', 'updated', 'modified', 'time']);

const KEY_LABELS: Record<string, string> = {
  ...FIELD_LABELS,
  ...POLICY_LABELS,
  projectLimits: 'Default monthly project limits',
  action: 'When a limit is reached',
  // Limits.
  monthlyComputeLimit: 'Monthly compute limit',
  monthlyStorageLimit: 'Monthly storage limit',
  monthlyEgressBytesLimit: 'Monthly data egress limit',
  // Orgs, projects, users.
  samlIdP: 'SAML identity provider',
  jobLogsForwarding: 'Job logs forwarding',
  url: 'URL',
  tokenSignature: 'Token signature',
  updatedBy: 'Updated by',
  reportDestination: 'Usage reports project',
  billTo: 'Billed to',
  dataProtectionNotice: 'Data Protection Notice',
  first: 'First name',
  middle: 'Middle name',
  last: 'Last name',
  // Billing.
  poNumber: 'PO number',
  requestedBy: 'Requested by',
  email: 'E-mail',
  companyName: 'Company',
  address1: 'Address line 1',
  address2: 'Address line 2',
  postCode: 'Postcode',
  billingContactConfirmed: 'Billing contact confirmed',
  developers: 'Developers',
  authorizedUsers: 'Authorized users',
};

/** Words for the API's other enumerations (app roles, request states, limit actions). */
const VALUE_LABELS: Record<string, string> = {
  DEVELOPER: 'Developer',
  AUTHORIZED_USER: 'Authorized user',
  PUBLIC: 'Everyone',
  PENDING: 'Pending',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  ...LIMIT_ACTION_LABELS,
};

const ID = /^(user|org|project|app)-/;

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "monthlyComputeLimit" → "Monthly compute limit"; IDs by name where known. */
function keyLabel(key: string, options: ChangeOptions): string {
  const label = KEY_LABELS[key] ?? options.nameOf?.(key);
  if (label) return label;
  if (ID.test(key)) return key;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A level of either kind by its one label: Admin, Member; Administer, Contribute, Upload, View, None. */
function levelLabel(value: string): string | undefined {
  return (
    LEVEL_LABELS[value as keyof typeof LEVEL_LABELS] ??
    PROJECT_ACCESS_LABELS[value as keyof typeof PROJECT_ACCESS_LABELS]
  );
}

/** A value as it reads; `key` (the field it was recorded under) says what kind of value it is. */
export function formatValue(value: unknown, options: ChangeOptions = {}, key?: string): string {
  if (key !== undefined && LIMIT_KEYS.has(key) && value === null) return 'No limit';
  if (isAbsent(value)) return options.absent ?? '—';
  if (typeof value === 'boolean') {
    if (key !== undefined && POLICY_SWITCH_KEYS.has(key)) return value ? 'On' : 'Off';
    return yesNo(value);
  }
  if (typeof value === 'number') {
    if (key === 'monthlyEgressBytesLimit') return `${formatNumber(value / GIB)} GiB`;
    if (key !== undefined && MONEY_KEYS.has(key)) return formatUsd(value);
    if (key !== undefined && TIME_KEYS.has(key)) return formatDateTime(value);
    return formatNumber(value);
  }
  if (typeof value === 'string') {
    if (key !== undefined && POLICY_AUDIENCE_KEYS.has(key)) {
      const audience = POLICY_AUDIENCE_LABELS[value as keyof typeof POLICY_AUDIENCE_LABELS];
      if (audience) return audience;
    }
    if (ID.test(value)) return options.nameOf?.(value) ?? value;
    return levelLabel(value) ?? VALUE_LABELS[value] ?? value;
  }
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((item) => formatValue(item, options, key)).join(', ');
  if (isPlainObject(value) && Object.keys(value).length === 0) return 'none';
  return JSON.stringify(value);
}

function collect(
  before: unknown,
  after: unknown,
  path: string[],
  key: string | undefined,
  options: ChangeOptions,
  out: ChangeLine[],
): void {
  if (sameValue(before, after) || (isAbsent(before) && isAbsent(after))) return;
  const beforeWalks = isPlainObject(before) || isAbsent(before);
  const afterWalks = isPlainObject(after) || isAbsent(after);
  // Walk into objects (also one that appears or disappears as a whole), so each field gets its line.
  if (beforeWalks && afterWalks && (isPlainObject(before) || isPlainObject(after))) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    if (keys.length > 0) {
      for (const k of keys) collect(b[k], a[k], [...path, keyLabel(k, options)], k, options, out);
      return;
    }
  }
  const line: ChangeLine = {
    path,
    before: formatValue(before, options, key),
    after: formatValue(after, options, key),
  };
  if (Array.isArray(before) && Array.isArray(after)) {
    const had = new Set(before.map((item) => JSON.stringify(item)));
    const has = new Set(after.map((item) => JSON.stringify(item)));
    const text = (item: unknown) => formatValue(item, options, key);
    line.added = after.filter((item) => !had.has(JSON.stringify(item))).map(text);
    line.removed = before.filter((item) => !has.has(JSON.stringify(item))).map(text);
  }
  out.push(line);
}

/** What differs between `before` and `after`, one line per changed field. */
export function changeLines(before: unknown, after: unknown, options: ChangeOptions = {}): ChangeLine[] {
  const out: ChangeLine[] = [];
  collect(before, after, [], undefined, options, out);
  return out;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One line as text; values cut to `maxValue` characters (the full text is in the event's details). */
export function lineText(line: ChangeLine, maxValue = Infinity): string {
  const where = line.path.length > 0 ? `${line.path.join(' · ')}: ` : '';
  if (line.added || line.removed) {
    const parts = [
      line.added?.length ? `added ${truncate(line.added.join(', '), maxValue)}` : '',
      line.removed?.length ? `removed ${truncate(line.removed.join(', '), maxValue)}` : '',
    ].filter(Boolean);
    if (parts.length > 0) return `${where}${parts.join('; ')}`;
  }
  return `${where}${truncate(line.before, maxValue)} → ${truncate(line.after, maxValue)}`;
}

/**
 * Who or what a change was about, when the event says so in a field that did not change
 * (e.g. a project share's `invitee`): "Invitee: Acme Genomics".
 */
export function changeContext(before: unknown, after: unknown, options: ChangeOptions = {}): string[] {
  if (!isPlainObject(before) || !isPlainObject(after)) return [];
  return Object.keys(after)
    .filter((key) => {
      const value = after[key];
      return typeof value === 'string' && value === before[key] && ID.test(value);
    })
    .map((key) => `${keyLabel(key, options)}: ${formatValue(after[key], options)}`);
}

/** What the event changed, in words: what it was about (`context`), then a line per changed field. */
export interface EventChange {
  context: string[];
  lines: ChangeLine[];
}

function without(value: unknown, keys: readonly string[]): unknown {
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/**
 * `org.removeMember` records the membership as `before` and, as `after`, what the person
 * lost: `{ projects: { id: levelTheyHad }, apps: { id: roleTheyHad } }`. Each reads as lost.
 */
function removalChange(before: unknown, after: unknown, options: ChangeOptions): EventChange {
  const lost: ChangeLine[] = [];
  const none = 'none';
  if (isPlainObject(before)) {
    lost.push({ path: ['Membership'], before: formatValue(before.level, options, 'level'), after: none });
  }
  const had = isPlainObject(after) ? after : {};
  for (const group of ['projects', 'apps'] as const) {
    const entries = isPlainObject(had[group]) ? Object.entries(had[group]) : [];
    for (const [id, level] of entries) {
      lost.push({ path: [options.nameOf?.(id) ?? id], before: formatValue(level, options), after: none });
    }
  }
  return { context: [], lines: lost };
}

/** Actions whose values are someone's access: an absent one is no access ("none"). */
const ACCESS_ACTIONS = new Set(['project.invite', 'project.decreasePermissions']);

/** The change an audit event records, read as its action writes it. */
export function eventChange(event: RecordedChange, options: ChangeOptions = {}): EventChange {
  const { action, before, after } = event;
  const opts: ChangeOptions = ACCESS_ACTIONS.has(action) ? { absent: 'none', ...options } : options;
  switch (action) {
    case 'org.removeMember':
      return removalChange(before, after, opts);
    case 'org.confirmBillingContact':
      return {
        context: [],
        lines: changeLines({ billingContactConfirmed: before }, { billingContactConfirmed: after }, opts),
      };
    case 'app.addDevelopers':
    case 'app.addAuthorizedUsers': {
      const list = action === 'app.addDevelopers' ? 'developers' : 'authorizedUsers';
      return { context: [], lines: changeLines({ [list]: before }, { [list]: after }, opts) };
    }
    case 'org.bulkUpdateProjectLimit': {
      const recorded = isPlainObject(after) ? after : {};
      const changed = typeof recorded.changed === 'number' ? recorded.changed : undefined;
      return {
        context: changed === undefined ? [] : [`Projects changed: ${formatNumber(changed)}`],
        // Each limit set on every project, "No limit" included (what each project had before is not recorded).
        lines: Object.entries(isPlainObject(recorded.limits) ? recorded.limits : {}).map(([key, value]) => ({
          path: [keyLabel(key, opts)],
          before: opts.absent ?? '—',
          after: formatValue(value, opts, key),
        })),
      };
    }
    case 'org.requestSpendingLimitChange':
      // The request's ID is the event's target.
      return { context: [], lines: changeLines(without(before, ['id']), without(after, ['id']), opts) };
    case 'user.new':
      // The user's ID is the event's target; `class` is always "user".
      return {
        context: [],
        lines: changeLines(without(before, ['id', 'class']), without(after, ['id', 'class']), opts),
      };
    default:
      return {
        context: changeContext(before, after, opts),
        lines: changeLines(before, after, opts),
      };
  }
}

/** Each line of a change as text, what it was about first; values cut to `maxValue` characters. */
export function changeTexts(change: EventChange, maxValue = Infinity): string[] {
  return [...change.context, ...change.lines.map((line) => lineText(line, maxValue))];
}

/** The compact summary for the table: what it was about, then every changed field, each value cut to `maxValue` characters. */
export function changeSummary(event: RecordedChange, options: ChangeOptions = {}, maxValue = 40): string {
  const change = eventChange(event, options);
  if (change.lines.length === 0) return 'No change recorded';
  return changeTexts(change, maxValue).join('; ');
}

/** How the recorded before and after are headed in an event's details. */
export function recordedLabels(action: string): { before: string; after: string } {
  return action === 'org.removeMember'
    ? { before: 'Membership they had', after: 'Access they lost' }
    : { before: 'Before', after: 'After' };
}
