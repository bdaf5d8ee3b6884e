/**
 * "Default billing account": marks the account new projects are billed to, or offers to
 * make this one the default (`/user-x/update {billTo}`).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { defaultAccountKeys, setDefaultBillingAccount, type BillingAccount } from '../../api/billing';
import { describeError } from '../../api/client';
import { afterMutation } from '../../api/sync';

interface DefaultAccountProps {
  userId: string;
  /** The person's current default (`billTo`); undefined while it loads. */
  currentDefault: string | undefined;
  account: BillingAccount;
}

export function DefaultAccount({ userId, currentDefault, account }: DefaultAccountProps) {
  const queryClient = useQueryClient();
  const makeDefault = useMutation({
    mutationFn: () => setDefaultBillingAccount(userId, account.id),
    onSuccess: async () => {
      await afterMutation(queryClient, defaultAccountKeys(userId, [account.id, currentDefault ?? '']));
      toast.success(`${account.name} (${account.id}) is now your default billing account`);
    },
    onError: (error) => {
      const { type, message } = describeError(error);
      toast.error(`${account.name} did not become your default billing account. ${type}: ${message}`);
    },
  });

  if (currentDefault === undefined) return null;
  if (currentDefault === account.id) {
    return (
      <p className="billing-default">
        <span aria-hidden="true">★ </span>Default billing account
      </p>
    );
  }
  const failure = makeDefault.isError ? describeError(makeDefault.error) : null;
  return (
    <div className="billing-default-action">
      <button
        type="button"
        className="button button-small"
        disabled={makeDefault.isPending}
        aria-busy={makeDefault.isPending}
        onClick={() => makeDefault.mutate()}
      >
        {makeDefault.isPending ? 'Making it your default…' : 'Make this my default billing account'}
      </button>
      {failure ? (
        <p className="field-error" role="alert">
          <code className="error-type">{failure.type}</code>: <span className="error-message">{failure.message}</span>
        </p>
      ) : null}
    </div>
  );
}
