import type { Tool } from '@keyless/tool-manager';
import { describe, expect, it } from 'vitest';
import { buildIamPolicy, isWriteAction } from './buildIamPolicy.js';

function tool(dir: string, aws_actions: string[]): Tool {
  return {
    name: dir.split('/').at(-1) ?? dir,
    dir,
    packageName: `@example/${dir}`,
    bin: {},
    manifest: { module: 'm', hosts: [], secrets: [], aws_actions },
  };
}

describe('isWriteAction', () => {
  it.each([
    'logs:PutLogEvents',
    'logs:CreateLogGroup',
    'logs:DeleteLogGroup',
    'cloudwatch:SetAlarmState',
    'logs:TagResource',
    'logs:UntagLogGroup',
    'logs:UpdateAnomaly',
    'logs:AssociateKmsKey',
    'logs:CancelExportTask',
    'iam:PassRole',
    'cloudwatch:EnableAlarmActions',
  ])('%s changes state', (action) => {
    expect(isWriteAction(action)).toBe(true);
  });

  it.each([
    'logs:DescribeLogGroups',
    'logs:FilterLogEvents',
    'logs:StartQuery',
    'logs:StopQuery',
    'logs:GetQueryResults',
    'cloudwatch:GetMetricData',
    'cloudwatch:ListMetrics',
    'logs:TestMetricFilter',
    'cloudwatch:DescribeAlarmHistory',
  ])('%s only reads', (action) => {
    expect(isWriteAction(action)).toBe(false);
  });
});

describe('buildIamPolicy', () => {
  it('merges, de-duplicates and sorts the actions of every tool', () => {
    const { policy } = buildIamPolicy([
      tool('tools/a', ['logs:FilterLogEvents', 'cloudwatch:ListMetrics']),
      tool('tools/b', ['logs:filterlogevents', 'logs:DescribeLogGroups']),
    ]);
    expect(policy.Statement).toEqual([
      {
        Sid: 'ReadWithoutResourceScope',
        Effect: 'Allow',
        Action: ['cloudwatch:ListMetrics', 'logs:DescribeLogGroups', 'logs:FilterLogEvents'],
        Resource: '*',
      },
    ]);
  });

  it('keeps the actions IAM cannot scope on * when log groups are given', () => {
    const { policy } = buildIamPolicy(
      [
        tool('tools/a', [
          'logs:DescribeLogGroups',
          'logs:StopQuery',
          'logs:StartQuery',
          'cloudwatch:GetMetricData',
        ]),
      ],
      { logGroupArns: ['arn:aws:logs:*:123456789012:log-group:/app/orders:*'] },
    );
    expect(policy.Statement).toEqual([
      {
        Sid: 'LogsReadInLogGroups',
        Effect: 'Allow',
        Action: ['logs:StartQuery'],
        Resource: [
          'arn:aws:logs:*:123456789012:log-group:/app/orders',
          'arn:aws:logs:*:123456789012:log-group:/app/orders:*',
        ],
      },
      {
        Sid: 'ReadWithoutResourceScope',
        Effect: 'Allow',
        Action: ['cloudwatch:GetMetricData', 'logs:DescribeLogGroups', 'logs:StopQuery'],
        Resource: '*',
      },
    ]);
  });

  it.each([
    ['a wildcard', 'logs:*'],
    ['a prefix wildcard', 'logs:Get*'],
    ['no service', 'FilterLogEvents'],
  ])('refuses %s in aws_actions', (_, action) => {
    expect(() => buildIamPolicy([tool('tools/a', [action])])).toThrow(
      expect.objectContaining({
        code: 'E_INPUT',
        message: expect.stringContaining(`tools/a: aws_actions[0]`),
      }),
    );
  });

  it('refuses state-changing actions unless asked to drop them', () => {
    const tools = [tool('tools/a', ['logs:FilterLogEvents', 'logs:PutRetentionPolicy'])];
    expect(() => buildIamPolicy(tools)).toThrow(
      expect.objectContaining({
        code: 'E_WRITE_ACTION',
        message: expect.stringContaining('logs:PutRetentionPolicy (tools/a)'),
      }),
    );
    const { policy, dropped } = buildIamPolicy(tools, { dropWriteActions: true });
    expect(dropped).toEqual([{ tool: 'tools/a', action: 'logs:PutRetentionPolicy' }]);
    expect(policy.Statement.flatMap((statement) => statement.Action)).toEqual([
      'logs:FilterLogEvents',
    ]);
  });
});
