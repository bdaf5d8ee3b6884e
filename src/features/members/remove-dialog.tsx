/**
 * "Remove" for one or many members: a confirmation naming them all, with the choice
 * to keep their explicit project and app permissions; then one `/org-x/removeMember`
 * per member and a report of what each lost, or why they were not removed.
 */
import { useEffect, useRef, useState } from 'react';
import { AlertDialog } from 'radix-ui';
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { orgAppsQueryOptions } from '../../api/apps';
import { useFindAll } from '../../api/find-all';
import { useRemoveMembers, type Member, type RemoveMemberResult } from '../../api/members';
import { orgProjectsQueryOptions } from '../../api/org-projects';
import { Alert } from '../../components/ui/alert';
import { ApiErrorAlert, ApiErrorText } from '../../components/ui/api-error';
import { Badge } from '../../components/ui/badge';
import { Button, buttonClass } from '../../components/ui/button';
import { CheckField } from './check-field';
import { FIELDSET_CLASS, LEGEND_CLASS } from './fieldset';
import { memberLabel } from './members-columns';
import { refusalLead } from './refusal';
import { removalPreview, type RemovalChoices } from './removal-preview';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';
import { cn } from '../../lib/cn';
import { plural } from '../../lib/plural';
import type { ProjectLevel } from '../../wire/levels';

type RemovalOutcome =
  | { member: Member; ok: true; result: RemoveMemberResult }
  | { member: Member; ok: false; type: string; message: string };

interface RemovalReport {
  outcomes: RemovalOutcome[];
  projectNames: Map<string, string>;
}

export interface RemoveDialogProps {
  orgId: string;
  orgName: string;
  /** Who is signed in: removing oneself is leaving the org. */
  selfId: string;
  /** The members to remove; the dialog is open while this is not null. */
  members: Member[] | null;
  /** With the IDs of the members actually removed (none when cancelled). */
  onClose: (outcome: { removedIds: string[] }) => void;
}

