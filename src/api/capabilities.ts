/**
 * What the server offers beyond the platform's public API: the emulator's extensions
 * (org-api.md's [extension] routes — audit log, charges by month, usage reports, spending
 * limit requests, billing details, project limits in bulk). Learnt once per session and
 * API URL, without any route the platform lacks: the server is asked one extension route
 * that is harmless for anyone, `/user-<self>/billingSummary {months: 1}`, and its answer
 * decides. The embedded emulator is the full emulator: it is not asked.
 *
 * Extension fields (`licenses`, `policies.projectLimits`, billing details) are read where
 * they are used: a describe without one means the server does not offer it.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { CLIENT_ERROR_TYPES, apiCall, isApiError } from './client';
import { useSession, type Session } from './session';

export interface ServerOffers {
  /** The emulator's extension routes: all of them, or none. */
  extensions: boolean;
}

export const FULL_EMULATOR: ServerOffers = { extensions: true };
export const PLATFORM_ONLY: ServerOffers = { extensions: false };

/**
 * How the probe's refusal reads: a server that has no such method says so (the platform's
 * envelope with `InvalidInput` for an unknown method, or `ResourceNotFound`; or a bare
 * HTTP 404/405/501 from a server that does not speak the envelope there). The probe's
 * input is valid and names the caller, so no other reason fits those answers. Anything
 * else (no network, a token refused, a server fault) says nothing about the route.
 */
export function routeIsMissing(error: unknown): boolean | 'unknown' {
  if (!isApiError(error)) return 'unknown';
  if (error.type === 'InvalidInput' || error.type === 'ResourceNotFound') return true;
  if (error.type === CLIENT_ERROR_TYPES.invalidResponse && [404, 405, 501].includes(error.status)) return true;
  // Refused to this caller (PermissionDenied): the route exists.
  if (error.type === 'PermissionDenied') return false;
  return 'unknown';
}

/** Asks the server once; throws (the answer is unknown) when its refusal says nothing about the route. */
export async function detectOffers(session: Pick<Session, 'apiBase' | 'token' | 'userId'>): Promise<ServerOffers> {
  try {
    await apiCall(
      `/${encodeURIComponent(session.userId)}/billingSummary`,
      { months: 1 },
      { target: { apiBase: session.apiBase, token: session.token } },
    );
    return FULL_EMULATOR;
  } catch (error) {
    const missing = routeIsMissing(error);
    if (missing === 'unknown') throw error;
    return missing ? PLATFORM_ONLY : FULL_EMULATOR;
  }
}

// ---- Remembered for this tab's session, per API URL ----

const STORAGE_PREFIX = 'org-console.offers.v1:';

function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function rememberedOffers(apiBase: string): ServerOffers | undefined {
  const raw = tabStorage()?.getItem(STORAGE_PREFIX + apiBase);
  if (raw === 'extensions') return FULL_EMULATOR;
  if (raw === 'platform') return PLATFORM_ONLY;
  return undefined;
}

function remember(apiBase: string, offers: ServerOffers): void {
  tabStorage()?.setItem(STORAGE_PREFIX + apiBase, offers.extensions ? 'extensions' : 'platform');
}

export const capabilityKeys = {
  // Not under 'orgs' or any other entity: no mutation's invalidation touches it.
  offers: (apiBase: string) => ['capabilities', apiBase] as const,
};

/** The answer is the server's, whoever asks: the key is its URL alone. */
export function serverOffersQueryOptions(session: Session) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: capabilityKeys.offers(session.apiBase),
    queryFn: async () => {
      const offers = await detectOffers(session);
      remember(session.apiBase, offers);
      return offers;
    },
    initialData: () => rememberedOffers(session.apiBase),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}

/**
 * What the signed-in session's server offers; undefined while it is being learnt, and
 * when it could not be (then a screen behaves as with the full emulator, and a failing
 * call shows its own error).
 */
export function useServerOffers(): ServerOffers | undefined {
  const session = useSession();
  const remote = session !== null && session.mode === 'remote';
  const learnt = useQuery({
    ...serverOffersQueryOptions(session ?? { mode: 'remote', apiBase: '', token: '', userId: '' }),
    enabled: remote,
  });
  if (session === null) return undefined;
  if (!remote) return FULL_EMULATOR;
  if (learnt.isError) return FULL_EMULATOR;
  return learnt.data;
}

/** Whether the extensions are offered: true, false, or undefined while that is not known yet. */
export function useExtensionsOffered(): boolean | undefined {
  return useServerOffers()?.extensions;
}
