import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverTools } from '../src/index.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'keyless-tools-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const manifest = (module: string) => ({
  module,
  hosts: ['logs.*.amazonaws.com'],
  secrets: [
    {
      type: 'aws_auth',
      name: 'cloudwatch',
      hosts: ['logs.*.amazonaws.com'],
      access_key_id: 'AK',
      secret_access_key: 'SK',
      allowed_services: ['logs'],
    },
  ],
});

async function writeTool(path: string, pkg: unknown): Promise<void> {
  await mkdir(join(root, path), { recursive: true });
  const text = typeof pkg === 'string' ? pkg : JSON.stringify(pkg);
  await writeFile(join(root, path, 'package.json'), text);
}

const tool = (name: string, module = `@acme/${name}`) => ({
  name: `@acme/${name}-cli`,
  version: '1.0.0',
  bin: { [name]: './cli.mjs' },
  keyless: manifest(module),
});

describe('discoverTools', () => {
  it('finds tools directly and one category folder below, sorted by name', async () => {
    await writeTool('builtin/cloudwatch', tool('cloudwatch'));
    await writeTool('builtin/observability/xray', tool('xray'));
    await writeTool('builtin/.hidden', tool('hidden'));
    await writeTool('builtin/_draft', tool('draft'));
    await writeTool('builtin/node_modules/dep', tool('dep'));
    await writeFile(join(root, 'builtin', 'README.md'), 'not a tool');

    const { tools, errors } = await discoverTools({ toolDirs: [join(root, 'builtin')] });

    expect(errors).toEqual([]);
    expect(tools.map((found) => [found.name, found.category, found.packageName])).toEqual([
      ['cloudwatch', undefined, '@acme/cloudwatch-cli'],
      ['xray', 'observability', '@acme/xray-cli'],
    ]);
    expect(tools[0]!.dir).toBe(join(root, 'builtin', 'cloudwatch'));
    expect(tools[0]!.bin).toEqual({ cloudwatch: './cli.mjs' });
    expect(tools[0]!.manifest.secrets[0]!.name).toBe('cloudwatch');
    expect(Object.isFrozen(tools[0])).toBe(true);
  });

  it('lets a later directory shadow a tool of the same name', async () => {
    await writeTool('builtin/cloudwatch', tool('cloudwatch', '@acme/old'));
    await writeTool('project/monitoring/cloudwatch', tool('cloudwatch', '@acme/new'));

    const result = await discoverTools({
      toolDirs: [join(root, 'builtin'), join(root, 'project')],
    });

    expect(result.tools.map((found) => found.manifest.module)).toEqual(['@acme/new']);
    expect(result.shadowed).toEqual([
      {
        name: 'cloudwatch',
        dir: join(root, 'builtin', 'cloudwatch'),
        by: join(root, 'project', 'monitoring', 'cloudwatch'),
      },
    ]);
  });

  it('reports a tool whose manifest fails and still loads the others', async () => {
    const broken = tool('broken');
    broken.keyless.secrets[0]!.hosts = [];
    await writeTool('tools/broken', broken);
    await writeTool('tools/cloudwatch', tool('cloudwatch'));
    await writeTool('tools/garbled', '{ not json');

    const { tools, errors } = await discoverTools({ toolDirs: [join(root, 'tools')] });

    expect(tools.map((found) => found.name)).toEqual(['cloudwatch']);
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      [
        'E_MANIFEST',
        `${join(root, 'tools', 'broken')}: secrets[0].hosts: ` +
          'expected a non-empty array of non-empty strings, got []',
      ],
      ['E_PACKAGE_JSON', expect.stringContaining(join(root, 'tools', 'garbled', 'package.json'))],
    ]);
  });

  it('names tools in messages by the tool directory as given', async () => {
    await writeTool('tools/cloudwatch', { name: 'x', keyless: { module: 'm', hosts: [] } });
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { errors } = await discoverTools({ toolDirs: ['tools'] });
      expect(errors[0]!.message).toBe(
        'tools/cloudwatch: hosts: expected a non-empty array of non-empty strings, got []',
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('does not read tools that are shadowed, blocked or not allowed', async () => {
    await writeTool('builtin/cloudwatch', '{ broken');
    await writeTool('project/cloudwatch', tool('cloudwatch'));
    await writeTool('project/xray', '{ broken');
    await writeTool('project/billing', tool('billing'));
    await writeTool('project/s3', tool('s3'));

    const result = await discoverTools({
      toolDirs: [join(root, 'builtin'), join(root, 'project')],
      allow: ['cloudwatch', 'xray', 's3'],
      block: ['xray'],
    });

    expect(result.errors).toEqual([]);
    expect(result.tools.map((found) => found.name)).toEqual(['cloudwatch', 's3']);
  });

  it('skips a tool directory that does not exist', async () => {
    await writeTool('tools/cloudwatch', tool('cloudwatch'));
    const result = await discoverTools({
      toolDirs: [join(root, 'missing'), join(root, 'tools')],
    });
    expect(result.errors).toEqual([]);
    expect(result.tools).toHaveLength(1);
  });

  it('reports folders nested deeper than one category level', async () => {
    await writeTool('tools/observability/more/xray', tool('xray'));
    const { tools, errors } = await discoverTools({ toolDirs: [join(root, 'tools')] });
    expect(tools).toEqual([]);
    expect(errors.map((error) => [error.code, error.source])).toEqual([
      ['E_TOOL_DIR', join(root, 'tools', 'observability', 'more')],
    ]);
  });

  it('reports two tools of one name in the same tool directory and keeps the first', async () => {
    await writeTool('tools/a/cloudwatch', tool('cloudwatch', '@acme/first'));
    await writeTool('tools/b/cloudwatch', tool('cloudwatch', '@acme/second'));
    const { tools, errors } = await discoverTools({ toolDirs: [join(root, 'tools')] });
    expect(tools.map((found) => found.manifest.module)).toEqual(['@acme/first']);
    expect(errors.map((error) => [error.code, error.source])).toEqual([
      ['E_DUPLICATE_TOOL', join(root, 'tools', 'b', 'cloudwatch')],
    ]);
  });
});
