/** A count and its noun, the noun chosen by `Intl.PluralRules`: "1 person", "3 people", "0 invitations". */
import { LOCALE, formatCount } from './format';

const pluralRules = new Intl.PluralRules(LOCALE);

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${pluralRules.select(count) === 'one' ? one : many}`;
}
