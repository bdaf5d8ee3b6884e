import { describe, expect, it } from 'vitest';
import { validateRemoteSignIn } from './schema';

describe('validateRemoteSignIn', () => {
  it('accepts an http(s) URL and a token, trimmed', () => {
    expect(validateRemoteSignIn({ apiUrl: ' https://api.example.org/ ', token: ' abc ' })).toEqual({
      ok: true,
      data: { apiUrl: 'https://api.example.org/', token: 'abc' },
    });
    expect(validateRemoteSignIn({ apiUrl: 'http://localhost:8787', token: 't' }).ok).toBe(true);
  });

  it('asks for both fields when empty', () => {
    const result = validateRemoteSignIn({ apiUrl: '', token: '   ' });
    expect(result).toEqual({ ok: false, errors: { apiUrl: 'Enter the API URL.', token: 'Enter the API token.' } });
  });

  it.each(['ftp://files.example.org', 'example.org', 'javascript:alert(1)', 'http//x', 'https://'])(
    'refuses %s as an API URL',
    (apiUrl) => {
      const result = validateRemoteSignIn({ apiUrl, token: 't' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.errors.apiUrl).toMatch(/http:\/\/ or https:\/\//);
        expect(result.errors.token).toBeUndefined();
      }
    },
  );
});
