/** An audit event as a row of the Activity tab: who, what and the change, in words (pure). */
import type { AuditEvent } from '../../api/audit';
import { actionWords } from './action-wording';
import { changeSummary } from './change-summary';

export interface ActivityRow {
  event: AuditEvent;
  /** The actor's name where known, else their ID. */
  who: string;
  /** The action in words, e.g. "Changed member access". */
  what: string;
  /** What was acted on, by name where known (a change to several members names each). */
  target: string;
  /** The compact before → after summary, each value cut short (the table's cell). */
  change: string;
  /** Every line of the change in full (what is filtered, sorted and exported). */
  changeFull: string;
}

export type NameOf = (id: string) => string | undefined;

export function targetText(target: string, nameOf: NameOf): string {
  if (target === '') return '';
  // `org.bulkUpdateProjectLimit` on every project of the org.
  if (target === 'all') return 'All projects';
  return target
    .split(',')
    .map((id) => nameOf(id.trim()) ?? id.trim())
    .join(', ');
}

export function toActivityRow(event: AuditEvent, nameOf: NameOf): ActivityRow {
  return {
    event,
    who: nameOf(event.actor) ?? event.actor,
    what: actionWords(event.action),
    target: targetText(event.target, nameOf),
    change: changeSummary(event, { nameOf }),
    changeFull: changeSummary(event, { nameOf }, Infinity),
  };
}

/** The local date and time as `YYYY-MM-DD HH:MM:SS`: sorts, filters and exports as it reads. */
export function isoDateTime(timestamp: number): string {
  const d = new Date(timestamp);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** The distinct values of one field, sorted, as facet options. */
export function facetOptions(rows: readonly ActivityRow[], field: 'who' | 'what'): { value: string; label: string }[] {
  const values = [...new Set(rows.map((row) => row[field]))].sort((a, b) => a.localeCompare(b));
  return values.map((value) => ({ value, label: value }));
}
