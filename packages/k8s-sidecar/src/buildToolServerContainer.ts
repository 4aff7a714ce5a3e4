import { Container, type IContainer } from 'kubernetes-models/v1/Container';
import { EnvFromSource } from 'kubernetes-models/v1/EnvFromSource';
import { EnvVar } from 'kubernetes-models/v1/EnvVar';
import type { IProbe } from 'kubernetes-models/v1/Probe';
import { ResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import { checkEnvFrom, checkExtraEnv } from './credentialEnv.js';
import { DEFAULTS, type ToolServerContainerOptions, VOLUME_NAMES } from './options.js';
import { buildPinnedEnv, caFilePath, caMountPath, PINNED_VARIABLES } from './pinnedEnv.js';
import { SidecarError } from './SidecarError.js';
import { validateModel } from './validateModel.js';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * The tool server's container: all egress through iron-proxy, the proxy's CA trusted, no AWS
 * credential of any kind, locked down. Throws {@link SidecarError} on any bad option.
 */
export function buildToolServerContainer(options: ToolServerContainerOptions): IContainer {
  if (typeof options !== 'object' || options === null) {
    throw new SidecarError('E_OPTION', 'options', `expected an object, got ${String(options)}`);
  }
  const name = options.name ?? DEFAULTS.name;
  const port = options.port ?? DEFAULTS.port;
  const healthPath = options.healthPath ?? DEFAULTS.healthPath;
  const runAsUser = options.runAsUser ?? DEFAULTS.runAsUser;
  checkScalars(options, name, port, healthPath, runAsUser);

  // The pinned variables come first and extra env may not repeat them, so they always win.
  const mountPath = caMountPath(options.caMountPath);
  const pinnedEnv = buildPinnedEnv({
    proxy: options.proxy,
    noProxy: listOption('noProxy', options.noProxy),
    caFile: caFilePath(mountPath),
    awsRegion: options.awsRegion,
  });
  const extraEnv = listOption('env', options.env);
  const envFrom = listOption('envFrom', options.envFrom);
  checkExtraEnv(extraEnv, PINNED_VARIABLES);
  checkEnvFrom(envFrom);
  for (const [index, variable] of extraEnv.entries()) {
    validateModel(new EnvVar(variable), `env[${index}]`);
  }
  for (const [index, source] of envFrom.entries()) {
    validateModel(new EnvFromSource(source), `envFrom[${index}]`);
  }

  const resources = {
    requests: { ...DEFAULTS.requests, ...options.resources?.requests },
    limits: { ...DEFAULTS.limits, ...options.resources?.limits },
  };
  validateModel(new ResourceRequirements(resources), 'resources');

  const probe = (periodSeconds: number): IProbe => ({
    httpGet: { path: healthPath, port: 'http' },
    periodSeconds,
    timeoutSeconds: 2,
    failureThreshold: 3,
  });

  const container: IContainer = {
    name,
    image: options.image,
    ...(options.imagePullPolicy ? { imagePullPolicy: options.imagePullPolicy } : {}),
    ...(options.command ? { command: [...options.command] } : {}),
    ...(options.args ? { args: [...options.args] } : {}),
    ports: [{ name: 'http', containerPort: port, protocol: 'TCP' }],
    env: [...pinnedEnv, ...extraEnv.map((variable) => ({ ...variable }))],
    ...(envFrom.length > 0 ? { envFrom: envFrom.map((source) => ({ ...source })) } : {}),
    volumeMounts: [
      { name: VOLUME_NAMES.proxyCa, mountPath, readOnly: true },
      { name: VOLUME_NAMES.tmp, mountPath: '/tmp' },
    ],
    readinessProbe: probe(10),
    livenessProbe: probe(20),
    resources,
    securityContext: {
      runAsNonRoot: true,
      runAsUser,
      runAsGroup: runAsUser,
      privileged: false,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };

  validateModel(new Container(container), '');
  return container;
}

function listOption<T>(path: string, value: readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new SidecarError('E_OPTION', path, `expected a list, got ${JSON.stringify(value)}`);
  }
  return value;
}

function checkScalars(
  options: ToolServerContainerOptions,
  name: string,
  port: number,
  healthPath: string,
  runAsUser: number,
): void {
  if (
    typeof options.image !== 'string' ||
    options.image.trim() === '' ||
    /\s/.test(options.image)
  ) {
    throw new SidecarError(
      'E_OPTION',
      'image',
      `expected a container image reference, got ${JSON.stringify(options.image)}`,
    );
  }
  if (typeof name !== 'string' || name.length > 63 || !DNS_LABEL.test(name)) {
    throw new SidecarError(
      'E_OPTION',
      'name',
      'expected a DNS label (lowercase letters, digits, "-", at most 63), ' +
        `got ${JSON.stringify(name)}`,
    );
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SidecarError(
      'E_OPTION',
      'port',
      `expected an integer 1-65535, got ${JSON.stringify(port)}`,
    );
  }
  if (typeof healthPath !== 'string' || !healthPath.startsWith('/')) {
    throw new SidecarError(
      'E_OPTION',
      'healthPath',
      `expected an absolute HTTP path, got ${JSON.stringify(healthPath)}`,
    );
  }
  if (!Number.isInteger(runAsUser) || runAsUser < 1) {
    throw new SidecarError(
      'E_OPTION',
      'runAsUser',
      `expected a non-root UID (integer >= 1), got ${JSON.stringify(runAsUser)}`,
    );
  }
  if (
    !options.proxy ||
    typeof options.proxy.caSecretName !== 'string' ||
    !options.proxy.caSecretName
  ) {
    throw new SidecarError(
      'E_OPTION',
      'proxy.caSecretName',
      'expected the name of the Secret holding iron-proxy CA certificate',
    );
  }
  const caKey = options.proxy.caSecretKey;
  if (caKey !== undefined && (typeof caKey !== 'string' || !/^[-._a-zA-Z0-9]+$/.test(caKey))) {
    throw new SidecarError(
      'E_OPTION',
      'proxy.caSecretKey',
      `expected a Secret key (letters, digits, "-", "_", "."), got ${JSON.stringify(caKey)}`,
    );
  }
}
