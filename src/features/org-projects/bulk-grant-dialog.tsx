/**
 * "Grant yourself Administer" on the selected projects below ADMINISTER: a confirmation
 * saying how many, then one `/project-x/invite` per project (the API has no bulk
 * invite), each granted row updated as it succeeds, and a report of the refusals.
 */
import { useEffect, useRef, useState } from 'react';
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { useGrantAdministerMany, type OrgProject } from '../../api/org-projects';
import { ShieldCheck } from 'lucide-react';
import { ApiErrorAlert, ApiErrorText } from '../../components/ui/api-error';
import { Button, buttonClass } from '../../components/ui/button';
import { Dialog, DialogClose, DialogFooter } from '../../components/ui/dialog';
import { plural, pluralWord } from '../../lib/plural';

/** Names listed in the confirmation before "and N more". */
const LISTED = 50;

export interface BulkGrantTarget {
  /** The selected projects below ADMINISTER. */
  projects: OrgProject[];
  /** Selected projects that already have ADMINISTER (left as they are). */
  alreadyAdminister: number;
  clearSelection: () => void;
}

type Refusal = { project: OrgProject; type: string; message: string };

interface GrantReport {
  granted: number;
  refused: Refusal[];
}

export interface BulkGrantDialogProps {
  orgId: string;
  userId: string;
  /** The dialog is open while this is not null. */
  target: BulkGrantTarget | null;
  onClose: () => void;
}

/** Once the dialog has closed on a full success: the keyboard goes to the first granted row's link (its button went with the selection). */
function focusGrantedRow(names: readonly string[]) {
  const focusLost = document.activeElement === null || document.activeElement === document.body;
  if (!focusLost) return;
  const links = [...document.querySelectorAll<HTMLElement>('.dt-row-link')];
  const link = links.find((candidate) => names.includes(candidate.textContent ?? ''));
  (link ?? document.getElementById('projects-heading'))?.focus();
}

export function BulkGrantDialog({ orgId, userId, target, onClose }: BulkGrantDialogProps) {
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<GrantReport | null>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);
  const [focusAfterClose, setFocusAfterClose] = useState<string[] | null>(null);

  // Each granted row reads Administer as it succeeds; the lists refetch after that.
  // Every grant through: a toast says so and the dialog closes. Any refusal: the report stays open with the reasons.
  const grant = useGrantAdministerMany(orgId, userId, {
    onMutate: () => setProgress(0),
    onAccepted: (settled) => {
      const refusals = settled.flatMap((s) => (s.ok ? [] : [{ project: s.item, ...describeError(s.error) }]));
      const result: GrantReport = { granted: settled.length - refusals.length, refused: refusals };
      const summary = `You now administer ${plural(result.granted, 'more project')}`;
      const refused = `${plural(result.refused.length, 'grant')} refused. The report lists why.`;
      if (result.granted > 0) target?.clearSelection();
      if (result.refused.length === 0) {
        toast.success(`${summary}.`);
        setFocusAfterClose(settled.map((s) => s.item.name));
        onClose();
        return;
      }
      setReport(result);
      if (result.granted > 0) toast.warning(`${summary}; ${refused}`);
      else toast.error(`No grant went through: ${refused}`);
    },
  });

  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  // After the dialog has handed focus back (to a button that has gone), move it to the first granted row.
  useEffect(() => {
    if (target !== null || focusAfterClose === null) return;
    const timer = setTimeout(() => {
      focusGrantedRow(focusAfterClose);
      setFocusAfterClose(null);
    }, 0);
    return () => clearTimeout(timer);
  }, [target, focusAfterClose]);

  const pending = grant.isPending && report === null;
  const count = target?.projects.length ?? 0;

  function close() {
    setReport(null);
    grant.reset();
    onClose();
  }

  return (
    <Dialog
      open={target !== null}
      onOpenChange={(open) => !open && close()}
      busy={pending}
      className="dialog-wide"
      title={report ? 'Grant report' : `Grant yourself Administer on ${plural(count, 'project')}?`}
      description={
        report
          ? 'Each grant the API refused, with its reason. The others went through.'
          : 'You are invited to each of them at Administer, one project after the other. The org’s audit log records each grant.'
      }
    >
      {report ? (
        <>
          <h3 ref={reportRef} tabIndex={-1} className="mb-3 text-base">
            Granted on {plural(report.granted, 'project')}
            {report.refused.length > 0 ? `; refused on ${report.refused.length}` : ''}
          </h3>
          <ul
            className="m-0 mb-4 grid max-h-96 list-none gap-3 overflow-auto p-0"
            aria-label="Refused grants"
            tabIndex={0}
          >
            {report.refused.map(({ project, ...refusal }) => (
              <li key={project.id} className="border-l-4 border-danger py-1 pl-3">
                <p className="m-0 [overflow-wrap:anywhere]">
                  <strong>{project.name}</strong> <code className="ml-0 block text-sm text-muted">{project.id}</code>
                </p>
                <p className="m-0 [overflow-wrap:anywhere]">
                  <ApiErrorText error={refusal} />
                </p>
              </li>
            ))}
          </ul>
          <DialogFooter>
            <DialogClose className={buttonClass('primary')}>Close</DialogClose>
          </DialogFooter>
        </>
      ) : target ? (
        <>
          {target.alreadyAdminister > 0 ? (
            <p>
              {plural(target.alreadyAdminister, 'selected project')}{' '}
              {pluralWord(target.alreadyAdminister, 'has', 'have')} Administer already and{' '}
              {pluralWord(target.alreadyAdminister, 'is', 'are')} left as{' '}
              {pluralWord(target.alreadyAdminister, 'it is', 'they are')}.
            </p>
          ) : null}
          <ul className="dialog-item-list" aria-label="Projects to grant yourself Administer on" tabIndex={0}>
            {target.projects.slice(0, LISTED).map((project) => (
              <li key={project.id}>
                <strong>{project.name}</strong>{' '}
                <code className="ml-0 block text-sm text-muted [overflow-wrap:anywhere]">{project.id}</code>
              </li>
            ))}
            {count > LISTED ? <li>and {plural(count - LISTED, 'more project')}</li> : null}
          </ul>
          {grant.isError ? <ApiErrorAlert title="Nothing was granted." error={grant.error} /> : null}
          <DialogFooter>
            <DialogClose className={buttonClass('quiet')} disabled={pending}>
              Cancel
            </DialogClose>
            <Button
              variant="primary"
              disabled={pending}
              aria-busy={pending}
              onClick={() => grant.mutate({ projects: target.projects, onProgress: setProgress })}
            >
              <ShieldCheck aria-hidden="true" size={16} className="shrink-0" />
              {pending ? `Granting… ${progress} of ${count} done` : `Grant Administer on ${plural(count, 'project')}`}
            </Button>
          </DialogFooter>
        </>
      ) : null}
    </Dialog>
  );
}
