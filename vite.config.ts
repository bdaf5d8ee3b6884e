import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// Route modules are loaded with `lazy` in src/app/router.tsx and the embedded
// emulator (with MSW) with a dynamic import in src/main.tsx, so each lands in its
// own chunk. The only manual group pins React and the router into one long-lived
// vendor chunk that every page needs anyway; everything else (msw, the emulator,
// zod, radix) stays in the chunks that import it.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
