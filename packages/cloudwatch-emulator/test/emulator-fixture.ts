import {
  type CloudWatchLogsClient,
  CreateLogGroupCommand,
  CreateLogStreamCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import { afterAll } from 'vitest';
import { type EmulatorOptions, startEmulator } from '../src/index.js';
import { cloudWatchClient, logsClient } from './sdk-clients.js';

/**
 * Starts an emulator for the calling test file, with a Logs and a CloudWatch client of the real
 * SDK signed by its key pair, and closes them after the file's last test. Awaited at the top of
 * the file, so its tests and hooks can use the emulator and clients as plain constants.
 */
export async function startFileEmulator(
  options: EmulatorOptions = {},
  clients: { region?: string } = {},
) {
  const emulator = await startEmulator(options);
  const logs = logsClient(emulator, clients);
  const cloudwatch = cloudWatchClient(emulator, clients);
  afterAll(async () => {
    logs.destroy();
    cloudwatch.destroy();
    await emulator.close();
  });
  return { emulator, logs, cloudwatch };
}

/** Creates a log group holding the given streams, all empty. */
export async function createLogGroup(
  logs: CloudWatchLogsClient,
  logGroupName: string,
  logStreamNames: readonly string[] = [],
): Promise<void> {
  await logs.send(new CreateLogGroupCommand({ logGroupName }));
  for (const logStreamName of logStreamNames) {
    await logs.send(new CreateLogStreamCommand({ logGroupName, logStreamName }));
  }
}
