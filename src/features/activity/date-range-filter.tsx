/** "From" and "To" days for the Activity tab, kept in the URL (`from`, `to`); the API is asked for that range only. */
import { useSearchParams } from 'react-router';
import { CalendarDays, X } from 'lucide-react';
import { Button } from '../../components/ui/button';
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

/** One day of the range: a labelled date input (empty is no bound). */
function DayField(props: {
  label: string;
  value: string;
  min?: string;
  max?: string;
  onChange: (day: string) => void;
}) {
  const { label, value, min, max, onChange } = props;
  return (
    <label className="activity-day">
      <span>{label}</span>
      <input
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}

/** In the table's toolbar: which days of the log load. */
export function DateRangeFilter({ range, onChange }: { range: DateRange; onChange: (range: DateRange) => void }) {
  return (
    <fieldset className="activity-range">
      <legend className="visually-hidden">Dates</legend>
      <CalendarDays className="activity-range-icon" aria-hidden="true" size={18} />
      <DayField label="From" value={range.from} max={range.to} onChange={(from) => onChange({ ...range, from })} />
      <DayField label="To" value={range.to} min={range.from} onChange={(to) => onChange({ ...range, to })} />
      {range.from || range.to ? (
        <Button variant="quiet" size="small" onClick={() => onChange({ from: '', to: '' })}>
          <X aria-hidden="true" size={16} />
          All dates
        </Button>
      ) : null}
    </fieldset>
  );
}
