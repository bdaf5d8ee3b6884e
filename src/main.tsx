/**
 * Entry point. When the console uses the embedded emulator (the default), start the
 * MSW worker that serves it under `${origin}/api` before the first render, so the
 * first request already has an answer. The emulator and MSW are loaded with a
 * dynamic import and land in their own chunk.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EMBEDDED_EMULATOR, setEmbeddedEmulatorFailure } from './api/session';
import { createApp } from './app/app';
import { watchTheme } from './app/theme';
import './app/theme.css';

async function startEmbeddedEmulator(): Promise<void> {
  if (!EMBEDDED_EMULATOR) return;
  try {
    const { startBrowserEmulator } = await import('./emulator/http/browser');
    await startBrowserEmulator();
  } catch (error) {
    // Without service workers (e.g. plain http on a non-localhost host) the demo
    // cannot run; the sign-in page says so and still offers another API.
    const reason = error instanceof Error ? error.message : String(error);
    setEmbeddedEmulatorFailure(`It could not start in this browser: ${reason}`);
    console.warn('Embedded emulator failed to start:', error);
  }
}

async function main(): Promise<void> {
  watchTheme();
  await startEmbeddedEmulator();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(<StrictMode>{createApp()}</StrictMode>);
}

void main();
