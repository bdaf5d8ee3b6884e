/**
 * What the caller may not do on the page, said once above its actions: their access in
 * words, that sharing, transfer, the notice and limits need Administer, and who can give
 * it. An admin of the org paying for the project may grant it to themselves here. The
 * controls it disables point at its sentence (`ACCESS_NOTE_ID`) for their description.
 */
import { ShieldCheck } from 'lucide-react';
import { toast } from 'sonner';
import { useGrantYourselfAdminister, type ProjectDescribe } from '../../api/project-detail';
import { Alert } from '../../components/ui/alert';
import { ApiErrorAlert } from '../../components/ui/api-error';
import { Button } from '../../components/ui/button';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';
import { accessSentence } from './project-rules';
import { toastRefusal } from '../../components/ui/refusal-toast';

/** The id of the sentence: the description of every action it disables. */
export const ACCESS_NOTE_ID = 'project-access-note';

export interface AccessNoteProps {
  project: ProjectDescribe;
  selfId: string;
  /** The account paying for the project, by name. */
  billingName: string;
  billedToOrg: boolean;
  /** The caller is an admin of the billing org: they may grant themselves Administer. */
  isBillingAdmin: boolean;
}

export function AccessNote({ project, selfId, billingName, billedToOrg, isBillingAdmin }: AccessNoteProps) {
  const administer = PROJECT_ACCESS_LABELS.ADMINISTER;
  const grant = useGrantYourselfAdminister(project, selfId, {
    onSuccess: () => {
      toast.success(`You now have ${administer} access to ${project.name}.`);
    },
    onError: (error) => {
      toastRefusal(`You were not granted ${administer}.`, error);
    },
  });
  const sentence = accessSentence(project.level);
  if (!sentence) return null;

  return (
    <Alert tone="info" className="mt-6 mb-0">
      <p id={ACCESS_NOTE_ID} className="m-0">
        {sentence}
      </p>
      {isBillingAdmin ? (
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <Button
            variant="primary"
            disabled={grant.isPending}
            aria-busy={grant.isPending}
            onClick={() => grant.mutate()}
          >
            <ShieldCheck aria-hidden="true" size={16} />
            {grant.isPending ? 'Granting…' : `Grant yourself ${administer}`}
          </Button>
          <span className="text-sm text-muted">You may, as an admin of {billingName}, which pays for it.</span>
        </div>
      ) : (
        <p className="hint mt-1">
          A person with {administer} on the project
          {billedToOrg ? `, or an admin of ${billingName} (which pays for it),` : ''} can grant it to you.
        </p>
      )}
      {grant.isError ? (
        <ApiErrorAlert className="mt-3" title="The API refused; nothing changed." error={grant.error} />
      ) : null}
    </Alert>
  );
}
