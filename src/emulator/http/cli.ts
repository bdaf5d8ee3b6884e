/**
 * `npm run api -- [--port N] [--host H] [--data PATH] [--scenario demo|large|dx-toolkit]
 *                 [--import DUMP.json] [--controls] [--demo-tokens] [--platform-only]`
 * `npm run api -- [--data PATH] --export DUMP.json`
 * `npm run api -- [--data PATH] --list-users`
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Emulator, type DemoPerson } from '../service/emulator';
import { readJsonDump, writeJsonDump } from '../store/json-dump';
import { SCENARIOS, type Scenario } from '../seed';
import { sqlitePersistence, type SqlitePersistence } from '../store/sqlite-persistence';
import { createApiServer } from './node-server';

const USAGE = `usage: npm run api -- [--port N] [--host H] [--data PATH] [--scenario ${SCENARIOS.join('|')}]
                     [--import DUMP.json] [--controls] [--demo-tokens] [--platform-only]
       npm run api -- [--data PATH] --export DUMP.json
       npm run api -- [--data PATH] --list-users`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '8124' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string' },
        scenario: { type: 'string', default: 'demo' },
        import: { type: 'string' },
        export: { type: 'string' },
        controls: { type: 'boolean', default: false },
        'demo-tokens': { type: 'boolean', default: false },
        'platform-only': { type: 'boolean', default: false },
        'list-users': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
}

/** Only this machine can reach a server bound to a loopback address. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function tokenLines(people: readonly DemoPerson[]): string[] {
  return people.map((person) => `  ${person.id.padEnd(22)} ${person.token.padEnd(28)} ${person.persona}`);
}

async function main(): Promise<void> {
  const args = options();
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const scenario = args.scenario as Scenario;
  if (!SCENARIOS.includes(scenario)) fail(`--scenario must be one of ${SCENARIOS.join(', ')}`);
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a port number (0 picks a free one)');

  let persistence: SqlitePersistence | null = null;
  try {
    persistence = args.data ? sqlitePersistence(args.data) : null;
  } catch (error) {
    fail(`Cannot open the data file: ${(error as Error).message}`);
  }
  const emulator = await Emulator.open({
    scenario,
    persistence,
    onFault: (error) =>
      process.stderr.write(`A call failed, nothing was changed: ${(error as Error)?.stack ?? String(error)}\n`),
  });

  if (args.export) {
    await writeJsonDump(args.export, emulator.state);
    process.stdout.write(`Wrote ${args.export}\n`);
    persistence?.close();
    return;
  }
  if (args['list-users']) {
    const tokens = new Map(emulator.demoPeople().map((person) => [person.id, person.token]));
    const lines = Object.values(emulator.state.users).map(
      (user) => `${user.id} ${tokens.get(user.id) ?? '-'} ${user.persona}`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    persistence?.close();
    return;
  }
  if (args.import) await emulator.replace(await readJsonDump(args.import));

  const exposed = !isLoopback(args.host);
  const replaced = exposed && !args['demo-tokens'] ? await emulator.replaceDemoTokens() : [];
  const people = replaced.length > 0 ? replaced : emulator.demoPeople();
  const controlToken = args.controls ? randomBytes(32).toString('hex') : undefined;

  const server = createApiServer(emulator, { controlToken, platformOnly: args['platform-only'] });
  server.on('error', (error) => fail(`Cannot listen on ${args.host}:${port}: ${error.message}`));
  server.listen(port, args.host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const host = args.host.includes(':') ? `[${args.host}]` : args.host;
    process.stdout.write(
      [
        `Org API emulator (${emulator.state.scenario} scenario${args.data ? `, data in ${args.data}` : ', in memory'})`,
        ...(args['platform-only']
          ? ['Platform only: the extension routes answer as unknown methods; extension fields are left out']
          : []),
        `listening on http://${host}:${actualPort}`,
        '',
        people.length > 0
          ? 'Tokens (Authorization: Bearer <token>):'
          : 'The demo people were given random tokens at an earlier start.',
        ...tokenLines(people),
        replaced.length > 0
          ? '  (random: this address can be reached from elsewhere; --demo-tokens keeps the fixed ones)'
          : '',
        controlToken ? `Emulator controls (/emulator/*) need: Authorization: Bearer ${controlToken}` : '',
        '',
      ].join('\n'),
    );
  });
  const stop = () =>
    server.close(() => {
      persistence?.close();
      process.exit(0);
    });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
