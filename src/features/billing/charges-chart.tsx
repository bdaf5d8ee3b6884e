/**
 * Charges by month, stacked by category (recharts). Loaded lazily, apart from the
 * tiles. The chart is one image to assistive technology: its table has the figures.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChargeCategory } from '../../api/billing';
import { CATEGORY_LABELS, categoriesWithCharges, type MonthRow } from './month-series';
import { formatUsd, formatUsdCompact } from '../../lib/format';

/** Distinct in hue and lightness, each at least 3:1 against white. */
const CATEGORY_COLOURS: Record<ChargeCategory, string> = {
  compute: '#1d4f91',
  storage: '#2e7d32',
  egress: '#b35900',
  archival: '#6a3d9a',
  publicIpv4: '#a8201a',
};

export default function ChargesChart({ rows, label }: { rows: readonly MonthRow[]; label: string }) {
  const categories = categoriesWithCharges(rows);
  return (
    <div className="billing-chart" role="img" aria-label={label}>
      <BarChart
        data={rows as MonthRow[]}
        responsive
        style={{ width: '100%', height: 280 }}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={(value: number) => formatUsdCompact(value)} tick={{ fontSize: 12 }} width={64} />
        <Tooltip formatter={(value) => formatUsd(Number(value))} />
        {/* In the table's order, not alphabetical. */}
        <Legend itemSorter={null} />
        {categories.map((category) => (
          <Bar
            key={category}
            dataKey={category}
            name={CATEGORY_LABELS[category]}
            stackId="charges"
            fill={CATEGORY_COLOURS[category]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
