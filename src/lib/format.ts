/**
 * Numbers and money as a person reads them (en-US). Each `Intl` formatter is made once,
 * here, and shared by every screen.
 */

export const LOCALE = 'en-US';

/** Bytes in a GiB (the API counts data in bytes, people read GiB). */
export const GIB = 1024 ** 3;

const FRACTION_DIGITS = [0, 1, 2, 3] as const;
/** At most this many decimals: 0 to 3. */
export type FractionDigits = (typeof FRACTION_DIGITS)[number];

const numberFormats = FRACTION_DIGITS.map((digits) => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits }));
const usd = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD' });
const usdWhole = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', notation: 'compact' });

/** "1,234.5" with at most `maxFractionDigits` decimals (3 unless told). */
export function formatNumber(value: number, maxFractionDigits: FractionDigits = 3): string {
  return numberFormats[maxFractionDigits]!.format(value);
}

/** A count with its thousands grouped: "50,000". */
export function formatCount(count: number): string {
  return formatNumber(count);
}

/** US dollars and cents: "$1,234.50", "-$12.00". */
export function formatUsd(amount: number): string {
  return usd.format(amount);
}

/** Whole US dollars: "$5,000". */
export function formatUsdWhole(amount: number): string {
  return usdWhole.format(amount);
}

/** US dollars, short, for a chart's axis: "$1.2K". */
export function formatUsdCompact(amount: number): string {
  return usdCompact.format(amount);
}
