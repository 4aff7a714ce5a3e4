import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callToolError, connectMcpServer, SERVER_PATH } from './mcpSession.js';

const recorder = fileURLToPath(new URL('./fixtures/record-loads.mjs', import.meta.url));
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cloudwatch-mcp-startup-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Runs a session with the module recorder; returns the bundle files it loaded, with their text. */
async function loadedBundleFiles(
  name: string,
  session: (client: Awaited<ReturnType<typeof connectMcpServer>>) => Promise<void>,
  env: Record<string, string> = {},
) {
  const file = join(scratch, `${name}.txt`);
  const mcp = await connectMcpServer({
    nodeArgs: ['--import', recorder],
    env: { RECORD_LOADS_FILE: file, ...env },
  });
  await session(mcp);
  await mcp.close();
  const urls = (await readFile(file, 'utf8')).trim().split('\n');
  const bundle = urls.filter((url) => url.includes('/apps/mcp/dist/'));
  const texts = await Promise.all(bundle.map((url) => readFile(fileURLToPath(url), 'utf8')));
  return { urls, files: bundle.map((url, index) => ({ url, text: texts[index] ?? '' })) };
}

const loadsSdk = (text: string) => text.includes('@aws-sdk/') || text.includes('@smithy/');

describe('starting and listing', () => {
  it('loads no AWS SDK module and needs no credentials, endpoint or network', async () => {
    const { urls, files } = await loadedBundleFiles(
      'list',
      async ({ client }) => {
        expect((await client.listTools()).tools).toHaveLength(11);
      },
      { HTTPS_PROXY: 'http://127.0.0.1:9' },
    );
    expect(urls.some((url) => url.includes('node_modules'))).toBe(false);
    expect(files.length).toBeGreaterThan(0);
    for (const { url, text } of files)
      expect({ url, sdk: loadsSdk(text) }).toEqual({ url, sdk: false });
  });

  it('the same check sees the SDK load once a tool calls AWS', async () => {
    // Port 9 on loopback refuses at once: the call fails, but only after loading the SDK.
    const { files } = await loadedBundleFiles(
      'call',
      async (session) => {
        const error = await callToolError(session, 'list_log_groups', {});
        expect(error.code).toBe('E_NETWORK');
      },
      {
        AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
        KEYLESS_AWS_AUTH: 'sdk',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_MAX_ATTEMPTS: '1',
      },
    );
    expect(files.some(({ text }) => text.includes('@aws-sdk/client-cloudwatch-logs'))).toBe(true);
  });

  it('logs to stderr only: one line saying what it serves', async () => {
    const session = await connectMcpServer({ args: ['--region', 'eu-west-1'] });
    await session.client.listTools();
    await session.close();
    expect(session.stderr()).toBe(
      'cloudwatch-mcp: serving 11 tools on stdio (auth proxy, region eu-west-1)\n',
    );
  });
});

describe('command line', () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [SERVER_PATH, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, ...env },
      input: '',
      timeout: 10_000,
    });

  it('prints usage with --help and the version with --version', async () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: cloudwatch-mcp \[--endpoint URL\]/m);
    expect(help.stdout).toMatch(/AWS_CA_BUNDLE/);
    const { version } = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    );
    expect(run(['--version']).stdout).toBe(`${version}\n`);
  });

  it.each([
    [['--endpont', 'http://x'], {}, 'E_USAGE', /--endpont/],
    [['--auth', 'keys'], {}, 'E_INPUT', /auth must be "proxy" or "sdk", got "keys"/],
    [[], { KEYLESS_AWS_AUTH: 'nope' }, 'E_INPUT', /KEYLESS_AWS_AUTH must be/],
    [['--endpoint', 'localhost:4566'], {}, 'E_INPUT', /endpoint must be an http/],
    [['--region', 'Mars 1'], {}, 'E_INPUT', /region must look like/],
  ])('%j %j exits 2 with one JSON error line on stderr', (args, env, code, message) => {
    const result = run(args, env);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const { error } = JSON.parse(lines[0]!);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
