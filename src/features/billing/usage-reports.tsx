/**
 * "Usage reports" in an org's billing tile (licence `usageReports`): admins choose a
 * month, see how much it holds, download the per-project usage and the root execution
 * stats as CSV, and choose the project the monthly reports are delivered to.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { toast } from 'sonner';
import { useExtensionsOffered } from '../../api/capabilities';
import { useFindAll } from '../../api/find-all';
import { orgDescribeQueryOptions } from '../../api/orgs';
import {
  destinationProjectsQueryOptions,
  usageReportQueryOptions,
  usageReportSettings,
  useSetReportDestination,
  useUsageReportFile,
  type UsageReportKind,
} from '../../api/usage-reports';
import { Download } from 'lucide-react';
import { Alert } from '../../components/ui/alert';
import { ApiErrorAlert, ApiErrorText } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { FormField } from '../../components/ui/form-field';
import { ErrorState, LoadingState } from '../../components/ui/query-states';
import { perProjectCsv, perProjectTotals, rootExecutionsCsv, usageReportFileName } from './usage-report-csv';
import { defaultReportMonth, lastTwelveMonths, type ReportMonth } from './usage-report-months';
import { downloadFile } from '../../components/download-file';
import { formatUsd } from '../../lib/format';
import { plural } from '../../lib/plural';

const REPORT_NAMES: Record<UsageReportKind, string> = {
  perProject: 'per-project usage',
  rootExecutions: 'root execution stats',
};

/** Row count and total of the chosen month, from the same reports the downloads use. */
function MonthPreview({ orgId, month }: { orgId: string; month: ReportMonth }) {
  const perProject = useQuery(usageReportQueryOptions(orgId, 'perProject', month.value));
  const executions = useQuery(usageReportQueryOptions(orgId, 'rootExecutions', month.value));
  if (perProject.isError || executions.isError) {
    const failed = perProject.isError ? perProject : executions;
    return (
      <ErrorState
        title={`Could not read the usage of ${month.label}.`}
        error={failed.error}
        onRetry={() => void failed.refetch()}
      />
    );
  }
  if (!perProject.data || !executions.data) return <LoadingState>Loading the usage of {month.label}…</LoadingState>;
  const total = perProjectTotals(perProject.data).total;
  return (
    <p className="usage-report-preview" role="status">
      {month.label}: {plural(perProject.data.length, 'project')} charged, total {formatUsd(total)};{' '}
      {plural(executions.data.length, 'root execution')}.
    </p>
  );
}

