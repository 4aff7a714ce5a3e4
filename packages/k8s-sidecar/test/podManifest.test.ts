import { Pod } from 'kubernetes-models/v1/Pod';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildToolServerPod, type ToolServerPodOptions } from '../src/index.js';

const full: ToolServerPodOptions = {
  image: 'registry.example.com/tool-server:1.2.3',
  podName: 'cloudwatch-tools',
  namespace: 'agents',
  labels: { team: 'platform' },
  annotations: { 'example.com/owner': 'platform' },
  serviceAccountName: 'tool-server',
  proxy: {
    host: 'iron-proxy.keyless.svc.cluster.local',
    port: 8080,
    caSecretName: 'iron-proxy-ca',
    caSecretKey: 'tls.crt',
  },
  noProxy: ['.svc.cluster.local'],
  awsRegion: { secretKeyRef: { name: 'aws-region', key: 'region', optional: true } },
  env: [
    { name: 'LOG_LEVEL', value: 'info' },
    { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
  ],
  envFrom: [{ configMapRef: { name: 'tool-settings' }, prefix: 'TOOL_' }],
  resources: { requests: { cpu: '100m' }, limits: { memory: '512Mi' } },
  tmpSizeLimit: '128Mi',
};

describe('buildToolServerPod', () => {
  it.each([
    ['minimal', { image: full.image, proxy: full.proxy }],
    ['full', full],
  ])(
    'yields a %s manifest that survives YAML and passes the Kubernetes 1.33 schema',
    (_, options) => {
      const manifest = parse(stringify(buildToolServerPod(options)));
      expect(() => new Pod(manifest).validate()).not.toThrow();
      expect(manifest).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
    },
  );

  it('mounts no service-account token and shares nothing with the host', () => {
    const spec = buildToolServerPod(full).spec;
    expect(spec).toMatchObject({
      automountServiceAccountToken: false,
      hostNetwork: false,
      hostPID: false,
      hostIPC: false,
      serviceAccountName: 'tool-server',
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
    });
  });

  it('declares a volume for every mount: the CA Secret read-only and /tmp as emptyDir', () => {
    const spec = buildToolServerPod(full).spec;
    const mounts = spec?.containers[0]?.volumeMounts ?? [];
    const volumes = new Map(spec?.volumes?.map((volume) => [volume.name, volume]));
    expect(mounts.map((mount) => mount.name).every((name) => volumes.has(name))).toBe(true);
    expect(volumes.get('proxy-ca')?.secret).toEqual({
      secretName: 'iron-proxy-ca',
      items: [{ key: 'tls.crt', path: 'ca.crt' }],
      defaultMode: 0o444,
    });
    expect(volumes.get('tmp')).toEqual({ name: 'tmp', emptyDir: { sizeLimit: '128Mi' } });
  });

  it.each<[string, Partial<ToolServerPodOptions>, string, string]>([
    ['bad pod name', { podName: 'Tools!' }, 'E_OPTION', 'podName'],
    ['bad namespace', { namespace: 'a.b' }, 'E_OPTION', 'namespace'],
    ['bad service account', { serviceAccountName: 'SA' }, 'E_OPTION', 'serviceAccountName'],
    [
      'bad tmp size',
      { tmpSizeLimit: 'big' },
      'E_INVALID_MANIFEST',
      'pod.spec.volumes[1].emptyDir.sizeLimit',
    ],
    [
      'bad label value',
      { labels: { team: 7 as never } },
      'E_INVALID_MANIFEST',
      'pod.metadata.labels.team',
    ],
  ])('refuses %s', (_, options, code, path) => {
    expect(() => buildToolServerPod({ ...full, ...options })).toThrow(
      expect.objectContaining({ code, path }),
    );
  });
});
