/** Matching of the `find*` routes' filters: names (exact, glob, regexp), times, tags, properties. */
import { invalidInput } from './errors';

export type NameQuery = string | { glob: string } | { regexp: string; flags?: string | undefined };

function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export function nameMatcher(query: NameQuery | undefined): (name: string) => boolean {
  if (query === undefined) return () => true;
  if (typeof query === 'string') return (name) => name === query;
  if ('glob' in query) {
    const pattern = globToRegExp(query.glob);
    return (name) => pattern.test(name);
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(query.regexp, query.flags);
  } catch {
    throw invalidInput(`"name.regexp" is not a valid regular expression`);
  }
  return (name) => pattern.test(name);
}

export function inTimeRange(time: number, range: { after?: number | undefined; before?: number | undefined } | undefined): boolean {
  if (!range) return true;
  if (range.after !== undefined && time < range.after) return false;
  if (range.before !== undefined && time > range.before) return false;
  return true;
}

export function tagsMatch(tags: readonly string[], query: string | { $and: string[] } | undefined): boolean {
  if (query === undefined) return true;
  const wanted = typeof query === 'string' ? [query] : query.$and;
  return wanted.every((tag) => tags.includes(tag));
}

type PropertyQuery = Record<string, string | true>;

export function propertiesMatch(
  properties: Record<string, string>,
  query: PropertyQuery | { $and: PropertyQuery[] } | undefined,
): boolean {
  if (query === undefined) return true;
  const clauses = Array.isArray(query.$and) ? (query.$and as PropertyQuery[]) : [query as PropertyQuery];
  return clauses.every((clause) =>
    Object.entries(clause).every(([key, value]) =>
      value === true ? key in properties : properties[key] === value,
    ),
  );
}