export function RemoveDialog({ orgId, orgName, selfId, members, onClose }: RemoveDialogProps) {
  const [keepProjects, setKeepProjects] = useState(false);
  const [keepApps, setKeepApps] = useState(false);
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<RemovalReport | null>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);

  // Leaving goes last, and the org's project names are read before it (see useRemoveMembers).
  const remove = useRemoveMembers<Member>(orgId, {
    onMutate: () => setProgress(0),
    onSuccess: ({ settled, projectNames }) => {
      const outcomes: RemovalOutcome[] = settled.map((s) =>
        s.ok ? { member: s.item, ok: true, result: s.value } : { member: s.item, ok: false, ...describeError(s.error) },
      );
      const removed = outcomes.filter((o) => o.ok).length;
      const failed = outcomes.length - removed;
      setReport({ outcomes, projectNames });
      const summary = `Removed ${plural(removed, 'member')} from ${orgName}`;
      if (failed === 0) toast.success(`${summary}.`);
      else toast.warning(`${summary}; ${plural(failed, 'removal')} refused. The report lists why.`);
    },
  });

  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  const open = members !== null;
  const pending = remove.isPending;
  const includesSelf = members?.some((m) => m.id === selfId) ?? false;

  function close() {
    const removedIds = report?.outcomes.filter((o) => o.ok).map((o) => o.member.id) ?? [];
    setReport(null);
    setKeepProjects(false);
    setKeepApps(false);
    remove.reset();
    onClose({ removedIds });
  }

  const title = report
    ? 'Removal report'
    : includesSelf && members?.length === 1
      ? `Leave ${orgName}?`
      : `Remove ${plural(members?.length ?? 0, 'member')} from ${orgName}?`;

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && !pending && close()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog-wide">
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          {report ? (
            <>
              <AlertDialog.Description className="dialog-description">
                What each member lost with the membership, or why they were not removed.
              </AlertDialog.Description>
              <h3 ref={reportRef} tabIndex={-1} className="visually-hidden">
                Outcome for each member
              </h3>
              <RemovalReportList report={report} selfId={selfId} />
              <div className="dialog-actions">
                <AlertDialog.Cancel className={buttonClass('primary')}>Close</AlertDialog.Cancel>
              </div>
            </>
          ) : members ? (
            <>
              <AlertDialog.Description className="dialog-description">
                They lose the org&apos;s access at once: projects shared with {orgName} and apps it authorizes.
              </AlertDialog.Description>
              <ul className="dialog-item-list" aria-label="Members to remove" tabIndex={0}>
                {members.map((member) => (
                  <li key={member.id}>
                    <strong>{member.describe.name}</strong> <code>{member.id}</code>
                    {member.id === selfId ? <Badge tone="neutral">you</Badge> : null}
                  </li>
                ))}
              </ul>
              <RemovalPreviewSection
                orgId={orgId}
                orgName={orgName}
                members={members}
                choices={{ keepProjects, keepApps }}
              />
              {includesSelf ? (
                <Alert tone="warning" role="note" className="mb-4">
                  <p>
                    <strong>You are removing yourself.</strong> You leave {orgName} and can no longer see or manage it
                    unless an admin invites you again.
                  </p>
                </Alert>
              ) : null}
              <fieldset className={FIELDSET_CLASS} disabled={pending}>
                <legend className={LEGEND_CLASS}>Explicit permissions on what {orgName} pays for</legend>
                <CheckField
                  label="Keep their explicit project permissions"
                  checked={keepProjects}
                  onCheckedChange={setKeepProjects}
                  disabled={pending}
                  hint="Otherwise their own permissions on projects billed to the org are revoked too."
                />
                <CheckField
                  label="Keep their explicit app permissions"
                  checked={keepApps}
                  onCheckedChange={setKeepApps}
                  disabled={pending}
                  hint="Otherwise they stop being developers or authorized users of apps billed to the org."
                />
              </fieldset>
              <div className="dialog-actions">
                <AlertDialog.Cancel className={buttonClass('quiet')} disabled={pending}>
                  Cancel
                </AlertDialog.Cancel>
                <Button
                  variant="danger"
                  disabled={pending}
                  aria-busy={pending}
                  onClick={() =>
                    remove.mutate({
                      members,
                      selfId,
                      revocation: { revokeProjectPermissions: !keepProjects, revokeAppPermissions: !keepApps },
                      onProgress: setProgress,
                    })
                  }
                >
                  {pending
                    ? `Removing… ${progress} of ${members.length} done`
                    : includesSelf && members.length === 1
                      ? 'Leave the org'
                      : `Remove ${plural(members.length, 'member')}`}
                </Button>
              </div>
            </>
          ) : null}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

const APP_ROLE_LABELS: Record<string, string> = {
  DEVELOPER: 'developer',
  AUTHORIZED_USER: 'authorized user',
  THROUGH_ORG: 'through the org',
};

/** At most this many projects or apps are named per person; the rest are counted. */
const SHOWN_PER_PERSON = 12;

function namedSome<T>(items: readonly T[], name: (item: T) => string): string {
  const shown = items.slice(0, SHOWN_PER_PERSON).map(name).join(', ');
  return items.length > SHOWN_PER_PERSON ? `${shown} and ${items.length - SHOWN_PER_PERSON} more` : shown;
}

/**
 * Before confirming: what each person will lose on what the org pays for, from the org's
 * projects and apps as the API lists them, by the options ticked (see removal-preview.ts).
 */
