/**
 * The input side of a call: the body as the platform reads it (JSON only, `{}` when
 * empty), then checked strictly against the route's schema.
 */
import type { z } from 'zod';
import { ApiFailure } from '../core/errors';
import type { Route } from './routes';

/** The raw body text as JSON: only `application/json` (or no content type), `{}` when empty. */
export function parseBody(text: string, contentType: string | null): unknown {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  if (type && type !== 'application/json') {
    throw new ApiFailure('MalformedJSON', `Expected Content-Type application/json, got ${type}`);
  }
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiFailure('MalformedJSON', 'The request body is not valid JSON');
  }
}

/**
 * True when a parsed body holds a `__proto__` key anywhere. JSON.parse makes it an own
 * key, and zod's records skip it unchecked (a strict object does report it), so without
 * this a map input such as setMemberAccess would take it as if it were absent.
 * Iterative: bodies may nest deeper than the stack.
 */
function hasProtoKey(body: unknown): boolean {
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, '__proto__')) return true;
    for (const item of Object.values(value)) pending.push(item);
  }
  return false;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

/** The parsed body as the route's input, or the InvalidInput refusal that says what is wrong. */
export function routeInput(route: Route, body: unknown): unknown {
  const refuse = (message: string, details?: unknown) => new ApiFailure(route.refusesInputAs, message, details);
  if (hasProtoKey(body)) throw refuse('"__proto__" is not a valid field name or ID');
  const parsed = route.input.safeParse(body);
  if (!parsed.success) throw refuse(describeIssues(parsed.error), { issues: parsed.error.issues.slice(0, 20) });
  return parsed.data;
}
