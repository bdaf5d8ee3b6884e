/**
 * "Invite" (admins): invite existing users by username or ID; where the org holds
 * `licenses.accountProvisioning`, a second tab creates an account and invites it.
 */
import { useState } from 'react';
import { Tabs } from 'radix-ui';
import { Dialog } from '../../components/ui/dialog';
import { CreateUserForm } from './create-user-form';
import { InviteExistingForm } from './invite-existing-form';

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
        <button type="button" className="button button-primary">
          Invite
        </button>
      }
    >
      {canProvisionAccounts ? (
        <Tabs.Root value={tab} onValueChange={(next) => !busy && setTab(next)} className="tabs">
          <Tabs.List aria-label="How to add people" className="tabs-list">
            <Tabs.Trigger value="invite" className="tabs-trigger" disabled={busy && tab !== 'invite'}>
              Invite existing users
            </Tabs.Trigger>
            <Tabs.Trigger value="create" className="tabs-trigger" disabled={busy && tab !== 'create'}>
              Create new user
            </Tabs.Trigger>
          </Tabs.List>
          {/* Both stay mounted, so switching tabs loses nothing typed; the inactive one is hidden by CSS. */}
          <Tabs.Content value="invite" forceMount className="tabs-content">
            {inviteForm}
          </Tabs.Content>
          <Tabs.Content value="create" forceMount className="tabs-content">
            <CreateUserForm orgId={orgId} orgName={orgName} onBusyChange={setBusy} />
          </Tabs.Content>
        </Tabs.Root>
      ) : (
        inviteForm
      )}
    </Dialog>
  );
}
