/**
 * The Data Protection Notice switch: Administer may change it; others read it and why.
 * Unlike the Settings switches (pending until Save), it applies at once, and says so:
 * "Applies immediately" beside it, then "Saving…" and "Saved" as the change goes through.
 */
import { useId } from 'react';
import { toast } from 'sonner';
import { describeError } from '../../api/client';
import { useUpdateProject, type ProjectDescribe } from '../../api/project-detail';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Switch } from '../../components/ui/switch';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';

export function DataProtectionNotice({ project }: { project: ProjectDescribe }) {
  const switchId = useId();
  const reasonId = useId();
  const appliesId = useId();
  const mayChange = project.level === 'ADMINISTER';
  const save = useUpdateProject<{ dataProtectionNotice: boolean }>(project, {
    onSuccess: (_, { dataProtectionNotice: on }) => {
      toast.success(`Data Protection Notice turned ${on ? 'on' : 'off'} for ${project.name}.`);
    },
    onError: (error) => {
      const { type, message } = describeError(error);
      toast.error(`Nothing changed: ${type}: ${message}`);
    },
  });
  // While saving, show the state asked for; a failure falls back to the project's.
  const checked =
    save.isPending && save.variables !== undefined ? save.variables.dataProtectionNotice : project.dataProtectionNotice;

  return (
    <section className="card project-section" aria-labelledby="dpn-heading">
      <h2 id="dpn-heading">Data Protection Notice</h2>
      <p className="hint">When on, everyone opening the project is shown the data protection notice first.</p>
      <div className="project-toggle">
        <Switch
          id={switchId}
          checked={checked}
          disabled={!mayChange || save.isPending}
          aria-describedby={mayChange ? appliesId : reasonId}
          onCheckedChange={(on) => save.mutate({ dataProtectionNotice: on })}
        />
        <label htmlFor={switchId}>Data Protection Notice</label>
        {mayChange ? (
          <span id={appliesId} className="badge badge-immediate">
            Applies immediately
          </span>
        ) : null}
        <span className="project-toggle-state" aria-live="polite">
          {save.isPending
            ? `Saving… (turning it ${checked ? 'on' : 'off'})`
            : `${checked ? 'On' : 'Off'}${save.isSuccess ? ' — saved' : ''}`}
        </span>
      </div>
      {mayChange ? null : (
        <p id={reasonId} className="hint">
          Read-only: changing it needs {PROJECT_ACCESS_LABELS.ADMINISTER} access to the project; yours is{' '}
          {PROJECT_ACCESS_LABELS[project.level]}.
        </p>
      )}
      {save.isError ? (
        <ApiErrorAlert
          className="project-failure"
          title="The API refused the change; nothing changed."
          error={save.error}
        />
      ) : null}
    </section>
  );
}
