/**
 * The emulator as a service: the state, the clock, persistence, and one call at a time.
 * Calls are queued so that a mutation and its save finish before the next call starts;
 * a change that cannot be saved is undone, so memory never holds what the disk does not.
 */
import { ApiFailure } from '../core/errors';
import { dropIndexes, forgetTokens, userWithToken } from '../core/indexes';
import type { State, UserRecord } from '../core/state';
import { demoToken, hashToken, newToken } from '../core/tokens';
import { Transaction, type RecordChange } from '../core/transaction';
import { errorBody, handleCall, type ApiAnswer, type ApiCall } from '../dispatch/dispatch';
import { DEMO_PERSONAS, seedScenario, type Scenario } from '../seed';
import type { DemoUsers, EmulatorService, JsonAnswer, ServiceCall } from './emulator-service';
import type { Persistence } from './persistence';

export interface EmulatorOptions {
  scenario?: Scenario;
  persistence?: Persistence | null;
  clock?: () => number;
  /** Told why a call failed inside the emulator or its save; callers only hear that it did (no server paths). */
  onFault?: (error: unknown) => void;
}

export interface DemoPerson {
  id: string;
  handle: string;
  first: string;
  last: string;
  persona: string;
  token: string;
}

const SAVE_FAILED = new ApiFailure(
  'InternalError',
  'The change could not be saved, so it was not made. Try again later.',
);

export class Emulator implements EmulatorService {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private current: State,
    private readonly persistence: Persistence | null,
    private readonly clock: () => number,
    private readonly onFault: (error: unknown) => void,
  ) {}

  /** Opens the persisted state, or seeds `scenario` (and saves it) when there is none. */
  static async open(options: EmulatorOptions = {}): Promise<Emulator> {
    const clock = options.clock ?? Date.now;
    const persistence = options.persistence ?? null;
    const loaded = persistence ? await persistence.load() : null;
    const state = loaded ?? seedScenario(options.scenario ?? 'demo', clock());
    if (!loaded && persistence) await persistence.replace(state);
    return new Emulator(state, persistence, clock, options.onFault ?? (() => undefined));
  }

  get state(): State {
    return this.current;
  }

  /** O(1): whether `token` belongs to someone; lets the HTTP face refuse before reading a body. */
  knowsToken(token: string): boolean {
    return userWithToken(this.current, token) !== undefined;
  }

  call(call: Omit<ApiCall, 'now'>): Promise<ApiAnswer> {
    return this.serialized(async () => {
      await this.catchUp();
      const answer = handleCall(this.current, { ...call, now: this.clock() });
      if (answer.fault !== undefined) this.onFault(answer.fault);
      if (answer.changes.length === 0 || (await this.saved(answer.changes))) return answer;
      answer.rollback();
      return { status: SAVE_FAILED.status, body: errorBody(SAVE_FAILED), changes: [], rollback: () => undefined };
    });
  }

  async respond(call: ServiceCall): Promise<JsonAnswer> {
    const answer = await this.call(call);
    return { status: answer.status, json: JSON.stringify(answer.body) };
  }

  demoUsers(): Promise<DemoUsers> {
    return Promise.resolve({ users: this.demoPeople(), scenario: this.current.scenario });
  }

  /** Restores the seed of `scenario` (by default the one the state was made from). */
  reset(scenario?: Scenario): Promise<void> {
    return this.serialized(async () => {
      await this.catchUp();
      const seeded = seedScenario(scenario ?? (this.current.scenario as Scenario), this.clock());
      await this.persistence?.replace(seeded);
      this.replaceState(seeded);
    });
  }

  /** Replaces the whole state (an imported dump), stored first. */
  replace(state: State): Promise<void> {
    return this.serialized(async () => {
      await this.persistence?.replace(state);
      this.replaceState(state);
    });
  }

  /** A fresh random token for `userId`, replacing the one they had; null when no such user. */
  issueToken(userId: string): Promise<string | null> {
    return this.serialized(async () => {
      await this.catchUp();
      if (!this.current.users[userId]) return null;
      const token = newToken();
      if (!(await this.changeTokens([[userId, token]]))) throw new Error(SAVE_FAILED.message);
      return token;
    });
  }

  /**
   * Replaces each demo person's documented fixed token (if they still have it) with a
   * random one, for a server others can reach; answers who got which.
   */
  replaceDemoTokens(): Promise<DemoPerson[]> {
    return this.serialized(async () => {
      const replaced = this.demoPeople().map((person) => ({ ...person, token: newToken() }));
      if (!(await this.changeTokens(replaced.map((person) => [person.id, person.token]))))
        throw new Error(SAVE_FAILED.message);
      return replaced;
    });
  }

  /** The demo people who still have their documented token: the sign-in page's list. */
  demoPeople(): DemoPerson[] {
    return DEMO_PERSONAS.flatMap((id) => {
      const user = this.current.users[id];
      if (!user || user.tokenHash !== hashToken(demoToken(user.handle))) return [];
      return [{ ...personOf(user), token: demoToken(user.handle) }];
    });
  }

  private async changeTokens(tokens: [userId: string, token: string][]): Promise<boolean> {
    const tx = new Transaction(this.current);
    for (const [userId, token] of tokens) tx.editUser(userId).tokenHash = hashToken(token);
    forgetTokens(this.current);
    if (await this.saved(tx.changes())) return true;
    tx.rollback();
    forgetTokens(this.current);
    return false;
  }

  private async saved(changes: RecordChange[]): Promise<boolean> {
    if (!this.persistence || changes.length === 0) return true;
    try {
      await this.persistence.write(changes);
      return true;
    } catch (error) {
      this.onFault(error);
      return false;
    }
  }

  private replaceState(state: State): void {
    this.current = state;
    dropIndexes();
  }

  private async catchUp(): Promise<void> {
    if (!this.persistence?.changedElsewhere || !(await this.persistence.changedElsewhere())) return;
    const stored = await this.persistence.load();
    if (stored) this.replaceState(stored);
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function personOf(user: UserRecord): Omit<DemoPerson, 'token'> {
  return { id: user.id, handle: user.handle, first: user.first, last: user.last, persona: user.persona };
}
