import fc from 'fast-check';
import type { IPod } from 'kubernetes-models/v1/Pod';
import { describe, expect, it } from 'vitest';
import { buildToolServerPod, SidecarError, type ToolServerPodOptions } from '../src/index.js';

// Written out here rather than imported, so the test does not trust the code it checks.
const CREDENTIAL_NAMES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
];
const CREDENTIAL_STEMS = ['AWS_CONTAINER_CREDENTIALS_', 'AWS_CONTAINER_AUTHORIZATION_TOKEN'];
const PINNED_NAMES = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy',
  'NODE_EXTRA_CA_CERTS',
  'AWS_CA_BUNDLE',
  'SSL_CERT_FILE',
  'REQUESTS_CA_BUNDLE',
  'AWS_REGION',
];

function isCredentialName(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    CREDENTIAL_NAMES.includes(upper) || CREDENTIAL_STEMS.some((stem) => upper.startsWith(stem))
  );
}

/** Could `prefix + key` be a credential name for some ConfigMap key? */
function prefixCanMakeCredential(prefix: string): boolean {
  const upper = prefix.toUpperCase();
  return (
    CREDENTIAL_NAMES.some((name) => name.startsWith(upper)) ||
    CREDENTIAL_STEMS.some((stem) => stem.startsWith(upper) || upper.startsWith(stem))
  );
}

/** Mostly the valid value, sometimes a bad one, so that most runs reach the env checks. */
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 19 }, { arbitrary: invalid, weight: 1 });

const randomCase = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((flips) => [...name].map((c, i) => (flips[i] ? c.toLowerCase() : c)).join(''));

const envName = fc.oneof(
  { arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/), weight: 6 },
  fc.constantFrom(
    ...CREDENTIAL_NAMES,
    ...PINNED_NAMES,
    'LOG_LEVEL',
    'AWS_DEFAULT_REGION',
    'ALL_PROXY',
  ),
  fc.constantFrom(...CREDENTIAL_NAMES, ...PINNED_NAMES).chain(randomCase),
  fc
    .tuple(
      fc.constantFrom(...CREDENTIAL_STEMS, 'AWS_', 'TOOL_'),
      fc.stringMatching(/^[A-Z_]{0,12}$/),
    )
    .map(([stem, rest]) => stem + rest),
  fc.string({ maxLength: 20 }),
);

const envVar = fc.record(
  {
    name: envName,
    value: mostly(fc.string({ maxLength: 30 }), fc.constant('AKIAIOSFODNN7EXAMPLE')),
    valueFrom: fc.record({
      secretKeyRef: fc.record({ name: fc.constant('s'), key: fc.constant('k') }),
    }),
  },
  { requiredKeys: ['name'] },
);

const envFromPrefix = fc.oneof(
  fc.constantFrom('TOOL_', 'APP_', 'X'),
  fc.constantFrom('', 'a', 'A', 'AW', 'AWS', 'AWS_', 'aws_', 'AWS_C', 'aws_container_'),
  fc.string({ maxLength: 8 }),
);
const envFromSource = fc.oneof(
  {
    arbitrary: fc.record({
      configMapRef: fc.record({ name: fc.constant('settings') }),
      prefix: envFromPrefix,
    }),
    weight: 4,
  },
  fc.record({ configMapRef: fc.record({ name: fc.constant('settings') }) }),
  fc.record({ secretRef: fc.record({ name: fc.constant('secrets') }), prefix: envFromPrefix }),
);

const podOptions: fc.Arbitrary<ToolServerPodOptions> = fc.record(
  {
    image: mostly(fc.constant('registry.example.com/tool:1'), fc.constant('')),
    proxy: fc.record({
      host: mostly(fc.constantFrom('iron-proxy.keyless.svc', '10.0.0.7'), fc.constant('bad host')),
      port: mostly(fc.integer({ min: 1, max: 65535 }), fc.constant(0)),
      caSecretName: mostly(fc.constant('iron-proxy-ca'), fc.constant('')),
    }),
    noProxy: fc.array(
      mostly(fc.constantFrom('svc.cluster.local', '10.0.0.0/8', 'localhost'), fc.constant('*')),
      {
        maxLength: 3,
      },
    ),
    awsRegion: fc.oneof(
      mostly(fc.constantFrom('us-east-1', 'eu-west-1'), fc.constant('nowhere')),
      fc.record({
        secretKeyRef: fc.record({ name: fc.constant('r'), key: fc.constant('region') }),
      }),
    ),
    env: fc.array(envVar, { maxLength: 4 }),
    envFrom: fc.array(envFromSource, { maxLength: 2 }),
    port: fc.integer({ min: 1, max: 65535 }),
    runAsUser: fc.integer({ min: 1, max: 100000 }),
  },
  { requiredKeys: ['image', 'proxy'] },
);