function RemovalPreviewSection({
  orgId,
  orgName,
  members,
  choices,
}: {
  orgId: string;
  orgName: string;
  members: Member[];
  choices: RemovalChoices;
}) {
  const projects = useFindAll(orgProjectsQueryOptions(orgId));
  const apps = useFindAll(orgAppsQueryOptions(orgId));
  const error = projects.query.error ?? apps.query.error;
  const ready = projects.query.data !== undefined && apps.query.data !== undefined;
  return (
    <section className="mb-4" aria-labelledby={`${orgId}-removal-preview`}>
      <h3 id={`${orgId}-removal-preview`} className="mb-1 text-base">
        What they will lose
      </h3>
      {error ? (
        <ApiErrorAlert
          title="Could not work out what they will lose."
          lead={`${refusalLead(error)} The removal itself still works, and its report lists what each person lost.`}
          error={error}
        />
      ) : !ready ? (
        <p role="status">Reading the projects and apps of {orgName}…</p>
      ) : (
        <>
          <ul
            className="m-0 mb-2 grid max-h-48 gap-1.5 overflow-auto pl-5 wrap-anywhere"
            aria-label="What each member will lose"
            tabIndex={0}
          >
            {members.map((member) => {
              const loss = removalPreview(orgId, member, projects.rows, apps.rows, choices);
              return (
                <li key={member.id}>
                  <strong>{memberLabel(member)}</strong>:{' '}
                  <span className="block text-sm">
                    {loss.projects.length === 0
                      ? 'no project access'
                      : `${plural(loss.projects.length, 'project')} (${namedSome(loss.projects, (p) =>
                          p.after === 'NONE'
                            ? `${p.name}: ${levelLabel(p.before)}`
                            : `${p.name}: ${levelLabel(p.before)} → ${levelLabel(p.after)}`,
                        )})`}
                    ;
                  </span>{' '}
                  <span className="block text-sm">
                    {loss.apps.length === 0
                      ? 'no app access'
                      : `${plural(loss.apps.length, 'app')} (${namedSome(
                          loss.apps,
                          (a) => `${a.name}: ${APP_ROLE_LABELS[a.role]}`,
                        )})`}
                    .
                  </span>
                </li>
              );
            })}
          </ul>
          <p className="hint">
            Counted on the projects and apps {orgName} pays for. Projects billed elsewhere and shared with {orgName} are
            listed in the report after the removal.
          </p>
        </>
      )}
    </section>
  );
}

function levelLabel(level: string): string {
  return PROJECT_ACCESS_LABELS[level as ProjectLevel] ?? level;
}

function RemovalReportList({ report, selfId }: { report: RemovalReport; selfId: string }) {
  return (
    <ul
      className="m-0 grid max-h-96 list-none gap-3 overflow-auto p-0"
      aria-label="Outcome for each member"
      tabIndex={0}
    >
      {report.outcomes.map((outcome) => (
        <li
          key={outcome.member.id}
          className={cn('border-l-4 py-1 pl-3 [&_p]:m-0', outcome.ok ? 'border-success' : 'border-danger')}
        >
          <p>
            <strong>{outcome.member.describe.name}</strong> <code>{outcome.member.id}</code>:{' '}
            {outcome.ok ? (outcome.member.id === selfId ? 'Left the org' : 'Removed') : 'Not removed'}
          </p>
          {outcome.ok ? (
            <RemovalEffects result={outcome.result} projectNames={report.projectNames} />
          ) : (
            <p>
              {refusalLead(outcome, 'They are still a member.')} <ApiErrorText error={outcome} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

function RemovalEffects({ result, projectNames }: { result: RemoveMemberResult; projectNames: Map<string, string> }) {
  const projects = Object.entries(result.projects);
  const apps = Object.entries(result.apps);
  return (
    <div className="[&_ul]:mt-0.5 [&_ul]:mb-1 [&_ul]:pl-5">
      {projects.length === 0 ? (
        <p>No project access lost.</p>
      ) : (
        <>
          <p>Removed from {plural(projects.length, 'project')}:</p>
          <ul>
            {projects.map(([id, level]) => (
              <li key={id}>
                {projectNames.get(id) ?? <code>{id}</code>} (had {levelLabel(level)})
              </li>
            ))}
          </ul>
        </>
      )}
      {apps.length === 0 ? (
        <p>No app access lost.</p>
      ) : (
        <>
          <p>Removed from {plural(apps.length, 'app')}:</p>
          <ul>
            {apps.map(([id, role]) => (
              <li key={id}>
                <code>{id}</code> ({APP_ROLE_LABELS[role] ?? role})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
