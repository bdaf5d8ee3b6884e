import { describe, expect, it } from 'vitest';
import { isBackwards, readDateRange, timeRangeOf, writeDateRange } from './date-range';

describe('the Activity date range', () => {
  it('reads real days from the URL and leaves out anything else', () => {
    expect(readDateRange(new URLSearchParams('from=2026-11-01&to=2026-11-30'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(readDateRange(new URLSearchParams('from=2026-02-30&to=yesterday'))).toEqual({ from: '', to: '' });
  });

  it('writes the range, removing an empty bound and keeping the other parameters', () => {
    const params = new URLSearchParams('f.who=Alice+Liddell&to=2026-11-30');
    expect(writeDateRange(params, { from: '2026-11-01', to: '' }).toString()).toBe(
      'f.who=Alice+Liddell&from=2026-11-01',
    );
  });

  it('asks for the first day from its start to the last day’s last moment, in local time', () => {
    const range = timeRangeOf({ from: '2026-11-01', to: '2026-11-03' });
    expect(range.after).toBe(new Date(2026, 10, 1).getTime());
    expect(range.before).toBe(new Date(2026, 10, 4).getTime() - 1);
    expect(timeRangeOf({ from: '', to: '' })).toEqual({});
    expect(timeRangeOf({ from: '2026-11-01', to: '' })).toEqual({ after: new Date(2026, 10, 1).getTime() });
  });

  it('knows a range that ends before it starts', () => {
    expect(isBackwards({ from: '2026-11-03', to: '2026-11-01' })).toBe(true);
    expect(isBackwards({ from: '2026-11-01', to: '2026-11-01' })).toBe(false);
    expect(isBackwards({ from: '', to: '2026-11-01' })).toBe(false);
  });
});
