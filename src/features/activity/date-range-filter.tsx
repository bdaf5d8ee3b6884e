/** "From" and "To" days for the Activity tab, kept in the URL (`from`, `to`); the API is asked for that range only. */
import { useSearchParams } from 'react-router';
import { formatDay } from '../../lib/dates';
import { readDateRange, writeDateRange, type DateRange } from './date-range';

export function useDateRange(): [DateRange, (range: DateRange) => void] {
  const [params, setParams] = useSearchParams();
  const range = readDateRange(params);
  const setRange = (next: DateRange) =>
    setParams((previous) => writeDateRange(previous, next), { replace: true, preventScrollReset: true });
  return [range, setRange];
}

/** "from Dec 1, 2026 to Dec 3, 2026", "from Dec 1, 2026", "up to Dec 3, 2026". */
export function rangeWords(range: DateRange): string {
  const day = (value: string) => formatDay(new Date(`${value}T00:00:00`));
  if (range.from && range.to) return `from ${day(range.from)} to ${day(range.to)}`;
  if (range.from) return `from ${day(range.from)}`;
  return range.to ? `up to ${day(range.to)}` : '';
}

export function DateRangeFilter({ range, onChange }: { range: DateRange; onChange: (range: DateRange) => void }) {
  return (
    <fieldset className="activity-range">
      <legend>Dates</legend>
      <label>
        From
        <input
          type="date"
          value={range.from}
          max={range.to || undefined}
          onChange={(event) => onChange({ ...range, from: event.target.value })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={range.to}
          min={range.from || undefined}
          onChange={(event) => onChange({ ...range, to: event.target.value })}
        />
      </label>
      {range.from || range.to ? (
        <button type="button" className="button button-quiet" onClick={() => onChange({ from: '', to: '' })}>
          All dates
        </button>
      ) : null}
    </fieldset>
  );
}
