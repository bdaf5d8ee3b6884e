/**
 * A billing account's tile: name, ID, what remains of its spending limit (warning in
 * words under 10 %), its billing state, and the default-account mark or action; expanded,
 * its billing details, account summary and, for orgs, limit requests and usage reports.
 */
import { useId, type ReactNode } from 'react';
import { Accordion } from 'radix-ui';
import { AlertTriangle, CheckCircle2, ChevronRight, Clock, XCircle } from 'lucide-react';
import type { BillingAccount } from '../../api/billing';
import { Badge } from '../../components/ui/badge';
import { Meter } from '../../components/ui/meter';
import { AccountSummary } from './account-summary';
import { BillingDetails } from './billing-details';
import { billingState } from './billing-state';
import { DefaultAccount } from './default-account';
import { limitUsageOf, remainingOf } from './remaining';
import { SpendingLimitRequests } from './spending-limit-requests';
import { UsageReports } from './usage-reports';

export interface TileProps {
  account: BillingAccount;
  userId: string;
  /** The person's default billing account; undefined while it loads. */
  currentDefault: string | undefined;
}

/** An org nothing may be charged to: no billing set up and no funds under a limit. */
function notBillable(account: BillingAccount): boolean {
  return account.kind === 'org' && account.billable === false;
}

/** The charges to date against the spending limit, as a meter with its figures in words. */
function UsageMeter({ account }: { account: BillingAccount }) {
  const usage = limitUsageOf(account.figures);
  if (!usage) return null;
  return (
    <div className="billing-meter">
      <Meter
        label={`Spending limit used by ${account.name}`}
        value={Math.max(usage.used, 0)}
        max={usage.limit}
        valueText={usage.valueText}
        warnAt={0.9}
      />
      <span className="billing-small" aria-hidden="true">
        {usage.valueText}
      </span>
    </div>
  );
}

function Remaining({ account }: { account: BillingAccount }) {
  const remaining = remainingOf(account.figures);
  const warn = remaining.kind === 'low' || remaining.kind === 'exhausted';
  let text = remaining.text;
  if (remaining.kind === 'noLimit' && notBillable(account)) {
    text =
      account.kind === 'org' && account.level === 'ADMIN'
        ? 'Not billable — set up billing'
        : 'Not billable — its admins can set up billing';
  }
  return (
    <p className={warn ? 'billing-remaining-low' : undefined}>
      <span className="billing-label">Remaining</span> <strong>{text}</strong>
      {remaining.kind !== 'noLimit' && remaining.warning ? (
        <span className="billing-note billing-warning">
          <AlertTriangle aria-hidden="true" size={16} />
          {remaining.warning}
        </span>
      ) : null}
    </p>
  );
}

const STATE_BADGES = {
  ok: { tone: 'success', Icon: CheckCircle2 },
  pending: { tone: 'warning', Icon: Clock },
  off: { tone: 'danger', Icon: XCircle },
} as const;

function StateBadge({ tone, text }: { tone: keyof typeof STATE_BADGES; text: string }) {
  const { tone: badgeTone, Icon } = STATE_BADGES[tone];
  return (
    <Badge tone={badgeTone} className="billing-badge">
      <Icon aria-hidden="true" size={14} />
      <span>{text}</span>
    </Badge>
  );
}

function AccountFacts({ account, userId, currentDefault }: TileProps) {
  const state = account.kind === 'org' ? billingState(account) : null;
  return (
    <div className="billing-tile-facts">
      <Remaining account={account} />
      <UsageMeter account={account} />
      {state ? (
        <p>
          <StateBadge tone={state.tone} text={state.text} />
        </p>
      ) : null}
      {account.kind === 'user' ? <p className="billing-small">Your own account</p> : null}
      <DefaultAccount
        userId={userId}
        currentDefault={currentDefault}
        account={account}
        billable={!notBillable(account)}
      />
    </div>
  );
}

function AccountDetails({ account }: { account: BillingAccount }) {
  return (
    <div className="billing-tile-body">
      {account.kind === 'org' ? <BillingDetails account={account} /> : null}
      <AccountSummary account={account} />
      {account.kind === 'org' ? <SpendingLimitRequests orgId={account.id} /> : null}
      {account.kind === 'org' ? <UsageReports orgId={account.id} /> : null}
    </div>
  );
}

function TileName({ account, id }: { account: BillingAccount; id: string }) {
  return (
    <>
      <span id={id} className="billing-tile-name">
        {account.name}
      </span>{' '}
      <code className="billing-tile-id">{account.id}</code>
    </>
  );
}

function Tile({ labelId, children }: { labelId: string; children: ReactNode }) {
  return (
    <article className="card billing-tile" aria-labelledby={labelId}>
      {children}
    </article>
  );
}

/** One tile of `/billing`, inside the page's Accordion: it expands in place. */
export function BillingTile(props: TileProps) {
  const labelId = useId();
  const { account } = props;
  return (
    <Accordion.Item value={account.id} className="billing-tile-item">
      <Tile labelId={labelId}>
        <div className="billing-tile-head">
          <Accordion.Header asChild>
            <h2 className="billing-tile-heading">
              <Accordion.Trigger className="billing-tile-trigger">
                <ChevronRight className="billing-tile-chevron" aria-hidden="true" size={18} />
                <TileName account={account} id={labelId} />
              </Accordion.Trigger>
            </h2>
          </Accordion.Header>
          <AccountFacts {...props} />
        </div>
        <Accordion.Content className="billing-tile-content">
          <AccountDetails account={account} />
        </Accordion.Content>
      </Tile>
    </Accordion.Item>
  );
}

/** The tile as the org's Billing tab shows it: always expanded. */
export function ExpandedBillingTile(props: TileProps) {
  const labelId = useId();
  const { account } = props;
  return (
    <Tile labelId={labelId}>
      <div className="billing-tile-head">
        <h2 className="billing-tile-heading">
          <TileName account={account} id={labelId} />
        </h2>
        <AccountFacts {...props} />
      </div>
      <AccountDetails account={account} />
    </Tile>
  );
}
