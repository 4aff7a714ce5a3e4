import { describe, expect, it } from 'vitest';
import {
  example,
  failure,
  httpSecret,
  type Json,
  without,
  withSecret,
} from '../test/manifest-fixtures.js';

describe('parseToolManifest', () => {
  it.each<[string, Json, string]>([
    [
      'module',
      without('module'),
      'module: expected a non-empty module name such as @keyless/cloudwatch, got nothing',
    ],
    [
      'hosts',
      without('hosts'),
      'hosts: expected a non-empty array of non-empty strings, got nothing',
    ],
    [
      'aws_auth name',
      withSecret({ name: undefined }),
      'secrets[0].name: expected a non-empty string, got nothing',
    ],
    [
      'aws_auth hosts',
      withSecret({ hosts: undefined }),
      'secrets[0].hosts: expected a non-empty array of non-empty strings, got nothing',
    ],
    [
      'secret type',
      withSecret({ type: undefined }),
      'secrets[0].type: expected "aws_auth" or "http", got nothing',
    ],
    [
      'access_key_id',
      withSecret({ access_key_id: undefined }),
      'secrets[0].access_key_id: expected a secret reference, as secret_access_key is set, ' +
        'got nothing',
    ],
    [
      'secret_access_key',
      withSecret({ secret_access_key: undefined }),
      'secrets[0].secret_access_key: expected a secret reference, as access_key_id is set, ' +
        'got nothing',
    ],
    [
      'both credential forms',
      withSecret({ access_key_id: undefined, secret_access_key: undefined }),
      'secrets[0]: expected access_key_id + secret_access_key or credentials_provider, got neither',
    ],
    [
      'provider type',
      withSecret({
        access_key_id: undefined,
        secret_access_key: undefined,
        credentials_provider: {},
      }),
      'secrets[0].credentials_provider.type: expected "workload_identity", got nothing',
    ],
    [
      'http name',
      withSecret({}, httpSecret({ name: undefined, header: 'X-Key' })),
      'secrets[0].name: expected a non-empty string, got nothing',
    ],
    [
      'http hosts',
      withSecret({}, httpSecret({ hosts: undefined, header: 'X-Key' })),
      'secrets[0].hosts: expected a non-empty array of non-empty strings, got nothing',
    ],
    [
      'http ref',
      withSecret({}, httpSecret({ ref: undefined, header: 'X-Key' })),
      'secrets[0].ref: expected a secret reference: a name of letters, digits, "_", "-" or "." ' +
        'such as CLOUDWATCH_AWS_ACCESS_KEY_ID, got nothing',
    ],
    [
      'http placement',
      withSecret({}, httpSecret({})),
      'secrets[0]: expected exactly one of header, query_param or replace, got none',
    ],
    [
      'replace placeholder',
      withSecret({}, httpSecret({ replace: { in: ['headers'] } })),
      'secrets[0].replace.placeholder: expected a placeholder string the tool sends in place of ' +
        'the value, got nothing',
    ],
    [
      'replace in',
      withSecret({}, httpSecret({ replace: { placeholder: 'keyless-token' } })),
      'secrets[0].replace.in: expected a non-empty array of distinct locations among headers, ' +
        'path, query, body, got nothing',
    ],
  ])('refuses a missing %s', (_, input, message) => {
    const error = failure(input);
    expect(error.code).toBe('E_MANIFEST');
    expect(error.message).toBe(`tools/cloudwatch: ${message}`);
  });

  it('refuses empty secret hosts with the path, what was expected and what was found', () => {
    const error = failure(withSecret({ hosts: [] }));
    expect(error.message).toBe(
      'tools/cloudwatch: secrets[0].hosts: expected a non-empty array of non-empty strings, got []',
    );
    expect(error.path).toBe('secrets[0].hosts');
    expect(error.source).toBe('tools/cloudwatch');
  });

  it.each<[string, Json, string]>([
    [
      'at the top',
      { ...example(), timeout: 60 },
      'expected only the keys module, hosts, secrets, timeout_s, aws_actions, ' +
        'got unknown key "timeout" (did you mean "timeout_s"?)',
    ],
    [
      'in aws_auth',
      withSecret({ allowed_service: ['logs'] }),
      'secrets[0]: expected only the keys type, name, hosts, access_key_id, secret_access_key, ' +
        'session_token, credentials_provider, allowed_regions, allowed_services, ' +
        'got unknown key "allowed_service" (did you mean "allowed_services"?)',
    ],
    [
      'in http',
      withSecret({}, httpSecret({ header: 'X-Key', headr: 'X-Key' })),
      'secrets[0]: expected only the keys type, name, hosts, ref, header, query_param, ' +
        'formatter, replace, require, got unknown key "headr" (did you mean "header"?)',
    ],
    [
      'in credentials_provider',
      withSecret({
        access_key_id: undefined,
        secret_access_key: undefined,
        credentials_provider: { type: 'workload_identity', role_arn: 'x' },
      }),
      'secrets[0].credentials_provider: expected only the keys type, region, ' +
        'got unknown key "role_arn"',
    ],
    [
      'in replace',
      withSecret(
        {},
        httpSecret({
          replace: { placeholder: 'keyless-token', in: ['headers'], match_body: true },
        }),
      ),
      'secrets[0].replace: expected only the keys placeholder, in, headers, ' +
        'got unknown key "match_body"',
    ],
  ])('refuses an unknown key %s', (_, input, message) => {
    expect(failure(input).message).toBe(`tools/cloudwatch: ${message}`);
  });

  it('refuses static keys and a provider together', () => {
    const error = failure(withSecret({ credentials_provider: { type: 'workload_identity' } }));
    expect(error.message).toBe(
      'tools/cloudwatch: secrets[0]: expected either access_key_id + secret_access_key or ' +
        'credentials_provider, got both',
    );
  });

  it('refuses a session_token beside a provider', () => {
    const input = withSecret({
      access_key_id: undefined,
      secret_access_key: undefined,
      session_token: 'TOKEN',
      credentials_provider: { type: 'workload_identity' },
    });
    expect(failure(input).path).toBe('secrets[0].session_token');
  });

  it('refuses two secrets of one name', () => {
    const input = example();
    input.secrets = [...(input.secrets as Json[]), httpSecret({ name: 'cloudwatch', header: 'X' })];
    expect(failure(input).message).toBe(
      'tools/cloudwatch: secrets[1].name: expected a name no other secret of this tool uses, ' +
        'got "cloudwatch"',
    );
  });

  it('lists every issue, one line each, and exposes them', () => {
    const error = failure({ ...example(), module: '', timeout_s: 0 });
    expect(error.message.split('\n')).toEqual([
      'tools/cloudwatch: module: expected a non-empty module name such as @keyless/cloudwatch, ' +
        'got ""',
      'tools/cloudwatch: timeout_s: expected a whole number of seconds between 1 and 86400, got 0',
    ]);
    expect(error.issues.map((issue) => issue.path)).toEqual(['module', 'timeout_s']);
  });
});
