import { describe, expect, it } from 'vitest';
import { checkEnvFrom, isAwsCredentialVariable } from './credentialEnv.js';

describe('isAwsCredentialVariable', () => {
  it.each([
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
    'AWS_PROFILE',
    'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_CONFIG_FILE',
    'AWS_WEB_IDENTITY_TOKEN_FILE',
    'AWS_ROLE_ARN',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
    'AWS_BEARER_TOKEN_BEDROCK',
    'AWS_SECRET_KEY',
    'aws_access_key_id',
    'Aws_Profile',
    'CLOUDWATCH_AWS_ACCESS_KEY_ID',
    'CLOUDWATCH_AWS_SECRET_ACCESS_KEY',
  ])('refuses %s', (name) => {
    expect(isAwsCredentialVariable(name)).toBe(true);
  });

  it.each([
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_CA_BUNDLE',
    'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED',
    'KEYLESS_AWS_AUTH',
    'LOG_LEVEL',
    'ACCESS_KEY_ID_ROTATION_DAYS',
  ])('accepts %s', (name) => {
    expect(isAwsCredentialVariable(name)).toBe(false);
  });
});

describe('checkEnvFrom', () => {
  it.each(['', 'A', 'aw', 'AWS', 'AWS_', 'aws_', 'AWS_TOOL_'])(
    'refuses a ConfigMap with prefix %j',
    (prefix) => {
      expect(() => checkEnvFrom([{ configMapRef: { name: 'tool' }, prefix }])).toThrow(
        expect.objectContaining({ code: 'E_CREDENTIAL_ENV', path: 'envFrom[0].prefix' }),
      );
    },
  );

  it.each(['TOOL_', 'B', 'AWX', 'XAWS_'])('accepts a ConfigMap with prefix %j', (prefix) => {
    expect(() => checkEnvFrom([{ configMapRef: { name: 'tool' }, prefix }])).not.toThrow();
  });

  it('refuses a Secret imported whole, whatever its prefix', () => {
    expect(() => checkEnvFrom([{ secretRef: { name: 'tool' }, prefix: 'TOOL_' }])).toThrow(
      expect.objectContaining({ code: 'E_ENV_FROM', path: 'envFrom[0].secretRef' }),
    );
  });
});
