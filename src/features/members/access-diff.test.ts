import { describe, expect, it } from 'vitest';
import type { MemberAccess } from '../../wire/entities';
import { MEMBER_DEFAULTS } from '../../wire/membership';
import {
  accessFormState,
  describePreview,
  entryFor,
  initialAccessForm,
  planAccessChange,
  predictedAccess,
  touchedEdits,
  type AccessForm,
  type MemberRef,
} from './access-diff';

const ADMIN_SET: MemberAccess = {
  level: 'ADMIN',
  allowBillableActivities: true,
  projectAccess: 'ADMINISTER',
  appAccess: true,
  archivalManagement: true,
  projectMemberDemotion: true,
  dataDeletion: true,
  dataSearch: true,
  treManagement: false,
  cloudIntegrationManagement: false,
};

function member(id: string, name: string, access: Partial<MemberAccess> = {}): MemberRef {
  return { id, name, ...MEMBER_DEFAULTS, ...access };
}
function admin(id: string, name: string, access: Partial<MemberAccess> = {}): MemberRef {
  return { id, name, ...ADMIN_SET, ...access };
}

const bob = member('user-bob', 'Bob Nakamura', { allowBillableActivities: true });
const carol = member('user-carol', 'Carol Danvers', { projectAccess: 'VIEW' });
const erin = member('user-erin', 'Erin Hale', { dataSearch: true, treManagement: true });
const alice = admin('user-alice', 'Alice Liddell');
const frank = admin('user-frank', 'Frank Ocean', { treManagement: true });

describe('initialAccessForm', () => {
  it('starts every field at the value of a single member', () => {
    expect(initialAccessForm([bob])).toEqual({
      level: 'MEMBER',
      allowBillableActivities: true,
      projectAccess: 'CONTRIBUTE',
      appAccess: true,
      archivalManagement: false,
      projectMemberDemotion: false,
      dataDeletion: false,
      dataSearch: false,
      treManagement: false,
    });
  });

  it('starts a field at "No change" (null) where the selection differs, else at the shared value', () => {
    const form = initialAccessForm([bob, carol, erin]);
    expect(form.level).toBe('MEMBER');
    expect(form.allowBillableActivities).toBeNull();
    expect(form.projectAccess).toBeNull();
    expect(form.appAccess).toBe(true);
    expect(form.dataSearch).toBeNull();
    expect(form.treManagement).toBeNull();
    expect(form.dataDeletion).toBe(false);
  });

  it('is all "No change" for an empty selection', () => {
    expect(Object.values(initialAccessForm([])).every((value) => value === null)).toBe(true);
  });
});

describe('touchedEdits', () => {
  const initial = initialAccessForm([bob, carol]);

  it('is empty when nothing was touched', () => {
    expect(touchedEdits(initial, initial)).toEqual({});
  });

  it('keeps only fields moved away from where they started', () => {
    const current: AccessForm = { ...initial, allowBillableActivities: true, appAccess: true, dataSearch: true };
    // appAccess started at true (shared), so setting it to true is no edit.
    expect(touchedEdits(initial, current)).toEqual({ allowBillableActivities: true, dataSearch: true });
  });

  it('treats a field put back to "No change" as untouched', () => {
    const current: AccessForm = { ...initial, allowBillableActivities: null };
    expect(touchedEdits(initial, current)).toEqual({});
  });
});

