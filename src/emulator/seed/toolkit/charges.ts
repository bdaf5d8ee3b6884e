/** A year of plausible monthly charges for projects. */
import type { Charge } from '../../../wire/entities';
import type { BillingAccount, ProjectRecord } from '../../core/state';
import type { Rng } from './random';
import { cents } from './units';

/**
 * A year of monthly charges for `projects`, appended to `account.charges`: one row per
 * project and month the project existed in. `scale` sizes compute spend. Every random
 * draw happens whether or not the row is kept, so the stream does not depend on `now`.
 */
export function addCharges(
  rng: Rng,
  account: BillingAccount,
  projects: readonly ProjectRecord[],
  months: readonly { month: string; start: number; end: number }[],
  scale = 1,
): void {
  for (const project of projects) {
    const computeBase = Math.exp(rng.float(2, 7.5)) * scale;
    const hasPublicIp = rng.chance(0.3);
    const archives = rng.chance(0.15);
    for (const { month, end } of months) {
      const computeFactor = rng.float(0.2, 1.8);
      const storageFactor = rng.float(0.9, 1.1);
      const egressRoll = rng.next();
      const egressFactor = rng.float(0, 0.1);
      const archivalFactor = rng.float(0.3, 1);
      const ipCount = rng.int(1, 4);
      if (project.created >= end) continue;
      const charge: Charge = {
        project: project.id,
        month,
        compute: cents(computeBase * computeFactor),
        storage: cents(project.dataUsage * 0.023 * storageFactor),
        egress: egressRoll < 0.4 ? cents(computeBase * egressFactor) : 0,
        archival: archives ? cents(project.dataUsage * 0.004 * archivalFactor) : 0,
        publicIpv4: hasPublicIp ? cents(3.6 * ipCount) : 0,
      };
      account.charges.push(charge);
    }
  }
}

export function totalCharges(account: BillingAccount): number {
  let total = 0;
  for (const c of account.charges) total += c.compute + c.storage + c.egress + c.archival + c.publicIpv4;
  return cents(total);
}
