/**
 * The Activity tab (`/orgs/:orgId/activity`, admins only): the org's audit log, newest
 * first — when, who, what, the target and the change before → after — with filters by
 * person and by action. The newest page loads first; "Load older events" pages back
 * through `next` (the log of a busy org is long, and its newest events are what matter).
 */
import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { auditLogQueryOptions } from '../../api/audit';
import { isApiError } from '../../api/client';
import { useLoadStatus } from '../../api/load-status';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { useSession } from '../../api/session';
import { DataTable } from '../../components/data-table';
import { ApiErrorText } from '../../components/ui/api-error';
import { EmptyState } from '../../components/ui/query-states';
import { formatCount } from '../../lib/format';
import { ACTIVITY_EXPORT_COLUMNS, activityColumns } from './activity-columns';
import { toActivityRow, type ActivityRow } from './activity-rows';
import { isBackwards, timeRangeOf } from './date-range';
import { DateRangeFilter, rangeWords, useDateRange } from './date-range-filter';
import { EventDetailsDialog } from './event-details-dialog';
import { useNames } from './use-names';
import './activity.css';

export function ActivityPage() {
  const { orgId = '' } = useParams();
  const selfId = useSession()?.userId ?? '';
  const org = useQuery(orgDescribeQueryOptions(orgId));
  const orgName = org.data?.name ?? orgId;
  const isAdmin = org.data?.level === 'ADMIN';
  const [range, setRange] = useDateRange();
  const backwards = isBackwards(range);
  const log = useInfiniteQuery({ ...auditLogQueryOptions(orgId, timeRangeOf(range)), enabled: isAdmin && !backwards });
  const [details, setDetails] = useState<ActivityRow | null>(null);

  const events = useMemo(() => log.data?.pages.flatMap((page) => page.events) ?? [], [log.data]);
  const nameOf = useNames(orgId, orgName, events, isAdmin);
  const rows = useMemo(() => events.map((event) => toActivityRow(event, nameOf)), [events, nameOf]);
  const columns = useMemo(() => activityColumns(rows), [rows]);

  const { data, error } = log;
  const inRange = range.from || range.to ? ` ${rangeWords(range)}` : '';
  const status = useLoadStatus(log);

  if (data === undefined && isApiError(error) && error.type === 'PermissionDenied') {
    return (
      <section className="activity-tab" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        <div className="state state-empty">
          <p className="state-title">Only admins of {orgName} can see its activity</p>
          <p>
            The API answered: <ApiErrorText error={error} />
          </p>
        </div>
      </section>
    );
  }

  return (
    <section className="activity-tab" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <p className="hint">
        Every change made to {orgName} and to what it pays for, newest first. The dates choose which events load; the
        other filters apply to the events loaded.
      </p>
      <DateRangeFilter range={range} onChange={setRange} />
      {backwards ? (
        <p className="state state-empty" role="status">
          “From” is after “To”: no event can match. Change either date.
        </p>
      ) : (
        <DataTable<ActivityRow>
          tableId="activity"
          personId={selfId}
          label={`Activity of ${orgName}`}
          columns={columns}
          rows={rows}
          getRowId={(row) => row.event.id}
          rowName={(row) => `${row.what} by ${row.who}`}
          status={status}
          empty={
            <EmptyState
              title={
                range.from || range.to
                  ? `Nothing happened in ${orgName} ${rangeWords(range)}`
                  : `Nothing has happened in ${orgName} yet`
              }
            />
          }
          exportOnlyColumns={ACTIVITY_EXPORT_COLUMNS}
          rowActions={(row) => (
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Details of ${row.what} by ${row.who}, ${row.event.id}`}
              onClick={() => setDetails(row)}
            >
              Details
            </button>
          )}
          rowActionsWidth={100}
        />
      )}
      {data !== undefined && events.length > 0 && !backwards ? (
        <div className="activity-paging">
          <p role="status">
            {log.hasNextPage
              ? `The newest ${formatCount(events.length)} events${inRange} are loaded.`
              : `All ${formatCount(events.length)} events${inRange} are loaded.`}
          </p>
          {log.hasNextPage ? (
            <button
              type="button"
              className="button"
              onClick={() => void log.fetchNextPage()}
              disabled={log.isFetchingNextPage}
              aria-disabled={log.isFetchingNextPage}
            >
              {log.isFetchingNextPage ? 'Loading older events…' : 'Load older events'}
            </button>
          ) : null}
          {log.isFetchNextPageError ? (
            <p className="activity-error" role="alert">
              Could not load older events: <ApiErrorText error={error} />
            </p>
          ) : null}
        </div>
      ) : null}
      <EventDetailsDialog row={details} nameOf={nameOf} onClose={() => setDetails(null)} />
    </section>
  );
}

export { ActivityPage as Component };
