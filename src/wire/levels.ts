/** Access levels and their order, shared by the console and the emulator. */

export const PROJECT_LEVELS = ['NONE', 'VIEW', 'UPLOAD', 'CONTRIBUTE', 'ADMINISTER'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];
/** A level that can be granted on a project (NONE is the absence of a grant). */
export type ProjectPermission = Exclude<ProjectLevel, 'NONE'>;
export const PROJECT_PERMISSIONS = [
  'VIEW',
  'UPLOAD',
  'CONTRIBUTE',
  'ADMINISTER',
] as const satisfies readonly ProjectPermission[];

export const ORG_LEVELS = ['ADMIN', 'MEMBER'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export function projectLevelRank(level: ProjectLevel): number {
  return PROJECT_LEVELS.indexOf(level);
}

export function maxProjectLevel(a: ProjectLevel, b: ProjectLevel): ProjectLevel {
  return projectLevelRank(a) >= projectLevelRank(b) ? a : b;
}

export function minProjectLevel(a: ProjectLevel, b: ProjectLevel): ProjectLevel {
  return projectLevelRank(a) <= projectLevelRank(b) ? a : b;
}

/** True when `level` is at least `required` (ADMIN > MEMBER). */
export function orgLevelAtLeast(level: OrgLevel, required: OrgLevel): boolean {
  return required === 'MEMBER' || level === 'ADMIN';
}
