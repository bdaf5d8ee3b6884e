/** The figures behind the chart: months × categories, with the window's totals. */
import { useEffect, useRef, useState } from 'react';
import { CHARGE_CATEGORIES } from '../../api/billing';
import { CATEGORY_LABELS, seriesTotals, type MonthRow } from './month-series';
import { formatUsd } from '../../lib/format';

/** Whether the box scrolls sideways (a phone): then it takes keyboard focus, so its columns can be reached. */
function useScrollsSideways() {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(box.scrollWidth > box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, scrolls] as const;
}

export function ChargesTable({ rows, caption }: { rows: readonly MonthRow[]; caption: string }) {
  const totals = seriesTotals(rows);
  const [ref, scrolls] = useScrollsSideways();
  return (
    <div
      ref={ref}
      className="table-wrap billing-charges-table"
      tabIndex={scrolls ? 0 : undefined}
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? `${caption} (scrollable)` : undefined}
    >
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {CHARGE_CATEGORIES.map((category) => (
              <th scope="col" key={category} className="num">
                {CATEGORY_LABELS[category]}
              </th>
            ))}
            <th scope="col" className="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.month}>
              <th scope="row">{row.label}</th>
              {CHARGE_CATEGORIES.map((category) => (
                <td key={category} className="num">
                  {formatUsd(row[category])}
                </td>
              ))}
              <td className="num">{formatUsd(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All months</th>
            {CHARGE_CATEGORIES.map((category) => (
              <td key={category} className="num">
                {formatUsd(totals[category])}
              </td>
            ))}
            <td className="num">{formatUsd(totals.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
