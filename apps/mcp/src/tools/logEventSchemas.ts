import * as z from 'zod';

export const LOG_EVENT = z.object({
  timestamp: z.string().describe('When the event happened, ISO 8601 UTC.'),
  ingestionTime: z.string().optional().describe('When CloudWatch received it, ISO 8601 UTC.'),
  logStreamName: z.string().optional(),
  message: z.string(),
  eventId: z.string(),
});

export const LOG_STREAM_FIELDS = {
  logStreamNames: z
    .array(z.string().min(1))
    .min(1)
    .max(100)
    .optional()
    .describe('Only these log streams, 1 to 100 names. Not together with logStreamNamePrefix.'),
  logStreamNamePrefix: z
    .string()
    .min(1)
    .optional()
    .describe('Only log streams whose name starts with this, e.g. "2024/06/01/".'),
};
