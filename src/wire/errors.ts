/** The platform's error envelope: `{"error": {"type", "message", "details?"}}`. */

export const API_ERROR_STATUS = {
  MalformedJSON: 400,
  InvalidAuthentication: 401,
  PermissionDenied: 401,
  SpendingLimitExceeded: 403,
  OrgExpired: 403,
  ResourceNotFound: 404,
  InvalidInput: 422,
  InvalidState: 422,
  /**
   * The auth server's refusal of a `/user/new` input: not one of the API server's types
   * (dx reports it as a plain DXAPIError, as the platform's own client tests expect).
   */
  InvalidUserInput: 400,
  InternalError: 500,
} as const;

export type ApiErrorType = keyof typeof API_ERROR_STATUS;

export interface ApiErrorBody {
  error: { type: ApiErrorType | string; message: string; details?: unknown };
}
