import { describe, expect, it } from 'vitest';
import { errorLine, runKeyless } from './runKeyless.js';

const COMMANDS = [
  ['tools', 'list'],
  ['proxy-config', 'render'],
  ['proxy-config', 'check'],
  ['sidecar', 'render'],
  ['shims', 'install'],
  ['iam-policy'],
];

describe('keyless command line', () => {
  it('lists every command with an example in the top-level help', async () => {
    const run = await runKeyless(['--help']);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    for (const command of COMMANDS)
      expect(run.stdout).toContain(`\n  keyless ${command.join(' ')} `);
    expect(run.stdout).toContain('6 the checked config has errors');
  });

  it.each(COMMANDS.map((command) => [command.join(' ')]))(
    'shows options and an example for %s',
    async (name) => {
      const command = name.split(' ');
      const run = await runKeyless([...command, '--help']);
      expect(run).toMatchObject({ exitCode: 0, stderr: '' });
      expect(run.stdout).toMatch(/\nOptions:\n {2}--/);
      expect(run.stdout).toMatch(new RegExp(`\\nExamples?:\\n {2}keyless ${command.join(' ')} `));
    },
  );

  it.each([
    [[], 'E_NO_COMMAND'],
    [['tools'], 'E_NO_COMMAND'],
    [['tools', 'lsit'], 'E_UNKNOWN_COMMAND'],
    [['--verbose', 'tools', 'list'], 'E_UNKNOWN_OPTION'],
    [['tools', 'list', '--tool-dir', 'tools/good'], 'E_UNKNOWN_OPTION'],
    [['tools', 'list'], 'E_MISSING_ARGUMENT'],
    [['tools', 'list', '--tool-dirs'], 'E_MISSING_ARGUMENT'],
    [['sidecar', 'render', '--image', 'a', '--image', 'b'], 'E_USAGE'],
    [['proxy-config', 'check', 'a.yaml', 'b.yaml'], 'E_USAGE'],
  ])('exits 2 with one JSON error line for %j (%s)', async (args, code) => {
    const run = await runKeyless(args);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(errorLine(run).code).toBe(code);
  });

  it('prints no stack trace unless --debug is given', async () => {
    const args = ['iam-policy', '--tool-dirs', 'no-such-dir'];
    const plain = await runKeyless(args);
    expect(errorLine(plain)).toMatchObject({
      code: 'E_INPUT',
      message: 'no tool found in no-such-dir',
    });
    expect(plain.stderr).not.toMatch(/\n\s+at /);

    const debug = await runKeyless([...args, '--debug']);
    expect(debug.exitCode).toBe(2);
    expect(debug.stderr).toMatch(
      /^\{"error":.*\nKeylessError: no tool found in no-such-dir\n\s+at /,
    );
  });
});