function ReportDownloads({ orgId }: { orgId: string }) {
  const months = useMemo(() => lastTwelveMonths(new Date()), []);
  const [monthValue, setMonthValue] = useState(() => defaultReportMonth(months));
  const month = months.find((m) => m.value === monthValue) ?? months[0]!;

  // The same cached report the preview counted, so the file matches what was shown.
  const download = useUsageReportFile(
    orgId,
    (report, { kind, month }: { kind: UsageReportKind; month: string; label: string }) => {
      const text = report.kind === 'perProject' ? perProjectCsv(report.rows) : rootExecutionsCsv(report.rows);
      const fileName = usageReportFileName(orgId, kind, month);
      downloadFile(fileName, text, 'text/csv;charset=utf-8');
      return fileName;
    },
    {
      onSuccess: (fileName, { kind, label }) =>
        toast.success(`Downloaded the ${REPORT_NAMES[kind]} of ${label} (${fileName}).`),
    },
  );

  const busyWith = download.isPending ? download.variables.kind : null;

  return (
    <div className="form usage-report-downloads">
      <FormField label="Month" hint="Reports cover the last 12 months; the current one is still accruing.">
        {(control) => (
          <Select
            {...control}
            value={month.value}
            onChange={(e) => {
              download.reset();
              setMonthValue(e.target.value);
            }}
          >
            {months.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <MonthPreview orgId={orgId} month={month} />
      <div className="actions">
        {(['perProject', 'rootExecutions'] as const).map((kind) => (
          <Button
            key={kind}
            disabled={download.isPending}
            aria-busy={busyWith === kind}
            onClick={() => download.mutate({ kind, month: month.value, label: month.label })}
          >
            <Download aria-hidden="true" size={16} />
            {busyWith === kind ? 'Preparing…' : `Download ${REPORT_NAMES[kind]} (CSV)`}
          </Button>
        ))}
      </div>
      {download.isError ? <ApiErrorAlert title="The API did not give the report." error={download.error} /> : null}
    </div>
  );
}

const NOT_DELIVERED = '';

function MonthlyDelivery({ orgId, orgName, current }: { orgId: string; orgName: string; current: string | null }) {
  const projects = useFindAll(destinationProjectsQueryOptions(orgId));
  const [draft, setDraft] = useState<string | null>(null);
  const chosen = draft ?? current ?? NOT_DELIVERED;
  const sorted = useMemo(
    () => [...projects.rows].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    [projects.rows],
  );
  const nameOf = (id: string) => sorted.find((project) => project.id === id)?.name ?? id;

  const save = useSetReportDestination(orgId, {
    onSuccess: (_result, projectId) => {
      setDraft(null);
      toast.success(
        projectId
          ? `Monthly reports of ${orgName} will be delivered to ${nameOf(projectId)}.`
          : `Monthly reports of ${orgName} will not be delivered to a project.`,
      );
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(chosen === NOT_DELIVERED ? null : chosen);
  }

  if (projects.status.state === 'error') {
    return (
      <ErrorState
        title={`Could not list the projects billed to ${orgName}.`}
        error={projects.query.error}
        onRetry={projects.status.retry}
      />
    );
  }
  const loading = projects.status.state === 'loading';
  // Until the list is in (or if the project is no longer billed here), the destination shows by its ID.
  const unlisted = chosen !== NOT_DELIVERED && !sorted.some((project) => project.id === chosen);

  return (
    <form className="form" noValidate onSubmit={submit} aria-label="Monthly delivery">
      <FormField
        label="Delivery project"
        hint={`Each month's reports are saved into this project, which must be billed to ${orgName}.`}
        error={save.isError ? <ApiErrorText error={save.error} /> : undefined}
      >
        {(control) => (
          <Select
            {...control}
            value={chosen}
            disabled={loading}
            onChange={(e) => {
              save.reset();
              setDraft(e.target.value);
            }}
          >
            <option value={NOT_DELIVERED}>Not delivered</option>
            {unlisted ? <option value={chosen}>{chosen}</option> : null}
            {sorted.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name} ({project.id})
              </option>
            ))}
          </Select>
        )}
      </FormField>
      {loading ? <LoadingState>Loading the projects billed to {orgName}…</LoadingState> : null}
      <div>
        <Button
          type="submit"
          variant="primary"
          disabled={save.isPending || loading || chosen === (current ?? NOT_DELIVERED)}
          aria-busy={save.isPending}
        >
          {save.isPending ? 'Saving…' : 'Save delivery project'}
        </Button>
      </div>
    </form>
  );
}

export function UsageReports({ orgId }: { orgId: string }) {
  const offered = useExtensionsOffered();
  const settings = useQuery({ ...orgDescribeQueryOptions(orgId), select: usageReportSettings });
  const headingId = useId();
  const deliveryHeadingId = useId();

  let body;
  if (offered === false) {
    body = <p className="hint">This server gives no usage reports.</p>;
  } else if (settings.data && offered) {
    const { orgName, isAdmin, licensed, reportDestination } = settings.data;
    if (!licensed) {
      body = (
        <Alert tone="info">
          <p>
            Usage reports need the <strong>Usage reports</strong> license, which {orgName} does not hold. Licenses are
            set by the platform, not by org admins: ask DNAnexus support or your account manager to add it to {orgName}.
          </p>
        </Alert>
      );
    } else if (!isAdmin) {
      body = (
        <p className="hint">
          Only admins of {orgName} may download its usage reports.
          {reportDestination ? (
            <>
              {' '}
              Monthly reports are delivered to the project <code>{reportDestination}</code>.
            </>
          ) : null}
        </p>
      );
    } else {
      body = (
        <>
          <ReportDownloads orgId={orgId} />
          <section aria-labelledby={deliveryHeadingId}>
            <h4 id={deliveryHeadingId}>Monthly delivery</h4>
            <MonthlyDelivery orgId={orgId} orgName={orgName} current={reportDestination ?? null} />
          </section>
        </>
      );
    }
  } else if (settings.isError) {
    body = (
      <ErrorState
        title="Could not read the org's usage report settings."
        error={settings.error}
        onRetry={() => void settings.refetch()}
      />
    );
  } else {
    body = <LoadingState>Loading usage reports…</LoadingState>;
  }

  return (
    <section className="billing-section usage-reports" aria-labelledby={headingId}>
      <h3 id={headingId}>Usage reports</h3>
      {body}
    </section>
  );
}
