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
import { useExtensionsOffered } from '../../api/capabilities';
import { isApiError } from '../../api/client';
import { useLoadStatus, type LoadStatus } from '../../api/load-status';
import { orgDescribeQueryOptions } from '../../api/orgs';
import { useSession } from '../../api/session';
import { CalendarX2, FileSearch } from 'lucide-react';
import { DataTable } from '../../components/data-table';
import { useViewportTier } from '../../components/data-table/viewport';
import { Alert } from '../../components/ui/alert';
import { ApiErrorText } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/query-states';
import { formatCount } from '../../lib/format';
import { ACTIVITY_EXPORT_COLUMNS, activityColumns } from './activity-columns';
import { toActivityRow, type ActivityRow } from './activity-rows';
import { isBackwards, timeRangeOf } from './date-range';
import { DateRangeFilter, rangeWords, useDateRange } from './date-range-filter';
import { EventDetailsDialog } from './event-details-dialog';
import { useNames } from './use-names';
import './activity.css';

const NO_ROWS: ActivityRow[] = [];
const READY: LoadStatus = { state: 'ready' };
/** Fits the "Details" button with its icon; on a phone, the icon alone (its accessible name is the same). */
const ACTIONS_WIDTH = 112;
const NARROW_ACTIONS_WIDTH = 52;

/** A server without the emulator's audit log (the platform's public API has none): one line, nothing to retry. */
function NoAuditLog() {
  return (
    <section className="activity-tab" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <p className="activity-intro">This server keeps no audit log.</p>
    </section>
  );
}

export function ActivityPage() {
  const offered = useExtensionsOffered();
  return offered === false ? <NoAuditLog /> : <AuditLog ready={offered === true} />;
}

/** The log, asked for once the server is known to keep one (`ready`). */
function AuditLog({ ready }: { ready: boolean }) {
  const { orgId = '' } = useParams();
  const selfId = useSession()?.userId ?? '';
  const org = useQuery(orgDescribeQueryOptions(orgId));
  const orgName = org.data?.name ?? orgId;
  const isAdmin = org.data?.level === 'ADMIN';
  const [range, setRange] = useDateRange();
  const backwards = isBackwards(range);
  const log = useInfiniteQuery({
    ...auditLogQueryOptions(orgId, timeRangeOf(range)),
    enabled: ready && isAdmin && !backwards,
  });
  const [details, setDetails] = useState<ActivityRow | null>(null);

  const events = useMemo(() => log.data?.pages.flatMap((page) => page.events) ?? [], [log.data]);
  const nameOf = useNames(orgId, orgName, events, isAdmin);
  const rows = useMemo(() => events.map((event) => toActivityRow(event, nameOf)), [events, nameOf]);
  const columns = useMemo(() => activityColumns(rows), [rows]);

  const { data, error } = log;
  const inRange = range.from || range.to ? ` ${rangeWords(range)}` : '';
  const status = useLoadStatus(log);
  const narrow = useViewportTier() === 'narrow';

  if (data === undefined && isApiError(error) && error.type === 'PermissionDenied') {
    return (
      <section className="activity-tab" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        <Alert tone="warning" title={`Only admins of ${orgName} can see its activity`}>
          <p>
            The API answered: <ApiErrorText error={error} />
          </p>
        </Alert>
      </section>
    );
  }

  return (
    <section className="activity-tab" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <p className="hint activity-intro">
        Every change made to {orgName} and to what it pays for, newest first. The dates choose which events load; the
        other filters apply to the events loaded.
      </p>
      <DataTable<ActivityRow>
        tableId="activity"
        personId={selfId}
        label={`Activity of ${orgName}`}
        columns={columns}
        rows={backwards ? NO_ROWS : rows}
        getRowId={(row) => row.event.id}
        rowName={(row) => `${row.what} by ${row.who}`}
        status={backwards ? READY : status}
        toolbar={<DateRangeFilter range={range} onChange={setRange} />}
        empty={
          backwards ? (
            <div className="state state-empty activity-backwards" role="status">
              <CalendarX2 aria-hidden="true" size={18} />
              “From” is after “To”: no event can match. Change either date.
            </div>
          ) : (
            <EmptyState
              title={
                range.from || range.to
                  ? `Nothing happened in ${orgName} ${rangeWords(range)}`
                  : `Nothing has happened in ${orgName} yet`
              }
            />
          )
        }
        exportOnlyColumns={ACTIVITY_EXPORT_COLUMNS}
        rowActions={(row) => (
          <Button
            variant="quiet"
            size="small"
            aria-label={`Details of ${row.what} by ${row.who}, ${row.event.id}`}
            onClick={() => setDetails(row)}
          >
            <FileSearch aria-hidden="true" size={16} />
            {narrow ? null : 'Details'}
          </Button>
        )}
        rowActionsWidth={narrow ? NARROW_ACTIONS_WIDTH : ACTIONS_WIDTH}
      />
      {data !== undefined && events.length > 0 && !backwards ? (
        <div className="activity-paging">
          <p role="status">
            {log.hasNextPage
              ? `The newest ${formatCount(events.length)} events${inRange} are loaded.`
              : `All ${formatCount(events.length)} events${inRange} are loaded.`}
          </p>
          {log.hasNextPage ? (
            <Button
              onClick={() => void log.fetchNextPage()}
              disabled={log.isFetchingNextPage}
              aria-disabled={log.isFetchingNextPage}
            >
              {log.isFetchingNextPage ? 'Loading older events…' : 'Load older events'}
            </Button>
          ) : null}
          {log.isFetchNextPageError ? (
            <p className="field-error activity-error" role="alert">
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
