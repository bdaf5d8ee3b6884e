/** The Activity tab's columns, for the shared data table. Person and action filters offer what the loaded events hold. */
import type { DataColumn } from '../../components/data-table';
import { formatDateTime } from '../../lib/dates';
import type { ActivityRow } from './activity-rows';
import { facetOptions, isoDateTime } from './activity-rows';

export function activityColumns(rows: readonly ActivityRow[]): DataColumn<ActivityRow>[] {
  return [
    {
      id: 'when',
      header: 'When',
      width: 210,
      value: (row) => isoDateTime(row.event.time),
      cell: (row) => <time dateTime={new Date(row.event.time).toISOString()}>{formatDateTime(row.event.time)}</time>,
    },
    {
      id: 'who',
      header: 'Who',
      rowHeader: true,
      width: 190,
      value: (row) => row.who,
      facet: { options: facetOptions(rows, 'who') },
    },
    {
      id: 'what',
      header: 'What',
      width: 290,
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
      width: 220,
      value: (row) => row.target,
      cell: (row) => <span className="cell-clamp">{row.target}</span>,
    },
    {
      id: 'change',
      header: 'Change (before → after)',
      width: 380,
      sortable: false,
      value: (row) => row.change,
      cell: (row) => <span className="cell-clamp">{row.change}</span>,
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
