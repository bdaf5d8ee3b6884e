/**
 * The access a new member starts with, shared by "Invite" and "Create new user":
 * level, billable activities, shared project and app access, custom roles. Choosing
 * ADMIN greys the flags out (an admin has them all) but keeps what was chosen for a
 * MEMBER, should the person switch back.
 */
import { useId } from 'react';
import { CUSTOM_ROLE_FLAGS } from '../../wire/entities';
import type { OrgLevel, ProjectLevel } from '../../wire/levels';
import { ADMIN_FLAGS } from '../../wire/membership';
import { Alert } from '../../components/ui/alert';
import { FormField } from '../../components/ui/form-field';
import { Select } from '../../components/ui/select';
import { CheckField } from './check-field';
import { FIELDSET_CLASS, LEGEND_CLASS } from './fieldset';
import type { InviteAccess } from './invite-access';
import {
  CUSTOM_ROLE_LABELS,
  FIELD_LABELS,
  LEVEL_LABELS,
  PROJECT_ACCESS_CHOICES,
  PROJECT_ACCESS_LABELS,
} from '../../lib/labels';

export interface InviteAccessFieldsProps {
  value: InviteAccess;
  onChange: (value: InviteAccess) => void;
  disabled?: boolean;
}

export function InviteAccessFields({ value, onChange, disabled = false }: InviteAccessFieldsProps) {
  const adminNoteId = useId();
  const isAdmin = value.level === 'ADMIN';
  // The greyed-out controls show what an admin holds.
  const shown: InviteAccess = isAdmin ? { ...value, ...ADMIN_FLAGS } : value;
  const flagsDisabled = disabled || isAdmin;
  const set = <K extends keyof InviteAccess>(key: K, next: InviteAccess[K]) => onChange({ ...value, [key]: next });

  return (
    <fieldset className={FIELDSET_CLASS} disabled={disabled}>
      <legend className={LEGEND_CLASS}>Access in the org</legend>
      <FormField label={FIELD_LABELS.level}>
        {(control) => (
          <Select {...control} value={value.level} onChange={(event) => set('level', event.target.value as OrgLevel)}>
            <option value="MEMBER">{LEVEL_LABELS.MEMBER}</option>
            <option value="ADMIN">{LEVEL_LABELS.ADMIN}</option>
          </Select>
        )}
      </FormField>
      {isAdmin ? (
        <Alert id={adminNoteId} tone="info">
          <p>An admin has every permission below; they do not apply and are not sent.</p>
        </Alert>
      ) : null}
      <CheckField
        label={FIELD_LABELS.allowBillableActivities}
        checked={shown.allowBillableActivities}
        onCheckedChange={(checked) => set('allowBillableActivities', checked)}
        disabled={flagsDisabled}
        describedBy={isAdmin ? adminNoteId : undefined}
        hint="May create projects and run work billed to the org."
      />
      <FormField label={FIELD_LABELS.projectAccess} hint="The most they get on projects shared with the org.">
        {(control) => (
          <Select
            {...control}
            aria-describedby={
              [control['aria-describedby'], isAdmin ? adminNoteId : null].filter(Boolean).join(' ') || undefined
            }
            value={shown.projectAccess}
            disabled={flagsDisabled}
            aria-disabled={flagsDisabled || undefined}
            onChange={(event) => set('projectAccess', event.target.value as ProjectLevel)}
          >
            {PROJECT_ACCESS_CHOICES.map((level) => (
              <option key={level} value={level}>
                {PROJECT_ACCESS_LABELS[level]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <CheckField
        label={FIELD_LABELS.appAccess}
        checked={shown.appAccess}
        onCheckedChange={(checked) => set('appAccess', checked)}
        disabled={flagsDisabled}
        describedBy={isAdmin ? adminNoteId : undefined}
        hint="May run apps the org is authorized for."
      />
      <fieldset className={`${FIELDSET_CLASS} grid-cols-[repeat(auto-fill,minmax(13rem,1fr))] gap-x-4 gap-y-2`}>
        <legend className={LEGEND_CLASS}>Custom roles</legend>
        {CUSTOM_ROLE_FLAGS.map((flag) => (
          <CheckField
            key={flag}
            label={CUSTOM_ROLE_LABELS[flag]}
            checked={shown[flag]}
            onCheckedChange={(checked) => set(flag, checked)}
            disabled={flagsDisabled}
            describedBy={isAdmin ? adminNoteId : undefined}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}
