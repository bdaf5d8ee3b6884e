/**
 * The one way the console talks to an API: `POST {base}/{subject}/{method}` with a
 * JSON body and `Authorization: Bearer <token>`. Every failure, including a network
 * error or an answer that is not JSON, becomes an `ApiError` with a type and a message
 * a person can read.
 */
import { getSession, embeddedApiBase } from './session';

/** Client-side error types, next to the platform's own (`InvalidInput`, …). */
export const CLIENT_ERROR_TYPES = {
  /** The request never got an answer (server down, DNS, CORS refused). */
  network: 'NetworkError',
  /** The server answered with something that is not the platform's JSON. */
  invalidResponse: 'InvalidResponse',
  /** No one is signed in. */
  notSignedIn: 'NotSignedIn',
} as const;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly type: string;
  readonly status: number;
  readonly details: unknown;

  constructor(type: string, message: string, status: number, details?: unknown, options?: ErrorOptions) {
    super(message, options);
    this.type = type;
    this.status = status;
    this.details = details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Where to send a call: the signed-in session by default. */
export interface ApiTarget {
  apiBase: string;
  /** Omitted for the emulator's own control routes, which need no token. */
  token?: string;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Call another API than the session's (sign-in checks, emulator control routes). */
  target?: ApiTarget;
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function errorEnvelope(body: unknown): { type: string; message: string; details?: unknown } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { type, message, details } = error as Record<string, unknown>;
  if (typeof type !== 'string') return null;
  return { type, message: typeof message === 'string' ? message : type, details };
}

/**
 * POST `body` to `path` (e.g. `/system/findOrgs`) and return the parsed JSON.
 * Throws `ApiError`; an abort (`signal`) is rethrown unchanged so React Query can
 * tell a cancellation from a failure.
 */
export async function apiCall<T>(path: string, body: object = {}, options: CallOptions = {}): Promise<T> {
  const target = options.target ?? getSession();
  if (!target) {
    throw new ApiError(CLIENT_ERROR_TYPES.notSignedIn, 'Sign in to use the API.', 0);
  }
  const url = joinUrl(target.apiBase, path);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (target.token) headers.Authorization = `Bearer ${target.token}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    const reason = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
    throw new ApiError(
      CLIENT_ERROR_TYPES.network,
      `Could not reach the API at ${target.apiBase}${reason}. Check the URL and that the server is running and allows this origin.`,
      0,
      undefined,
      { cause },
    );
  }

  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(
      CLIENT_ERROR_TYPES.network,
      `The connection to ${target.apiBase} broke while reading the answer to ${path}.`,
      response.status,
      undefined,
      { cause },
    );
  }

  let parsed: unknown;
  let isJson = true;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    isJson = false;
  }

  if (!response.ok) {
    const envelope = isJson ? errorEnvelope(parsed) : null;
    if (envelope) throw new ApiError(envelope.type, envelope.message, response.status, envelope.details);
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      `${path} failed with HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}, and the answer is not the API's error format.`,
      response.status,
    );
  }

  if (!isJson || parsed === undefined) {
    throw new ApiError(
      CLIENT_ERROR_TYPES.invalidResponse,
      `${path} answered HTTP ${response.status} with a body that is not JSON. Is ${target.apiBase} the API's address?`,
      response.status,
    );
  }
  return parsed as T;
}

/** The embedded emulator's control routes (`/emulator/...`): no token needed. */
export function emulatorCall<T>(
  path: string,
  body: object = {},
  options: Omit<CallOptions, 'target'> = {},
): Promise<T> {
  return apiCall<T>(joinUrl('/emulator', path), body, { ...options, target: { apiBase: embeddedApiBase() } });
}

/** One line for a person: `InvalidAuthentication: The token could not be found`. */
export function describeError(error: unknown): { type: string; message: string } {
  if (isApiError(error)) return { type: error.type, message: error.message };
  if (error instanceof Error) return { type: error.name || 'Error', message: error.message };
  return { type: 'Error', message: String(error) };
}
