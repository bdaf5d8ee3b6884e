/** The Activity tab's columns, for the shared data table. Person and action filters offer what the loaded events hold. */
import type { DataColumn } from '../../components/data-table';
import { formatDateTime } from '../../lib/dates';
import type { ActivityRow } from './activity-rows';
import { facetOptions, isoDateTime } from './activity-rows';

const recorded = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

/** Exported beside the columns shown: the event as the API recorded it. */
export const ACTIVITY_EXPORT_COLUMNS: DataColumn<ActivityRow>[] = [
  { id: 'time', header: 'Time (ms)', value: (row) => row.event.time },
  { id: 'actor', header: 'Actor ID', value: (row) => row.event.actor },
  { id: 'action', header: 'Action', value: (row) => row.event.action },
  { id: 'targetId', header: 'Target ID', value: (row) => row.event.target },
  { id: 'before', header: 'Before (recorded)', value: (row) => recorded(row.event.before) },
  { id: 'after', header: 'After (recorded)', value: (row) => recorded(row.event.after) },
  { id: 'id', header: 'Event ID', value: (row) => row.event.id },
];

export function activityColumns(rows: readonly ActivityRow[]): DataColumn<ActivityRow>[] {
  return [
    {
      id: 'when',
      header: 'When',
      width: 190,
      value: (row) => isoDateTime(row.event.time),
      cell: (row) => (
        <time className="activity-when" dateTime={new Date(row.event.time).toISOString()}>
          {formatDateTime(row.event.time)}
        </time>
      ),
    },
    {
      id: 'who',
      header: 'Who',
      rowHeader: true,
      width: 170,
      value: (row) => row.who,
      facet: { options: facetOptions(rows, 'who') },
    },
    {
      id: 'what',
      header: 'What',
      // With Who, what a phone shows: who did what (Details has the rest).
      priority: 1,
      width: 250,
      value: (row) => row.what,
      cell: (row) => (
        <span className="activity-what">
          <span>{row.what}</span>
          <code className="activity-route">{row.event.action}</code>
        </span>
      ),
      facet: { options: facetOptions(rows, 'what') },
    },
    {
      id: 'target',
      header: 'Target',
      // From 64rem: on a tablet the change matters more than its target's name.
      priority: 3,
      width: 210,
      value: (row) => row.target,
      cell: (row) => (
        <span className="activity-target">
          <span>{row.target}</span>
          {row.target !== row.event.target ? <code className="activity-route">{row.event.target}</code> : null}
        </span>
      ),
    },
    {
      id: 'change',
      header: 'Change (before → after)',
      width: 360,
      sortable: false,
      value: (row) => row.changeFull,
      cell: (row) => (
        <span className="cell-clamp activity-change" title={row.changeFull}>
          {row.change}
        </span>
      ),
    },
    {
      id: 'route',
      header: 'Route',
      optional: true,
      width: 220,
      value: (row) => row.event.action,
      cell: (row) => <code>{row.event.action}</code>,
    },
    {
      id: 'eventId',
      header: 'Event ID',
      optional: true,
      width: 140,
      value: (row) => row.event.id,
      cell: (row) => <code>{row.event.id}</code>,
    },
  ];
}
