import { CloudWatchLogsClient, DescribeLogGroupsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { type CallContext, toCloudWatchError } from './awsErrors.js';
import { createCloudWatchTool } from './createCloudWatchTool.js';
import { CloudWatchError } from './errors.js';

const call: CallContext = {
  operation: 'DescribeLogGroups',
  service: 'logs',
  region: 'eu-west-1',
  auth: 'proxy',
};

function systemError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

// Errors a local server cannot make the SDK throw (they come from the client side).
describe('toCloudWatchError for client-side failures', () => {
  it.each([
    [
      Object.assign(new Error('Could not load credentials'), { name: 'CredentialsProviderError' }),
      'E_AUTH',
      false,
    ],
    [Object.assign(new Error('aborted'), { name: 'AbortError' }), 'E_TIMEOUT', false],
    [Object.assign(new Error('socket timed out'), { name: 'TimeoutError' }), 'E_NETWORK', true],
    [systemError('ECONNRESET'), 'E_NETWORK', true],
    [
      systemError('ENOTFOUND', 'getaddrinfo ENOTFOUND logs.eu-west-1.amazonaws.com'),
      'E_NETWORK',
      true,
    ],
    [systemError('SELF_SIGNED_CERT_IN_CHAIN'), 'E_NETWORK', false],
    [systemError('ERR_TLS_CERT_ALTNAME_INVALID'), 'E_NETWORK', false],
    [new TypeError('something broke'), 'E_AWS', false],
    ['a string', 'E_AWS', false],
  ])('%s → %s (retryable %s)', (error, code, retryable) => {
    const mapped = toCloudWatchError(error, call);

    expect(mapped).toBeInstanceOf(CloudWatchError);
    expect(mapped).toMatchObject({ code, retryable });
    expect(mapped.message).toContain('DescribeLogGroups');
  });

  it('passes a CloudWatchError through unchanged', () => {
    const original = new CloudWatchError('E_TIME', 'bad time');
    expect(toCloudWatchError(original, call)).toBe(original);
  });

  it('a TLS failure hints at AWS_CA_BUNDLE', () => {
    expect(
      toCloudWatchError(systemError('UNABLE_TO_GET_ISSUER_CERT_LOCALLY'), call).hint,
    ).toContain('AWS_CA_BUNDLE');
  });

  it('prints no stack or cause as JSON', () => {
    const mapped = toCloudWatchError(systemError('ECONNRESET'), call);
    expect(Object.keys(mapped.toJSON()).sort()).toEqual([
      'code',
      'hint',
      'message',
      'name',
      'retryable',
    ]);
  });
});

describe('CloudWatchTool over a mocked SDK client', () => {
  const logs = mockClient(CloudWatchLogsClient);
  afterEach(() => logs.reset());

  it('turns a missing default-chain credential into E_AUTH with a hint', async () => {
    logs.on(DescribeLogGroupsCommand).rejects(
      Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError',
      }),
    );
    const tool = createCloudWatchTool({ auth: 'sdk', env: {} });

    const error = await tool.listLogGroups().catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'E_AUTH' });
    expect((error as CloudWatchError).hint).toContain('default credential chain');
  });
});
