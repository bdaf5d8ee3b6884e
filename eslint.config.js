// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';

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

const noFeaturesFromComponents = {
  group: ['**/features', '**/features/**'],
  message: 'src/components is shared UI and must not import a feature; move the shared piece into components.',
};

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
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noEmulatorInternals, noStaticEmulatorHttp, noFeaturesFromComponents] },
      ],
    },
  },
  {
    files: ['src/emulator/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noConsoleFromEmulator] }],
    },
  },
);
