/** An API refusal of a membership change, as a sentence: what happened and what to do. */
import { describeError } from '../../api/client';

const NEXT_STEP: Record<string, string> = {
  InvalidState: 'The org as it is now does not allow it; change what you chose and try again.',
  PermissionDenied: 'You may not make this change here; reload the page to see your current access.',
  OrgExpired: 'The org has expired and is read-only; renew it first.',
  ResourceNotFound: 'Someone or something it names no longer exists; reload the page and try again.',
  InvalidInput: 'The API did not accept what was sent; reload the page and try again.',
};

function typeOf(error: unknown): string {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : describeError(error).type;
}

/** "Nothing changed. The org as it is now does not allow it; …" (an error, or one described as `{ type }`). */
export function refusalLead(error: unknown, outcome = 'Nothing changed.'): string {
  return `${outcome} ${NEXT_STEP[typeOf(error)] ?? 'Try again in a moment; if it keeps failing, reload the page.'}`;
}

/** A toast line: the sentence, then the API's type and message as detail. */
export function refusalLine(what: string, error: unknown): string {
  const { type, message } = describeError(error);
  return `${what} ${refusalLead(error)} (${type}: ${message})`;
}
