/**
 * `npm run api` as its own process, for tests over real HTTP: started in its own process
 * group (so tsx and the node it spawns stop together), on a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/emulator/http/cli.ts');

export interface ApiProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
  output: () => string;
}

/** Starts the CLI with `args` on a free port and resolves with the URL it prints. */
export function startApi(args: string[]): Promise<ApiProcess> {
  const child = spawn(TSX, [CLI, '--port', '0', ...args], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const output = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;
  return new Promise<ApiProcess>((ready, failed) => {
    const timer = setTimeout(() => failed(new Error(`The API server printed no URL within 20 s\n${output()}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        ready({ child, url: match[1]!, exited, output });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      failed(new Error(`The API server exited (${code}) before listening\n${output()}`));
    });
  });
}

function signalGroup(server: ApiProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-server.child.pid!, signal);
  } catch {
    // already gone
  }
}

/** Stops the server's whole process group (SIGTERM, then SIGKILL) and waits for it to exit. */
export async function stopApi(server: ApiProcess): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null) signalGroup(server, 'SIGTERM');
  const code = await Promise.race([
    server.exited,
    new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5_000)),
  ]);
  if (code !== 'timeout') return code;
  signalGroup(server, 'SIGKILL');
  return server.exited;
}

/** Kills the server's whole process group at once, as a crash or a power cut would. */
export async function killApi(server: ApiProcess): Promise<void> {
  signalGroup(server, 'SIGKILL');
  await server.exited;
}

/** POSTs `input` as JSON with a bearer token; answers the status and parsed body. */
export async function postJson(
  url: string,
  token: string,
  input: unknown = {},
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}
