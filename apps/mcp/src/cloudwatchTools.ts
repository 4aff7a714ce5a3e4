import type { CloudWatchToolDef } from './defineCloudWatchTool.js';
import { describeAlarmsTool } from './tools/describeAlarms.js';
import { filterLogEventsTool } from './tools/filterLogEvents.js';
import { getAlarmHistoryTool } from './tools/getAlarmHistory.js';
import { getMetricDataTool } from './tools/getMetricData.js';
import { getQueryResultsTool } from './tools/getQueryResults.js';
import { listLogGroupsTool } from './tools/listLogGroups.js';
import { listMetricsTool } from './tools/listMetrics.js';
import { queryTool } from './tools/query.js';
import { recentLogEventsTool } from './tools/recentLogEvents.js';
import { startQueryTool } from './tools/startQuery.js';
import { stopQueryTool } from './tools/stopQuery.js';

/** Every tool the server offers, in the order tools/list shows them. */
export const CLOUDWATCH_TOOLS: readonly CloudWatchToolDef[] = [
  listLogGroupsTool,
  filterLogEventsTool,
  recentLogEventsTool,
  queryTool,
  startQueryTool,
  getQueryResultsTool,
  stopQueryTool,
  listMetricsTool,
  getMetricDataTool,
  describeAlarmsTool,
  getAlarmHistoryTool,
] as readonly CloudWatchToolDef[];
