import type { IEnvFromSource } from 'kubernetes-models/v1/EnvFromSource';
import type { IEnvVar } from 'kubernetes-models/v1/EnvVar';
import { SidecarError } from './SidecarError.js';

/**
 * Variables from which an AWS SDK or CLI takes credentials, or a path or URL leading to them.
 * The last three are older names still read by boto 2 and the AWS SDK for Java 1.x.
 */
export const AWS_CREDENTIAL_VARIABLES: readonly string[] = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_ACCESS_KEY',
  'AWS_SECRET_KEY',
  'AWS_SECURITY_TOKEN',
];

/** Credential families: container credentials (ECS, EKS Pod Identity), bearer tokens. */
export const AWS_CREDENTIAL_VARIABLE_PREFIXES: readonly string[] = [
  'AWS_CONTAINER_CREDENTIALS_',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_BEARER_TOKEN_',
];

// Tool manifests name the proxy's secrets like CLOUDWATCH_AWS_ACCESS_KEY_ID. Such a variable in
// the tool server would hold a real key under a name no SDK reads, so it is refused too.
const REFERENCE_NAME = /_AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN)$/;

// Long-term (AKIA), temporary (ASIA) and other AWS access key id shapes.
const ACCESS_KEY_ID_VALUE = /\b(AKIA|ASIA|ABIA|ACCA|AROA|AIDA)[A-Z0-9]{16}\b/;

/**
 * True when a variable of this name would carry AWS credentials or lead an SDK to them.
 * Compared upper-cased: a variant spelling is refused rather than argued about.
 */
export function isAwsCredentialVariable(name: string): boolean {
  const upper = name.toUpperCase();
  return (
    AWS_CREDENTIAL_VARIABLES.includes(upper) ||
    AWS_CREDENTIAL_VARIABLE_PREFIXES.some((prefix) => upper.startsWith(prefix)) ||
    REFERENCE_NAME.test(upper)
  );
}

/** Checks operator env against the pinned names, the credential names and duplicates. */
export function checkExtraEnv(env: readonly IEnvVar[], pinnedNames: readonly string[]): void {
  const pinned = new Set(pinnedNames.map((name) => name.toUpperCase()));
  const seen = new Set<string>();

  env.forEach((variable, index) => {
    const path = `env[${index}]`;
    const name: unknown = variable?.name;
    if (typeof name !== 'string' || name === '' || name.includes('=')) {
      throw new SidecarError(
        'E_OPTION',
        `${path}.name`,
        `expected a non-empty variable name without "=", got ${JSON.stringify(name)}`,
      );
    }
    if (isAwsCredentialVariable(name)) {
      throw new SidecarError(
        'E_CREDENTIAL_ENV',
        `${path}.name`,
        `"${name}" is an AWS credential variable; the tool server must hold no AWS credential`,
        'iron-proxy holds the AWS keys and re-signs requests; remove this variable',
      );
    }
    if (pinned.has(name.toUpperCase())) {
      throw new SidecarError(
        'E_PINNED_ENV',
        `${path}.name`,
        `"${name}" is set by the sidecar (proxy, CA or region) and cannot be overridden`,
        'use the proxy, noProxy or awsRegion options instead',
      );
    }
    if (seen.has(name)) {
      throw new SidecarError('E_DUPLICATE_ENV', `${path}.name`, `"${name}" is given twice`);
    }
    seen.add(name);

    if (typeof variable.value === 'string' && ACCESS_KEY_ID_VALUE.test(variable.value)) {
      throw new SidecarError(
        'E_CREDENTIAL_VALUE',
        `${path}.value`,
        `the value of "${name}" contains what looks like an AWS access key id`,
        'AWS keys belong in iron-proxy secret sources, never in the tool server',
      );
    }
  });
}

/**
 * A Secret imported whole cannot be checked here, so envFrom.secretRef is refused. A ConfigMap
 * is accepted only with a prefix that keeps every imported name out of the `AWS_` namespace,
 * which is where every credential variable an SDK reads lives. Pinned variables need no check
 * here: Kubernetes lets `env` win over `envFrom` for the same name.
 */
export function checkEnvFrom(envFrom: readonly IEnvFromSource[]): void {
  envFrom.forEach((source, index) => {
    const path = `envFrom[${index}]`;
    if (source?.secretRef) {
      throw new SidecarError(
        'E_ENV_FROM',
        `${path}.secretRef`,
        `importing Secret "${source.secretRef.name}" whole is refused: ` +
          'its keys cannot be checked for AWS credential variables',
        'name each variable in env with valueFrom.secretKeyRef instead',
      );
    }
    if (!source?.configMapRef) {
      throw new SidecarError('E_OPTION', path, 'expected configMapRef');
    }

    const prefix = source.prefix ?? '';
    const upper = prefix.toUpperCase();
    if (upper === '' || 'AWS_'.startsWith(upper) || upper.startsWith('AWS_')) {
      throw new SidecarError(
        'E_CREDENTIAL_ENV',
        `${path}.prefix`,
        `prefix ${JSON.stringify(prefix)} lets ConfigMap "${source.configMapRef.name}" ` +
          'define AWS_* variables, credentials included',
        'give a prefix that does not begin with AWS_, e.g. "TOOL_"',
      );
    }
  });
}
