import { access, constants, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  expected,
  FIXTURES,
  removeTemporaryDirs,
  runKeyless,
  runRefused,
  temporaryDir,
} from './runKeyless.js';

const SIDECAR = [
  'sidecar',
  'render',
  '--image',
  'registry.example.com/tools:1.4.0',
  '--proxy-host',
  'iron-proxy.keyless.svc.cluster.local',
  '--proxy-port',
  '8080',
  '--ca-secret',
  'iron-proxy-ca',
  '--region',
  'eu-west-1',
  '--namespace',
  'agents',
  '--service-account',
  'tool-server',
  '--no-proxy',
  '.svc.cluster.local',
  '--env',
  'LOG_LEVEL=info',
  '--env-secret',
  'SESSION_SECRET=tool-server-session:secret',
  '--env-from-configmap',
  'tool-settings:TOOL_',
];

afterEach(removeTemporaryDirs);

describe('keyless sidecar render', () => {
  it('prints the Pod manifest as YAML', async () => {
    const run = await runKeyless(SIDECAR);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(run.stdout).toBe(await expected('sidecar.yaml'));
    expect(parse(run.stdout)).toMatchObject({
      kind: 'Pod',
      spec: { automountServiceAccountToken: false },
    });
  });

  it('writes the manifest to the file given with -o', async () => {
    const out = join(await temporaryDir(), 'tool-server.yaml');
    const run = await runKeyless([...SIDECAR, '-o', out]);
    expect(run).toMatchObject({ exitCode: 0, stdout: '', stderr: `wrote ${out}\n` });
    expect(await readFile(out, 'utf8')).toBe(await expected('sidecar.yaml'));
  });

  it.each([
    [['--env', 'AWS_PROFILE=prod'], 'E_CREDENTIAL_ENV', 'env[1].name'],
    [['--env-secret', 'AWS_SECRET_ACCESS_KEY=aws:secret'], 'E_CREDENTIAL_ENV', 'env[2].name'],
    [['--env', 'HTTPS_PROXY=http://elsewhere:3128'], 'E_PINNED_ENV', 'env[1].name'],
    [['--env-from-configmap', 'aws-settings:AWS_'], 'E_CREDENTIAL_ENV', 'envFrom[1].prefix'],
    [['--no-proxy', '.amazonaws.com'], 'E_OPTION', 'noProxy[1]'],
    [['--memory-limit', 'lots'], 'E_INVALID_MANIFEST', 'resources.limits.memory'],
  ])('refuses %j with %s at %s', async (extra, code, path) => {
    expect(await runRefused([...SIDECAR, ...extra], 2)).toMatchObject({
      code,
      message: expect.stringContaining(`${path}: `),
    });
  });

  it.each([
    ['--proxy-port', 'http', 'E_INPUT', '--proxy-port got "http"; expected a whole number'],
    ['--env', 'NOVALUE', 'E_INPUT', '--env got "NOVALUE"; expected NAME=VALUE'],
    [
      '--region-secret',
      'aws-region',
      'E_INPUT',
      '--region-secret got "aws-region"; expected secret:key',
    ],
  ])('refuses %s %s as malformed', async (flag, value, code, message) => {
    const minimal = ['sidecar', 'render', '--image', 'tools:1', '--proxy-host', 'proxy'];
    const port = flag === '--proxy-port' ? [] : ['--proxy-port', '3128'];
    const args = [...minimal, ...port, '--ca-secret', 'ca', flag, value];
    expect(await runRefused(args, 2)).toMatchObject({ code, message });
  });
});

describe('keyless shims install', () => {
  it('writes an executable shim per command of the tools and reports them', async () => {
    const binDir = await temporaryDir();
    const run = await runKeyless([
      'shims',
      'install',
      '--tool-dirs',
      'tools/good',
      '--bin-dir',
      binDir,
    ]);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });

    // Absolute paths differ per machine; the expected file names them by role.
    const report = run.stdout.replaceAll(binDir, '<bin-dir>').replaceAll(FIXTURES, '<fixtures>/');
    expect(report).toBe(await expected('shims-install.json'));
    for (const command of ['cloudwatch', 'tickets']) {
      await expect(access(join(binDir, command), constants.X_OK)).resolves.toBeUndefined();
    }
  });

  it('installs the good tools and warns about a broken manifest', async () => {
    const binDir = await temporaryDir();
    const run = await runKeyless([
      'shims',
      'install',
      '--tool-dirs',
      'tools/good,tools/broken',
      '--bin-dir',
      binDir,
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(
      /^warning: \S*tools\/broken\/bad-manifest: secrets\[0\]: expected only the keys/,
    );
    expect(
      JSON.parse(run.stdout).installed.map((entry: { command: string }) => entry.command),
    ).toEqual(['cloudwatch', 'tickets']);
  });

  it('changes nothing when run twice', async () => {
    const binDir = await temporaryDir();
    const args = ['shims', 'install', '--tool-dirs', 'tools/good', '--bin-dir', binDir];
    await runKeyless(args);
    const second = JSON.parse((await runKeyless(args)).stdout) as Record<string, unknown[]>;
    expect(second.installed).toEqual([]);
    expect(second.unchanged).toHaveLength(2);
  });
});
