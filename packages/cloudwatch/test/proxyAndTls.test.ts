import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudWatchError, createCloudWatchTool, type Environment } from '../src/index.js';
import { type ConnectProxy, startConnectProxy } from './connectProxy.js';
import { type FakeAws, startFakeAws } from './fakeAws.js';
import { createTestPki } from './tlsFixtures.js';

const reply = () => ({ body: { logGroups: [{ logGroupName: 'through' }] } });

let plain: FakeAws;
let secure: FakeAws;
let proxy: ConnectProxy;
let caFile: string;

beforeAll(async () => {
  const pki = createTestPki();
  const dir = mkdtempSync(join(tmpdir(), 'keyless-cloudwatch-'));
  caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, pki.caCertPem);
  plain = await startFakeAws(reply);
  secure = await startFakeAws(reply, { key: pki.serverKeyPem, cert: pki.serverCertPem });
  proxy = await startConnectProxy();
});
afterAll(async () => {
  await Promise.all([plain.close(), secure.close(), proxy.close()]);
});

async function listThrough(endpoint: string, env: Environment) {
  const tunnelsBefore = proxy.tunnels.length;
  const tool = createCloudWatchTool({ endpoint, env, maxAttempts: 1 });
  try {
    const result = await tool.listLogGroups();
    return { result, tunnels: proxy.tunnels.slice(tunnelsBefore) };
  } finally {
    tool.destroy();
  }
}

describe('HTTPS_PROXY / HTTP_PROXY / NO_PROXY', () => {
  it.each([
    ['HTTPS_PROXY', 'https'],
    ['https_proxy', 'https'],
    ['HTTP_PROXY', 'http'],
    ['http_proxy', 'http'],
  ])('%s tunnels %s requests through the proxy with CONNECT', async (variable, scheme) => {
    const server = scheme === 'https' ? secure : plain;
    const env = { [variable]: proxy.url, AWS_CA_BUNDLE: caFile };
    const { result, tunnels } = await listThrough(server.url, env);

    expect(result.logGroups).toEqual([{ logGroupName: 'through' }]);
    expect(tunnels).toEqual([new URL(server.url).host]);
  });

  it.each(['127.0.0.1', '127.0.0.1:1', '*'])('NO_PROXY=%s decides per host', async (noProxy) => {
    const env = { HTTPS_PROXY: proxy.url, NO_PROXY: noProxy, AWS_CA_BUNDLE: caFile };
    const { result, tunnels } = await listThrough(secure.url, env);

    expect(result.logGroups).toHaveLength(1);
    // A NO_PROXY entry with another port does not match, so that request is tunnelled.
    expect(tunnels).toHaveLength(noProxy === '127.0.0.1:1' ? 1 : 0);
  });

  it('reuses one tunnel for successive calls', async () => {
    const before = proxy.tunnels.length;
    const tool = createCloudWatchTool({
      endpoint: secure.url,
      env: { HTTPS_PROXY: proxy.url, AWS_CA_BUNDLE: caFile },
    });
    for (let call = 0; call < 4; call += 1) await tool.listLogGroups();
    tool.destroy();

    expect(proxy.tunnels.length - before).toBe(1);
    const last = secure.requests.at(-1)!;
    expect(last.headers.connection).toBeUndefined();
    expect(last.headers['transfer-encoding']).toBeUndefined();
  });
});

describe('extra CA certificates', () => {
  it.each(['AWS_CA_BUNDLE', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE'])(
    '%s makes a server signed by that CA trusted',
    async (variable) => {
      const { result } = await listThrough(secure.url, { [variable]: caFile });
      expect(result.logGroups).toEqual([{ logGroupName: 'through' }]);
    },
  );

  it('without the CA the TLS failure is E_NETWORK and names AWS_CA_BUNDLE', async () => {
    const error = await listThrough(secure.url, {}).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(CloudWatchError);
    expect(error).toMatchObject({ code: 'E_NETWORK' });
    expect((error as CloudWatchError).hint).toContain('AWS_CA_BUNDLE');
  });

  it('an unreadable bundle is E_INPUT naming the variable and path', async () => {
    const missing = join(tmpdir(), 'keyless-no-such-ca.pem');
    const error = await listThrough(secure.url, { AWS_CA_BUNDLE: missing }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ code: 'E_INPUT' });
    expect((error as Error).message).toContain(`AWS_CA_BUNDLE=${missing}`);
  });
});
