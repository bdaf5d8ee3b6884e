/**
 * One API call, from path, token and body to status and JSON answer: parse the body,
 * authenticate, find the route, validate the input strictly, run the rule, and turn
 * refusals into the platform's error envelope.
 */
import type { ApiErrorBody } from '../../wire/errors';
import { ApiFailure } from '../core/errors';
import { dropIndexes, forgetTokens } from '../core/indexes';
import type { State } from '../core/state';
import { Transaction, type RecordChange } from '../core/transaction';
import { parseBody, routeInput } from './input';
import { authenticate, resolveRoute } from './resolve';

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
    const body = parseBody(call.body, call.contentType);
    const caller = authenticate(state, call.token);
    const { route, subject } = resolveRoute(state, call.path);
    const input = routeInput(route, body);
    const result = route.run({ state, caller, now: call.now, tx }, subject, input);
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
