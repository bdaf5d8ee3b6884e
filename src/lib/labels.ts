/** How org levels, membership fields and their values read on screen (columns, dialogs, previews). */
import {
  CUSTOM_ROLE_FLAGS,
  type CustomRoleFlag,
  type LimitAction,
  type MemberAccess,
  type MemberListVisibility,
} from '../wire/entities';
import { ORG_LEVELS, type OrgLevel, type ProjectLevel } from '../wire/levels';

export type AccessField = keyof MemberAccess;

export const FIELD_LABELS: Record<AccessField, string> = {
  level: 'Level',
  allowBillableActivities: 'Billable activities',
  projectAccess: 'Shared project access',
  appAccess: 'Shared app access',
  archivalManagement: 'Archival management',
  projectMemberDemotion: 'Project member demotion',
  dataDeletion: 'Data deletion',
  dataSearch: 'Data search',
  treManagement: 'TRE management',
  cloudIntegrationManagement: 'Cloud integration management',
};

export const CUSTOM_ROLE_LABELS: Record<CustomRoleFlag, string> = {
  archivalManagement: FIELD_LABELS.archivalManagement,
  projectMemberDemotion: FIELD_LABELS.projectMemberDemotion,
  dataDeletion: FIELD_LABELS.dataDeletion,
  dataSearch: FIELD_LABELS.dataSearch,
};

export const LEVEL_LABELS: Record<OrgLevel, string> = { ADMIN: 'Admin', MEMBER: 'Member' };

/** The org levels as choices (a facet, a select), highest first. */
export const LEVEL_OPTIONS = ORG_LEVELS.map((level) => ({ value: level, label: LEVEL_LABELS[level] }));

export const PROJECT_ACCESS_LABELS: Record<ProjectLevel, string> = {
  ADMINISTER: 'Administer',
  CONTRIBUTE: 'Contribute',
  UPLOAD: 'Upload',
  VIEW: 'View',
  NONE: 'None',
};

/** Whom an org policy lets do something (member list visibility, project transfer, project sharing). */
export const POLICY_AUDIENCE_LABELS: Record<MemberListVisibility, string> = {
  ADMIN: 'Admins only',
  MEMBER: 'Members',
  PUBLIC: 'Anyone signed in',
};

/** The org policies by name, as Settings and Activity show them. */
export const POLICY_LABELS = {
  memberListVisibility: 'Member list visibility',
  restrictProjectTransfer: 'Project transfer',
  projectSharing: 'Project sharing',
  allowInstanceUpgradeOnJobRestart: 'Instance upgrade on job restart',
  jobReuse: 'Job reuse',
  detailedJobMetricsCollectDefault: 'Detailed job metrics by default',
} as const;

/** What a billing org's policy does when a project reaches a monthly limit. */
export const LIMIT_ACTION_LABELS: Record<LimitAction, string> = {
  NOTIFY: 'Notify the admins',
  BLOCK: 'Block new jobs',
};

/** Highest first, as a person reads a list of access levels. */
export const PROJECT_ACCESS_CHOICES: ProjectLevel[] = ['ADMINISTER', 'CONTRIBUTE', 'UPLOAD', 'VIEW', 'NONE'];

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

export function formatAccessValue<F extends AccessField>(field: F, value: MemberAccess[F]): string {
  if (field === 'level') return LEVEL_LABELS[value as OrgLevel];
  if (field === 'projectAccess') return PROJECT_ACCESS_LABELS[value as ProjectLevel];
  return yesNo(value as boolean);
}

/** The custom roles a member holds, as labels ("Data search, Data deletion"). */
export function customRoleLabels(access: Pick<MemberAccess, CustomRoleFlag>): string[] {
  return CUSTOM_ROLE_FLAGS.filter((flag) => access[flag]).map((flag) => CUSTOM_ROLE_LABELS[flag]);
}
