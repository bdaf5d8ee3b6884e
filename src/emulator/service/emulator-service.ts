/**
 * What the emulator's HTTP face asks of an emulator: the `Emulator` itself (Node, tests) or
 * its proxy in the page for an emulator running in a Web Worker (the browser). Answers carry
 * their body as JSON text, so an emulator in a Worker hands the page one string per call.
 */
import type { ApiCall } from '../dispatch/dispatch';
import type { Scenario } from '../seed';
import type { DemoPerson } from './emulator';

export type ServiceCall = Omit<ApiCall, 'now'>;

export interface JsonAnswer {
  status: number;
  /** The answer's body, serialised. */
  json: string;
}

export interface DemoUsers {
  users: DemoPerson[];
  scenario: string;
}

export interface EmulatorService {
  /** One API call: its status and body. */
  respond(call: ServiceCall): Promise<JsonAnswer>;
  /** The sign-in page's people and the scenario the state was seeded from. */
  demoUsers(): Promise<DemoUsers>;
  /** Restores the seed of `scenario` (by default the current one). */
  reset(scenario?: Scenario): Promise<void>;
  /** A fresh random token for `userId`; null when there is no such user. */
  issueToken(userId: string): Promise<string | null>;
}
