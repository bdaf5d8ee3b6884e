import { describe, expect, it } from 'vitest';
import { formatDay } from './dates';
import { EXPIRY_WARNING_DAYS, expiryFlag, expiryOf } from './expiry';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 21, 12, 0, 0);

describe('expiryOf', () => {
  it('says nothing for an org without expiry', () => {
    expect(expiryOf(null, now)).toEqual({ kind: 'none' });
    expect(expiryOf(undefined, now)).toEqual({ kind: 'none' });
  });

  it('warns within the warning window, with the date and the days left', () => {
    const expiresAt = now + 12 * DAY;
    expect(expiryOf(expiresAt, now)).toEqual({
      kind: 'soon',
      days: 12,
      text: `Expires on ${formatDay(expiresAt)} (in 12 days)`,
    });
  });

  it('counts a part of a day as a day, and says "1 day"', () => {
    const status = expiryOf(now + 2 * 60 * 60 * 1000, now);
    expect(status).toMatchObject({ kind: 'soon', days: 1 });
    expect(status.kind !== 'none' && status.text).toMatch(/\(in 1 day\)$/);
  });

  it('warns on the last day of the window, and only notes the date beyond it', () => {
    expect(expiryOf(now + EXPIRY_WARNING_DAYS * DAY, now)).toMatchObject({
      kind: 'soon',
      days: EXPIRY_WARNING_DAYS,
    });
    expect(expiryOf(now + EXPIRY_WARNING_DAYS * DAY + 1, now)).toMatchObject({
      kind: 'later',
      days: EXPIRY_WARNING_DAYS + 1,
    });
  });

  it('writes the days left as digits, as it always did, however far the expiry', () => {
    const status = expiryOf(now + 1095 * DAY, now);
    expect(status).toMatchObject({ kind: 'later', days: 1095 });
    expect(status.kind !== 'none' && status.text).toMatch(/\(in 1095 days\)$/);
  });

  it('is expired from the very moment of expiry on, read-only', () => {
    expect(expiryOf(now, now)).toEqual({ kind: 'expired', text: `Expired on ${formatDay(now)} — read-only` });
    const longAgo = now - 400 * DAY;
    expect(expiryOf(longAgo, now)).toEqual({
      kind: 'expired',
      text: `Expired on ${formatDay(longAgo)} — read-only`,
    });
  });
});

describe('expiryFlag', () => {
  it('flags an expired org and one that expires within 30 days', () => {
    expect(expiryOf(now - 1, now)).toEqual({ kind: 'expired', text: `Expired on ${formatDay(now - 1)} — read-only` });
    expect(expiryFlag(expiryOf(now - DAY, now))).toBe('Expired');
    expect(expiryFlag(expiryOf(now + 12 * DAY, now))).toBe('Expires in 12 days');
    expect(expiryFlag(expiryOf(now + 2 * 60 * 60 * 1000, now))).toBe('Expires in 1 day');
    expect(expiryOf(now + 30 * DAY, now).kind).toBe('soon');
  });

  it('does not flag a later expiry or none', () => {
    expect(expiryFlag(expiryOf(now + 31 * DAY, now))).toBeNull();
    expect(expiryOf(now + 31 * DAY, now)).toEqual({
      kind: 'later',
      days: 31,
      text: `Expires on ${formatDay(now + 31 * DAY)} (in 31 days)`,
    });
    expect(expiryFlag(expiryOf(null, now))).toBeNull();
    expect(expiryFlag(expiryOf(undefined, now))).toBeNull();
  });
});
