import { CloudWatchClient, type CloudWatchClientConfig } from '@aws-sdk/client-cloudwatch';
import {
  CloudWatchLogsClient,
  type CloudWatchLogsClientConfig,
} from '@aws-sdk/client-cloudwatch-logs';
import type { Emulator } from '../src/index.js';

/** AWS's message for a signature mismatch, before the canonical request it quotes. */
export const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. ' +
  'Check your AWS Secret Access Key and signing method. ' +
  'Consult the service documentation for details.';

/** The pair `@keyless/cloudwatch` signs with behind the proxy; refused unless listed. */
export const PLACEHOLDER_CREDENTIALS = {
  accessKeyId: 'KEYLESS_PLACEHOLDER_ACCESS_KEY_ID',
  secretAccessKey: 'keyless-placeholder-secret-not-a-real-key',
};

/** A Logs client of the real SDK pointed at the emulator, signing with its key pair. */
export function logsClient(emulator: Emulator, config: CloudWatchLogsClientConfig = {}) {
  return new CloudWatchLogsClient({
    endpoint: emulator.url,
    region: 'eu-west-1',
    credentials: emulator.credentials,
    maxAttempts: 1,
    ...config,
  });
}

export function cloudWatchClient(emulator: Emulator, config: CloudWatchClientConfig = {}) {
  return new CloudWatchClient({
    endpoint: emulator.url,
    region: 'eu-west-1',
    credentials: emulator.credentials,
    maxAttempts: 1,
    ...config,
  });
}

/** What the SDK throws for an error response. */
export interface ServiceFailure extends Error {
  $metadata: { httpStatusCode?: number; requestId?: string };
  /** The awsQuery code, set by the query-compatible CloudWatch client. */
  Code?: string;
}

/** The rejection of a promise, so its fields can be asserted. */
export async function failure(promise: Promise<unknown>): Promise<ServiceFailure> {
  try {
    await promise;
  } catch (error) {
    return error as ServiceFailure;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
