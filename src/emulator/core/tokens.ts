/**
 * API tokens. The state keeps only each token's SHA-256, so a copy of the data gives no
 * way in; tokens are high-entropy random strings, so an unsalted hash is enough.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export function hashToken(token: string): string {
  return bytesToHex(sha256(utf8ToBytes(token)));
}

/** 256 bits from the platform's cryptographic random source, as 64 hex digits. */
export function newToken(): string {
  return bytesToHex(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The documented fixed token of a demo person (`demo-token-alice`): a convenience of the
 * local demo, replaced by random ones when the API server is reachable from elsewhere.
 */
export function demoToken(handle: string): string {
  return `demo-token-${handle}`;
}
