/** Memberships for the seeds: plain ADMINs, and MEMBERs with plausible random flags. */
import { adminMembership as wireAdminMembership } from '../../../wire/membership';
import type { ProjectLevel } from '../../../wire/levels';
import type { Membership } from '../../core/state';
import type { Rng } from './random';

export function adminMembership(treManagement = false, cloudIntegrationManagement = false): Membership {
  return wireAdminMembership({ treManagement, cloudIntegrationManagement });
}

const MEMBER_PROJECT_ACCESS: readonly (readonly [ProjectLevel, number])[] = [
  ['CONTRIBUTE', 6],
  ['VIEW', 3],
  ['UPLOAD', 2],
  ['ADMINISTER', 1],
  ['NONE', 1],
];

/** A MEMBER with a random (but plausible) combination of flags. */
export function randomMember(rng: Rng, billable = rng.chance(0.35)): Membership {
  return {
    level: 'MEMBER',
    allowBillableActivities: billable,
    projectAccess: rng.weighted(MEMBER_PROJECT_ACCESS),
    appAccess: rng.chance(0.85),
    archivalManagement: rng.chance(0.1),
    projectMemberDemotion: rng.chance(0.12),
    dataDeletion: rng.chance(0.08),
    dataSearch: rng.chance(0.15),
    treManagement: rng.chance(0.04),
    cloudIntegrationManagement: rng.chance(0.03),
  };
}
