import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-process.js';

const COMMANDS = [
  'list-log-groups',
  'filter-log-events',
  'tail',
  'query',
  'start-query',
  'get-query-results',
  'stop-query',
  'list-metrics',
  'get-metric-data',
  'describe-alarms',
  'get-alarm-history',
  'health',
];

const recorder = fileURLToPath(new URL('./fixtures/record-loads.mjs', import.meta.url));
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cloudwatch-cli-help-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/**
 * The bundle files a run loaded, each with the source modules its source map says it holds. The
 * bundle is minified, so the maps are the reliable record of what went into each chunk.
 */
async function loadedBundleFiles(args: string[], env: Record<string, string> = {}) {
  const file = join(scratch, `${args.join('_').replace(/\W+/g, '_')}.txt`);
  const run = await runCli(args, {
    nodeArgs: ['--import', recorder],
    env: { RECORD_LOADS_FILE: file, ...env },
  });
  const urls = (await readFile(file, 'utf8')).trim().split('\n');
  const bundle = urls.filter((url) => url.includes('/apps/cloudwatch/dist/'));
  const files = await Promise.all(
    bundle.map(async (url) => {
      const path = fileURLToPath(url);
      const map = await readFile(`${path}.map`, 'utf8').catch(() => undefined);
      const sources: string[] = map ? JSON.parse(map).sources : [];
      return { url, sources, bytes: (await stat(path)).size, mapped: map !== undefined };
    }),
  );
  return { run, urls, files };
}

const isSdk = (source: string) => /@aws-sdk|@smithy/.test(source);

describe('cloudwatch --help', () => {
  it('lists every command with an example of each', async () => {
    const { status, stdout, stderr } = await runCli(['--help']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    for (const command of COMMANDS) {
      expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      expect(stdout).toMatch(new RegExp(`^  cloudwatch ${command} `, 'm'));
    }
    expect(stdout).toMatch(/Exit codes: 0 ok/);
  });

  it.each(COMMANDS)('%s --help shows usage and an example', async (command) => {
    const { status, stdout } = await runCli([command, '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain(`Usage: cloudwatch ${command}`);
    expect(stdout).toMatch(new RegExp(`Examples?:\\n  cloudwatch ${command}`));
  });

  it('prints the version from package.json', async () => {
    const { version } = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    );
    expect((await runCli(['--version'])).stdout).toBe(`${version}\n`);
  });

  it('loads no AWS SDK module', async () => {
    const { run, urls, files } = await loadedBundleFiles(['--help']);
    expect(run.status).toBe(0);
    expect(urls.some((url) => url.includes('node_modules'))).toBe(false);
    for (const { url, sources, bytes, mapped } of files) {
      // Only the bundler's tiny runtime stubs come without a map.
      expect(mapped || bytes < 2048).toBe(true);
      expect({ url, sdk: sources.filter(isSdk) }).toEqual({ url, sdk: [] });
    }
  });

  it('the same check sees the SDK load once a command calls AWS', async () => {
    // Port 9 on loopback refuses at once: the call fails, but only after loading the SDK.
    const { run, files } = await loadedBundleFiles(
      ['list-log-groups', '--endpoint', 'http://127.0.0.1:9', '--auth', 'sdk'],
      { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 'secret' },
    );
    expect(run.status).not.toBe(0);
    const sources = files.flatMap((loaded) => loaded.sources);
    expect(sources.some((source) => source.includes('@aws-sdk/client-cloudwatch-logs'))).toBe(true);
  });
});
