import * as z from 'zod';
import { readListing } from '../cappedResult.js';
import { defineCloudWatchTool } from '../defineCloudWatchTool.js';
import { readNextToken } from '../nextToken.js';
import { CAPPED_OUTPUT, listingFields } from '../toolFields.js';

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
    ...listingFields('Log groups to return', 50, 50),
  }),
  output: z.object({ logGroups: z.array(LOG_GROUP), ...CAPPED_OUTPUT }),
  idempotent: true,
  async run(input, { cloudwatch }) {
    const cursor = readNextToken('list_log_groups', input.nextToken);
    const listing = await readListing(cursor, input, async (nextToken, limit) => {
      const page = await cloudwatch.listLogGroups({
        namePrefix: input.namePrefix,
        limit,
        nextToken,
      });
      return { items: page.logGroups, nextToken: page.nextToken };
    });
    return { logGroups: listing.items, nextToken: listing.nextToken, truncated: listing.truncated };
  },
});
