/** Pure helpers of the Projects tab: how access reads and who may be granted Administer. */
import type { OrgProject, ProjectMonthlyLimits } from '../../api/org-projects';
import { PROJECT_LEVELS, projectLevelRank, type ProjectLevel } from '../../wire/levels';
import { GIB, formatNumber, formatUsdWhole } from '../../lib/format';
import { PROJECT_ACCESS_LABELS } from '../../lib/labels';

/** Your access to a project: as everywhere, but NONE is not being a member. */
export const ACCESS_LABELS: Record<ProjectLevel, string> = { ...PROJECT_ACCESS_LABELS, NONE: 'Not a member' };

/** The access facet's options, highest first. */
export const ACCESS_OPTIONS = [...PROJECT_LEVELS]
  .reverse()
  .map((level) => ({ value: level, label: ACCESS_LABELS[level] }));

/** A project where "Grant yourself Administer" would change something. */
export function needsAdminister(project: Pick<OrgProject, 'level'>): boolean {
  return projectLevelRank(project.level) < projectLevelRank('ADMINISTER');
}

/** The selected projects a bulk grant acts on (those below ADMINISTER), and how many are left as they are. */
export function grantTargets<T extends Pick<OrgProject, 'level'>>(
  selected: readonly T[],
): { targets: T[]; alreadyAdminister: number } {
  const targets = selected.filter(needsAdminister);
  return { targets, alreadyAdminister: selected.length - targets.length };
}

/** How many users and orgs hold access, or null when the API did not show the permissions. */
export function memberCount(project: Pick<OrgProject, 'permissions'>): number | null {
  return project.permissions ? Object.keys(project.permissions).length : null;
}

/** GiB as a person reads it: "512 GiB", "1.5 TiB". */
export function formatGib(gib: number): string {
  return gib >= 1024 ? `${formatNumber(gib / 1024, 1)} TiB` : `${formatNumber(gib, 1)} GiB`;
}

/** "Compute $5,000 · Egress 1 TiB · Storage $2,000", only the limits set; null when none is. */
export function formatLimits(limits: ProjectMonthlyLimits): string | null {
  const parts: string[] = [];
  if (limits.compute !== null) parts.push(`Compute ${formatUsdWhole(limits.compute)}`);
  if (limits.egressBytes !== null) parts.push(`Egress ${formatGib(limits.egressBytes / GIB)}`);
  if (limits.storage !== null) parts.push(`Storage ${formatUsdWhole(limits.storage)}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}
