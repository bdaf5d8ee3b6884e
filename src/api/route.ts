/**
 * The wire, typed: a call names its route (`'org.setMemberAccess'`), and its body is
 * what that route's input schema in `src/wire/inputs.ts` accepts (`z.input`: before
 * defaults, so optional fields may be left out). Every answer is checked against a
 * schema with `parseAnswer`; one that does not fit is an `InvalidResponse`.
 *
 *   await callRoute('org.setMemberAccess', orgId, { 'user-bob': { level: 'MEMBER' } });
 *   const { id } = parseAnswer(idSchema, await callRoute('org.new', input), "/org/new answered without …");
 *
 * Class routes (`system.*`, `*.new`) are called on their class word (`/org/new`) and
 * take no subject; every other route is called on an entity's ID (`/org-acme/invite`).
 */
import { z } from 'zod';
import type { RouteName, routeInputs } from '../wire/inputs';
import { ApiError, CLIENT_ERROR_TYPES, apiCall, type CallOptions } from './client';

/** What a route accepts as its request body. */
export type RouteBody<R extends RouteName> = z.input<(typeof routeInputs)[R]>;

/** Routes called on a class word rather than on an entity. */
export type ClassRoute = Extract<RouteName, `system.${string}` | `${string}.new`>;
export type EntityRoute = Exclude<RouteName, ClassRoute>;

function isClassRoute(route: RouteName): route is ClassRoute {
  return route.startsWith('system.') || route.endsWith('.new');
}

/** `/system/findOrgs`, `/org/new`, `/org-acme/invite`. */
export function routePath(route: RouteName, subject?: string): string {
  const [kind, method] = route.split('.') as [string, string];
  if (isClassRoute(route)) return `/${kind}/${method}`;
  if (subject === undefined) throw new TypeError(`${route} needs the ID of the ${kind} it is called on.`);
  return `/${encodeURIComponent(subject)}/${method}`;
}

/** A route, the entity it is called on (none for class routes), and its body: one request. */
export type RouteRequest<R extends RouteName> = { route: R; body: RouteBody<R> } & (R extends ClassRoute
  ? { subject?: undefined }
  : { subject: string });

export function requestPath(request: { route: RouteName; subject?: string | undefined }): string {
  return routePath(request.route, request.subject);
}

/** POST a class route's body; the answer is unchecked (see `parseAnswer`). */
export function callRoute<R extends ClassRoute>(route: R, body: RouteBody<R>, options?: CallOptions): Promise<unknown>;
/** POST an entity route's body to `/<subject>/<method>`; the answer is unchecked (see `parseAnswer`). */
export function callRoute<R extends EntityRoute>(
  route: R,
  subject: string,
  body: RouteBody<R>,
  options?: CallOptions,
): Promise<unknown>;
export function callRoute(route: RouteName, ...rest: unknown[]): Promise<unknown> {
  const [subject, body, options] = isClassRoute(route) ? [undefined, ...rest] : rest;
  return apiCall<unknown>(routePath(route, subject as string | undefined), body as object, options as CallOptions);
}

/**
 * The answer as `schema` reads it, or an `InvalidResponse` ApiError saying `message`
 * (what was missing, in a person's words) with the schema's complaints as details.
 */
export function parseAnswer<S extends z.ZodType>(schema: S, raw: unknown, message: string): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(CLIENT_ERROR_TYPES.invalidResponse, message, 200, z.treeifyError(parsed.error));
  }
  return parsed.data;
}
