import type { ToolContext } from '../awsClients.js';
import { compact, isoFromEpochMs } from '../clean.js';
import { integerInRange, optionalString, requireOptions } from '../input.js';

export interface ListLogGroupsOptions {
  /** Only groups whose name starts with this. */
  namePrefix?: string;
  /** 1 to 50, default 50. */
  limit?: number;
  nextToken?: string;
}

export interface LogGroup {
  logGroupName: string;
  arn?: string;
  creationTime?: string;
  retentionInDays?: number;
  storedBytes?: number;
  logGroupClass?: string;
}

export interface ListLogGroupsResult {
  logGroups: LogGroup[];
  nextToken?: string;
}

const METHOD = 'listLogGroups';

export async function listLogGroups(
  ctx: ToolContext,
  options: ListLogGroupsOptions = {},
): Promise<ListLogGroupsResult> {
  requireOptions(METHOD, options);
  const input = {
    logGroupNamePrefix: optionalString(METHOD, 'namePrefix', options.namePrefix),
    limit: integerInRange(METHOD, 'limit', options.limit, { default: 50, min: 1, max: 50 }),
    nextToken: optionalString(METHOD, 'nextToken', options.nextToken),
  };

  const output = await ctx.call('logs', 'DescribeLogGroups', ({ sdk, client }) =>
    client.send(new sdk.DescribeLogGroupsCommand(input)),
  );

  return compact({
    logGroups: (output.logGroups ?? []).map((group) =>
      compact({
        logGroupName: group.logGroupName ?? '',
        arn: group.arn,
        creationTime: isoFromEpochMs(group.creationTime),
        retentionInDays: group.retentionInDays,
        storedBytes: group.storedBytes,
        logGroupClass: group.logGroupClass,
      }),
    ),
    nextToken: output.nextToken,
  });
}