/** The pod, or undefined when the options were refused with a SidecarError. */
function tryBuild(options: ToolServerPodOptions): IPod | undefined {
  try {
    return buildToolServerPod(options);
  } catch (error) {
    expect(error).toBeInstanceOf(SidecarError);
    return undefined;
  }
}

describe('buildToolServerPod over option combinations', () => {
  it('never lets an AWS credential variable into the pod', () => {
    fc.assert(
      fc.property(podOptions, (options) => {
        const pod = tryBuild(options);
        if (!pod) return;
        for (const container of pod.spec?.containers ?? []) {
          for (const variable of container.env ?? []) {
            expect(isCredentialName(variable.name), variable.name).toBe(false);
            expect(variable.value ?? '').not.toMatch(/AKIA[A-Z0-9]{16}/);
          }
          for (const source of container.envFrom ?? []) {
            expect(source.secretRef).toBeUndefined();
            expect(prefixCanMakeCredential(source.prefix ?? ''), source.prefix).toBe(false);
          }
        }
        const manifest = JSON.stringify(pod);
        for (const name of CREDENTIAL_NAMES) expect(manifest).not.toContain(`"${name}"`);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every pinned variable exactly once with the value the options give', () => {
    fc.assert(
      fc.property(podOptions, (options) => {
        const pod = tryBuild(options);
        const extraNames = (options.env ?? []).map((variable) => variable.name.toUpperCase());
        const triesPinned = extraNames.some((name) => PINNED_NAMES.includes(name));
        if (triesPinned) expect(pod).toBeUndefined();
        if (!pod) return;

        const env = pod.spec?.containers[0]?.env ?? [];
        for (const name of PINNED_NAMES.filter((n) => n !== 'AWS_REGION')) {
          expect(env.filter((variable) => variable.name === name)).toHaveLength(1);
        }
        const proxyUrl = env.find((variable) => variable.name === 'HTTPS_PROXY')?.value;
        expect(proxyUrl).toBe(`http://${options.proxy.host}:${options.proxy.port}`);
        const region = env.filter((variable) => variable.name === 'AWS_REGION');
        expect(region).toHaveLength(options.awsRegion === undefined ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });

  it('points the four CA variables at the file the read-only Secret volume provides', () => {
    const mountPath = fc
      .array(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), { minLength: 1, maxLength: 4 })
      .map((parts) => `/${parts.join('/')}`)
      .filter((path) => path !== '/tmp' && !path.startsWith('/tmp/'));
    const secretKey = fc.stringMatching(/^[a-z][a-z0-9._-]{0,10}$/);

    fc.assert(
      fc.property(mountPath, secretKey, (caMountPath, caSecretKey) => {
        const pod = buildToolServerPod({
          image: 'registry.example.com/tool:1',
          proxy: { host: 'iron-proxy', port: 3128, caSecretName: 'iron-proxy-ca', caSecretKey },
          caMountPath,
        });
        const container = pod.spec?.containers[0];
        const mount = container?.volumeMounts?.find((m) => m.mountPath === caMountPath);
        const volume = pod.spec?.volumes?.find((v) => v.name === mount?.name);
        const item = volume?.secret?.items?.find((i) => i.key === caSecretKey);
        expect(mount?.readOnly).toBe(true);
        expect(volume?.secret?.secretName).toBe('iron-proxy-ca');

        const caFile = `${caMountPath}/${item?.path}`;
        const caVariables = [
          'NODE_EXTRA_CA_CERTS',
          'AWS_CA_BUNDLE',
          'SSL_CERT_FILE',
          'REQUESTS_CA_BUNDLE',
        ];
        const values = caVariables.map(
          (name) => container?.env?.find((variable) => variable.name === name)?.value,
        );
        expect(values).toEqual([caFile, caFile, caFile, caFile]);
      }),
      { numRuns: 200 },
    );
  });
});
