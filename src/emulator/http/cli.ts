/**
 * `npm run api -- [--port N] [--host H] [--data PATH] [--scenario demo|large]`
 * `npm run api -- --list-users [--scenario S]`
 */
import { parseArgs } from 'node:util';
import { Emulator } from '../store/emulator';
import { filePersistence } from '../store/file-persistence';
import { SCENARIOS, seedScenario, type Scenario } from '../store/seed';
import { createApiServer } from './node-server';

const USAGE = `usage: npm run api -- [--port N] [--host H] [--data PATH] [--scenario ${SCENARIOS.join('|')}]
       npm run api -- --list-users [--scenario S]`;

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
        'list-users': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    return fail((error as Error).message);
  }
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

  if (args['list-users']) {
    const state = seedScenario(scenario, Date.now());
    const lines = Object.values(state.users).map((user) => `${user.id} ${user.token} ${user.persona}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return;
  }

  const emulator = await Emulator.open({ scenario, persistence: args.data ? filePersistence(args.data) : null });
  const server = createApiServer(emulator);
  server.on('error', (error) => fail(`Cannot listen on ${args.host}:${port}: ${error.message}`));
  server.listen(port, args.host, () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const host = args.host.includes(':') ? `[${args.host}]` : args.host;
    const people = emulator.featuredPeople();
    const total = Object.keys(emulator.state.users).length;
    process.stdout.write(
      [
        `Org API emulator (${emulator.state.scenario} scenario${args.data ? `, data in ${args.data}` : ', in memory'})`,
        `listening on http://${host}:${actualPort}`,
        '',
        'Tokens (Authorization: Bearer <token>):',
        ...people.map((person) => `  ${person.id.padEnd(22)} ${person.token.padEnd(28)} ${person.persona}`),
        total > people.length ? `  … and ${total - people.length} more: npm run api -- --list-users` : '',
        '',
      ].join('\n'),
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
