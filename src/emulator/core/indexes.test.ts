import { describe, expect, it } from 'vitest';
import { seedDemo } from '../seed';
import { forgetTokens, userWithToken } from './indexes';
import { hashToken } from './tokens';

describe('the token index', () => {
  it('finds a user by token, and an unknown token costs a lookup, not a rebuild over all users', () => {
    const state = seedDemo(Date.UTC(2026, 10, 21));
    expect(userWithToken(state, 'demo-token-alice')?.id).toBe('user-alice');

    // Given a token behind the index's back, a user is found only once the index is rebuilt:
    // so a miss (here, any number of them) did not rebuild it.
    state.users['user-dave']!.tokenHash = hashToken('sneaked-in');
    for (let i = 0; i < 50; i++) expect(userWithToken(state, `unknown-${i}`)).toBeUndefined();
    expect(userWithToken(state, 'sneaked-in')).toBeUndefined();

    forgetTokens(state);
    expect(userWithToken(state, 'sneaked-in')?.id).toBe('user-dave');
  });
});
