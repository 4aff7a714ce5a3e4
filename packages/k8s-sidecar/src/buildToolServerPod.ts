import type { IPod } from 'kubernetes-models/v1/Pod';
import { Pod } from 'kubernetes-models/v1/Pod';
import type { IVolume } from 'kubernetes-models/v1/Volume';
import { buildToolServerContainer } from './buildToolServerContainer.js';
import {
  CA_FILE_NAME,
  DEFAULTS,
  type ToolServerContainerOptions,
  type ToolServerPodOptions,
  VOLUME_NAMES,
} from './options.js';
import { SidecarError } from './SidecarError.js';
import { validateModel } from './validateModel.js';

const DNS_SUBDOMAIN =
  /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** The volumes the tool server container mounts: the proxy CA (read-only) and a writable /tmp. */
export function buildToolServerVolumes(
  options: Pick<ToolServerContainerOptions, 'proxy'> & { tmpSizeLimit?: string },
): IVolume[] {
  return [
    {
      name: VOLUME_NAMES.proxyCa,
      secret: {
        secretName: options.proxy.caSecretName,
        // The file name in the mount is fixed, so the CA variables need not know the Secret key.
        items: [{ key: options.proxy.caSecretKey ?? DEFAULTS.caSecretKey, path: CA_FILE_NAME }],
        defaultMode: 0o444,
      },
    },
    {
      name: VOLUME_NAMES.tmp,
      emptyDir: { sizeLimit: options.tmpSizeLimit ?? DEFAULTS.tmpSizeLimit },
    },
  ];
}

/**
 * A Pod running the tool server alone, checked against the Kubernetes schema. Throws
 * {@link SidecarError} on any bad option or schema failure.
 */
export function buildToolServerPod(options: ToolServerPodOptions): IPod {
  const container = buildToolServerContainer(options);
  checkName('podName', options.podName, DNS_SUBDOMAIN);
  checkName('namespace', options.namespace, DNS_LABEL);
  checkName('serviceAccountName', options.serviceAccountName, DNS_SUBDOMAIN);
  const runAsUser = container.securityContext?.runAsUser ?? DEFAULTS.runAsUser;

  const pod: IPod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: options.podName ?? container.name,
      ...(options.namespace ? { namespace: options.namespace } : {}),
      labels: { 'app.kubernetes.io/name': container.name, ...options.labels },
      ...(options.annotations ? { annotations: { ...options.annotations } } : {}),
    },
    spec: {
      ...(options.serviceAccountName ? { serviceAccountName: options.serviceAccountName } : {}),
      // A projected service-account token is a path to AWS credentials: IRSA exchanges it for
      // role credentials (AWS_WEB_IDENTITY_TOKEN_FILE) and EKS Pod Identity for container
      // credentials. The tool server gets none. Give it a service account with no IAM role
      // annotation and no Pod Identity association, since their webhooks inject env of their own.
      automountServiceAccountToken: false,
      // TODO(sidecar): the node's instance metadata (169.254.169.254) is one more way to AWS
      // credentials; a NetworkPolicy allowing egress to iron-proxy alone would close it, and
      // this package does not emit one yet.
      // Service links would add a variable per Service in the namespace; the env stays exact.
      enableServiceLinks: false,
      hostNetwork: false,
      hostPID: false,
      hostIPC: false,
      shareProcessNamespace: false,
      restartPolicy: 'Always',
      securityContext: {
        runAsNonRoot: true,
        runAsUser,
        runAsGroup: runAsUser,
        fsGroup: runAsUser,
        seccompProfile: { type: 'RuntimeDefault' },
      },
      containers: [container],
      volumes: buildToolServerVolumes(options),
    },
  };

  validateModel(new Pod(pod), 'pod');
  return pod;
}

function checkName(path: string, value: string | undefined, pattern: RegExp): void {
  if (value !== undefined && (typeof value !== 'string' || !pattern.test(value))) {
    const characters =
      pattern === DNS_SUBDOMAIN
        ? 'lowercase letters, digits, "-", "."'
        : 'lowercase letters, digits, "-"';
    throw new SidecarError(
      'E_OPTION',
      path,
      `expected a Kubernetes name (${characters}), got ${JSON.stringify(value)}`,
    );
  }
}
