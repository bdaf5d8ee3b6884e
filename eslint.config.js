// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

/** The console must not reach into the emulator's internals (only its HTTP face). */
const noEmulatorInternals = {
  group: ['**/emulator/core', '**/emulator/core/**', '**/emulator/store', '**/emulator/store/**'],
  message:
    'The console talks to the emulator over HTTP only: import wire types from src/wire, never src/emulator/core or src/emulator/store.',
};

/** From inside src/emulator, any relative path that climbs out into the console. */
/** The emulator's HTTP face (MSW + the whole emulator) is loaded only with a dynamic
 * `import()` from src/main.tsx, so it stays in its own chunk. (no-restricted-imports
 * does not look at dynamic imports.) */
const noStaticEmulatorHttp = {
  group: ['**/emulator/http', '**/emulator/http/**'],
  allowTypeImports: true,
  message:
    'Load the embedded emulator only with a dynamic import() (see src/main.tsx) so it stays out of the main chunk.',
};

const noConsoleFromEmulator = {
  regex: '^(\\.\\./)+(app|api|features|components)(/|$)',
  message: 'src/emulator must not import the console (app, api, features, components); share code through src/wire.',
};

/** Shared UI is fed through its props: it may show an API error (src/api/client) and name API types, but it
 * never loads or changes anything itself (no query options, mutations or session from src/api). */
const noApiCallsFromComponents = {
  group: ['**/api/**', '!**/api/client'],
  allowTypeImports: true,
  message:
    'src/components is shared UI fed through props: it may use src/api/client (ApiError, describeError) and API types only; load and change data in the feature.',
};

/** src/api owns the wire: a mutation is one of its hooks (useSetMemberAccess(), useUpdateOrg(), …), which
 * knows what the change touches and invalidates it (src/api/mutation.ts). */
const noMutationOutsideApi = {
  name: '@tanstack/react-query',
  importNames: ['useMutation'],
  message: 'Call the mutation hook of the area in src/api (e.g. useUpdateOrg), which also invalidates what it changes.',
};
const noAfterMutationOutsideApi = {
  group: ['**/api/sync'],
  importNames: ['afterMutation'],
  message: 'Invalidation belongs to the mutation hooks of src/api: call the hook, not afterMutation.',
};

// ---- Layers of src (README "Architecture"), checked on resolved paths, dynamic import() included ----
// app → features → components → lib → wire, with api beside them; the emulator only behind HTTP.
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const CONSOLE = ['src/app', 'src/api', 'src/features', 'src/components', 'src/lib'];
/** The source files of a folder, its tests left out. */
const sourceOf = (folder) => `${folder}/**/!(*.test).{ts,tsx}`;

