import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { PLACEHOLDER_CREDENTIALS } from '@keyless/cloudwatch';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callTool, connectMcpServer } from './mcpSession.js';

// Stands in for iron-proxy's CONNECT side: records each tunnel and pipes it to its target.
let proxy: Server;
let proxyUrl: string;
const tunnels: string[] = [];
let emulator: Emulator;

beforeAll(async () => {
  proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client, head) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  // This emulator accepts the placeholder pair, as AWS would once iron-proxy re-signed.
  emulator = await startEmulator({ seed: 'demo', credentials: [PLACEHOLDER_CREDENTIALS] });
});
afterAll(async () => {
  await emulator.close();
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
});

describe('auth mode proxy (the default)', () => {
  // Keys in the environment must not be used: the agent's process signs with placeholders only.
  const env = {
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'eu-central-1',
  };

  it('signs with the placeholder keys and sends every call through HTTP(S)_PROXY', async () => {
    const session = await connectMcpServer({
      args: ['--endpoint', emulator.url],
      env: { ...env, HTTP_PROXY: proxyUrl, HTTPS_PROXY: proxyUrl },
    });
    const before = emulator.requests().length;
    const result = await callTool(session, 'describe_alarms', { stateValue: 'ALARM' });
    await callTool(session, 'list_log_groups', { limit: 1 });
    await session.close();

    expect((result.alarms as unknown[]).length).toBeGreaterThan(0);
    const calls = emulator.requests().slice(before);
    expect(calls.map((call) => [call.accessKeyId, call.region])).toEqual([
      [PLACEHOLDER_CREDENTIALS.accessKeyId, 'eu-central-1'],
      [PLACEHOLDER_CREDENTIALS.accessKeyId, 'eu-central-1'],
    ]);
    expect(tunnels).toContain(new URL(emulator.url).host);
  });

  it('goes direct to hosts NO_PROXY names', async () => {
    const session = await connectMcpServer({
      args: ['--endpoint', emulator.url],
      env: { ...env, HTTP_PROXY: proxyUrl, NO_PROXY: '127.0.0.1' },
    });
    tunnels.length = 0;
    await callTool(session, 'list_log_groups', { limit: 1 });
    await session.close();
    expect(tunnels).toEqual([]);
  });
});
