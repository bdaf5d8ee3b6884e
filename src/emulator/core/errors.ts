import { API_ERROR_STATUS, type ApiErrorType } from '../../wire/errors';

/** A refusal that the API answers with its error envelope. */
export class ApiFailure extends Error {
  readonly type: ApiErrorType;
  readonly details: unknown;

  constructor(type: ApiErrorType, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiFailure';
    this.type = type;
    this.details = details;
  }

  get status(): number {
    return API_ERROR_STATUS[this.type];
  }
}

export const invalidInput = (message: string, details?: unknown) => new ApiFailure('InvalidInput', message, details);
export const invalidState = (message: string, details?: unknown) => new ApiFailure('InvalidState', message, details);
export const permissionDenied = (message: string) => new ApiFailure('PermissionDenied', message);
export const notFound = (message: string) => new ApiFailure('ResourceNotFound', message);

/** Lists up to five IDs in a message ("user-a, user-b and 3 more"). */
export function nameIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}
