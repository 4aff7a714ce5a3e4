import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  defineToolCommand,
  EXIT_CODES,
  listOutput,
  runToolCli,
  valueOutput,
} from '../src/index.js';

const fixture = fileURLToPath(new URL('./fixtures/count-cli.mjs', import.meta.url));

function memoryStream() {
  const chunks: string[] = [];
  return {
    chunks,
    text: () => chunks.join(''),
    write(chunk: string, callback?: () => void) {
      chunks.push(chunk);
      callback?.();
      return true;
    },
    once() {},
  };
}

const echo = defineToolCommand({
  name: 'echo-groups',
  description: 'Echo log group names.',
  args: {
    prefix: { type: 'positional', description: 'A name prefix' },
    'log-group': { type: 'string', alias: 'g', description: 'A log group' },
    limit: { type: 'string', alias: 'n', description: 'How many' },
  },
  repeatable: ['log-group'],
  examples: ['demo echo-groups /aws -g a -g b'],
  run: ({ args, values }) =>
    values('log-group').length > 0
      ? listOutput({
          itemsKey: 'logGroups',
          pages: [{ items: values('log-group').map((name) => ({ name })) }],
        })
      : valueOutput({ prefix: args.prefix, limit: args.limit ?? null }),
});

const fail = defineToolCommand({
  name: 'fail',
  description: 'Throw a tool error.',
  examples: ['demo fail'],
  run() {
    throw Object.assign(new Error('log group "x" does not exist'), {
      code: 'E_NOT_FOUND',
      hint: 'list them',
    });
  },
});

const cli = { name: 'demo', version: '0.0.1', description: 'A demo tool.', commands: [echo, fail] };

async function run(rawArgs: string[]) {
  const stdout = memoryStream();
  const stderr = memoryStream();
  const exitCode = await runToolCli(cli, { rawArgs, stdout, stderr, env: {}, ownProcess: false });
  return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
}

describe('runToolCli', () => {
  it('runs a command with global options on either side and repeated flags', async () => {
    const result = await run(['--output', 'json', 'echo-groups', '/aws', '-g', 'a', '-g', 'b']);
    expect(result).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual({ logGroups: [{ name: 'a' }, { name: 'b' }] });
  });

  it('a capped listing says so in the JSON and in a warning on stderr', async () => {
    const result = await run(['echo-groups', '/aws', '-g', 'a', '-g', 'b', '--max-items', '1']);
    const output = JSON.parse(result.stdout);
    expect(output).toEqual({
      logGroups: [{ name: 'a' }],
      nextToken: expect.any(String),
      truncated: true,
    });
    expect(result.stderr).toBe(
      'warning: output cut after 1 items by a cap; ' +
        `continue with --next-token ${output.nextToken}\n`,
    );
  });

  it.each([
    [['nope'], 'E_UNKNOWN_COMMAND', EXIT_CODES.usage],
    [[], 'E_NO_COMMAND', EXIT_CODES.usage],
    [['echo-groups'], 'E_MISSING_ARGUMENT', EXIT_CODES.usage],
    [['echo-groups', '/aws', '--limt', '3'], 'E_UNKNOWN_OPTION', EXIT_CODES.usage],
    [['echo-groups', '/aws', '--output', 'xml'], 'E_INVALID_ARGUMENT', EXIT_CODES.usage],
    [['echo-groups', '/aws', '--max-items', '0'], 'E_INVALID_ARGUMENT', EXIT_CODES.usage],
    [['fail'], 'E_NOT_FOUND', EXIT_CODES.notFound],
  ])('%j prints one JSON error line, code %s, exit %i', async (rawArgs, code, exitCode) => {
    const result = await run(rawArgs);
    expect(result.exitCode).toBe(exitCode);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stderr).error).toMatchObject({ code, message: expect.any(String) });
  });

  it('shows a stack trace only with --debug', async () => {
    const result = await run(['fail', '--debug']);
    expect(result.stderr.split('\n')[1]).toMatch(/^Error: log group "x" does not exist/);
  });

  it('help at the top lists commands, exit codes and one example per command', async () => {
    const result = await run(['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('echo-groups  Echo log group names.');
    expect(result.stdout).toContain('demo echo-groups /aws -g a -g b');
    expect(result.stdout).toMatch(/Exit codes: 0 ok, 1 .*5 throttled/);
  });

  it('help of a command shows its arguments, options and example', async () => {
    const result = await run(['echo-groups', '-h']);
    expect(result.stdout).toContain('Usage: demo echo-groups <PREFIX> [options]');
    expect(result.stdout).toMatch(/-g, --log-group <log-group> +A log group \(repeat for more\)/);
    expect(result.stdout).toContain('Example:\n  demo echo-groups /aws -g a -g b');
  });

  it('prints the version', async () => {
    expect((await run(['--version'])).stdout).toBe('0.0.1\n');
  });
});

describe('a tool CLI as a process', () => {
  it('exits quietly when the reader goes away (| head -1)', () => {
    const result = spawnSync(
      'bash',
      [
        '--norc',
        '--noprofile',
        '-c',
        `set -o pipefail; node ${JSON.stringify(fixture)} count 200000 --output ndjson | head -1`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stdout).toBe('{"n":0,"text":"item 0"}\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('streams a long listing completely when read to the end', () => {
    const result = spawnSync('node', [fixture, 'count', '5000', '--output', 'ndjson'], {
      encoding: 'utf8',
    });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5000);
    expect(JSON.parse(lines[4999] ?? '')).toEqual({ n: 4999, text: 'item 4999' });
  });

  it('SIGINT aborts the command, which ends normally', async () => {
    const child = spawn('node', [fixture, 'wait'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()));
    child.kill('SIGINT');
    const status = await new Promise((resolve) => child.on('close', resolve));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ interrupted: true });
  });
});
