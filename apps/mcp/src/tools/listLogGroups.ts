import * as z from 'zod';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken, writeNextToken } from '../nextToken.js';
import { readCapped } from '../readCapped.js';
import {
  limitField,
  MAX_BYTES_FIELD,
  NEXT_TOKEN_FIELD,
  NEXT_TOKEN_OUTPUT,
  TRUNCATED_OUTPUT,
  truncatedWhen,
} from '../toolFields.js';

const LOG_GROUP = z.object({
  logGroupName: z.string(),
  arn: z.string().optional(),
  creationTime: z.string().optional().describe('ISO 8601 UTC.'),
  retentionInDays: z.number().optional().describe('Absent: events never expire.'),
  storedBytes: z.number().optional(),
  logGroupClass: z.string().optional().describe('STANDARD or INFREQUENT_ACCESS.'),
});

export const listLogGroupsTool = defineCloudWatchTool({
  name: 'list_log_groups',
  title: 'List log groups',
  description:
    'List CloudWatch Logs log groups in name order, with size, retention and class. Use it to ' +
    'find the logGroupName that the log and Insights tools take.',
  input: z.strictObject({
    namePrefix: z
      .string()
      .min(1)
      .optional()
      .describe('Only groups whose name starts with this, e.g. "/aws/lambda/". Default: all.'),
    limit: limitField('Log groups to return', 50, 50),
    nextToken: NEXT_TOKEN_FIELD,
    maxBytes: MAX_BYTES_FIELD,
  }),
  output: z.object({
    logGroups: z.array(LOG_GROUP),
    nextToken: NEXT_TOKEN_OUTPUT,
    truncated: TRUNCATED_OUTPUT,
  }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('list_log_groups', input.nextToken);
    const read = await readCapped({
      from: cursor,
      pageSize: input.limit,
      maxItems: input.limit,
      maxBytes: input.maxBytes,
      readPage: async (nextToken, limit) => {
        const page = await cloudwatch.listLogGroups({
          namePrefix: input.namePrefix,
          limit,
          nextToken,
        });
        return { items: page.logGroups, nextToken: page.nextToken };
      },
    });
    return {
      logGroups: read.items,
      nextToken: read.resume && writeNextToken(read.resume),
      truncated: truncatedWhen(read.cutBy === 'maxBytes'),
    };
  },
});
