// The members of each operation's input and output, as much of the CloudWatch model as the
// awsQuery codec needs: which names are lists (`X.member.N`), maps, timestamps (ISO 8601 on
// that wire, epoch seconds in JSON) and numbers.

export type Shape =
  | 'string'
  | 'double'
  | 'integer'
  | 'boolean'
  | 'timestamp'
  | { list: Shape }
  | { map: Shape }
  | { struct: Record<string, Shape> };

export const list = (item: Shape): Shape => ({ list: item });
export const struct = (members: Record<string, Shape>): { struct: Record<string, Shape> } => ({
  struct: members,
});
export const strings = list('string');

export const dimension = struct({ Name: 'string', Value: 'string' });
export const metric = struct({
  Namespace: 'string',
  MetricName: 'string',
  Dimensions: list(dimension),
});
export const metricStat = struct({
  Metric: metric,
  Period: 'integer',
  Stat: 'string',
  Unit: 'string',
});
export const metricDataQuery = struct({
  Id: 'string',
  MetricStat: metricStat,
  Expression: 'string',
  Label: 'string',
  ReturnData: 'boolean',
  Period: 'integer',
  AccountId: 'string',
});
export const tag = struct({ Key: 'string', Value: 'string' });
export const messageData = struct({ Code: 'string', Value: 'string' });
export interface OperationShapes {
  input: { struct: Record<string, Shape> };
  output: { struct: Record<string, Shape> };
}