describe('planAccessChange', () => {
  it('changes nothing and sends nothing when no field is touched', () => {
    const plan = planAccessChange([bob, carol, alice], {});
    expect(plan.request).toEqual({});
    expect(plan.changing).toEqual([]);
    expect(plan.unchanged.map((p) => p.id)).toEqual(['user-bob', 'user-carol', 'user-alice']);
  });

  it("sends only the touched fields, with each member's current level, for members who change", () => {
    const plan = planAccessChange([bob, carol, erin], { allowBillableActivities: true });
    expect(plan.request).toEqual({
      'user-carol': { level: 'MEMBER', allowBillableActivities: true },
      'user-erin': { level: 'MEMBER', allowBillableActivities: true },
    });
    expect(plan.changing.map(describePreview)).toEqual([
      'Carol Danvers: billable activities No → Yes',
      'Erin Hale: billable activities No → Yes',
    ]);
    expect(plan.unchanged.map((p) => p.id)).toEqual(['user-bob']);
  });

  it('lists several changes of one member in field order', () => {
    const plan = planAccessChange([carol], { appAccess: false, projectAccess: 'UPLOAD', treManagement: true });
    expect(plan.request['user-carol']).toEqual({
      level: 'MEMBER',
      projectAccess: 'UPLOAD',
      appAccess: false,
      treManagement: true,
    });
    expect(describePreview(plan.changing[0]!)).toBe(
      'Carol Danvers: shared project access View → Upload; shared app access Yes → No; TRE management No → Yes',
    );
  });

  it('in a mixed selection, leaves admins out of member-only flags and says why', () => {
    const plan = planAccessChange([bob, alice], { dataDeletion: true });
    expect(plan.request).toEqual({ 'user-bob': { level: 'MEMBER', dataDeletion: true } });
    const alicePreview = plan.unchanged.find((p) => p.id === 'user-alice')!;
    expect(alicePreview.notes.join(' ')).toMatch(/Data deletion: does not apply to an admin/);
  });

  it('still sends TRE management to an admin: it is independent of the level', () => {
    const plan = planAccessChange([alice], { treManagement: true });
    expect(plan.request).toEqual({ 'user-alice': { level: 'ADMIN', treManagement: true } });
    expect(describePreview(plan.changing[0]!)).toBe('Alice Liddell: TRE management No → Yes');
  });

  it('previews a promotion with every flag the admin set brings, and sends no flags', () => {
    const plan = planAccessChange([carol], { level: 'ADMIN', allowBillableActivities: false, dataSearch: false });
    expect(plan.request).toEqual({ 'user-carol': { level: 'ADMIN' } });
    const preview = plan.changing[0]!;
    expect(describePreview(preview)).toBe(
      'Carol Danvers: level Member → Admin; billable activities No → Yes; shared project access View → Administer; ' +
        'archival management No → Yes; project member demotion No → Yes; data deletion No → Yes; data search No → Yes',
    );
    expect(preview.notes.join(' ')).toMatch(/Billable activities, Data search: does not apply to an admin/);
  });

  it('previews a demotion as the API fills it: member defaults for flags not given, TRE kept', () => {
    const plan = planAccessChange([frank], { level: 'MEMBER' });
    expect(plan.request).toEqual({ 'user-frank': { level: 'MEMBER' } });
    expect(describePreview(plan.changing[0]!)).toBe(
      'Frank Ocean: level Admin → Member; billable activities Yes → No; shared project access Administer → Contribute; ' +
        'archival management Yes → No; project member demotion Yes → No; data deletion Yes → No; data search Yes → No',
    );
    expect(plan.changing[0]!.notes.join(' ')).toMatch(/member defaults/);
  });

  it('applies the flags chosen together with a demotion over the member defaults', () => {
    const plan = planAccessChange([alice], { level: 'MEMBER', allowBillableActivities: true, projectAccess: 'VIEW' });
    expect(plan.request).toEqual({
      'user-alice': { level: 'MEMBER', allowBillableActivities: true, projectAccess: 'VIEW' },
    });
    const fields = plan.changing[0]!.changes.map((c) => c.field);
    expect(fields).not.toContain('allowBillableActivities');
    expect(fields).toContain('projectAccess');
  });

  it('demotes a mixed selection: admins change, members already at MEMBER with nothing else touched do not', () => {
    const plan = planAccessChange([alice, bob, frank], { level: 'MEMBER' });
    expect(Object.keys(plan.request)).toEqual(['user-alice', 'user-frank']);
    expect(plan.unchanged.map((p) => p.id)).toEqual(['user-bob']);
  });
});

