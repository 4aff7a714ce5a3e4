import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import { type Emulator, startEmulator } from '@keyless/cloudwatch-emulator';
import { type CloudWatchTool, createCloudWatchTool } from '../src/index.js';

export const REGION = 'eu-west-1';
export const MINUTE = 60_000;
/** A minute boundary half an hour ago; the loaded data sits after it. */
export const base = Math.floor((Date.now() - 30 * MINUTE) / MINUTE) * MINUTE;

export const webEvents = [
  { stream: 'web-1', at: base + 1_000, message: 'INFO GET /health 200' },
  { stream: 'web-1', at: base + 2_000, message: 'ERROR GET /checkout 500 timeout' },
  { stream: 'web-2', at: base + 3_000, message: 'INFO GET /cart 200' },
  { stream: 'web-2', at: base + 4_000, message: 'ERROR POST /pay 502 upstream' },
  { stream: 'web-1', at: base + 5_000, message: 'INFO GET /health 200' },
  { stream: 'web-2', at: base + 6_000, message: 'WARN slow request 1800ms' },
  { stream: 'web-1', at: base + 7_000, message: 'ERROR GET /search 500 db' },
];

export interface LoadedEmulator {
  emulator: Emulator;
  /** The tool under test: auth mode sdk with the emulator's keys. */
  tool: CloudWatchTool;
  /** Plain SDK clients, to write data the tool then reads. */
  monitoring: CloudWatchClient;
  logs: CloudWatchLogsClient;
  close(): Promise<void>;
}

/** An emulator loaded with three log groups, `webEvents` in `/keyless/web`. */
export async function startLoadedEmulator(
  insights: { runTimeMs?: number; maxConcurrentQueries?: number } = {},
): Promise<LoadedEmulator> {
  const streams = (name: string) => ({
    logStreamName: name,
    events: webEvents
      .filter((event) => event.stream === name)
      .map((event) => ({ timestamp: event.at, message: event.message })),
  });
  const emulator = await startEmulator({
    insights,
    seed: {
      data: {
        logGroups: [
          {
            logGroupName: '/keyless/web',
            retentionInDays: 7,
            logStreams: [streams('web-1'), streams('web-2')],
          },
          { logGroupName: '/keyless/worker', logStreams: [{ logStreamName: 'w-1' }] },
          { logGroupName: '/other/app' },
        ],
      },
    },
  });
  const sdkSettings = { endpoint: emulator.url, region: REGION, credentials: emulator.credentials };
  const monitoring = new CloudWatchClient(sdkSettings);
  const logs = new CloudWatchLogsClient(sdkSettings);
  const tool = createCloudWatchTool({
    endpoint: emulator.url,
    region: REGION,
    auth: 'sdk',
    credentials: emulator.credentials,
    env: {},
  });
  return {
    emulator,
    tool,
    monitoring,
    logs,
    close: async () => {
      tool.destroy();
      monitoring.destroy();
      logs.destroy();
      await emulator.close();
    },
  };
}
