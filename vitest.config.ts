import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Two projects: pure logic (`*.test.ts`, e.g. the API client and the emulator)
// runs in Node; components (`*.test.tsx`) run in jsdom with the DOM setup file.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      restoreMocks: true,
      unstubGlobals: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            // A budget, not a measure: a flow renders a route against the emulator, which on a
            // loaded 2-core machine can take well over vitest's default 5 s.
            testTimeout: 20_000,
            include: ['src/**/*.test.tsx'],
            setupFiles: ['src/test/setup.ts'],
          },
        },
      ],
    },
  }),
);
