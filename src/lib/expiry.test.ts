import { describe, expect, it } from 'vitest';
import { EXPIRY_WARNING_DAYS, expiryStatus, formatDate } from './expiry';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 10, 21, 12, 0, 0);

describe('expiryStatus', () => {
  it('says nothing for an org without expiry', () => {
    expect(expiryStatus(null, now)).toEqual({ kind: 'none' });
    expect(expiryStatus(undefined, now)).toEqual({ kind: 'none' });
  });

  it('warns within the warning window, with the date and the days left', () => {
    const expiresAt = now + 12 * DAY;
    expect(expiryStatus(expiresAt, now)).toEqual({
      kind: 'soon',
      days: 12,
      text: `Expires on ${formatDate(expiresAt)} (in 12 days)`,
    });
  });

  it('counts a part of a day as a day, and says "1 day"', () => {
    const status = expiryStatus(now + 2 * 60 * 60 * 1000, now);
    expect(status).toMatchObject({ kind: 'soon', days: 1 });
    expect(status.kind !== 'none' && status.text).toMatch(/\(in 1 day\)$/);
  });

  it('warns on the last day of the window, and only notes the date beyond it', () => {
    expect(expiryStatus(now + EXPIRY_WARNING_DAYS * DAY, now)).toMatchObject({
      kind: 'soon',
      days: EXPIRY_WARNING_DAYS,
    });
    expect(expiryStatus(now + EXPIRY_WARNING_DAYS * DAY + 1, now)).toMatchObject({
      kind: 'later',
      days: EXPIRY_WARNING_DAYS + 1,
    });
  });

  it('is expired from the very moment of expiry on, read-only', () => {
    expect(expiryStatus(now, now)).toEqual({ kind: 'expired', text: `Expired on ${formatDate(now)} — read-only` });
    const longAgo = now - 400 * DAY;
    expect(expiryStatus(longAgo, now)).toEqual({
      kind: 'expired',
      text: `Expired on ${formatDate(longAgo)} — read-only`,
    });
  });

  it('formats dates as a person reads them', () => {
    expect(formatDate(Date.UTC(2026, 11, 3, 12))).toBe('Dec 3, 2026');
  });
});