/** @type {{ target: string | string[]; from: string | string[]; except?: string[]; message: string }[]} */
const layerZones = [
  ...FEATURES.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message:
      'A feature imports no other feature: move what both need into src/lib (pure helpers) or src/components (shared UI).',
  })),
  {
    // Component tests may render a feature inside the app's providers.
    target: ['src/features', 'src/components', 'src/lib', 'src/api', 'src/wire'].map(sourceOf),
    from: 'src/app',
    message: 'src/app (router, providers, layout) imports the features; nothing imports the app.',
  },
  {
    target: 'src/components',
    from: ['src/features', 'src/app', 'src/emulator'],
    message:
      'src/components is shared UI: it imports no feature, no app code and no emulator; move the shared piece here.',
  },
  {
    target: 'src/lib',
    from: ['src/app', 'src/api', 'src/features', 'src/components', 'src/emulator', 'src/test', 'src/main.tsx'],
    message: 'src/lib is pure helpers: it imports only src/wire and itself.',
  },
  {
    // Its tests may use vitest.
    target: sourceOf('src/lib'),
    from: 'node_modules',
    message: 'src/lib is plain TypeScript (no React, no query client, no API calls): use Intl and the platform.',
  },
  {
    target: 'src/api',
    from: ['src/app', 'src/features', 'src/components'],
    message: 'src/api is the client: it imports src/wire and src/lib, never the UI.',
  },
  {
    target: 'src/wire',
    from: [...CONSOLE, 'src/emulator', 'src/test', 'src/main.tsx'],
    message: 'src/wire is the contract both halves share: it imports neither the console nor the emulator.',
  },
  {
    target: 'src/emulator',
    from: [...CONSOLE, 'src/test', 'src/main.tsx'],
    message: 'src/emulator must not import the console; share code through src/wire.',
  },
  {
    target: [...CONSOLE, 'src/wire'],
    from: 'src/emulator',
    message:
      'The console talks to the emulator over HTTP only; src/main.tsx alone starts the embedded one (dynamic import).',
  },
];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'dist-e2e-*/**',
      'coverage/**',
      'node_modules/**',
      'public/mockServiceWorker.js',
      'test-results/**',
      'test-results-*/**',
      'playwright-report/**',
      'blob-report/**',
      'data/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Node-side code: configs, e2e, benchmarks, the emulator's Node server, CLI scripts.
    files: ['*.{js,ts,mjs,cjs}', 'e2e/**', 'bench/**', 'src/emulator/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['e2e/**'],
    rules: {
      // Playwright fixtures take a `use` callback; it is not React's `use`.
      'react-hooks/rules-of-hooks': 'off',
    },
  },
  // ---- Architectural boundaries (see design.md) ----
  // bench/ measures the emulator itself, so it may import its core and store.
  {
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noEmulatorInternals] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/emulator/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noEmulatorInternals, noStaticEmulatorHttp] }],
    },
  },
  {
    // Mutations and invalidation live in src/api (see noMutationOutsideApi).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/emulator/**', 'src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noMutationOutsideApi],
          patterns: [noEmulatorInternals, noStaticEmulatorHttp, noAfterMutationOutsideApi],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/api/**', 'src/emulator/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='invalidateQueries']",
          message: 'Invalidation belongs to the mutation hooks of src/api, which know what their change touches.',
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noMutationOutsideApi],
          patterns: [noEmulatorInternals, noStaticEmulatorHttp, noApiCallsFromComponents],
        },
      ],
    },
  },
  {
    files: ['src/emulator/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noConsoleFromEmulator] }],
    },
  },
  // ---- The emulator's layers, read top-down: http → service → dispatch → core; store and seed beside ----
  // http (MSW handlers, browser worker, Node server, CLI) wires the service to store and seed; service (one
  // call at a time, catch-up, save) runs dispatch; dispatch (path → auth → schema → rule → envelope) runs
  // core (records and rules). store (persistence) and seed (scenarios) build on core alone. testing/ is for
  // tests, which may use any layer (worlds, seeds); each block below repeats noConsoleFromEmulator, since a
  // later no-restricted-imports replaces an earlier one.
  ...Object.entries({
    http: ['dispatch', 'core', 'testing'],
    service: ['store', 'http', 'testing'],
    dispatch: ['service', 'store', 'seed', 'http', 'testing'],
    core: ['dispatch', 'service', 'store', 'seed', 'http', 'testing'],
    store: ['dispatch', 'service', 'seed', 'http', 'testing'],
    seed: ['dispatch', 'service', 'store', 'http', 'testing'],
  }).map(([layer, banned]) => ({
    files: [`src/emulator/${layer}/**/*.ts`],
    ignores: ['src/emulator/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noConsoleFromEmulator,
            {
              regex: `^(\\.\\./)+(emulator/)?(${banned.join('|')})(/|$)`,
              message: `src/emulator/${layer} must not import ${banned.join(', ')}: the emulator reads top-down (http → service → dispatch → core; store and seed build on core; testing is for tests).`,
            },
          ],
        },
      ],
    },
  })),
  {
    // The layers of src (layerZones above), and no import cycle anywhere in src.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // src/lib is plain TypeScript: no network either.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'src/lib makes no API calls: call the API from src/api.',
        })),
      ],
    },
  },
);
