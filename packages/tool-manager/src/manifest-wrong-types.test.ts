import { describe, expect, it } from 'vitest';
import { example, failure, httpSecret, type Json, withSecret } from '../test/manifest-fixtures.js';

describe('parseToolManifest', () => {
  it.each<[string, Json, string]>([
    ['manifest', 5 as unknown as Json, 'expected an object (the "keyless" manifest), got 5'],
    [
      'module',
      { ...example(), module: 5 },
      'module: expected a non-empty module name such as @keyless/cloudwatch, got 5',
    ],
    [
      'hosts',
      { ...example(), hosts: 'logs.*.amazonaws.com' },
      'hosts: expected a non-empty array of non-empty strings, got "logs.*.amazonaws.com"',
    ],
    [
      'a host',
      { ...example(), hosts: ['https://logs.eu-west-1.amazonaws.com'] },
      'hosts[0]: expected a host name or glob such as logs.*.amazonaws.com, without scheme, ' +
        'port or path, got "https://logs.eu-west-1.amazonaws.com"',
    ],
    ['secrets', { ...example(), secrets: {} }, 'secrets: expected an array of secrets, got {}'],
    [
      'a secret',
      { ...example(), secrets: ['cloudwatch'] },
      'secrets[0]: expected an object whose "type" is "aws_auth" or "http", got "cloudwatch"',
    ],
    [
      'timeout_s',
      { ...example(), timeout_s: '60' },
      'timeout_s: expected a whole number of seconds between 1 and 86400, got "60"',
    ],
    [
      'timeout_s sign',
      { ...example(), timeout_s: -1 },
      'timeout_s: expected a whole number of seconds between 1 and 86400, got -1',
    ],
    [
      'aws_actions',
      { ...example(), aws_actions: 'logs:FilterLogEvents' },
      'aws_actions: expected an array of IAM actions such as logs:FilterLogEvents, ' +
        'got "logs:FilterLogEvents"',
    ],
    [
      'an aws action',
      { ...example(), aws_actions: ['FilterLogEvents'] },
      'aws_actions[0]: expected an IAM action such as logs:FilterLogEvents, got "FilterLogEvents"',
    ],
    [
      'type',
      withSecret({ type: 'aws' }),
      'secrets[0].type: expected "aws_auth" or "http", got "aws"',
    ],
    ['name', withSecret({ name: 7 }), 'secrets[0].name: expected a non-empty string, got 7'],
    [
      'secret hosts',
      withSecret({ hosts: [''] }),
      'secrets[0].hosts: expected a non-empty array of non-empty strings, got [""]',
    ],
    [
      'access_key_id',
      withSecret({ access_key_id: 5 }),
      'secrets[0].access_key_id: expected a secret reference: ' +
        'a name of letters, digits, "_", "-" or "." such as CLOUDWATCH_AWS_ACCESS_KEY_ID, got 5',
    ],
    [
      'access_key_id value',
      withSecret({ access_key_id: 'AKIAIOSFODNN7EXAMPLE' }),
      'secrets[0].access_key_id: expected a reference (the name of a secret in the backend), ' +
        'not an access key id itself, got "AKIAIOSFODNN7EXAMPLE"',
    ],
    [
      'secret_access_key',
      withSecret({ secret_access_key: ['X'] }),
      'secrets[0].secret_access_key: expected a secret reference: ' +
        'a name of letters, digits, "_", "-" or "." such as CLOUDWATCH_AWS_ACCESS_KEY_ID, ' +
        'got ["X"]',
    ],
    [
      'session_token',
      withSecret({ session_token: {} }),
      'secrets[0].session_token: expected a secret reference: ' +
        'a name of letters, digits, "_", "-" or "." such as CLOUDWATCH_AWS_ACCESS_KEY_ID, got {}',
    ],
    [
      'credentials_provider',
      withSecret({
        access_key_id: undefined,
        secret_access_key: undefined,
        credentials_provider: 'workload_identity',
      }),
      'secrets[0].credentials_provider: expected an object {type: workload_identity, region?}, ' +
        'got "workload_identity"',
    ],
    [
      'provider type',
      withSecret({
        access_key_id: undefined,
        secret_access_key: undefined,
        credentials_provider: { type: 'irsa' },
      }),
      'secrets[0].credentials_provider.type: expected "workload_identity", got "irsa"',
    ],
    [
      'provider region',
      withSecret({
        access_key_id: undefined,
        secret_access_key: undefined,
        credentials_provider: { type: 'workload_identity', region: 5 },
      }),
      'secrets[0].credentials_provider.region: expected a region name such as eu-west-1, got 5',
    ],
    [
      'allowed_regions',
      withSecret({ allowed_regions: 'eu-west-1' }),
      'secrets[0].allowed_regions: expected an array of region names such as eu-west-1 (empty ' +
        'allowed), got "eu-west-1"',
    ],
    [
      'a region',
      withSecret({ allowed_regions: ['EU_WEST_1'] }),
      'secrets[0].allowed_regions[0]: expected a region name such as eu-west-1, got "EU_WEST_1"',
    ],
    [
      'allowed_services',
      withSecret({ allowed_services: [5] }),
      'secrets[0].allowed_services: expected an array of signing names such as logs or ' +
        'monitoring (empty allowed), got [5]',
    ],
    [
      'http ref',
      withSecret({}, httpSecret({ ref: 'op://vault/item', header: 'X-Key' })),
      'secrets[0].ref: expected a secret reference: ' +
        'a name of letters, digits, "_", "-" or "." such as CLOUDWATCH_AWS_ACCESS_KEY_ID, ' +
        'got "op://vault/item"',
    ],
    [
      'header',
      withSecret({}, httpSecret({ header: 'X Key' })),
      'secrets[0].header: expected a header name such as Authorization, got "X Key"',
    ],
    [
      'query_param',
      withSecret({}, httpSecret({ query_param: '' })),
      'secrets[0].query_param: expected a non-empty query parameter name, got ""',
    ],
    [
      'formatter',
      withSecret({}, httpSecret({ header: 'Authorization', formatter: 'Bearer TOKEN' })),
      'secrets[0].formatter: expected a Go template that uses .Value, ' +
        'such as "Bearer {{ .Value }}", got "Bearer TOKEN"',
    ],
    [
      'formatter with replace',
      withSecret(
        {},
        httpSecret({
          formatter: 'Bearer {{ .Value }}',
          replace: { placeholder: 'keyless-token', in: ['headers'] },
        }),
      ),
      'secrets[0].formatter: expected no formatter with replace (a formatter shapes a header or ' +
        'query parameter), got "Bearer {{ .Value }}"',
    ],
    [
      'two placements',
      withSecret({}, httpSecret({ header: 'X-Key', query_param: 'key' })),
      'secrets[0]: expected exactly one of header, query_param or replace, ' +
        'got header and query_param',
    ],
    [
      'replace',
      withSecret({}, httpSecret({ replace: 'keyless-token' })),
      'secrets[0].replace: expected an object {placeholder, in, headers?}, got "keyless-token"',
    ],
    [
      'short placeholder',
      withSecret({}, httpSecret({ replace: { placeholder: 'tok', in: ['headers'] } })),
      'secrets[0].replace.placeholder: expected a placeholder of at least 8 characters, ' +
        'unlikely to occur by chance, got "tok"',
    ],
    [
      'replace in',
      withSecret(
        {},
        httpSecret({ replace: { placeholder: 'keyless-token', in: ['headers', 'cookies'] } }),
      ),
      'secrets[0].replace.in: expected a non-empty array of distinct locations among headers, ' +
        'path, query, body, got ["headers","cookies"]',
    ],
    [
      'replace in without headers',
      withSecret({}, httpSecret({ replace: { placeholder: 'keyless-token', in: ['body'] } })),
      'secrets[0].replace.in: expected a list that includes "headers" (iron-proxy always ' +
        'replaces in request headers), got ["body"]',
    ],
    [
      'replace headers',
      withSecret(
        {},
        httpSecret({ replace: { placeholder: 'keyless-token', in: ['headers'], headers: [] } }),
      ),
      'secrets[0].replace.headers: expected a non-empty array of header names or /regex/, got []',
    ],
    [
      'require',
      withSecret({}, httpSecret({ header: 'X-Key', require: 'yes' })),
      'secrets[0].require: expected true or false, got "yes"',
    ],
  ])('refuses a wrong %s', (_, input, message) => {
    expect(failure(input).message).toBe(`tools/cloudwatch: ${message}`);
  });
});
