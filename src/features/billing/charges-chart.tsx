/**
 * Charges by month, stacked by category (recharts). Loaded lazily, apart from the
 * tiles. The chart is one image to assistive technology: its table has the figures.
 */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChargeCategory } from '../../api/billing';
import { CATEGORY_LABELS, categoriesWithCharges, type MonthRow } from './month-series';
import { formatUsd, formatUsdCompact } from '../../lib/format';
import { useThemeColours } from './theme-colours';

/** The theme's chart tokens, one per category: distinct in hue and lightness, 3:1 against the surface. */
const CATEGORY_TOKENS: Record<ChargeCategory, string> = {
  compute: '--chart-1',
  storage: '--chart-2',
  egress: '--chart-3',
  archival: '--chart-4',
  publicIpv4: '--chart-5',
};

const TOKENS = [...Object.values(CATEGORY_TOKENS), '--text', '--muted', '--border', '--surface', '--surface-hover'];

export default function ChargesChart({ rows, label }: { rows: readonly MonthRow[]; label: string }) {
  const categories = categoriesWithCharges(rows);
  // SVG attributes get the colours themselves: recharts copies them into places CSS cannot reach.
  const colour = useThemeColours(TOKENS);
  const tick = { fontSize: 12, fill: colour('--muted') };
  return (
    <div className="billing-chart" role="img" aria-label={label}>
      <BarChart
        data={rows as MonthRow[]}
        responsive
        style={{ width: '100%', height: 280 }}
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={colour('--border')} />
        <XAxis dataKey="label" tick={tick} stroke={colour('--border')} />
        <YAxis
          tickFormatter={(value: number) => formatUsdCompact(value)}
          tick={tick}
          stroke={colour('--border')}
          width={64}
        />
        <Tooltip
          formatter={(value) => formatUsd(Number(value))}
          cursor={{ fill: colour('--surface-hover') }}
          contentStyle={{
            background: colour('--surface'),
            border: `1px solid ${colour('--border')}`,
            borderRadius: 6,
            color: colour('--text'),
          }}
          labelStyle={{ color: colour('--text'), fontWeight: 600 }}
        />
        {/* In the table's order, not alphabetical; the names in the text colour, the swatch in the series'. */}
        <Legend
          itemSorter={null}
          formatter={(value: string) => <span style={{ color: colour('--text') }}>{value}</span>}
        />
        {categories.map((category) => (
          <Bar
            key={category}
            dataKey={category}
            name={CATEGORY_LABELS[category]}
            stackId="charges"
            fill={colour(CATEGORY_TOKENS[category])}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
