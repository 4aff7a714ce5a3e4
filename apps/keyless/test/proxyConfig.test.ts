import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  errorLine,
  expected,
  removeTemporaryDirs,
  runKeyless,
  runRefused,
  temporaryDir,
} from './runKeyless.js';

const render = (base: string, toolDirs = 'tools/good') => [
  'proxy-config',
  'render',
  '--base',
  base,
  '--tool-dirs',
  toolDirs,
];
const RENDER = render('base.yaml');

afterEach(removeTemporaryDirs);

describe('keyless proxy-config render', () => {
  it('writes the aws_auth and secrets transforms before the header allowlist', async () => {
    const run = await runKeyless(RENDER);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(await expected('iron-proxy.yaml'));
    expect(run.stderr).toBe(
      'wrote secrets at transforms[1] for ticketing/ticketing (hosts api.tickets.example.com)\n' +
        'wrote aws_auth at transforms[2] for cloudwatch/cloudwatch ' +
        '(hosts logs.*.amazonaws.com, monitoring.*.amazonaws.com)\n' +
        'added content-encoding, accept, accept-encoding, smithy-protocol ' +
        'to header_allowlist at transforms[3]: ' +
        'aws_auth signs every header present, so one removed after it breaks the signature\n',
    );
  });

  it('renders a config that renders to itself and passes the check', async () => {
    const once = join(await temporaryDir(), 'iron-proxy.yaml');
    await writeFile(once, await expected('iron-proxy.yaml'));
    const again = await runKeyless(render(once));
    expect(again.stdout).toBe(await readFile(once, 'utf8'));

    const check = await runKeyless(['proxy-config', 'check', once]);
    expect(check).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(check.stdout)).toEqual({
      file: once,
      errors: 0,
      warnings: 0,
      findings: [],
    });
  });

  it('maps references to the chosen secret backend', async () => {
    const run = await runKeyless([
      ...RENDER,
      '--secret-source',
      'aws_ssm',
      '--secret-path-prefix',
      '/agents/',
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'access_key_id: {type: aws_ssm, name: /agents/CLOUDWATCH_AWS_ACCESS_KEY_ID, ' +
        'with_decryption: true, ttl: 15m}',
    );
  });

  it('refuses a base config that is not YAML, naming the file', async () => {
    expect(await runRefused(render('broken-base.yaml'), 2)).toMatchObject({
      code: 'E_BASE_YAML',
      message: expect.stringMatching(/^broken-base\.yaml: .* at line 7, column 3:$/),
    });
  });

  it('writes nothing when the base holds keys iron-proxy refuses', async () => {
    expect(await runRefused(render('invalid-proxy-config.yaml'), 6)).toMatchObject({
      code: 'E_CONFIG_INVALID',
      message: expect.stringContaining('line 8: metrcs: unknown key "metrcs"'),
    });
  });

  it('refuses to render while a tool manifest is broken', async () => {
    expect(await runRefused(render('base.yaml', 'tools/good,tools/broken'), 2)).toMatchObject({
      code: 'E_MANIFEST',
      message: expect.stringContaining(
        'tools/broken/bad-manifest: secrets[0]: expected only the keys',
      ),
    });
  });

  it.each([
    [[...RENDER, '--secret-source', 'aws_ssm', '--secret-vault', 'ops'], 'E_INPUT'],
    [[...RENDER, '--secret-source', '1password'], 'E_SECRET_SOURCE'],
    [[...RENDER, '--secret-source', 'vault'], 'E_INVALID_ARGUMENT'],
    [render('missing.yaml'), 'E_INPUT'],
  ])('refuses %j with %s', async (args, code) => {
    expect((await runRefused(args, 2)).code).toBe(code);
  });
});

describe('keyless proxy-config check', () => {
  it('reports every finding on stdout, warnings on stderr, and exits 6 on errors', async () => {
    const run = await runKeyless(['proxy-config', 'check', 'invalid-proxy-config.yaml']);
    expect(run.exitCode).toBe(6);
    expect(run.stdout).toBe(await expected('proxy-config-check-invalid.json'));
    const lines = run.stderr.trimEnd().split('\n');
    const warning = String.raw`^warning: invalid-proxy-config\.yaml: line`;
    const allowedServices = String.raw`transforms\[0\]\.config\.allowed_services`;
    expect(lines.slice(0, -1)).toEqual([
      expect.stringMatching(new RegExp(`${warning} 12: ${allowedServices}: `)),
      expect.stringMatching(new RegExp(`${warning} 1: dns\\.proxy_ip: `)),
    ]);
    expect(errorLine(run)).toMatchObject({
      code: 'E_CONFIG_INVALID',
      message: expect.stringMatching(
        /^invalid-proxy-config\.yaml has 3 error\(s\): line 8: metrcs: /,
      ),
    });
  });

  it('exits 2 when the file cannot be read', async () => {
    expect(await runRefused(['proxy-config', 'check', 'no-such.yaml'], 2)).toEqual({
      code: 'E_INPUT',
      message: 'cannot read iron-proxy config no-such.yaml: no such file',
      hint: null,
    });
  });
});
