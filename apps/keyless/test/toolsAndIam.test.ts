import { describe, expect, it } from 'vitest';
import { errorLine, expected, runKeyless, runRefused } from './runKeyless.js';

const SCOPE = [
  '--log-group-arn',
  'arn:aws:logs:eu-west-1:123456789012:log-group:/app/*',
  '--log-group-arn',
  'arn:aws:logs:eu-west-1:123456789012:log-group:/aws/lambda/orders',
];

describe('keyless tools list', () => {
  it('lists the tools with their secrets as references', async () => {
    const run = await runKeyless(['tools', 'list', '--tool-dirs', 'tools/good']);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(run.stdout).toBe(await expected('tools-list.json'));
  });

  it('lists a broken manifest among the errors and exits 6', async () => {
    const run = await runKeyless(['tools', 'list', '--tool-dirs', 'tools/good,tools/broken']);
    expect(run.exitCode).toBe(6);
    expect(run.stdout).toBe(await expected('tools-list-with-errors.json'));
    expect(errorLine(run)).toMatchObject({
      code: 'E_CONFIG_INVALID',
      message: '1 tool manifest has an error: tools/broken/bad-manifest',
    });
  });
});

describe('keyless iam-policy', () => {
  it('builds one unscoped read statement from the declared actions', async () => {
    const run = await runKeyless(['iam-policy', '--tool-dirs', 'tools/good']);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(run.stdout).toBe(await expected('iam-policy.json'));
  });

  it('scopes the logs actions that take a resource to the log-group patterns', async () => {
    const run = await runKeyless(['iam-policy', '--tool-dirs', 'tools/good', ...SCOPE]);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(run.stdout).toBe(await expected('iam-policy-scoped.json'));
  });

  it('refuses a tool that declares state-changing actions, naming each', async () => {
    const args = ['iam-policy', '--tool-dirs', 'tools/good', '--tool-dirs', 'tools/writer'];
    expect(await runRefused(args, 2)).toMatchObject({
      code: 'E_WRITE_ACTION',
      message:
        'refusing state-changing actions: logs:PutLogEvents (tools/writer/log-shipper), ' +
        'logs:CreateLogStream (tools/writer/log-shipper)',
    });
  });

  it('drops state-changing actions with a warning when asked to', async () => {
    const run = await runKeyless([
      'iam-policy',
      '--tool-dirs',
      'tools/good,tools/writer',
      '--drop-write-actions',
    ]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe(await expected('iam-policy.json'));
    expect(run.stderr).toBe(
      'warning: left out logs:PutLogEvents declared by tools/writer/log-shipper: ' +
        'it changes AWS state\n' +
        'warning: left out logs:CreateLogStream declared by tools/writer/log-shipper: ' +
        'it changes AWS state\n',
    );
  });

  it('refuses to build a policy while a manifest is broken', async () => {
    const error = await runRefused(['iam-policy', '--tool-dirs', 'tools/good,tools/broken'], 2);
    expect(error).toMatchObject({ code: 'E_MANIFEST' });
    expect(error.message).toContain('tools/broken/bad-manifest: secrets[0]');
  });

  it.each([
    ['a bucket ARN', 'arn:aws:s3:::logs-bucket'],
    ['a bare name', '/app/orders'],
    ['a bad account', 'arn:aws:logs:eu-west-1:12345:log-group:/app/*'],
  ])('refuses %s as --log-group-arn', async (_, arn) => {
    const args = ['iam-policy', '--tool-dirs', 'tools/good', '--log-group-arn', arn];
    expect(await runRefused(args, 2)).toMatchObject({
      code: 'E_INPUT',
      message: expect.stringContaining(arn),
    });
  });
});
