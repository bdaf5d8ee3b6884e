// @vitest-environment node
/** `createApiServer(…, {platformOnly: true})` (`npm run api -- --platform-only`) over real HTTP. */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Emulator } from '../service/emulator';
import { createApiServer } from './node-server';

let platform: Server;
let full: Server;

function listen(server: Server): Promise<string> {
  return new Promise((ready) =>
    server.listen(0, '127.0.0.1', () => ready(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

async function post(base: string, path: string, input: unknown = {}) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { Authorization: 'Bearer demo-token-alice', 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let platformUrl = '';
let fullUrl = '';
beforeAll(async () => {
  const emulator = await Emulator.open();
  platform = createApiServer(emulator, { platformOnly: true });
  full = createApiServer(emulator);
  [platformUrl, fullUrl] = await Promise.all([listen(platform), listen(full)]);
});

afterAll(async () => {
  await Promise.all([platform, full].map((server) => new Promise((done) => server.close(done))));
});

describe('the API server with platformOnly', () => {
  it('answers an extension route as an unknown method, where the full server answers it', async () => {
    expect(await post(platformUrl, '/org-acme/findAuditEvents', { limit: 1 })).toEqual({
      status: 422,
      body: { error: { type: 'InvalidInput', message: expect.stringContaining('findAuditEvents') as unknown } },
    });
    expect((await post(fullUrl, '/org-acme/findAuditEvents', { limit: 1 })).status).toBe(200);
  });

  it("leaves the extension fields out of an org's describe", async () => {
    const { status, body } = await post(platformUrl, '/org-acme/describe');
    expect(status).toBe(200);
    expect(body).not.toHaveProperty('licenses');
    expect(body).toHaveProperty('spendingLimit');
    expect((await post(fullUrl, '/org-acme/describe')).body).toHaveProperty('licenses');
  });
});
