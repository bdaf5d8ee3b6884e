/**
 * An org's billing details: "Set up billing" when there are none (admins; members are
 * told whom to ask), otherwise who is responsible, pending until the billing contact
 * confirms. "Confirm as billing contact" stands in for the link in the contact's e-mail.
 */
import { useId } from 'react';
import { toast } from 'sonner';
import { CheckCircle2, Clock } from 'lucide-react';
import { useConfirmBillingContact, type OrgBillingAccount } from '../../api/billing';
import type { BillingInformation } from '../../wire/entities';
import { ActionButton } from './action-button';
import { SetUpBillingButton } from './billing-info-form';
import { useUserNames } from '../../api/users';

const NO_ADMINS: string[] = [];

function ConfirmContactButton({ account, contact }: { account: OrgBillingAccount; contact: BillingInformation }) {
  const confirm = useConfirmBillingContact(account.id, {
    onSuccess: () => {
      toast.success(`${contact.name} confirmed as the billing contact of ${account.name}`);
    },
  });
  return (
    <div className="billing-confirm">
      <p className="hint">
        On the platform, {contact.name} confirms by the link in an e-mail sent to {contact.email}. Here, this button
        stands in for that link.
      </p>
      <ActionButton
        label="Confirm as billing contact"
        pendingLabel="Confirming…"
        pending={confirm.isPending}
        error={confirm.error}
        onClick={() => confirm.mutate()}
      />
    </div>
  );
}

function addressLines(info: BillingInformation): string[] {
  const cityLine = [info.postCode, info.city].filter(Boolean).join(' ');
  return [
    info.companyName,
    info.address1,
    info.address2,
    [cityLine, info.state].filter(Boolean).join(', '),
    info.country,
  ].filter((line) => line.trim() !== '');
}

function Contact({ info }: { info: BillingInformation }) {
  return (
    <dl className="billing-facts billing-contact">
      <div>
        <dt>Billing contact</dt>
        <dd>
          <span className="billing-line">{info.name}</span>
          <a href={`mailto:${info.email}`}>{info.email}</a>
        </dd>
      </div>
      <div>
        <dt>Address</dt>
        <dd>
          {addressLines(info).map((line, i) => (
            <span key={i} className="billing-line">
              {line}
            </span>
          ))}
        </dd>
      </div>
      <div>
        <dt>Phone</dt>
        <dd>{info.phone}</dd>
      </div>
    </dl>
  );
}

function NotSetUp({ account }: { account: OrgBillingAccount }) {
  if (account.level === 'ADMIN') {
    return (
      <>
        <p>Billing is not set up: nobody is responsible for the invoices of {account.name} yet.</p>
        <SetUpBillingButton orgId={account.id} orgName={account.name} />
      </>
    );
  }
  return <AskAdmins account={account} />;
}

/** A member is told which admins can set billing up, by name (the ID beside it). */
function AskAdmins({ account }: { account: OrgBillingAccount }) {
  const admins = account.admins ?? NO_ADMINS;
  const names = useUserNames(admins);
  return (
    <p>
      Billing is not set up. Only an admin of {account.name} can set it up
      {admins.length > 0 ? (
        <>
          ; ask{' '}
          {admins.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              {names.get(id) ?? id}
              {names.get(id) && names.get(id) !== id ? <span className="billing-label"> ({id})</span> : null}
            </span>
          ))}
        </>
      ) : null}
      .
    </p>
  );
}

export function BillingDetails({ account }: { account: OrgBillingAccount }) {
  const headingId = useId();
  const info = account.billingInformation;
  return (
    <section className="billing-section" aria-labelledby={headingId}>
      <h3 id={headingId}>Billing details</h3>
      {info === undefined ? (
        <p>This server does not show who is responsible for the org’s invoices.</p>
      ) : info === null ? (
        <NotSetUp account={account} />
      ) : (
        <>
          <Contact info={info} />
          {account.billingContactConfirmed ? (
            <p className="billing-note billing-note-ok">
              <CheckCircle2 aria-hidden="true" size={16} />
              Confirmed by the billing contact
            </p>
          ) : (
            <>
              <p className="billing-note billing-note-pending">
                <Clock aria-hidden="true" size={16} />
                Pending confirmation by the billing contact
              </p>
              {account.level === 'ADMIN' ? <ConfirmContactButton account={account} contact={info} /> : null}
            </>
          )}
        </>
      )}
    </section>
  );
}
