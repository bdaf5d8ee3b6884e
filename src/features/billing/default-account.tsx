/**
 * "Default billing account": marks the account new projects are billed to, or offers to
 * make this one the default (`/user-x/update {billTo}`).
 */
import { toast } from 'sonner';
import { Star } from 'lucide-react';
import { useSetDefaultBillingAccount, type BillingAccount } from '../../api/billing';
import { ActionButton } from './action-button';
import { toastRefusal } from '../../components/ui/refusal-toast';

interface DefaultAccountProps {
  userId: string;
  /** The person's current default (`billTo`); undefined while it loads. */
  currentDefault: string | undefined;
  account: BillingAccount;
  /** Whether the account can be billed: one that cannot is never offered as the default. */
  billable: boolean;
}

export function DefaultAccount({ userId, currentDefault, account, billable }: DefaultAccountProps) {
  const makeDefault = useSetDefaultBillingAccount(userId, {
    onSuccess: () => {
      toast.success(`${account.name} (${account.id}) is now your default billing account`);
    },
    onError: (error) => {
      toastRefusal(`${account.name} did not become your default billing account.`, error);
    },
  });

  if (currentDefault === undefined) return null;
  if (currentDefault === account.id) {
    return (
      <p className="billing-note billing-default">
        <Star aria-hidden="true" size={16} />
        Default billing account
      </p>
    );
  }
  if (!billable) {
    return <p className="billing-small">Not billable, so it cannot be your default billing account</p>;
  }
  return (
    <div className="billing-default-action">
      <ActionButton
        label="Make this my default billing account"
        pendingLabel="Making it your default…"
        size="small"
        pending={makeDefault.isPending}
        error={makeDefault.error}
        onClick={() => makeDefault.mutate({ accountId: account.id, previous: currentDefault })}
      />
    </div>
  );
}
