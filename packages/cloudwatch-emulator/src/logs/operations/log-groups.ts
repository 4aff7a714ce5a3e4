import { awsError, invalidParameter } from '../../errors.js';
import {
  type Input,
  LOG_GROUP_NAME,
  optionalEnum,
  optionalInteger,
  optionalString,
  optionalStringList,
  requiredString,
} from '../input.js';
import { findLogGroup, type LogsContext, logGroupArn, readLogGroupName } from '../logs-context.js';
import type { LogGroup } from '../logs-store.js';
import { decodeToken, encodeToken, tokenString } from '../tokens.js';

/** The only retention periods AWS accepts, in days. */
export const RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
] as const;

const LOG_GROUP_CLASSES = ['STANDARD', 'INFREQUENT_ACCESS', 'DELIVERY'] as const;

export function createLogGroup(context: LogsContext, input: Input) {
  const logGroupName = requiredString(input, 'logGroupName', LOG_GROUP_NAME);
  const logGroupClass = optionalEnum(input, 'logGroupClass', LOG_GROUP_CLASSES);
  const kmsKeyId = optionalString(input, 'kmsKeyId', { max: 256 });
  if (context.store.hasLogGroup(logGroupName)) {
    throw awsError('ResourceAlreadyExistsException', 'The specified log group already exists');
  }
  context.store.createLogGroup(logGroupName, context.now, { logGroupClass, kmsKeyId });
  return {};
}

export function deleteLogGroup(context: LogsContext, input: Input) {
  const group = findLogGroup(context, requiredString(input, 'logGroupName', LOG_GROUP_NAME));
  context.store.groups.delete(group.logGroupName);
  return {};
}

export function putRetentionPolicy(context: LogsContext, input: Input) {
  const group = findLogGroup(context, requiredString(input, 'logGroupName', LOG_GROUP_NAME));
  const retentionInDays = optionalInteger(input, 'retentionInDays', { min: 1, max: 3653 });
  if (
    retentionInDays === undefined ||
    !(RETENTION_DAYS as readonly number[]).includes(retentionInDays)
  ) {
    throw invalidParameter(
      `1 validation error detected: Value '${retentionInDays ?? null}' at 'retentionInDays' ` +
        'failed to satisfy constraint: ' +
        `Member must satisfy enum value set: [${RETENTION_DAYS.join(', ')}]`,
    );
  }
  group.retentionInDays = retentionInDays;
  return {};
}

export function deleteRetentionPolicy(context: LogsContext, input: Input) {
  const group = findLogGroup(context, requiredString(input, 'logGroupName', LOG_GROUP_NAME));
  group.retentionInDays = undefined;
  return {};
}

export function describeLogGroups(context: LogsContext, input: Input) {
  const prefix = optionalString(input, 'logGroupNamePrefix', LOG_GROUP_NAME);
  const pattern = optionalString(input, 'logGroupNamePattern', {
    max: 512,
    pattern: /^[.\-_/#A-Za-z0-9]*$/,
  });
  if (prefix !== undefined && pattern !== undefined) {
    throw invalidParameter(
      'LogGroup name prefix and LogGroup name pattern are mutually exclusive parameters.',
    );
  }
  const identifiers = optionalStringList(input, 'logGroupIdentifiers', { min: 1, max: 50 });
  const logGroupClass = optionalEnum(input, 'logGroupClass', LOG_GROUP_CLASSES);
  const limit = optionalInteger(input, 'limit', { min: 1, max: 50 }) ?? 50;
  const nextToken = optionalString(input, 'nextToken', { min: 1 });
  const after = nextToken && tokenString(decodeToken('groups', nextToken), 'n', nextToken);

  // A pattern matches anywhere in the name, ignoring case, as the console's search does.
  const needle = pattern?.toLowerCase();
  const wanted =
    identifiers && new Set(identifiers.map((id) => readLogGroupName({ logGroupIdentifier: id })));
  const names = [...context.store.groups.keys()]
    .filter((name) => prefix === undefined || name.startsWith(prefix))
    .filter((name) => needle === undefined || name.toLowerCase().includes(needle))
    .filter((name) => !wanted || wanted.has(name))
    .filter((name) => after === undefined || name > after)
    .sort();

  const page: Record<string, unknown>[] = [];
  for (const name of names) {
    const group = context.store.groups.get(name)!;
    if (logGroupClass && group.logGroupClass !== logGroupClass) continue;
    if (page.length === limit) {
      return {
        logGroups: page,
        nextToken: encodeToken('groups', { n: page.at(-1)!.logGroupName as string }),
      };
    }
    page.push(describeLogGroup(context, group));
  }
  return { logGroups: page };
}

function describeLogGroup(context: LogsContext, group: LogGroup): Record<string, unknown> {
  const arn = logGroupArn(context, group.logGroupName);
  return {
    logGroupName: group.logGroupName,
    creationTime: group.creationTime,
    retentionInDays: group.retentionInDays,
    metricFilterCount: 0,
    arn: `${arn}:*`,
    storedBytes: context.store.storedBytes(group),
    kmsKeyId: group.kmsKeyId,
    logGroupClass: group.logGroupClass,
    logGroupArn: arn,
  };
}
