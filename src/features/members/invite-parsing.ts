/**
 * Turns what a person types or pastes into the Invite box into user IDs: usernames
 * or user IDs separated by commas, semicolons, spaces or newlines, or a pasted CSV
 * column (its header line, e.g. "username", is skipped). Pure, so it runs on every
 * keystroke and is unit-tested.
 */
import { usernameSchema } from '../../wire/inputs';

export interface InvalidInvitee {
  /** The entry as typed. */
  entry: string;
  reason: string;
}

export interface ParsedInvitees {
  /** User IDs not yet in the org, in the order first typed. */
  newIds: string[];
  /** User IDs that are already members, in the order first typed. */
  memberIds: string[];
  /** Entries that are not a username or user ID (each reported once). */
  invalid: InvalidInvitee[];
  /** How many entries repeated one already listed. */
  duplicates: number;
}

/** Header words a spreadsheet column of people might carry. */
const HEADER_WORDS = new Set([
  'username',
  'usernames',
  'user',
  'users',
  'user id',
  'user ids',
  'userid',
  'user_id',
  'id',
  'ids',
  'handle',
  'handles',
  'login',
  'name',
  'email',
  'e-mail',
  'emails',
  'invitee',
  'invitees',
  'member',
  'members',
]);

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/""/g, '"').trim();
  }
  return trimmed;
}

function isHeaderLine(line: string): boolean {
  return HEADER_WORDS.has(unquote(line).toLowerCase());
}

/** `Alice`, `@alice`, `user-Alice` → `user-alice`; null when not a valid username. */
export function normaliseInvitee(entry: string): string | null {
  let username = unquote(entry);
  if (username.startsWith('@')) username = username.slice(1);
  if (/^user-/i.test(username)) username = username.slice('user-'.length);
  if (!usernameSchema.safeParse(username).success) return null;
  return `user-${username.toLowerCase()}`;
}

function reasonFor(entry: string): string {
  if (entry.includes('@') && !entry.startsWith('@')) {
    return 'looks like an e-mail address; enter their username or user ID';
  }
  const issue = usernameSchema.safeParse(
    unquote(entry)
      .replace(/^@/, '')
      .replace(/^user-/i, ''),
  ).error?.issues[0];
  return `not a valid username: ${issue?.message ?? 'must be a username or user ID'}`;
}

export function splitInviteeText(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (firstContent >= 0 && isHeaderLine(lines[firstContent]!)) lines.splice(firstContent, 1);
  return lines
    .flatMap((line) => line.split(/[,;\s]+/))
    .map(unquote)
    .filter((entry) => entry !== '');
}

export function parseInvitees(text: string, existingMemberIds: ReadonlySet<string>): ParsedInvitees {
  const result: ParsedInvitees = { newIds: [], memberIds: [], invalid: [], duplicates: 0 };
  const seen = new Set<string>();
  for (const entry of splitInviteeText(text)) {
    const id = normaliseInvitee(entry);
    const key = id ?? `invalid:${entry}`;
    if (seen.has(key)) {
      result.duplicates += 1;
      continue;
    }
    seen.add(key);
    if (id === null) result.invalid.push({ entry, reason: reasonFor(entry) });
    else if (existingMemberIds.has(id)) result.memberIds.push(id);
    else result.newIds.push(id);
  }
  return result;
}
