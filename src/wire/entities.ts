/** Wire shapes of the platform's entities, as the API returns them. */
import type { OrgLevel, ProjectLevel, ProjectPermission } from './levels';

export const CUSTOM_ROLE_FLAGS = ['archivalManagement', 'projectMemberDemotion', 'dataDeletion', 'dataSearch'] as const;
export type CustomRoleFlag = (typeof CUSTOM_ROLE_FLAGS)[number];

/** Flags that are independent of the ADMIN/MEMBER defaults. */
export const INDEPENDENT_FLAGS = ['treManagement', 'cloudIntegrationManagement'] as const;
export type IndependentFlag = (typeof INDEPENDENT_FLAGS)[number];

export interface MemberAccess {
  level: OrgLevel;
  allowBillableActivities: boolean;
  projectAccess: ProjectLevel;
  appAccess: boolean;
  archivalManagement: boolean;
  projectMemberDemotion: boolean;
  dataDeletion: boolean;
  dataSearch: boolean;
  treManagement: boolean;
  cloudIntegrationManagement: boolean;
}

export const MEMBER_LIST_VISIBILITIES = ['ADMIN', 'MEMBER', 'PUBLIC'] as const;
export type MemberListVisibility = (typeof MEMBER_LIST_VISIBILITIES)[number];

export const LIMIT_ACTIONS = ['NOTIFY', 'BLOCK'] as const;
export type LimitAction = (typeof LIMIT_ACTIONS)[number];

export interface ProjectLimits {
  monthlyComputeLimit: number | null;
  monthlyEgressBytesLimit: number | null;
  monthlyStorageLimit: number | null;
}

export interface OrgProjectLimitsPolicy extends ProjectLimits {
  action: LimitAction | null;
}

export interface OrgPolicies {
  memberListVisibility: MemberListVisibility;
  restrictProjectTransfer: OrgLevel;
  projectSharing: OrgLevel;
  allowInstanceUpgradeOnJobRestart: boolean;
  jobReuse: boolean;
  detailedJobMetricsCollectDefault: boolean;
  projectLimits: OrgProjectLimitsPolicy;
}

export const LICENSES = [
  'accountProvisioning',
  'projectSpendingLimits',
  'usageReports',
  'jobLogsForwarding',
  'phiDataProtection',
] as const;
export type License = (typeof LICENSES)[number];
export type OrgLicenses = Record<License, boolean>;

/** As stored and returned: the token itself is never kept. */
export type JobLogsForwarding =
  { url: string; tokenSignature: string; updated: number; updatedBy: string } | { updated: number; updatedBy: string };

export interface BillingInformation {
  email: string;
  name: string;
  companyName: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  postCode: string;
  country: string;
  phone: string;
}

export interface Charge {
  project: string;
  month: string;
  compute: number;
  storage: number;
  egress: number;
  archival: number;
  publicIpv4: number;
}

export interface SpendingLimitRequest {
  id: string;
  amount: number;
  poNumber: string;
  note: string;
  requestedBy: string;
  created: number;
  state: 'PENDING';
}

export interface BillingFigures {
  spendingLimit: number | null;
  estSpendingLimitLeft: number | null;
  computeCharges: number;
  storageCharges: number;
  dataEgressCharges: number;
}

export interface UserPublic {
  id: string;
  class: 'user';
  handle: string;
  first: string;
  middle: string;
  last: string;
}

export interface ProjectPermissions {
  [userOrOrgId: string]: ProjectPermission;
}

export interface Page<T> {
  results: T[];
  next: unknown;
}
