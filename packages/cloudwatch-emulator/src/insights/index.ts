export { InsightsError } from './errors.js';
export { createInsightsService } from './insights-service.js';
export type {
  InsightsLogRecord,
  InsightsService,
  InsightsServiceOptions,
  InsightsSource,
  QueryStatistics,
  QueryStatus,
  ResultField,
} from './types.js';
