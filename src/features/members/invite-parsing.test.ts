import { describe, expect, it } from 'vitest';
import { normaliseInvitee, parseInvitees, splitInviteeText } from './invite-parsing';

const none = new Set<string>();

describe('normaliseInvitee', () => {
  it('turns usernames, handles and user IDs into lower-case user IDs', () => {
    expect(normaliseInvitee('Alice')).toBe('user-alice');
    expect(normaliseInvitee('@alice')).toBe('user-alice');
    expect(normaliseInvitee('user-alice')).toBe('user-alice');
    expect(normaliseInvitee('USER-Alice')).toBe('user-alice');
    expect(normaliseInvitee('"bob.smith_2"')).toBe('user-bob.smith_2');
  });

  it('refuses what is not a username', () => {
    expect(normaliseInvitee('al')).toBeNull();
    expect(normaliseInvitee('2alice')).toBeNull();
    expect(normaliseInvitee('alice@example.org')).toBeNull();
    expect(normaliseInvitee('user-')).toBeNull();
    expect(normaliseInvitee('org-acme')).toBeNull();
    expect(normaliseInvitee('a'.repeat(65))).toBeNull();
  });
});

describe('splitInviteeText', () => {
  it('splits on commas, semicolons, spaces, tabs and every kind of newline', () => {
    expect(splitInviteeText('alice, bob;carol\tdave\r\nerin\rfrank\n\n  grace  ')).toEqual([
      'alice',
      'bob',
      'carol',
      'dave',
      'erin',
      'frank',
      'grace',
    ]);
  });

  it('skips the header line of a pasted CSV column and strips quotes', () => {
    expect(splitInviteeText('username\n"alice"\n"bob"\n')).toEqual(['alice', 'bob']);
    expect(splitInviteeText('\n  Email \nalice\n')).toEqual(['alice']);
    expect(splitInviteeText('"User ID"\nuser-alice')).toEqual(['user-alice']);
  });

  it('keeps a first line that is a person, not a header', () => {
    expect(splitInviteeText('alice\nusername')).toEqual(['alice', 'username']);
  });

  it('yields nothing for blank text', () => {
    expect(splitInviteeText('  \n , ; ')).toEqual([]);
  });
});

describe('parseInvitees', () => {
  it('sorts into new and already-member, keeping the typed order', () => {
    const parsed = parseInvitees('zed, Bob, alice, user-carol', new Set(['user-bob', 'user-carol']));
    expect(parsed.newIds).toEqual(['user-zed', 'user-alice']);
    expect(parsed.memberIds).toEqual(['user-bob', 'user-carol']);
    expect(parsed.invalid).toEqual([]);
    expect(parsed.duplicates).toBe(0);
  });

  it('de-duplicates the same person written differently, counting repeats', () => {
    const parsed = parseInvitees('alice Alice user-alice @ALICE bob', none);
    expect(parsed.newIds).toEqual(['user-alice', 'user-bob']);
    expect(parsed.duplicates).toBe(3);
  });

  it('reports each invalid entry once with a reason, and still parses the rest', () => {
    const parsed = parseInvitees('alice, x, alice@example.org, x, 9lives', none);
    expect(parsed.newIds).toEqual(['user-alice']);
    expect(parsed.invalid.map((i) => i.entry)).toEqual(['x', 'alice@example.org', '9lives']);
    expect(parsed.invalid[0]!.reason).toMatch(/^not a valid username/);
    expect(parsed.invalid[1]!.reason).toMatch(/e-mail address/);
    expect(parsed.duplicates).toBe(1);
  });

  it('handles a pasted CSV column with a header', () => {
    const parsed = parseInvitees('username\r\nalice\r\nbob\r\n', new Set(['user-bob']));
    expect(parsed).toEqual({ newIds: ['user-alice'], memberIds: ['user-bob'], invalid: [], duplicates: 0 });
  });

  it('is empty for empty text', () => {
    expect(parseInvitees('', none)).toEqual({ newIds: [], memberIds: [], invalid: [], duplicates: 0 });
  });
});
