// @vitest-environment node
import { RE2JS } from 're2js';
import { describe, expect, it, vi } from 'vitest';
import type { AppRecord } from './state';
import { admin, call, member, NOW, ok, org, outcome, project, user, world } from '../testing/world';
import { nameMatcher } from './queries';

const glob = (pattern: string) => nameMatcher({ glob: pattern });
const regexp = (pattern: string, flags?: string) => nameMatcher({ regexp: pattern, flags });

describe('name globs', () => {
  it('reads * as any run of characters and ? as exactly one, over the whole name', () => {
    expect(glob('WGS*')('WGS batch 3')).toBe(true);
    expect(glob('*batch*')('WGS batch 3')).toBe(true);
    expect(glob('batch*')('WGS batch 3')).toBe(false);
    expect(glob('W?S*3')('WGS batch 3')).toBe(true);
    expect(glob('a?c')('ac')).toBe(false);
    expect(glob('a?c')('abbc')).toBe(false);
    expect(glob('*')('')).toBe(true);
    expect(glob('')('')).toBe(true);
    expect(glob('')('a')).toBe(false);
    expect(glob('a**b*')('ab')).toBe(true);
    expect(glob('*x')('abx')).toBe(true);
    expect(glob('*x')('axb')).toBe(false);
  });

  it('is case-sensitive and counts a character outside the BMP as one', () => {
    expect(glob('wgs*')('WGS batch 3')).toBe(false);
    expect(glob('run ?')('run 😀')).toBe(true);
    expect(glob('run ??')('run 😀')).toBe(false);
  });

  it('takes every other character literally', () => {
    const name = 'v1.0+(beta)[x]{2}^$|\\';
    expect(glob(name)(name)).toBe(true);
    expect(glob('v1.0')('v1x0')).toBe(false);
    expect(glob('a+')('aa')).toBe(false);
    expect(glob('[ab]')('a')).toBe(false);
    expect(glob('(a|b)*')('(a|b) run')).toBe(true);
  });

  it('settles patterns that backtrack exponentially as a RegExp', () => {
    const matches = glob('*a*a*a*a*a*a*b');
    expect(matches('a'.repeat(256))).toBe(false);
    expect(matches(`${'a'.repeat(256)}b`)).toBe(true);
    expect(glob('*aaaaaaaaaaaaaaaaaaaaab')('a'.repeat(1000))).toBe(false);
  });
});

