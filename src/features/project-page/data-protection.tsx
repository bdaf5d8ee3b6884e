/**
 * The Data Protection Notice switch: Administer may change it; others read it (why not is
 * the page's access note, which describes the disabled switch).
 * Unlike the Settings switches (pending until Save), it applies at once, and says so:
 * "Applies immediately" beside it, then "Saving…" and "Saved" as the change goes through.
 */
import { useId } from 'react';
import { toast } from 'sonner';
import { useUpdateProject, type ProjectDescribe } from '../../api/project-detail';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Badge } from '../../components/ui/badge';
import { Switch } from '../../components/ui/switch';
import { ACCESS_NOTE_ID } from './access-note';
import { toastRefusal } from '../../components/ui/refusal-toast';

export function DataProtectionNotice({ project }: { project: ProjectDescribe }) {
  const switchId = useId();
  const appliesId = useId();
  const mayChange = project.level === 'ADMINISTER';
  const save = useUpdateProject<{ dataProtectionNotice: boolean }>(project, {
    onSuccess: (_, { dataProtectionNotice: on }) => {
      toast.success(`Data Protection Notice turned ${on ? 'on' : 'off'} for ${project.name}.`);
    },
    onError: (error) => {
      toastRefusal('The notice was not changed.', error);
    },
  });
  // While saving, show the state asked for; a failure falls back to the project's.
  const checked =
    save.isPending && save.variables !== undefined ? save.variables.dataProtectionNotice : project.dataProtectionNotice;

  return (
    <section className="card project-section m-0" aria-labelledby="dpn-heading">
      <h2 id="dpn-heading">Data Protection Notice</h2>
      <p className="hint mb-3">When on, everyone opening the project is shown the data protection notice first.</p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <Switch
          id={switchId}
          checked={checked}
          disabled={!mayChange || save.isPending}
          aria-describedby={mayChange ? appliesId : ACCESS_NOTE_ID}
          onCheckedChange={(on) => save.mutate({ dataProtectionNotice: on })}
        />
        <label htmlFor={switchId} className={mayChange ? 'cursor-pointer font-semibold' : 'font-semibold'}>
          Data Protection Notice
        </label>
        <span className="text-muted" aria-live="polite">
          {save.isPending
            ? `Saving… (turning it ${checked ? 'on' : 'off'})`
            : `${checked ? 'On' : 'Off'}${save.isSuccess ? ' — saved' : ''}`}
        </span>
        {mayChange ? (
          <Badge id={appliesId} tone="neutral" className="ml-0">
            Applies immediately
          </Badge>
        ) : null}
      </div>
      {save.isError ? <ApiErrorAlert title="The API refused the change; nothing changed." error={save.error} /> : null}
    </section>
  );
}
