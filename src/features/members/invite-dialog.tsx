/**
 * "Invite" (admins): invite existing users by username or ID; where the org holds
 * `licenses.accountProvisioning`, a second tab creates an account and invites it.
 */
import { useState } from 'react';
import { Tabs } from 'radix-ui';
import { UserPlus } from 'lucide-react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { CreateUserForm } from './create-user-form';
import { InviteExistingForm } from './invite-existing-form';

const TAB_CLASS =
  '-mb-px cursor-pointer border-0 border-b-3 border-transparent bg-transparent px-3 py-2 font-sans text-base font-medium text-text hover:text-primary data-[state=active]:border-primary data-[state=active]:text-primary disabled:cursor-progress disabled:text-muted';

export interface InviteDialogProps {
  orgId: string;
  orgName: string;
  memberIds: ReadonlySet<string>;
  canProvisionAccounts: boolean;
}

export function InviteDialog({ orgId, orgName, memberIds, canProvisionAccounts }: InviteDialogProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [tab, setTab] = useState('invite');

  const inviteForm = (
    <InviteExistingForm orgId={orgId} orgName={orgName} memberIds={memberIds} onBusyChange={setBusy} />
  );
  return (
    <Dialog
      open={open}
      onOpenChange={setOpen}
      busy={busy}
      className="dialog-wide"
      title={`Invite people to ${orgName}`}
      description="New members get the access chosen here at once."
      trigger={
        <Button variant="primary">
          <UserPlus aria-hidden="true" size={16} />
          Invite
        </Button>
      }
    >
      {canProvisionAccounts ? (
        <Tabs.Root value={tab} onValueChange={(next) => !busy && setTab(next)}>
          <Tabs.List aria-label="How to add people" className="mb-4 flex gap-1 border-b border-border">
            <Tabs.Trigger value="invite" className={TAB_CLASS} disabled={busy && tab !== 'invite'}>
              Invite existing users
            </Tabs.Trigger>
            <Tabs.Trigger value="create" className={TAB_CLASS} disabled={busy && tab !== 'create'}>
              Create new user
            </Tabs.Trigger>
          </Tabs.List>
          {/* Both stay mounted, so switching tabs loses nothing typed; the inactive one is hidden. */}
          <Tabs.Content value="invite" forceMount className="data-[state=inactive]:hidden">
            {inviteForm}
          </Tabs.Content>
          <Tabs.Content value="create" forceMount className="data-[state=inactive]:hidden">
            <CreateUserForm orgId={orgId} orgName={orgName} onBusyChange={setBusy} />
          </Tabs.Content>
        </Tabs.Root>
      ) : (
        inviteForm
      )}
    </Dialog>
  );
}
