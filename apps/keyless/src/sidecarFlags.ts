import type { ToolServerPodOptions } from '@keyless/k8s-sidecar';
import type { ArgsDef } from 'citty';
import { KeylessError } from './KeylessError.js';
import type { CommandArgs } from './strictArgs.js';

export const SIDECAR_ARGS = {
  image: { type: 'string', required: true, valueHint: 'ref', description: 'Tool-server image' },
  'proxy-host': {
    type: 'string',
    required: true,
    valueHint: 'host',
    description: 'iron-proxy Service host',
  },
  'proxy-port': {
    type: 'string',
    required: true,
    valueHint: 'port',
    description: 'iron-proxy port',
  },
  'ca-secret': {
    type: 'string',
    required: true,
    valueHint: 'name',
    description: 'Secret holding the iron-proxy CA certificate',
  },
  'ca-key': {
    type: 'string',
    valueHint: 'key',
    description: 'Key of the CA in that Secret (default ca.crt)',
  },
  'ca-mount-path': { type: 'string', valueHint: 'dir', description: 'Where the CA is mounted' },
  region: { type: 'string', valueHint: 'region', description: 'AWS_REGION, e.g. eu-west-1' },
  'region-secret': {
    type: 'string',
    valueHint: 'secret:key',
    description: 'AWS_REGION from a Secret key instead (optional ref)',
  },
  'no-proxy': {
    type: 'string',
    valueHint: 'host',
    description: 'Extra host reached without the proxy',
  },
  env: { type: 'string', valueHint: 'NAME=VALUE', description: 'Extra variable' },
  'env-secret': {
    type: 'string',
    valueHint: 'NAME=secret:key',
    description: 'Extra variable from a Secret key',
  },
  'env-from-configmap': {
    type: 'string',
    valueHint: 'configmap:PREFIX_',
    description: 'Import a ConfigMap under a prefix outside AWS_',
  },
  name: { type: 'string', valueHint: 'name', description: 'Container name (default tool-server)' },
  'pod-name': {
    type: 'string',
    valueHint: 'name',
    description: 'Pod name (default: container name)',
  },
  namespace: { type: 'string', valueHint: 'ns', description: 'Namespace of the pod' },
  'service-account': {
    type: 'string',
    valueHint: 'name',
    description: 'Service account (no IAM role)',
  },
  port: { type: 'string', valueHint: 'port', description: 'Tool-server port (default 8080)' },
  'health-path': {
    type: 'string',
    valueHint: 'path',
    description: 'Probe path (default /healthz)',
  },
  'run-as-user': { type: 'string', valueHint: 'uid', description: 'Non-root UID (default 65532)' },
  'cpu-request': { type: 'string', valueHint: 'qty', description: 'Default 50m' },
  'memory-request': { type: 'string', valueHint: 'qty', description: 'Default 64Mi' },
  'cpu-limit': { type: 'string', valueHint: 'qty', description: 'Default 500m' },
  'memory-limit': { type: 'string', valueHint: 'qty', description: 'Default 256Mi' },
} as const satisfies ArgsDef;

export const SIDECAR_REPEATABLE = ['no-proxy', 'env', 'env-secret', 'env-from-configmap'] as const;

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new KeylessError('E_INPUT', `--${flag} got "${value}"; expected a whole number`);
  }
  return Number(value);
}

/** Splits `left<separator>right`, both parts non-empty. */
function pair(flag: string, value: string, separator: string, shape: string): [string, string] {
  const at = value.indexOf(separator);
  if (at <= 0 || at === value.length - 1) {
    throw new KeylessError('E_INPUT', `--${flag} got "${value}"; expected ${shape}`);
  }
  return [value.slice(0, at), value.slice(at + 1)];
}

function secretRef(flag: string, value: string): { name: string; key: string } {
  const [name, key] = pair(flag, value, ':', 'secret:key');
  return { name, key };
}

/** Turns the flags of `keyless sidecar render` into options of buildToolServerPod. */
export function sidecarOptionsFromFlags(args: CommandArgs): ToolServerPodOptions {
  const region = args.string('region');
  const regionSecret = args.string('region-secret');
  if (region !== undefined && regionSecret !== undefined) {
    throw new KeylessError('E_INPUT', 'give --region or --region-secret, not both');
  }
  const resource = (name: string) => args.string(name);
  const env = [
    ...args.list('env').map((value) => {
      const [name, literal] = pair('env', value, '=', 'NAME=VALUE');
      return { name, value: literal };
    }),
    ...args.list('env-secret').map((value) => {
      const [name, ref] = pair('env-secret', value, '=', 'NAME=secret:key');
      return { name, valueFrom: { secretKeyRef: secretRef('env-secret', ref) } };
    }),
  ];
  const envFrom = args.list('env-from-configmap').map((value) => {
    const [name, prefix] = pair('env-from-configmap', value, ':', 'configmap:PREFIX_');
    return { configMapRef: { name }, prefix };
  });

  return {
    image: args.string('image') ?? '',
    proxy: {
      host: args.string('proxy-host') ?? '',
      port: integer('proxy-port', args.string('proxy-port')) ?? 0,
      caSecretName: args.string('ca-secret') ?? '',
      caSecretKey: args.string('ca-key'),
    },
    caMountPath: args.string('ca-mount-path'),
    awsRegion:
      regionSecret === undefined
        ? region
        : { secretKeyRef: { ...secretRef('region-secret', regionSecret), optional: true } },
    noProxy: args.list('no-proxy', { split: true }),
    env,
    envFrom,
    name: args.string('name'),
    podName: args.string('pod-name'),
    namespace: args.string('namespace'),
    serviceAccountName: args.string('service-account'),
    port: integer('port', args.string('port')),
    healthPath: args.string('health-path'),
    runAsUser: integer('run-as-user', args.string('run-as-user')),
    resources: {
      requests: pick({ cpu: resource('cpu-request'), memory: resource('memory-request') }),
      limits: pick({ cpu: resource('cpu-limit'), memory: resource('memory-limit') }),
    },
  };
}

function pick(amounts: { cpu?: string | undefined; memory?: string | undefined }) {
  return Object.fromEntries(Object.entries(amounts).filter(([, value]) => value !== undefined));
}
