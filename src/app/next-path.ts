/** Where to go after signing in: the `next` query parameter, if it is a safe in-app path. */
export const DEFAULT_HOME = '/orgs';

export function safeNextPath(next: string | null | undefined): string {
  if (!next) return DEFAULT_HOME;
  if (!next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_HOME;
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next === '/') return DEFAULT_HOME;
  return next;
}

export function signInPath(from?: string): string {
  return from && from !== '/' ? `/sign-in?next=${encodeURIComponent(from)}` : '/sign-in';
}
