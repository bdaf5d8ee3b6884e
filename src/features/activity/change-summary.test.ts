import { describe, expect, it } from 'vitest';
import { changeLines, changeSummary, formatValue, lineText, truncate } from './change-summary';

const names = new Map([
  ['user-carol', 'Carol Okafor'],
  ['user-alice', 'Alice Liddell'],
]);
const nameOf = (id: string) => names.get(id);

describe('changeSummary', () => {
  it('an access change: only the fields that changed, under the member’s name', () => {
    const before = { 'user-carol': { level: 'MEMBER', projectAccess: 'VIEW', dataSearch: false } };
    const after = { 'user-carol': { level: 'MEMBER', projectAccess: 'UPLOAD', dataSearch: true } };
    expect(changeSummary(before, after, { nameOf })).toBe(
      'Carol Okafor · Shared project access: VIEW → UPLOAD; Carol Okafor · Data search: No → Yes',
    );
  });

  it('something new: each field from nothing', () => {
    expect(changeSummary(null, { level: 'ADMIN', appAccess: true })).toBe(
      'Level: — → ADMIN; Shared app access: — → Yes',
    );
  });

  it('something removed: each field to nothing; unknown keys in words', () => {
    expect(changeSummary({ spendingLimit: 5000 }, null)).toBe('Spending limit: 5000 → —');
  });

  it('lists: what was added and removed, by name', () => {
    expect(changeSummary({ developers: ['user-bob'] }, { developers: ['user-bob', 'user-alice'] }, { nameOf })).toBe(
      'Developers: added Alice Liddell',
    );
    expect(changeSummary(['a', 'b'], ['b', 'c'])).toBe('added c; removed a');
  });

  it('plain values', () => {
    expect(changeSummary(false, true)).toBe('No → Yes');
  });

  it('names what the change was about when an unchanged field says so', () => {
    expect(
      changeSummary({ invitee: 'user-carol', level: null }, { invitee: 'user-carol', level: 'VIEW' }, { nameOf }),
    ).toBe('Invitee: Carol Okafor; Level: — → VIEW');
    expect(changeSummary({ note: 'same', level: null }, { note: 'same', level: 'VIEW' })).toBe('Level: — → VIEW');
  });

  it('nothing differs', () => {
    expect(changeSummary({ a: 1 }, { a: 1 })).toBe('No change recorded');
    expect(changeSummary(null, undefined)).toBe('No change recorded');
  });

  it('cuts long values, and the full lines keep them', () => {
    const long = 'x'.repeat(100);
    const summary = changeSummary({ note: 'short' }, { note: long }, {}, 20);
    expect(summary).toBe(`Note: short → ${'x'.repeat(19)}…`);
    const [line] = changeLines({ note: 'short' }, { note: long });
    expect(lineText(line!)).toBe(`Note: short → ${long}`);
  });
});

describe('formatValue and truncate', () => {
  it('formats values readably', () => {
    expect(formatValue([])).toBe('none');
    expect(formatValue({})).toBe('none');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    expect(formatValue('user-alice', { nameOf })).toBe('Alice Liddell');
  });
  it('truncates with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});
