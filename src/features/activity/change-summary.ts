/**
 * An audit event's change, before → after, as lines a person reads (pure, unit-tested):
 * only what differs, one line per changed field ("Carol Okafor · Shared project access:
 * VIEW → UPLOAD"), nested objects walked key by key, lists as what was added and removed.
 */
import { FIELD_LABELS, yesNo } from '../../lib/labels';

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
  /** A person's or an org's name by ID, where known. */
  nameOf?: (id: string) => string | undefined;
}

const KEY_LABELS: Record<string, string> = { ...FIELD_LABELS };

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
  if (/^(user|org|project|app)-/.test(key)) return key;
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatValue(value: unknown, options: ChangeOptions = {}): string {
  if (isAbsent(value)) return '—';
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'string') return options.nameOf?.(value) ?? value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((item) => formatValue(item, options)).join(', ');
  if (isPlainObject(value) && Object.keys(value).length === 0) return 'none';
  return JSON.stringify(value);
}

function collect(before: unknown, after: unknown, path: string[], options: ChangeOptions, out: ChangeLine[]): void {
  if (sameValue(before, after) || (isAbsent(before) && isAbsent(after))) return;
  const beforeWalks = isPlainObject(before) || isAbsent(before);
  const afterWalks = isPlainObject(after) || isAbsent(after);
  // Walk into objects (also one that appears or disappears as a whole), so each field gets its line.
  if (beforeWalks && afterWalks && (isPlainObject(before) || isPlainObject(after))) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    if (keys.length > 0) {
      for (const key of keys) collect(b[key], a[key], [...path, keyLabel(key, options)], options, out);
      return;
    }
  }
  const line: ChangeLine = { path, before: formatValue(before, options), after: formatValue(after, options) };
  if (Array.isArray(before) && Array.isArray(after)) {
    const had = new Set(before.map((item) => JSON.stringify(item)));
    const has = new Set(after.map((item) => JSON.stringify(item)));
    line.added = after.filter((item) => !had.has(JSON.stringify(item))).map((item) => formatValue(item, options));
    line.removed = before.filter((item) => !has.has(JSON.stringify(item))).map((item) => formatValue(item, options));
  }
  out.push(line);
}

/** What differs between `before` and `after`, one line per changed field. */
export function changeLines(before: unknown, after: unknown, options: ChangeOptions = {}): ChangeLine[] {
  const out: ChangeLine[] = [];
  collect(before, after, [], options, out);
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
      return typeof value === 'string' && value === before[key] && /^(user|org|project|app)-/.test(value);
    })
    .map((key) => `${keyLabel(key, options)}: ${formatValue(after[key], options)}`);
}

/** The compact summary for the table: what it was about, then every changed field, each value cut to `maxValue` characters. */
export function changeSummary(before: unknown, after: unknown, options: ChangeOptions = {}, maxValue = 40): string {
  const lines = changeLines(before, after, options);
  if (lines.length === 0) return 'No change recorded';
  return [...changeContext(before, after, options), ...lines.map((line) => lineText(line, maxValue))].join('; ');
}
