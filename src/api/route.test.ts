import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './client';
import { callRoute, parseAnswer, routePath } from './route';
import { stubApi } from './fetch-stub';
import { clearSession } from './session';

describe('parseAnswer', () => {
  const schema = z.looseObject({ id: z.string(), count: z.number().optional().default(0) });

  it('returns the answer as the schema reads it', () => {
    expect(parseAnswer(schema, { id: 'org-acme', extra: true }, 'unused')).toEqual({
      id: 'org-acme',
      count: 0,
      extra: true,
    });
  });

  it('throws an InvalidResponse with the message and the schema’s complaints', () => {
    let caught: unknown;
    try {
      parseAnswer(schema, { count: 'three' }, '/org-acme/describe answered without an ID.');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ApiError);
    const error = caught as ApiError;
    expect(error.type).toBe('InvalidResponse');
    expect(error.message).toBe('/org-acme/describe answered without an ID.');
    expect(error.status).toBe(200);
    expect(error.details).toMatchObject({ properties: { id: { errors: [expect.any(String)] } } });
  });
});

describe('callRoute', () => {
  afterEach(() => clearSession());

  const mockFetch = (answer: unknown) => stubApi(() => ({ body: answer }));

  it('calls an entity route on its subject, encoded, with the body as given', async () => {
    const sent = mockFetch({ id: 'org-acme' });
    await expect(
      callRoute('org.setMemberAccess', 'org-acme', { 'user-bob': { level: 'MEMBER', appAccess: true } }),
    ).resolves.toEqual({ id: 'org-acme' });
    expect(sent()).toEqual({
      url: 'https://api.example.org/org-acme/setMemberAccess',
      body: { 'user-bob': { level: 'MEMBER', appAccess: true } },
    });

    await callRoute('project.describe', 'project a/b', {});
    expect(sent(1).url).toBe('https://api.example.org/project%20a%2Fb/describe');
  });

  it('calls a class route on its class word, without a subject', async () => {
    const sent = mockFetch({ id: 'org-new' });
    await callRoute('org.new', { handle: 'new_lab', name: 'New Lab' });
    expect(sent()).toEqual({ url: 'https://api.example.org/org/new', body: { handle: 'new_lab', name: 'New Lab' } });

    await callRoute('system.whoami', {});
    expect(sent(1)).toEqual({ url: 'https://api.example.org/system/whoami', body: {} });
  });

  it('types the body by the route’s input schema', () => {
    // Compile-time checks only: each line must fail to type-check.
    const never = () => {
      // @ts-expect-error: `level` must be ADMIN or MEMBER
      void callRoute('org.setMemberAccess', 'org-acme', { 'user-bob': { level: 'OWNER' } });
      // @ts-expect-error: an entity route needs its subject
      void callRoute('org.invite', { invitee: 'user-bob' });
      // @ts-expect-error: a class route takes no subject
      void callRoute('org.new', 'org-acme', { handle: 'x', name: 'X' });
      // @ts-expect-error: `projects` is required
      void callRoute('org.bulkUpdateProjectLimit', 'org-acme', { limits: {} });
    };
    expect(never).toBeTypeOf('function');
  });
});

describe('routePath', () => {
  it('names class routes by their class word and entity routes by their subject', () => {
    expect(routePath('system.findOrgs')).toBe('/system/findOrgs');
    expect(routePath('user.new')).toBe('/user/new');
    expect(routePath('org.findMembers', 'org-acme')).toBe('/org-acme/findMembers');
    expect(() => routePath('org.findMembers')).toThrow(TypeError);
  });
});
