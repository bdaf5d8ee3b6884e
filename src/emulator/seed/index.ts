/** Seed scenarios of the emulator: deterministic given `now`. */
import type { State } from '../core/state';
import { seedDemo } from './demo';
import { seedDxToolkit } from './dx-toolkit';
import { seedLarge } from './large';

export type Scenario = 'demo' | 'large' | 'dx-toolkit';

export const SCENARIOS: readonly Scenario[] = ['demo', 'large', 'dx-toolkit'];

export function seedScenario(name: Scenario, now: number): State {
  switch (name) {
    case 'demo':
      return seedDemo(now);
    case 'large':
      return seedLarge(now);
    case 'dx-toolkit':
      return seedDxToolkit();
    default: {
      const unknown: never = name;
      throw new Error(`Unknown seed scenario: ${String(unknown)}`);
    }
  }
}

export { DEMO_PERSONAS, seedDemo } from './demo';
export { seedDxToolkit } from './dx-toolkit';
export { LARGE_MEMBERS, LARGE_ORG_ID, LARGE_PROJECTS, seedLarge } from './large';
