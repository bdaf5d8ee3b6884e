/**
 * One API call, from path, token and body to status and JSON answer: parse the route,
 * authenticate, validate the input strictly, run the rule, and turn refusals into the
 * platform's error envelope.
 */
import type { z } from 'zod';
import type { ApiErrorBody } from '../../wire/errors';
import type { State, UserRecord } from '../core/state';
import { ApiFailure, invalidInput, notFound } from '../core/errors';
import { dropIndexes, forgetTokens, userWithToken } from '../core/indexes';
import { ROUTES, type Route } from './routes';
import { Transaction, type RecordChange } from '../core/transaction';

export interface ApiCall {
  /** `/<subject>/<method>`, without any prefix. */
  path: string;
  token: string | null;
  /** The raw body text (empty for none) and its content type. */
  body: string;
  contentType: string | null;
  now: number;
}

export interface ApiAnswer {
  status: number;
  body: unknown;
  /** The records the call changed (only a call that succeeded changes any). */
  changes: RecordChange[];
  /** Undoes those changes in memory, when they cannot be saved. */
  rollback: () => void;
  /** What broke, when the emulator itself failed (500): for the operator, never the caller. */
  fault?: unknown;
}

const ENTITY_CLASSES = ['org', 'user', 'project', 'app'] as const;
type EntityClass = (typeof ENTITY_CLASSES)[number];
const CLASS_WORDS = new Set(['system', ...ENTITY_CLASSES]);

function entityExists(state: State, kind: EntityClass, id: string): boolean {
  switch (kind) {
    case 'org':
      return id in state.orgs;
    case 'user':
      return id in state.users;
    case 'project':
      return id in state.projects;
    case 'app':
      return id in state.apps;
  }
}

function resolveRoute(state: State, path: string): { route: Route; subject: string } {
  const match = /^\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (!match) throw notFound(`No such route: ${path}`);
  const [, subject, method] = match as unknown as [string, string, string];
  if (CLASS_WORDS.has(subject)) {
    const route = ROUTES.get(`${subject}.${method}`);
    if (!route || route.on !== 'class') throw invalidInput(`${subject} has no method "${method}"`);
    return { route, subject };
  }
  const kind = ENTITY_CLASSES.find((prefix) => subject.startsWith(`${prefix}-`));
  if (!kind || !entityExists(state, kind, subject)) throw notFound(`${subject} does not exist`);
  const route = ROUTES.get(`${kind}.${method}`);
  if (!route || route.on !== 'entity') throw invalidInput(`A ${kind} has no method "${method}"`);
  return { route, subject };
}

function parseBody(call: ApiCall): unknown {
  const type = call.contentType?.split(';')[0]?.trim().toLowerCase();
  if (type && type !== 'application/json') {
    throw new ApiFailure('MalformedJSON', `Expected Content-Type application/json, got ${type}`);
  }
  if (call.body.trim() === '') return {};
  try {
    return JSON.parse(call.body);
  } catch {
    throw new ApiFailure('MalformedJSON', 'The request body is not valid JSON');
  }
}

function authenticate(state: State, token: string | null): UserRecord {
  if (!token) throw new ApiFailure('InvalidAuthentication', 'No authentication token was given');
  const user = userWithToken(state, token);
  if (!user) throw new ApiFailure('InvalidAuthentication', 'The authentication token is not valid');
  return user;
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

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}

export function errorBody(failure: ApiFailure): ApiErrorBody {
  const error: ApiErrorBody['error'] = { type: failure.type, message: failure.message };
  if (failure.details !== undefined) error.details = failure.details;
  return { error };
}

export function handleCall(state: State, call: ApiCall): ApiAnswer {
  const tx = new Transaction(state);
  const rollback = () => {
    tx.rollback();
    dropIndexes();
    forgetTokens(state);
  };
  try {
    const body = parseBody(call);
    const caller = authenticate(state, call.token);
    const { route, subject } = resolveRoute(state, call.path);
    if (hasProtoKey(body)) throw invalidInput('"__proto__" is not a valid field name or ID');
    const parsed = route.input.safeParse(body);
    if (!parsed.success) throw invalidInput(describeIssues(parsed.error), { issues: parsed.error.issues.slice(0, 20) });
    const result = route.run({ state, caller, now: call.now, tx }, subject, parsed.data);
    if (tx.changed) {
      dropIndexes();
      if (tx.changedUsers) forgetTokens(state);
    }
    return { status: 200, body: result, changes: tx.changes(), rollback };
  } catch (error) {
    // A refusal changed nothing by design; a bug may have changed something: undo it.
    if (tx.changed) rollback();
    const noChange = { changes: [], rollback: () => undefined };
    if (error instanceof ApiFailure) return { status: error.status, body: errorBody(error), ...noChange };
    const failure = new ApiFailure('InternalError', 'The emulator failed on this call; nothing was changed.');
    return { status: 500, body: errorBody(failure), ...noChange, fault: error };
  }
}
