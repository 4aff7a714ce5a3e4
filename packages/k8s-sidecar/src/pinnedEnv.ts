import { isIP } from 'node:net';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { type AwsRegionSource, CA_FILE_NAME, DEFAULTS, type ProxyOptions } from './options.js';
import { SidecarError } from './SidecarError.js';

const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'] as const;
const NO_PROXY_VARIABLES = ['NO_PROXY', 'no_proxy'] as const;

/** Every client library reads one of these; all point at the same CA file. */
export const CA_BUNDLE_VARIABLES = [
  'NODE_EXTRA_CA_CERTS',
  'AWS_CA_BUNDLE',
  'SSL_CERT_FILE',
  'REQUESTS_CA_BUNDLE',
] as const;

/**
 * Names operator env may not set. ALL_PROXY is not set by the sidecar, but it is a proxy route
 * too, so it belongs to the sidecar as well.
 */
export const PINNED_VARIABLES: readonly string[] = [
  ...PROXY_VARIABLES,
  ...NO_PROXY_VARIABLES,
  ...CA_BUNDLE_VARIABLES,
  'AWS_REGION',
  'ALL_PROXY',
  'all_proxy',
];

const DNS_NAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/i;
const NO_PROXY_ENTRY = /^[A-Za-z0-9._:\-/[\]*]+$/;
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const AWS_SAMPLE_HOSTS = ['logs.us-east-1.amazonaws.com', 'logs.cn-north-1.amazonaws.com.cn'];

export function proxyUrl(proxy: ProxyOptions): string {
  if (typeof proxy?.host !== 'string' || !(DNS_NAME.test(proxy.host) || isIP(proxy.host))) {
    throw new SidecarError(
      'E_OPTION',
      'proxy.host',
      `expected a DNS name or IP address, got ${JSON.stringify(proxy?.host)}`,
    );
  }
  if (!Number.isInteger(proxy.port) || proxy.port < 1 || proxy.port > 65535) {
    throw new SidecarError(
      'E_OPTION',
      'proxy.port',
      `expected an integer 1-65535, got ${JSON.stringify(proxy.port)}`,
    );
  }
  const host = isIP(proxy.host) === 6 ? `[${proxy.host}]` : proxy.host;
  return `http://${host}:${proxy.port}`;
}

/** localhost, 127.0.0.1, the proxy host, then extra hosts; first occurrence wins the order. */
export function noProxyList(proxyHost: string, extraHosts: readonly string[]): string {
  extraHosts.forEach((entry, index) => {
    const path = `noProxy[${index}]`;
    if (typeof entry !== 'string' || !NO_PROXY_ENTRY.test(entry)) {
      throw new SidecarError(
        'E_OPTION',
        path,
        'expected a host, domain suffix, IP or CIDR without commas or spaces, ' +
          `got ${JSON.stringify(entry)}`,
      );
    }
    if (bypassesProxyForAws(entry)) {
      throw new SidecarError(
        'E_OPTION',
        path,
        `"${entry}" would send AWS requests around iron-proxy, unsigned by its keys`,
        'list only cluster-internal hosts in noProxy',
      );
    }
  });
  return [...new Set(['localhost', '127.0.0.1', proxyHost, ...extraHosts])].join(',');
}

function bypassesProxyForAws(entry: string): boolean {
  if (entry === '*') return true;
  const suffix = entry.toLowerCase().replace(/^\*?\./, '');
  return AWS_SAMPLE_HOSTS.some((host) => host === suffix || host.endsWith(`.${suffix}`));
}

export function caMountPath(path: string | undefined): string {
  const mountPath = path ?? DEFAULTS.caMountPath;
  const parts = mountPath.split('/');
  if (
    !mountPath.startsWith('/') ||
    mountPath === '/' ||
    parts.includes('..') ||
    mountPath === '/tmp' ||
    mountPath.startsWith('/tmp/')
  ) {
    throw new SidecarError(
      'E_OPTION',
      'caMountPath',
      'expected an absolute directory other than / and outside /tmp, ' +
        `got ${JSON.stringify(mountPath)}`,
    );
  }
  return mountPath.replace(/\/+$/, '');
}

export function caFilePath(mountPath: string): string {
  return `${mountPath}/${CA_FILE_NAME}`;
}

function awsRegionVariable(region: AwsRegionSource): IEnvVar {
  if (typeof region === 'string') {
    if (!AWS_REGION.test(region)) {
      throw new SidecarError(
        'E_OPTION',
        'awsRegion',
        `expected an AWS region name like us-east-1, got ${JSON.stringify(region)}`,
      );
    }
    return { name: 'AWS_REGION', value: region };
  }
  const ref = region?.secretKeyRef;
  if (
    !ref ||
    typeof ref.name !== 'string' ||
    !ref.name ||
    typeof ref.key !== 'string' ||
    !ref.key
  ) {
    throw new SidecarError(
      'E_OPTION',
      'awsRegion.secretKeyRef',
      'expected {name, key} of the Secret holding the region',
    );
  }
  const secretKeyRef = {
    name: ref.name,
    key: ref.key,
    ...(ref.optional ? { optional: true } : {}),
  };
  return { name: 'AWS_REGION', valueFrom: { secretKeyRef } };
}

export interface PinnedEnvInput {
  proxy: ProxyOptions;
  noProxy: readonly string[];
  caFile: string;
  awsRegion: AwsRegionSource | undefined;
}

export function buildPinnedEnv(input: PinnedEnvInput): IEnvVar[] {
  const url = proxyUrl(input.proxy);
  const noProxy = noProxyList(input.proxy.host, input.noProxy);
  return [
    ...PROXY_VARIABLES.map((name) => ({ name, value: url })),
    ...NO_PROXY_VARIABLES.map((name) => ({ name, value: noProxy })),
    // All egress is re-encrypted by iron-proxy, so its CA is the only one the tools need.
    ...CA_BUNDLE_VARIABLES.map((name) => ({ name, value: input.caFile })),
    ...(input.awsRegion === undefined ? [] : [awsRegionVariable(input.awsRegion)]),
  ];
}
