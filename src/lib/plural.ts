/** Words for a count, chosen by `Intl.PluralRules`. */
import { LOCALE, formatCount } from './format';

const pluralRules = new Intl.PluralRules(LOCALE);

/** The word that goes with `count`: "has" for 1, "have" otherwise. */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return pluralRules.select(count) === 'one' ? one : many;
}

/** A count and its noun: "1 person", "3 people", "0 invitations", "12,500 rows". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${pluralWord(count, one, many)}`;
}

/** "Ann", "Ann and Bob", "Ann, Bob and Cy". */
export function andList(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? '');
}