describe('entryFor and predictedAccess', () => {
  it('MEMBER → MEMBER keeps what is not given', () => {
    expect(predictedAccess(erin, entryFor(erin, { appAccess: false }))).toEqual({
      level: 'MEMBER',
      allowBillableActivities: false,
      projectAccess: 'CONTRIBUTE',
      appAccess: false,
      archivalManagement: false,
      projectMemberDemotion: false,
      dataDeletion: false,
      dataSearch: true,
      treManagement: true,
      cloudIntegrationManagement: false,
    });
  });

  it('an ADMIN entry never carries a flag an admin holds', () => {
    const entry = entryFor(bob, {
      level: 'ADMIN',
      allowBillableActivities: false,
      projectAccess: 'VIEW',
      appAccess: false,
      archivalManagement: false,
      projectMemberDemotion: false,
      dataDeletion: false,
      dataSearch: false,
    });
    expect(entry).toEqual({ level: 'ADMIN' });
  });
});

describe('accessFormState', () => {
  it('starts at the shared values and sends nothing', () => {
    const state = accessFormState([bob, carol], {});
    expect(state.shown).toEqual(initialAccessForm([bob, carol]));
    expect(state.edits).toEqual({});
  });

  it('sends a pick that differs from where the field stood, and not one that matches it', () => {
    expect(accessFormState([bob, carol], { appAccess: true, allowBillableActivities: true }).edits).toEqual({
      allowBillableActivities: true,
    });
  });

  it('an explicit "No change" sends nothing, even where the selection shared a value', () => {
    const state = accessFormState([bob], { allowBillableActivities: null });
    expect(state.shown.allowBillableActivities).toBeNull();
    expect(state.edits).toEqual({});
  });

  it('on demotion, flags stand at what the API would give, so keeping billable is a pick that is sent', () => {
    const demoted = accessFormState([alice], { level: 'MEMBER' });
    expect(demoted.shown.allowBillableActivities).toBe(false);
    expect(demoted.shown.projectAccess).toBe('CONTRIBUTE');
    const kept = accessFormState([alice], { level: 'MEMBER', allowBillableActivities: true });
    expect(kept.edits).toEqual({ level: 'MEMBER', allowBillableActivities: true });
    const plan = planAccessChange([alice], kept.edits);
    expect(plan.request).toEqual({ 'user-alice': { level: 'MEMBER', allowBillableActivities: true } });
    expect(plan.changing[0]!.changes.map((c) => c.field)).not.toContain('allowBillableActivities');
  });

  it('in a mixed selection being demoted, a flag differs when admins and members would end apart', () => {
    const state = accessFormState([alice, bob], { level: 'MEMBER' });
    // Alice would get the member default (No), Bob keeps Yes.
    expect(state.shown.allowBillableActivities).toBeNull();
    expect(state.shown.appAccess).toBe(true);
    expect(accessFormState([alice, bob], { level: 'MEMBER', allowBillableActivities: true }).edits).toEqual({
      level: 'MEMBER',
      allowBillableActivities: true,
    });
  });

  it('a level put back to where it was moves the flags back, and a pick equal to it is no longer sent', () => {
    const state = accessFormState([alice], { level: 'ADMIN', allowBillableActivities: true });
    expect(state.shown.allowBillableActivities).toBe(true);
    expect(state.edits).toEqual({});
  });

  it('on promotion, the flags stand at the admin set', () => {
    const state = accessFormState([carol], { level: 'ADMIN' });
    expect(state.shown).toMatchObject({
      level: 'ADMIN',
      projectAccess: 'ADMINISTER',
      dataSearch: true,
      treManagement: false,
    });
    expect(state.edits).toEqual({ level: 'ADMIN' });
  });
});
