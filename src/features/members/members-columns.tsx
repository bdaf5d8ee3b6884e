/** The Members tab's columns, for the shared data table. */
import type { Member } from '../../api/members';
import type { OrgLevel } from '../../wire/levels';
import type { DataColumn } from '../../components/data-table';
import { ORG_LEVELS } from '../../wire/levels';
import { Select } from '../../components/ui/select';
import {
  LEVEL_LABELS,
  LEVEL_OPTIONS,
  PROJECT_ACCESS_CHOICES,
  PROJECT_ACCESS_LABELS,
  customRoleLabels,
} from '../../lib/labels';

/** A member as accessible names tell them apart: "Aaron Abebe (@aaron.abebe)". */
export function memberLabel(member: Member): string {
  return `${member.describe.name} (@${member.describe.handle})`;
}

const YES_NO = {
  options: [
    { value: 'true', label: 'Yes' },
    { value: 'false', label: 'No' },
  ],
};

export interface MemberColumnsOptions {
  /** Admins change a level in its cell; it must be stable (rows are memoised). */
  onLevelChange?: (member: Member, level: OrgLevel) => void;
}

export function memberColumns({ onLevelChange }: MemberColumnsOptions): DataColumn<Member>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      rowHeader: true,
      width: 240,
      value: (member) => member.describe.name,
      cell: (member) => (
        // Blocks, so the name and the handle are two lines (innerText too) whatever the styles.
        <div className="min-w-0 leading-tight">
          <div className="truncate">{member.describe.name}</div>
          <div className="truncate text-sm font-normal text-muted">@{member.describe.handle}</div>
        </div>
      ),
    },
    {
      id: 'id',
      header: 'User ID',
      // The name says who; the ID is for copying, on wide windows.
      priority: 3,
      width: 220,
      value: (member) => member.id,
      cell: (member) => <code>{member.id}</code>,
    },
    {
      id: 'level',
      header: 'Level',
      priority: 2,
      width: 130,
      // The compact select ("Member" and its chevron) is never cut off.
      minWidth: 120,
      value: (member) => member.level,
      cell: (member) =>
        onLevelChange ? (
          <Select
            compact
            aria-label={`Level of ${memberLabel(member)}`}
            value={member.level}
            onChange={(event) => onLevelChange(member, event.target.value as OrgLevel)}
          >
            {LEVEL_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        ) : (
          LEVEL_LABELS[member.level]
        ),
      order: ORG_LEVELS,
      facet: { options: LEVEL_OPTIONS },
    },
    {
      id: 'billable',
      header: 'Billable activities',
      priority: 3,
      width: 190,
      value: (member) => member.allowBillableActivities,
      facet: YES_NO,
    },
    {
      id: 'projectAccess',
      header: 'Shared project access',
      priority: 2,
      width: 180,
      value: (member) => member.projectAccess,
      cell: (member) => PROJECT_ACCESS_LABELS[member.projectAccess],
      order: PROJECT_ACCESS_CHOICES,
      facet: {
        options: PROJECT_ACCESS_CHOICES.map((level) => ({ value: level, label: PROJECT_ACCESS_LABELS[level] })),
      },
    },
    {
      id: 'appAccess',
      header: 'Shared app access',
      priority: 3,
      width: 170,
      value: (member) => member.appAccess,
      facet: YES_NO,
    },
    {
      id: 'customRoles',
      header: 'Custom roles',
      optional: true,
      width: 240,
      value: (member) => customRoleLabels(member).join(', '),
      cell: (member) => {
        const roles = customRoleLabels(member);
        if (roles.length === 0) return <span className="text-sm text-muted">None</span>;
        return (
          <ul className="m-0 list-none p-0 text-sm leading-tight">
            {roles.map((role) => (
              <li key={role}>{role}</li>
            ))}
          </ul>
        );
      },
    },
    {
      id: 'treManagement',
      header: 'TRE management',
      optional: true,
      width: 140,
      value: (member) => member.treManagement,
      facet: YES_NO,
    },
  ];
}
