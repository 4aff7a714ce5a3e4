import { describe, expect, it } from 'vitest';
import { buildToolServerContainer } from './buildToolServerContainer.js';
import type { ToolServerContainerOptions } from './options.js';

const base: ToolServerContainerOptions = {
  image: 'registry.example.com/tool-server:1.2.3',
  proxy: { host: 'iron-proxy.keyless.svc', port: 8080, caSecretName: 'iron-proxy-ca' },
};

function envOf(options: Partial<ToolServerContainerOptions>): Map<string, unknown> {
  const container = buildToolServerContainer({ ...base, ...options });
  return new Map(container.env?.map((variable) => [variable.name, variable.value ?? variable]));
}

describe('buildToolServerContainer', () => {
  it('routes every proxy variable, in both cases, to iron-proxy', () => {
    const env = envOf({});
    for (const name of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) {
      expect(env.get(name)).toBe('http://iron-proxy.keyless.svc:8080');
    }
  });

  it('lists localhost, the proxy host and extra hosts once each in NO_PROXY, in order', () => {
    const env = envOf({
      noProxy: ['metrics.internal', 'localhost', '10.0.0.0/8', 'metrics.internal'],
    });
    const expected = 'localhost,127.0.0.1,iron-proxy.keyless.svc,metrics.internal,10.0.0.0/8';
    expect(env.get('NO_PROXY')).toBe(expected);
    expect(env.get('no_proxy')).toBe(expected);
  });

  it('brackets an IPv6 proxy address in the proxy URL', () => {
    const env = envOf({ proxy: { ...base.proxy, host: 'fd00::10' } });
    expect(env.get('HTTPS_PROXY')).toBe('http://[fd00::10]:8080');
  });

  it.each([
    [undefined, '/etc/keyless/proxy-ca'],
    ['/var/run/proxy-ca/', '/var/run/proxy-ca'],
  ])('points the four CA variables at the file under the read-only mount (%s)', (path, mount) => {
    const container = buildToolServerContainer({ ...base, caMountPath: path });
    const env = new Map(container.env?.map((variable) => [variable.name, variable.value]));
    const caVariables = [
      'NODE_EXTRA_CA_CERTS',
      'AWS_CA_BUNDLE',
      'SSL_CERT_FILE',
      'REQUESTS_CA_BUNDLE',
    ];
    expect(caVariables.map((name) => env.get(name))).toEqual(Array(4).fill(`${mount}/ca.crt`));
    expect(container.volumeMounts).toContainEqual({
      name: 'proxy-ca',
      mountPath: mount,
      readOnly: true,
    });
  });

  it('sets AWS_REGION from a literal or from a Secret key, and no other AWS value', () => {
    expect(envOf({ awsRegion: 'eu-west-1' }).get('AWS_REGION')).toBe('eu-west-1');
    const fromSecret = envOf({
      awsRegion: { secretKeyRef: { name: 'aws-region', key: 'region', optional: true } },
    }).get('AWS_REGION');
    expect(fromSecret).toEqual({
      name: 'AWS_REGION',
      valueFrom: { secretKeyRef: { name: 'aws-region', key: 'region', optional: true } },
    });
    const awsNames = [...envOf({ awsRegion: 'eu-west-1' }).keys()].filter((n) => /^AWS_/.test(n));
    expect(awsNames).toEqual(['AWS_CA_BUNDLE', 'AWS_REGION']);
  });

  it('appends operator env after the pinned variables', () => {
    const container = buildToolServerContainer({
      ...base,
      env: [{ name: 'LOG_LEVEL', value: 'debug' }],
      envFrom: [{ configMapRef: { name: 'tool-settings' }, prefix: 'TOOL_' }],
    });
    expect(container.env?.at(-1)).toEqual({ name: 'LOG_LEVEL', value: 'debug' });
    expect(container.envFrom).toEqual([
      { configMapRef: { name: 'tool-settings' }, prefix: 'TOOL_' },
    ]);
  });

  it('locks the container down and probes the health path', () => {
    const container = buildToolServerContainer({ ...base, healthPath: '/ready', port: 9000 });
    expect(container.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 65532,
      runAsGroup: 65532,
      privileged: false,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(container.ports).toEqual([{ name: 'http', containerPort: 9000, protocol: 'TCP' }]);
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(container.volumeMounts).toContainEqual({ name: 'tmp', mountPath: '/tmp' });
  });

  it('merges resource overrides with the defaults', () => {
    const container = buildToolServerContainer({
      ...base,
      resources: { limits: { memory: '1Gi' } },
    });
    expect(container.resources).toEqual({
      requests: { cpu: '50m', memory: '64Mi' },
      limits: { cpu: '500m', memory: '1Gi' },
    });
  });

  const badOptions: [string, Partial<ToolServerContainerOptions>, string, string][] = [
    ['empty image', { image: '' }, 'E_OPTION', 'image'],
    ['bad name', { name: 'Tool_Server' }, 'E_OPTION', 'name'],
    ['port 0', { port: 0 }, 'E_OPTION', 'port'],
    ['relative health path', { healthPath: 'healthz' }, 'E_OPTION', 'healthPath'],
    ['root user', { runAsUser: 0 }, 'E_OPTION', 'runAsUser'],
    [
      'bad proxy host',
      { proxy: { ...base.proxy, host: 'http://proxy' } },
      'E_OPTION',
      'proxy.host',
    ],
    ['bad proxy port', { proxy: { ...base.proxy, port: 70000 } }, 'E_OPTION', 'proxy.port'],
    [
      'no CA secret',
      { proxy: { ...base.proxy, caSecretName: '' } },
      'E_OPTION',
      'proxy.caSecretName',
    ],
    ['CA mount in /tmp', { caMountPath: '/tmp/ca' }, 'E_OPTION', 'caMountPath'],
    ['bad region', { awsRegion: 'Europe' }, 'E_OPTION', 'awsRegion'],
    ['NO_PROXY wildcard', { noProxy: ['*'] }, 'E_OPTION', 'noProxy[0]'],
    ['NO_PROXY for AWS', { noProxy: ['svc', '.amazonaws.com'] }, 'E_OPTION', 'noProxy[1]'],
    ['NO_PROXY with comma', { noProxy: ['a,b'] }, 'E_OPTION', 'noProxy[0]'],
    ['env not a list', { env: {} as never }, 'E_OPTION', 'env'],
    [
      'pinned HTTPS_PROXY',
      { env: [{ name: 'HTTPS_PROXY', value: 'http://x:1' }] },
      'E_PINNED_ENV',
      'env[0].name',
    ],
    ['pinned no_proxy', { env: [{ name: 'no_proxy', value: '*' }] }, 'E_PINNED_ENV', 'env[0].name'],
    [
      'pinned AWS_REGION',
      { env: [{ name: 'AWS_REGION', value: 'us-east-1' }] },
      'E_PINNED_ENV',
      'env[0].name',
    ],
    [
      'ALL_PROXY',
      { env: [{ name: 'ALL_PROXY', value: 'socks5://x:1' }] },
      'E_PINNED_ENV',
      'env[0].name',
    ],
    [
      'credential from a Secret',
      {
        env: [
          { name: 'A', value: '1' },
          { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
        ],
      },
      'E_CREDENTIAL_ENV',
      'env[1].name',
    ],
    [
      'AWS_CONTAINER_CREDENTIALS_*',
      { env: [{ name: 'AWS_CONTAINER_CREDENTIALS_FULL_URI', value: 'http://x' }] },
      'E_CREDENTIAL_ENV',
      'env[0].name',
    ],
    [
      'key id in a value',
      { env: [{ name: 'NOTE', value: 'key AKIAIOSFODNN7EXAMPLE' }] },
      'E_CREDENTIAL_VALUE',
      'env[0].value',
    ],
    [
      'duplicate env',
      {
        env: [
          { name: 'A', value: '1' },
          { name: 'A', value: '2' },
        ],
      },
      'E_DUPLICATE_ENV',
      'env[1].name',
    ],
    [
      'envFrom Secret',
      { envFrom: [{ secretRef: { name: 's' }, prefix: 'TOOL_' }] },
      'E_ENV_FROM',
      'envFrom[0].secretRef',
    ],
    [
      'envFrom without prefix',
      { envFrom: [{ configMapRef: { name: 'c' } }] },
      'E_CREDENTIAL_ENV',
      'envFrom[0].prefix',
    ],
    [
      'bad quantity',
      { resources: { limits: { cpu: 'lots' } } },
      'E_INVALID_MANIFEST',
      'resources.limits.cpu',
    ],
    [
      'bad pull policy',
      { imagePullPolicy: 'Sometimes' as never },
      'E_INVALID_MANIFEST',
      'imagePullPolicy',
    ],
    [
      'bad env source',
      { env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 's', key: 3 as never } } }] },
      'E_INVALID_MANIFEST',
      'env[0].valueFrom.secretKeyRef.key',
    ],
  ];
  it.each(badOptions.map(([label, options, code, path]) => ({ label, options, code, path })))(
    'refuses $label with $code at $path',
    ({ options, code, path }) => {
      expect(() => buildToolServerContainer({ ...base, ...options })).toThrow(
        expect.objectContaining({
          name: 'SidecarError',
          code,
          path,
          message: expect.stringContaining(path),
        }),
      );
    },
  );
});
