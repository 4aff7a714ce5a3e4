import { defineKeylessCommand } from '../defineKeylessCommand.js';
import { buildIamPolicy } from '../iam/buildIamPolicy.js';
import { loadValidTools, TOOL_DIRS_ARG } from '../loadTools.js';
import { toJsonText, writeResult } from '../writeResult.js';

export const iamPolicyCommand = defineKeylessCommand({
  path: ['iam-policy'],
  description: 'Print the least-privilege IAM policy (JSON) for the keys iron-proxy holds',
  args: {
    ...TOOL_DIRS_ARG,
    'log-group-arn': {
      type: 'string',
      valueHint: 'arn',
      description: 'Scope logs actions to these log groups (ARN, * allowed)',
    },
    'drop-write-actions': {
      type: 'boolean',
      description:
        'Leave out state-changing actions (Put*, Create*, Delete*...) instead of failing',
    },
    out: { type: 'string', alias: ['o'], valueHint: 'file', description: 'Write to this file' },
  },
  repeatable: ['tool-dirs', 'log-group-arn'],
  examples: [
    'keyless iam-policy --tool-dirs /opt/keyless/tools',
    'keyless iam-policy --tool-dirs ./tools ' +
      "--log-group-arn 'arn:aws:logs:eu-west-1:123456789012:log-group:/app/*'",
  ],
  async run({ args, stdout, warn, note }) {
    const tools = await loadValidTools(args.list('tool-dirs', { split: true }), warn);
    const { policy, dropped } = buildIamPolicy(tools, {
      logGroupArns: args.list('log-group-arn'),
      dropWriteActions: args.flag('drop-write-actions'),
    });
    for (const { tool, action } of dropped) {
      warn(`left out ${action} declared by ${tool}: it changes AWS state`);
    }
    await writeResult(toJsonText(policy), args.string('out'), stdout, note);
    return undefined;
  },
});
