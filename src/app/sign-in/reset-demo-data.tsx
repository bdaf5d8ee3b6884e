/** "Reset demo data": puts the embedded emulator back to its seed, after a confirmation. */
import { useState } from 'react';
import { toast } from 'sonner';
import { useResetEmulator } from '../../api/emulator';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Button } from '../../components/ui/button';
import { toastRefusal } from '../../components/ui/refusal-toast';

export function ResetDemoData() {
  const [open, setOpen] = useState(false);
  // Everything changed, here and in this browser's other tabs: every query refetches.
  const reset = useResetEmulator({
    onSuccess: () => {
      setOpen(false);
      toast.success('Demo data restored: every change made in this browser is undone.');
    },
    onError: (error) => {
      toastRefusal('The demo data was not reset.', error);
    },
  });
  return (
    <>
      <Button variant="quiet" onClick={() => setOpen(true)}>
        Reset demo data
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title="Reset demo data?"
        confirmLabel="Reset demo data"
        pendingLabel="Resetting…"
        pending={reset.isPending}
        onConfirm={() => reset.mutate()}
      >
        <p>
          Every org, member, project and setting goes back to how the demo started. Changes made in this browser are
          lost.
        </p>
      </ConfirmDialog>
    </>
  );
}
