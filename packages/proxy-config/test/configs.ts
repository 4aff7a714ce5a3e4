import { checkProxyConfig } from '../src/index.js';

/* iron-proxy configs for the checker tests. */

// Settings iron-proxy validates at start, so each case shows only its own findings.
export const PREAMBLE = 'dns: {enabled: false}\ntls: {ca_cert: /ca.crt, ca_key: /ca.key}\n';
export const AWS_AUTH = `access_key_id: {type: env, var: AK}
      secret_access_key: {type: env, var: SK}
      allowed_services: [logs]
      rules: [{host: "logs.*.amazonaws.com"}]`;

/** A header_allowlist entry that keeps every header AWS requests are signed with. */
export const AWS_HEADER_ALLOWLIST =
  '["/^x-amz-.*$/", "/^amz-sdk-.*$/", "/^x-amzn-.*$/", authorization, content-type, ' +
  'content-length, content-encoding, host, accept, accept-encoding, smithy-protocol]';

export const transform = (name: string, config: string) =>
  `${PREAMBLE}transforms:\n  - name: ${name}\n    config:\n      ${config}\n`;

export type Expected = [severity: 'error' | 'warning', path: string, message: string];

export function summary(yaml: string): Expected[] {
  return checkProxyConfig(yaml).map(({ severity, path, message }) => [severity, path, message]);
}
