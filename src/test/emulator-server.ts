/**
 * The org API emulator for component tests: a fresh, seeded emulator per test, served
 * over MSW in Node (`msw/node`) by the same handlers the browser's service worker uses,
 * at `${window.location.origin}/api` (jsdom: http://localhost:3000/api), so the console's
 * own `fetch` reaches it exactly as in the browser.
 *
 * Importing this module registers the file's server hooks (listen before the file's
 * tests, drop the handlers after each test, close after the file). Nothing is persisted.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { http, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
// The harness hosts the emulator in-process, as src/emulator/http/browser.ts does in the
// browser; the screens under test still reach it over HTTP only. These two imports are the
// only ones from src/emulator in the component tests (the console's static-import ban on the
// emulator's HTTP face is about the app's chunks, not tests).
import { Emulator, type EmulatorOptions } from '../emulator/service/emulator';
// eslint-disable-next-line no-restricted-imports
import { createHandlers } from '../emulator/http/handlers';

type Scenario = NonNullable<EmulatorOptions['scenario']>;
type State = Emulator['state'];

/** The emulator's "now" in component tests: seeds and audit events are stamped from it. */
export const FIXED_NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

/** Where the console finds the embedded API in jsdom (the same rule as `embeddedApiBase`). */
export const API_PREFIX = '/api';

/** One API call the console made: the path below `/api` and its JSON body. */
export interface RecordedCall {
  path: string;
  body: unknown;
}

export interface TestEmulator {
  readonly emulator: Emulator;
  /** The emulator's state now (a live view: read it after the screen shows the outcome). */
  readonly state: State;
  /** Every API call the console made since the emulator started, in order (emulator controls included). */
  readonly calls: RecordedCall[];
  /** The bodies sent to one path, e.g. `sent('/org-acme/update')`. */
  sent(path: string): unknown[];
  /** A token for `userId`: a demo person's fixed token, or a fresh one for anyone else. */
  tokenFor(userId: string): Promise<string>;
  /** Calls the API directly (not through the console) as `userId`; answers the status and body. */
  callAs(userId: string, path: string, body?: object): Promise<{ status: number; body: unknown }>;
}

// Requests the handlers do not serve fail the test: nothing should leave the machine.
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function recorder(calls: RecordedCall[]): HttpHandler {
  // Records and passes on (a resolver that returns nothing hands the request to the next handler).
  return http.post(`*${API_PREFIX}/*`, async ({ request }) => {
    const text = await request.clone().text();
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    calls.push({ path: new URL(request.url).pathname.slice(API_PREFIX.length), body });
    return undefined;
  });
}

/**
 * A fresh emulator seeded with `scenario` (the demo by default) at `FIXED_NOW`, served
 * for the rest of the current test.
 */
export async function startEmulator(options: { scenario?: Scenario; now?: number } = {}): Promise<TestEmulator> {
  const now = options.now ?? FIXED_NOW;
  const emulator = await Emulator.open({ scenario: options.scenario ?? 'demo', clock: () => now, persistence: null });
  const calls: RecordedCall[] = [];
  server.resetHandlers(recorder(calls), ...createHandlers(emulator, API_PREFIX, { controls: 'open' }));

  async function tokenFor(userId: string): Promise<string> {
    const demo = emulator.demoPeople().find((person) => person.id === userId);
    if (demo) return demo.token;
    const issued = await emulator.issueToken(userId);
    if (issued === null) throw new Error(`The emulator has no user ${userId}`);
    return issued;
  }

  return {
    emulator,
    get state() {
      return emulator.state;
    },
    calls,
    sent: (path) => calls.filter((call) => call.path === path).map((call) => call.body),
    tokenFor,
    async callAs(userId, path, body = {}) {
      const answer = await emulator.call({
        path,
        token: await tokenFor(userId),
        body: JSON.stringify(body),
        contentType: 'application/json',
      });
      return { status: answer.status, body: answer.body };
    },
  };
}
