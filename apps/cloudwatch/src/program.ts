import { defineToolCli } from '@keyless/cli-shim';
import packageJson from '../package.json' with { type: 'json' };
import { describeAlarmsCommand } from './commands/describe-alarms.js';
import { filterLogEventsCommand } from './commands/filter-log-events.js';
import { getAlarmHistoryCommand } from './commands/get-alarm-history.js';
import { getMetricDataCommand } from './commands/get-metric-data.js';
import { getQueryResultsCommand } from './commands/get-query-results.js';
import { healthCommand } from './commands/health.js';
import { listLogGroupsCommand } from './commands/list-log-groups.js';
import { listMetricsCommand } from './commands/list-metrics.js';
import { queryCommand } from './commands/query.js';
import { startQueryCommand } from './commands/start-query.js';
import { stopQueryCommand } from './commands/stop-query.js';
import { tailCommand } from './commands/tail.js';
import { mapCloudWatchError } from './map-error.js';
import { CONNECTION_ARGS } from './tool.js';

export const cloudwatchCli = defineToolCli({
  name: 'cloudwatch',
  version: packageJson.version,
  description:
    'Read AWS CloudWatch Logs, Logs Insights, metrics and alarms. Read-only; by default requests ' +
    'are signed with placeholder keys and must pass through iron-proxy, which signs them for real.',
  args: CONNECTION_ARGS,
  commands: [
    listLogGroupsCommand,
    filterLogEventsCommand,
    tailCommand,
    queryCommand,
    startQueryCommand,
    getQueryResultsCommand,
    stopQueryCommand,
    listMetricsCommand,
    getMetricDataCommand,
    describeAlarmsCommand,
    getAlarmHistoryCommand,
    healthCommand,
  ],
  notes: [
    'Times (-s/--start, -e/--end): 15m, 2h ago, 1d, now, ISO 8601 (UTC unless a zone is given), ' +
      'or epoch seconds/milliseconds. A listing that continues ends with "nextToken": pass it ' +
      'back with --next-token and the same arguments.',
    'Environment: KEYLESS_AWS_AUTH (proxy|sdk), AWS_REGION, AWS_ENDPOINT_URL, HTTPS_PROXY, ' +
      'NO_PROXY, AWS_CA_BUNDLE.',
  ],
  mapError: mapCloudWatchError,
});
