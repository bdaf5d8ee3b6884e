/**
 * A refused action as a toast, worded one way everywhere: what did not happen, as a
 * sentence, and below it the API's own words (its message, then its error type).
 */
import { toast } from 'sonner';
import { describeError } from '../../api/client';

export function toastRefusal(whatDidNotHappen: string, error: unknown): void {
  const { type, message } = describeError(error);
  toast.error(whatDidNotHappen, { description: `${message} (${type})` });
}
