/**
 * Builds the peer page (bench/peer) with Vite into a temporary folder, writes the rows the
 * bench measures as JSON beside it, and serves the folder over HTTP for Chromium.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { exportPeerRows } from './export-rows';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

export interface PeerSite {
  /** The page for a data file written by `start`: `${base}/?data=org-acme-members.json`. */
  url: (dataFile: string) => string;
  close: () => void;
}

export async function startPeer(port: number, orgIds: readonly string[]): Promise<PeerSite> {
  const outDir = mkdtempSync(join(tmpdir(), 'org-console-peer-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  for (const [orgId, rows] of Object.entries(exportPeerRows(orgIds))) {
    writeFileSync(join(outDir, `${orgId}-members.json`), JSON.stringify({ kind: 'members', rows: rows.members }));
    writeFileSync(join(outDir, `${orgId}-projects.json`), JSON.stringify({ kind: 'projects', rows: rows.projects }));
  }
  const server: Server = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? '/', 'http://peer').pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(outDir, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: (dataFile) => `http://127.0.0.1:${port}/?data=${encodeURIComponent(dataFile)}`,
    close: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
