/**
 * The emulator as a service: the state, the clock, persistence, and one call at a time.
 * Calls are queued so that a mutation and its save finish before the next call starts.
 */
import { handleCall, type ApiAnswer, type ApiCall } from '../core/dispatch';
import { dropIndexes } from '../core/indexes';
import { seedScenario, type Scenario } from './seed';
import type { State } from './state';

export interface Persistence {
  load(): Promise<State | null>;
  save(state: State): Promise<void>;
  /**
   * True when someone else (another browser tab on the same IndexedDB) saved since this
   * emulator last loaded or saved: its next call then starts from their state, so a
   * change made in one tab shows in the others and is not overwritten by them.
   */
  changedElsewhere?(): Promise<boolean>;
}

export interface EmulatorOptions {
  scenario?: Scenario;
  persistence?: Persistence | null;
  clock?: () => number;
}

export interface DemoPerson {
  id: string;
  handle: string;
  first: string;
  last: string;
  persona: string;
  token: string;
}

/** How many people the sign-in page and the server banner introduce. */
const FEATURED_PEOPLE = 8;

export class Emulator {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private current: State,
    private readonly persistence: Persistence | null,
    private readonly clock: () => number,
  ) {}

  /** Opens the persisted state, or seeds `scenario` (and saves it) when there is none. */
  static async open(options: EmulatorOptions = {}): Promise<Emulator> {
    const clock = options.clock ?? Date.now;
    const persistence = options.persistence ?? null;
    const loaded = persistence ? await persistence.load() : null;
    const emulator = new Emulator(loaded ?? seedScenario(options.scenario ?? 'demo', clock()), persistence, clock);
    if (!loaded && persistence) await persistence.save(emulator.current);
    return emulator;
  }

  get state(): State {
    return this.current;
  }

  call(call: Omit<ApiCall, 'now'>): Promise<ApiAnswer> {
    return this.serialized(async () => {
      await this.catchUp();
      const answer = handleCall(this.current, { ...call, now: this.clock() });
      if (answer.mutated && this.persistence) await this.persistence.save(this.current);
      if (answer.status === 500 && this.persistence) {
        // A bug may have left a half-applied change: go back to the last saved state.
        this.current = (await this.persistence.load()) ?? this.current;
        dropIndexes();
      }
      return answer;
    });
  }

  /** Restores the seed of `scenario` (by default the one the state was made from). */
  reset(scenario?: Scenario): Promise<void> {
    return this.serialized(async () => {
      await this.catchUp();
      this.current = seedScenario(scenario ?? (this.current.scenario as Scenario), this.clock());
      dropIndexes();
      if (this.persistence) await this.persistence.save(this.current);
    });
  }

  featuredPeople(): DemoPerson[] {
    return this.everyone().slice(0, FEATURED_PEOPLE);
  }

  everyone(): DemoPerson[] {
    return Object.values(this.current.users).map(({ id, handle, first, last, persona, token }) => ({
      id,
      handle,
      first,
      last,
      persona,
      token,
    }));
  }

  private async catchUp(): Promise<void> {
    if (!this.persistence?.changedElsewhere || !(await this.persistence.changedElsewhere())) return;
    this.current = (await this.persistence.load()) ?? this.current;
    dropIndexes();
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}
