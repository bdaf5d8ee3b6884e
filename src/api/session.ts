/**
 * Who is signed in, against which API.
 *
 * - `embedded`: the built-in emulator, served by the MSW worker at `${origin}/api`.
 *   The chosen demo person is remembered in localStorage, so a reload stays signed in.
 * - `remote`: any DNAnexus-compatible server. Its URL and token are kept in
 *   sessionStorage only (this browser tab's session), never in localStorage.
 *
 * The session lives in a tiny external store so both React (`useSession`) and the
 * API client (`getSession`) read the same value.
 */
import { useSyncExternalStore } from 'react';
import { z } from 'zod';

export type SessionMode = 'embedded' | 'remote';

export interface Session {
  mode: SessionMode;
  /** Base URL of the API, without a trailing slash; routes are `${apiBase}/system/whoami`. */
  apiBase: string;
  token: string;
  userId: string;
}

/** Whether this build runs the embedded emulator in the browser (the default). */
export const EMBEDDED_EMULATOR: boolean = import.meta.env.VITE_EMBEDDED_EMULATOR !== 'false';

export const EMBEDDED_KEY = 'org-console.session.embedded.v1';
export const REMOTE_KEY = 'org-console.session.remote.v1';

export function embeddedApiBase(): string {
  return `${window.location.origin}/api`;
}

/** Normalise a user-typed API URL: trimmed, without trailing slashes. */
export function normaliseApiBase(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

const embeddedStored = z.object({ userId: z.string().min(1), token: z.string().min(1) });
const remoteStored = z.object({
  apiBase: z.string().min(1),
  userId: z.string().min(1),
  token: z.string().min(1),
});

function safeStorage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return null; // storage disabled (privacy mode); the session then lasts for this page only
  }
}

function readJson(storage: Storage | null, key: string): unknown {
  const raw = storage?.getItem(key);
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

function readStoredSession(): Session | null {
  if (typeof window === 'undefined') return null;
  // A remote session is the more specific choice of this tab: it wins.
  const remote = remoteStored.safeParse(readJson(safeStorage('session'), REMOTE_KEY));
  if (remote.success) return { mode: 'remote', ...remote.data };
  if (EMBEDDED_EMULATOR) {
    const embedded = embeddedStored.safeParse(readJson(safeStorage('local'), EMBEDDED_KEY));
    if (embedded.success) return { mode: 'embedded', apiBase: embeddedApiBase(), ...embedded.data };
  }
  return null;
}

let current: Session | null = readStoredSession();
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function getSession(): Session | null {
  return current;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setSession(session: Session): void {
  const local = safeStorage('local');
  const tab = safeStorage('session');
  if (session.mode === 'embedded') {
    tab?.removeItem(REMOTE_KEY);
    local?.setItem(EMBEDDED_KEY, JSON.stringify({ userId: session.userId, token: session.token }));
  } else {
    local?.removeItem(EMBEDDED_KEY);
    tab?.setItem(
      REMOTE_KEY,
      JSON.stringify({ apiBase: session.apiBase, userId: session.userId, token: session.token }),
    );
  }
  current = { ...session, apiBase: normaliseApiBase(session.apiBase) };
  endReason = null;
  emit();
}

/**
 * Why the last session ended: `signed-out` (the person chose to; pages need not be
 * remembered for later) or `refused` (the API stopped accepting the token; the page
 * they were on is where they come back to after signing in again).
 */
export type SessionEndReason = 'signed-out' | 'refused';
let endReason: SessionEndReason | null = null;

export function sessionEndReason(): SessionEndReason | null {
  return endReason;
}

export function clearSession(reason: SessionEndReason = 'signed-out'): void {
  safeStorage('local')?.removeItem(EMBEDDED_KEY);
  safeStorage('session')?.removeItem(REMOTE_KEY);
  if (current === null) return;
  endReason = reason;
  current = null;
  emit();
}

/** Re-read storage (tests, or after storage changed underneath). */
export function reloadSessionFromStorage(): void {
  current = readStoredSession();
  emit();
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, () => null);
}

/** A stable string naming who is signed in where; query caches are keyed off it. */
export function sessionIdentity(session: Session | null): string {
  return session ? `${session.mode}|${session.apiBase}|${session.userId}` : '';
}

// ---- Embedded emulator availability (set by main.tsx if the worker fails to start) ----

let embeddedFailure: string | null = null;

export function setEmbeddedEmulatorFailure(reason: string): void {
  embeddedFailure = reason;
}

/** Why the embedded emulator is not available, or null when it is running. */
export function embeddedEmulatorFailure(): string | null {
  return EMBEDDED_EMULATOR ? embeddedFailure : 'This build does not include the embedded emulator.';
}
