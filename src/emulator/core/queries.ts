/** Matching of the `find*` routes' filters: names (exact, glob, regexp), times, tags, properties. */
import { RE2JS, RE2JSException } from 're2js';
import { invalidInput } from './errors';

export type NameQuery = string | { glob: string } | { regexp: string; flags?: string | undefined };

/**
 * RE2 runs in time linear in the name but proportional to the compiled program, which
 * counted repetitions inflate far beyond the pattern's length (`.{1000}` is 1,000 instructions).
 */
const MAX_PROGRAM_SIZE = 5000;

const REGEXP_FLAGS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  u: 0, // RE2 always matches by code point, as JavaScript does with `u`.
};

/**
 * `*` is any run of characters, `?` any one; the rest is literal. Greedy two pointers:
 * on a mismatch, only the latest `*` takes one more character, so at worst O(name × glob)
 * rather than the exponential backtracking of `*a*a*…` compiled to a RegExp.
 */
function globMatches(glob: readonly string[], name: readonly string[]): boolean {
  let g = 0;
  let n = 0;
  let star = -1;
  let starTook = 0;
  while (n < name.length) {
    if (glob[g] === '*') {
      star = g++;
      starTook = n;
    } else if (g < glob.length && (glob[g] === '?' || glob[g] === name[n])) {
      g++;
      n++;
    } else if (star >= 0) {
      g = star + 1;
      n = ++starTook;
    } else {
      return false;
    }
  }
  while (glob[g] === '*') g++;
  return g === glob.length;
}

function compileRegExp(source: string, flags = ''): RE2JS {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(
      source,
      [...flags].reduce((all, flag) => all | (REGEXP_FLAGS[flag] ?? 0), 0),
    );
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    throw invalidInput(
      `"name.regexp" is not a valid RE2 regular expression (backreferences and lookaround are not supported): ${error.message}`,
    );
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    throw invalidInput(`"name.regexp" is too complex: it compiles to more than ${MAX_PROGRAM_SIZE} instructions`);
  }
  return compiled;
}

/** Names are matched by code point; a `regexp` is searched for anywhere in the name, as RegExp.test does. */
export function nameMatcher(query: NameQuery | undefined): (name: string) => boolean {
  if (query === undefined) return () => true;
  if (typeof query === 'string') return (name) => name === query;
  if ('glob' in query) {
    const glob = [...query.glob];
    return (name) => globMatches(glob, [...name]);
  }
  const pattern = compileRegExp(query.regexp, query.flags);
  return (name) => pattern.test(name);
}

export function inTimeRange(
  time: number,
  range: { after?: number | undefined; before?: number | undefined } | undefined,
): boolean {
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
      value === true ? Object.hasOwn(properties, key) : Object.hasOwn(properties, key) && properties[key] === value,
    ),
  );
}
