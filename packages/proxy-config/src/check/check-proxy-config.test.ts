import { describe, expect, it } from 'vitest';
import {
  AWS_AUTH,
  AWS_HEADER_ALLOWLIST,
  type Expected,
  PREAMBLE,
  summary,
} from '../../test/configs.js';
import { checkProxyConfig } from './check-proxy-config.js';

describe('checkProxyConfig', () => {
  it('finds nothing in a sound config', () => {
    const yaml = `${PREAMBLE}transforms:
  - name: aws_auth
    config:
      ${AWS_AUTH}
  - name: header_allowlist
    config:
      headers: ${AWS_HEADER_ALLOWLIST}
`;
    expect(checkProxyConfig(yaml)).toEqual([]);
  });

  it.each<[string, string, Expected[]]>([
    [
      'YAML that does not parse',
      'transforms: [',
      [['error', '', expect.stringContaining('not valid YAML') as unknown as string]],
    ],
    ['a list at the top', '- a\n', [['error', '', 'expected a mapping at the top of the file']]],
    [
      'a misspelt top-level key',
      `${PREAMBLE}transform: []\n`,
      [
        [
          'error',
          'transform',
          'unknown key "transform": iron-proxy refuses to start with it; ' +
            'did you mean "transforms"? ' +
            'known keys: dns, proxy, tls, transforms, mcp, mcp_gateway, postgres, metrics, ' +
            'management, control_plane, log',
        ],
      ],
    ],
    [
      'a misspelt section key',
      `${PREAMBLE}proxy: {http_listn: ":80"}\n`,
      [
        [
          'error',
          'proxy.http_listn',
          expect.stringContaining(
            'refuses to start with it; did you mean "http_listen"?',
          ) as unknown as string,
        ],
      ],
    ],
    [
      'a wrong type in a section',
      `${PREAMBLE}proxy: {max_request_body_bytes: 1MB}\n`,
      [['error', 'proxy.max_request_body_bytes', 'expected a whole number, got "1MB"']],
    ],
    [
      'a bad duration',
      `${PREAMBLE}control_plane: {poll_interval: 10}\n`,
      [['error', 'control_plane.poll_interval', 'expected a Go duration such as 30s, got 10']],
    ],
    [
      'an unknown key in a transform entry',
      `${PREAMBLE}transforms:\n  - name: allowlist\n    configs: {}\n`,
      [
        [
          'error',
          'transforms[0].configs',
          expect.stringContaining('did you mean "config"?') as unknown as string,
        ],
        [
          'warning',
          'transforms[0].config',
          'allowlist with no domains, cidrs or rules refuses every request',
        ],
      ],
    ],
    [
      'an unknown transform',
      `${PREAMBLE}transforms:\n  - name: header_allow_list\n`,
      [
        [
          'error',
          'transforms[0].name',
          'unknown transform "header_allow_list": iron-proxy refuses it; ' +
            'did you mean "header_allowlist"?',
        ],
      ],
    ],
    [
      'a log level iron-proxy rejects',
      `${PREAMBLE}log: {level: verbose}\n`,
      [['error', 'log.level', 'log.level must be debug, info, warn or error, got verbose']],
    ],
    [
      'the settings IRON_* variables may supply',
      'log: {level: info}\n',
      [
        ['warning', 'tls.ca_cert', 'tls.ca_cert is required unless IRON_TLS_CA_CERT is set'],
        ['warning', 'tls.ca_key', 'tls.ca_key is required unless IRON_TLS_CA_KEY is set'],
        [
          'warning',
          'dns.proxy_ip',
          'dns.proxy_ip is required while DNS is on, unless IRON_DNS_PROXY_IP is set',
        ],
      ],
    ],
  ])('reports %s', (_, yaml, expected) => {
    expect(summary(yaml)).toEqual(expected);
  });

  it('refuses aws_auth under sni-only TLS', () => {
    const yaml = `dns: {enabled: false}
tls: {mode: sni-only}
transforms:
  - name: aws_auth
    config:
      ${AWS_AUTH}
`;
    expect(summary(yaml)).toEqual([
      ['error', 'tls.mode', 'aws_auth needs tls.mode mitm: sni-only never sees a request'],
    ]);
  });

  it('reports a header_allowlist after aws_auth that would break signatures, with its line', () => {
    const yaml = `${PREAMBLE}transforms:
  - name: header_allowlist
    config: {headers: [content-type]}
  - name: aws_auth
    config:
      ${AWS_AUTH}
  - name: header_allowlist
    config:
      headers: [content-type, authorization, "/^x-amz-.*$/"]
`;
    expect(checkProxyConfig(yaml)).toEqual([
      {
        severity: 'error',
        path: 'transforms[2].config.headers',
        line: 14,
        message:
          'runs after aws_auth (transforms[1]) and strips headers it signs or writes, which AWS ' +
          'then rejects; add /^amz-sdk-.*$/, /^x-amzn-.*$/, content-length, content-encoding, ' +
          'host, accept, accept-encoding, smithy-protocol',
      },
    ]);
  });

  it('reports YAML whose aliases expand beyond reason instead of throwing', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const previous = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      levels.push(`${next}: &${next} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const findings = checkProxyConfig(`${levels.join('\n')}\n`);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: '',
        message: expect.stringContaining('not usable YAML'),
      }),
    ]);
  });
});
