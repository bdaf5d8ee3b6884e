/**
 * Billing tiles that read like money, against the demo emulator: a meter of the charges
 * to date against the spending limit (its value text from the describe's figures), the
 * billing state in words, and a non-billable org said to be so — never "No limit", and
 * never offered as the default billing account.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startEmulator } from '../emulator-server';
import { findPageHeading, renderRoute } from '../render-route';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

describe('Billing tiles', () => {
  it("Acme's tile meters the charges to date against its limit, from the describe's figures", async () => {
    const { api } = await renderRoute('/billing');
    await findPageHeading('Billing');
    const acme = await screen.findByRole('article', { name: 'Acme Genomics' });
    const meter = within(acme).getByRole('meter', { name: 'Spending limit used by Acme Genomics' });

    const { body } = await api.callAs('user-alice', '/org-acme/describe');
    const { spendingLimit, estSpendingLimitLeft } = body as { spendingLimit: number; estSpendingLimitLeft: number };
    const used = Math.round((spendingLimit - estSpendingLimitLeft) * 100) / 100;
    const percent = Math.floor((used / spendingLimit) * 1000) / 10;
    expect(meter.getAttribute('aria-valuetext')).toBe(
      `${usd.format(used)} of ${usd.format(spendingLimit)} used (${percent} %)`,
    );
    expect(Number(meter.getAttribute('aria-valuemax'))).toBe(spendingLimit);
    expect(within(acme).getByText('Billable', { exact: true })).toBeTruthy();
  });

  it('a new, non-billable org says "Not billable — set up billing", has no meter, and is not offered as the default', async () => {
    const api = await startEmulator();
    const created = await api.callAs('user-alice', '/org/new', { handle: 'meter_trial', name: 'Meter Trial Lab' });
    expect(created.status).toBe(200);
    await renderRoute('/billing', { api });
    await findPageHeading('Billing');
    const trial = await screen.findByRole('article', { name: 'Meter Trial Lab' });
    expect(trial.textContent).toContain('Remaining Not billable — set up billing');
    expect(trial.textContent).not.toContain('No limit');
    expect(trial.textContent).toContain('Not billable: billing not set up');
    expect(within(trial).queryByRole('meter')).toBeNull();
    expect(within(trial).queryByRole('button', { name: 'Make this my default billing account' })).toBeNull();
    expect(trial.textContent).toContain('Not billable, so it cannot be your default billing account');
    // A billable org is still offered.
    const helix = screen.getByRole('article', { name: 'Helix Clinical Sequencing' });
    expect(within(helix).getByRole('button', { name: 'Make this my default billing account' })).toBeTruthy();
    // What the emulator holds: the org is not billable and Alice's default did not change.
    expect(api.state.orgs['org-meter_trial']!.billing.billingInformation).toBeNull();
    expect(api.state.users['user-alice']!.billTo).toBe('user-alice');
  });

  it('All Orgs says "Not billable" in Funds available for that org, not "No limit"', async () => {
    const api = await startEmulator();
    await api.callAs('user-alice', '/org/new', { handle: 'funds_trial', name: 'Funds Trial Lab' });
    await renderRoute('/orgs', { api });
    const row = (await screen.findByRole('rowheader', { name: 'Funds Trial Lab' })).closest('tr')!;
    expect(row.textContent).toContain('Not billable');
    expect(row.textContent).not.toContain('No limit');
  });
});
