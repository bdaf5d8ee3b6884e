/**
 * `npm run api -- --platform-only`: the emulator as the platform itself would answer, for
 * trying a client (the console first) against a server without the emulator's extensions.
 * The extension routes are answered exactly as the emulator answers any unknown method,
 * an extension input field exactly as any unknown field, and the extension fields are
 * left out of every answer. What counts as an extension is the one list below: what
 * org-api.md marks [extension].
 */
import type { EmulatorService, JsonAnswer, ServiceCall } from './emulator-service';

/** The routes org-api.md marks [extension], as `<class>.<method>`. */
export const EXTENSION_ROUTES: ReadonlySet<string> = new Set([
  'org.findAuditEvents',
  'org.billingSummary',
  'user.billingSummary',
  'org.usageReport',
  'org.requestSpendingLimitChange',
  'org.updateBillingInformation',
  'org.confirmBillingContact',
  'org.bulkUpdateProjectLimit',
]);

/** Extension fields of an org's describe (also in `/system/findOrgs` results' `describe`). */
export const EXTENSION_ORG_FIELDS = [
  'licenses',
  'billingInformation',
  'billingContactConfirmed',
  'spendingLimitRequests',
  'reportDestination',
] as const;

/** Extension policies, inside an org's `policies`. */
export const EXTENSION_POLICIES = ['projectLimits'] as const;

/** Extension input fields per route, each as its path in the body. */
export const EXTENSION_INPUTS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'org.update': [['reportDestination'], ['policies', 'projectLimits']],
};

/**
 * Names no route and no input field has: a hidden method or field is passed to the emulator
 * under these, and its answer (the refusal of an unknown method or field) is handed back
 * with the real name in their place.
 */
const HIDDEN_METHOD = 'platformOnlyHiddenMethod';
const HIDDEN_FIELD = 'platformOnlyHiddenField';

const CLASS_WORDS = new Set(['system', 'org', 'user', 'project', 'app']);

/** `org.describe` for `/org-acme/describe`, `system.findOrgs` for `/system/findOrgs`; null for other paths. */
export function routeOf(path: string): { name: string; subject: string; method: string } | null {
  const match = /^\/([^/]+)\/([^/]+)\/?$/.exec(path);
  if (!match) return null;
  const [, subject, method] = match as unknown as [string, string, string];
  const kind = CLASS_WORDS.has(subject) ? subject : /^([a-z]+)-/.exec(subject)?.[1];
  return kind ? { name: `${kind}.${method}`, subject, method } : null;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An org's describe without the extension fields. */
export function withoutExtensionFields(describe: unknown): unknown {
  if (!isObject(describe)) return describe;
  const platform: Json = { ...describe };
  for (const field of EXTENSION_ORG_FIELDS) delete platform[field];
  if (isObject(platform.policies)) {
    const policies = { ...platform.policies };
    for (const policy of EXTENSION_POLICIES) delete policies[policy];
    platform.policies = policies;
  }
  return platform;
}

/** The answer of a route that returns org describes, without their extension fields. */
function platformAnswer(route: string, body: unknown): unknown {
  if (route === 'org.describe') return withoutExtensionFields(body);
  if (route === 'system.findOrgs' && isObject(body) && Array.isArray(body.results)) {
    const results = body.results.map((result: unknown) =>
      isObject(result) && 'describe' in result
        ? { ...result, describe: withoutExtensionFields(result.describe) }
        : result,
    );
    return { ...body, results };
  }
  return body;
}

/** The extension input field the body holds (its path), if any. */
function extensionInput(route: string, body: unknown): readonly string[] | undefined {
  return EXTENSION_INPUTS[route]?.find((path) => {
    let value = body;
    for (const key of path) {
      if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, key)) return false;
      value = value[key];
    }
    return true;
  });
}

/** `body` with the field at `path` renamed to `name`. */
function renamed(body: Json, path: readonly string[], name: string): Json {
  const [key, ...rest] = path as [string, ...string[]];
  const { [key]: value, ...others } = body;
  if (rest.length === 0) return { ...others, [name]: value };
  return { ...others, [key]: renamed(value as Json, rest, name) };
}

function parsed(text: string): unknown {
  try {
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The answer with `hidden` named `real` again. */
function naming(answer: JsonAnswer, hidden: string, real: string): JsonAnswer {
  return { ...answer, json: answer.json.split(hidden).join(real) };
}

/** The same service, answering only what the platform's public API has. */
export function platformOnly(service: EmulatorService): EmulatorService {
  return {
    async respond(call: ServiceCall): Promise<JsonAnswer> {
      const route = routeOf(call.path);
      if (!route) return service.respond(call);
      if (EXTENSION_ROUTES.has(route.name)) {
        const hidden = { ...call, path: `/${route.subject}/${HIDDEN_METHOD}` };
        return naming(await service.respond(hidden), HIDDEN_METHOD, route.method);
      }
      const body = parsed(call.body);
      const field = extensionInput(route.name, body);
      if (field) {
        const hidden = { ...call, body: JSON.stringify(renamed(body as Json, field, HIDDEN_FIELD)) };
        return naming(await service.respond(hidden), HIDDEN_FIELD, field[field.length - 1]!);
      }
      const answer = await service.respond(call);
      if (answer.status !== 200 || (route.name !== 'org.describe' && route.name !== 'system.findOrgs')) return answer;
      return { ...answer, json: JSON.stringify(platformAnswer(route.name, JSON.parse(answer.json))) };
    },
    demoUsers: () => service.demoUsers(),
    reset: (scenario) => service.reset(scenario),
    issueToken: (userId) => service.issueToken(userId),
  };
}
