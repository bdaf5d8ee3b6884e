import { describe, expect, it } from 'vitest';
import { orgNameError } from './basic-info-section';
import { forwardingErrors, shortSignature } from './job-logs-section';
import { samlError } from './saml-section';

describe('settings fields, checked as typed with the API rules', () => {
  it('org name: not empty after trimming, at most 256 characters', () => {
    expect(orgNameError('Acme')).toBeUndefined();
    expect(orgNameError('   ')).toBe('Name must not be empty.');
    expect(orgNameError('x'.repeat(257))).toBe('Name must be at most 256 characters.');
  });

  it('HEC URL: https only; token: not empty', () => {
    expect(forwardingErrors('https://hec.example.org:8088/services/collector', 'secret')).toEqual({});
    expect(forwardingErrors('http://hec.example.org', 'secret')).toEqual({ url: 'HEC URL must be an https:// URL.' });
    expect(forwardingErrors('not a url', '')).toEqual({
      url: 'HEC URL must be an https:// URL.',
      token: 'Token must not be empty.',
    });
    expect(forwardingErrors('  ', 'secret')).toEqual({ url: 'HEC URL must not be empty.' });
  });

  it('token signature: shortened to its first 12 hex digits', () => {
    expect(shortSignature('0123456789abcdef0123')).toBe('0123456789ab…');
    expect(shortSignature('abc')).toBe('abc');
  });

  it('SAML identity provider: at most 1,024 characters, empty allowed', () => {
    expect(samlError('')).toBeUndefined();
    expect(samlError('https://idp.example.org/metadata')).toBeUndefined();
    expect(samlError('x'.repeat(1025))).toBe(
      'The identity provider must be at most 1,024 characters (this one has 1,025).',
    );
  });
});
