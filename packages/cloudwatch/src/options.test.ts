import { describe, expect, it } from 'vitest';
import { resolveToolConfig } from './options.js';

describe('resolveToolConfig', () => {
  it.each([
    [{}, {}, 'proxy'],
    [{}, { KEYLESS_AWS_AUTH: 'sdk' }, 'sdk'],
    [{ auth: 'proxy' as const }, { KEYLESS_AWS_AUTH: 'sdk' }, 'proxy'],
    [{ auth: 'sdk' as const }, {}, 'sdk'],
  ])('options %j with env %j use auth %s', (options, env, auth) => {
    expect(resolveToolConfig({ ...options, env }).auth).toBe(auth);
  });

  it.each([
    [{ auth: 'iam' }, {}, 'auth must be "proxy" or "sdk", got "iam"'],
    [{}, { KEYLESS_AWS_AUTH: 'keys' }, 'KEYLESS_AWS_AUTH must be "proxy" or "sdk", got "keys"'],
    [{ maxAttempts: 0 }, {}, 'maxAttempts must be an integer from 1 to 10, got 0'],
    [{ endpoint: 'localhost:4566' }, {}, 'endpoint must be an http:// or https:// URL'],
    [{ region: 'EU West' }, {}, 'region must look like "eu-west-1", got "EU West"'],
    [
      { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } },
      {},
      'credentials are used only with auth mode "sdk"',
    ],
    [
      { auth: 'sdk', credentials: { accessKeyId: '', secretAccessKey: 'b' } },
      {},
      'credentials must have a non-empty accessKeyId',
    ],
  ])('options %j with env %j are E_INPUT: %s', (options, env, message) => {
    expect(() => resolveToolConfig({ ...(options as object), env })).toThrow(
      expect.objectContaining({ code: 'E_INPUT', message: expect.stringContaining(message) }),
    );
  });

  it('reads process.env when no env is given', () => {
    expect(resolveToolConfig().env).toBe(process.env);
  });
});
