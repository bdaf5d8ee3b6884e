/**
 * Idempotent creation (`nonce` on the platform's creating routes, `/org/new`, `/applet/new`…): the same caller sending
 * the same nonce with the same input gets the first call's answer again, and nothing is
 * created twice; the same nonce with another input is refused.
 */
import type { Ctx } from './context';
import { invalidInput } from './errors';
import { canonicalJson } from './paging';

export function once<T>(ctx: Ctx, route: string, input: { nonce?: string | undefined }, create: () => T): T {
  const { nonce, ...rest } = input;
  if (nonce === undefined) return create();
  const key = `${ctx.caller.id}:${nonce}`;
  const inputKey = canonicalJson(rest);
  const earlier = ctx.state.nonces[key];
  if (earlier) {
    if (earlier.route !== route || earlier.input !== inputKey) {
      throw invalidInput('This nonce was already used with a different input');
    }
    return earlier.result as T;
  }
  const result = create();
  ctx.tx.putNonce(key, { route, caller: ctx.caller.id, input: inputKey, result });
  return result;
}
