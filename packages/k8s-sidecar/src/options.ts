import type { IEnvFromSource } from 'kubernetes-models/v1/EnvFromSource';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';

/** Where iron-proxy listens and where the Secret holding its CA certificate lives. */
export interface ProxyOptions {
  /** Service host name or IP of iron-proxy, e.g. `iron-proxy.keyless.svc.cluster.local`. */
  host: string;
  /** Port of iron-proxy's HTTP proxy listener. */
  port: number;
  /** Name of the Secret holding the proxy's CA certificate (PEM). */
  caSecretName: string;
  /** Key of the certificate inside that Secret. Default `ca.crt`. */
  caSecretKey?: string;
}

/** Where AWS_REGION comes from: a literal region name or a key of a Secret. */
export type AwsRegionSource =
  | string
  | { secretKeyRef: { name: string; key: string; optional?: boolean } };

export interface ResourceAmounts {
  cpu?: string;
  memory?: string;
}

export interface ToolServerContainerOptions {
  /** Container image of the tool server. */
  image: string;
  /** Container name. Default `tool-server`. */
  name?: string;
  imagePullPolicy?: 'Always' | 'IfNotPresent' | 'Never';
  command?: string[];
  args?: string[];
  /** Port the tool server listens on. Default 8080. */
  port?: number;
  /** HTTP path answered by the tool server's health check. Default `/healthz`. */
  healthPath?: string;
  proxy: ProxyOptions;
  /** Extra hosts reached without iron-proxy (cluster-internal services only). */
  noProxy?: string[];
  /** AWS_REGION for the SDK's endpoint resolution; never a credential. */
  awsRegion?: AwsRegionSource;
  /** Operator env, applied after the checks in credentialEnv.ts. */
  env?: IEnvVar[];
  /** Operator envFrom: ConfigMaps only, with a prefix outside `AWS_`. */
  envFrom?: IEnvFromSource[];
  resources?: { requests?: ResourceAmounts; limits?: ResourceAmounts };
  /** UID and GID the tool server runs as. Default 65532 (the distroless `nonroot` user). */
  runAsUser?: number;
  /** Mount path of the CA Secret. Default `/etc/keyless/proxy-ca`. */
  caMountPath?: string;
}

export interface ToolServerPodOptions extends ToolServerContainerOptions {
  /** Pod name. Default: the container name. */
  podName?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  serviceAccountName?: string;
  /** Size limit of the writable /tmp emptyDir. Default `64Mi`. */
  tmpSizeLimit?: string;
}

export const DEFAULTS = {
  name: 'tool-server',
  port: 8080,
  healthPath: '/healthz',
  caSecretKey: 'ca.crt',
  caMountPath: '/etc/keyless/proxy-ca',
  runAsUser: 65532,
  tmpSizeLimit: '64Mi',
  requests: { cpu: '50m', memory: '64Mi' },
  limits: { cpu: '500m', memory: '256Mi' },
} as const;

/** Volume names shared by the container's mounts and the pod's volumes. */
export const VOLUME_NAMES = { proxyCa: 'proxy-ca', tmp: 'tmp' } as const;

/** File name of the CA certificate inside the mount, whatever the Secret key is called. */
export const CA_FILE_NAME = 'ca.crt';