describe('name regexps', () => {
  it('search anywhere in the name, as RegExp.test does', () => {
    expect(regexp('batch \\d')('WGS batch 3')).toBe(true);
    expect(regexp('^batch')('WGS batch 3')).toBe(false);
    expect(regexp('^WGS.*3$')('WGS batch 3')).toBe(true);
    expect(regexp('')('anything')).toBe(true);
  });

  it('honour the i, m and s flags, and accept u', () => {
    expect(regexp('wgs')('WGS batch 3')).toBe(false);
    expect(regexp('wgs', 'i')('WGS batch 3')).toBe(true);
    expect(regexp('^b$')('a\nb')).toBe(false);
    expect(regexp('^b$', 'm')('a\nb')).toBe(true);
    expect(regexp('a.b')('a\nb')).toBe(false);
    expect(regexp('a.b', 's')('a\nb')).toBe(true);
    expect(regexp('^run .$', 'u')('run 😀')).toBe(true);
    expect(regexp('CAFÉ')('café')).toBe(false);
    expect(regexp('CAFÉ', 'iu')('café')).toBe(true);
  });

  it('settle nested quantifiers in linear time', () => {
    const matches = regexp('^(a+)+$');
    expect(matches(`${'a'.repeat(5000)}!`)).toBe(false);
    expect(matches('a'.repeat(5000))).toBe(true);
    expect(regexp('(x+x+)+y')('x'.repeat(5000))).toBe(false);
  });

  it('refuse what RE2 cannot run, naming the field and why', () => {
    for (const pattern of ['(a)\\1', 'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '(']) {
      expect(() => regexp(pattern), pattern).toThrow(
        /^"name\.regexp" is not a valid RE2 regular expression \(backreferences and lookaround are not supported\)/,
      );
    }
    expect(() => regexp('.{1000}'.repeat(6))).toThrow(/^"name\.regexp" is too complex/);
  });
});

describe('find routes', () => {
  const app = (id: string, name: string, access: Partial<AppRecord>): AppRecord => ({
    id,
    name,
    title: name,
    version: '1.0.0',
    billTo: 'org-acme',
    developers: [],
    authorizedUsers: [],
    published: NOW,
    created: NOW,
    ...access,
  });

  function setup() {
    const acme = org('acme', { 'user-alice': admin(), 'user-bob': member() });
    const seen = project('user-carol', { 'user-carol': 'VIEW' }, { name: 'aaa' });
    const unseen = project('user-dave', { 'user-dave': 'ADMINISTER' }, { name: 'a'.repeat(256) });
    const apps = [
      app('app-seen', 'aaaa', { authorizedUsers: ['user-carol'] }),
      app('app-unseen', 'a'.repeat(256), { developers: ['user-dave'] }),
    ];
    const state = world({
      users: ['alice', 'bob', 'carol', 'dave'].map(user),
      orgs: [acme],
      projects: [seen, unseen],
      apps,
    });
    return { state, seen };
  }

  const ids = (answer: ReturnType<typeof call>) => ok<{ results: { id: string }[] }>(answer).results.map((r) => r.id);

  it('match a pattern only against the names the caller may see', () => {
    const { state, seen } = setup();
    const tested = vi.spyOn(RE2JS.prototype, 'test');
    const slow = { regexp: '^(a+)+$' };
    expect(ids(call(state, 'carol', '/system/findProjects', { name: slow }))).toEqual([seen.id]);
    expect(ids(call(state, 'carol', '/system/findApps', { name: slow }))).toEqual(['app-seen']);
    expect(tested.mock.calls.map(([name]) => name)).toEqual(['aaa', 'aaaa']);
    expect(ids(call(state, 'carol', '/system/findProjects', { name: { glob: '*a*a*a*a*a*a*b' } }))).toEqual([]);
  });

  it('match no name for a caller who may not list the org', () => {
    const { state } = setup();
    const tested = vi.spyOn(RE2JS.prototype, 'test');
    expect(outcome(call(state, 'bob', '/org-acme/findProjects', { name: { regexp: 'a' } }))).toBe('PermissionDenied');
    expect(outcome(call(state, 'bob', '/org-acme/findApps', { name: { regexp: 'a' } }))).toBe('PermissionDenied');
    expect(tested).not.toHaveBeenCalled();
  });

  it('refuse long patterns, repeated flags and constructs RE2 lacks as InvalidInput', () => {
    const { state } = setup();
    const refusal = (body: object) =>
      (call(state, 'alice', '/org-acme/findProjects', body).body as { error: { type: string; message: string } }).error;
    expect(refusal({ name: { glob: '*'.repeat(1001) } })).toMatchObject({
      type: 'InvalidInput',
      message: 'name.glob: must be at most 1000 characters',
    });
    expect(refusal({ name: { regexp: 'a'.repeat(1001) } })).toMatchObject({
      type: 'InvalidInput',
      message: 'name.regexp: must be at most 1000 characters',
    });
    expect(refusal({ name: { regexp: 'a', flags: 'ii' } })).toMatchObject({
      type: 'InvalidInput',
      message: 'name.flags: must not repeat a flag',
    });
    expect(refusal({ name: { regexp: '(a)\\1' } })).toMatchObject({
      type: 'InvalidInput',
      message: expect.stringContaining('backreferences and lookaround are not supported'),
    });
    expect(ids(call(state, 'alice', '/org-acme/findProjects', { name: { glob: '*'.repeat(1000) } }))).toEqual([]);
  });
});
