import type { Tool } from '@keyless/tool-manager';
import { KeylessError } from '../KeylessError.js';
import { LOGS_ACTION_RESOURCE } from './logsResourceTypes.js';

export interface IamStatement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string | string[];
}

export interface IamPolicyDocument {
  Version: '2012-10-17';
  Statement: IamStatement[];
}

export interface DeclaredAction {
  /** Directory of the tool that declares it. */
  tool: string;
  action: string;
}

export interface BuildIamPolicyOptions {
  /** Log-group ARN patterns that scope the logs actions able to take a resource. */
  logGroupArns?: readonly string[];
  /** Leave out state-changing actions instead of refusing them. */
  dropWriteActions?: boolean;
}

export interface IamPolicyResult {
  policy: IamPolicyDocument;
  /** State-changing actions left out with `dropWriteActions`. */
  dropped: DeclaredAction[];
}

const ACTION = /^[a-z0-9-]+:[A-Za-z0-9]+$/;

// Verbs of AWS actions that change state. The keys iron-proxy holds are for reading only.
const WRITE_VERBS = [
  'Put',
  'Create',
  'Delete',
  'Set',
  'Tag',
  'Untag',
  'Update',
  'Associate',
  'Disassociate',
  'Attach',
  'Detach',
  'Enable',
  'Disable',
  'Modify',
  'Add',
  'Remove',
  'Reset',
  'Restore',
  'Import',
  'Register',
  'Deregister',
  'Invoke',
  'Publish',
  'Send',
  'Upload',
  'Copy',
  'Rotate',
  'Terminate',
  'Replace',
  'Revoke',
  'Grant',
  'Authorize',
  'Pass',
  'Write',
  'Cancel',
];
const WRITE_ACTION = new RegExp(`^(${WRITE_VERBS.join('|')})([A-Z0-9]|$)`);

// arn:PARTITION:logs:REGION:ACCOUNT:log-group:NAME, where region, account and name may hold *.
const PARTITION = String.raw`(aws|aws-cn|aws-us-gov|aws-iso[a-z-]*|\*)`;
const REGION = String.raw`([a-z0-9-]+|\*)`;
const ACCOUNT = String.raw`(\d{12}|\*)`;
const NAME = String.raw`[A-Za-z0-9._\-/#*?]+(:\*)?`;
const LOG_GROUP_ARN = new RegExp(`^arn:${PARTITION}:logs:${REGION}:${ACCOUNT}:log-group:${NAME}$`);

export function isWriteAction(action: string): boolean {
  return WRITE_ACTION.test(action.slice(action.indexOf(':') + 1));
}

function collectActions(tools: readonly Tool[], options: BuildIamPolicyOptions) {
  const kept = new Map<string, string>();
  const writes: DeclaredAction[] = [];
  for (const tool of tools) {
    for (const [index, action] of tool.manifest.aws_actions.entries()) {
      if (!ACTION.test(action)) {
        throw new KeylessError(
          'E_INPUT',
          `${tool.dir}: aws_actions[${index}]: ` +
            `expected one IAM action like logs:FilterLogEvents, got "${action}"`,
          { hint: 'wildcards are not least privilege: list each action the tool calls' },
        );
      }
      if (isWriteAction(action)) writes.push({ tool: tool.dir, action });
      else if (!kept.has(action.toLowerCase())) kept.set(action.toLowerCase(), action);
    }
  }
  if (writes.length > 0 && !options.dropWriteActions) {
    const list = writes.map((write) => `${write.action} (${write.tool})`).join(', ');
    throw new KeylessError('E_WRITE_ACTION', `refusing state-changing actions: ${list}`, {
      hint:
        'the keys iron-proxy holds are read-only; remove these from the manifest, ' +
        'or pass --drop-write-actions to leave them out',
    });
  }
  return { actions: [...kept.values()].sort(), dropped: writes };
}

/**
 * The least-privilege policy for the keys iron-proxy holds: the union of the read actions the
 * tools declare. With log-group ARN patterns, logs actions that accept a resource are scoped to
 * them; the rest stay on `*` because IAM offers no narrower resource for them.
 */
export function buildIamPolicy(
  tools: readonly Tool[],
  options: BuildIamPolicyOptions = {},
): IamPolicyResult {
  const { actions, dropped } = collectActions(tools, options);
  if (actions.length === 0) {
    throw new KeylessError('E_INPUT', 'no read action is declared by the tools found', {
      hint: 'a tool lists the IAM actions it calls in the aws_actions of its keyless manifest',
    });
  }
  const patterns = options.logGroupArns ?? [];
  for (const pattern of patterns) {
    if (!LOG_GROUP_ARN.test(pattern)) {
      throw new KeylessError(
        'E_INPUT',
        `--log-group-arn "${pattern}" is not a log-group ARN pattern`,
        {
          hint:
            'expected arn:aws:logs:REGION:ACCOUNT:log-group:NAME, ' +
            '* allowed in REGION, ACCOUNT and NAME',
        },
      );
    }
  }

  const resourceOf = (action: string) =>
    action.startsWith('logs:') && patterns.length > 0
      ? LOGS_ACTION_RESOURCE[action.slice('logs:'.length)]
      : undefined;
  const groupActions = actions.filter((action) => resourceOf(action) === 'log-group');
  const streamActions = actions.filter((action) => resourceOf(action) === 'log-stream');
  const unscoped = actions.filter((action) => resourceOf(action) === undefined);

  // A log group is matched both as `...:log-group:NAME` and as `...:log-group:NAME:*`.
  const bases = [...new Set(patterns.map((pattern) => pattern.replace(/:\*$/, '')))];
  const groupResources = bases.flatMap((base) =>
    base.endsWith('*') ? [base] : [base, `${base}:*`],
  );
  const streamResources = bases.map((base) => `${base}:log-stream:*`);

  const statement: IamStatement[] = [];
  if (groupActions.length > 0) {
    statement.push({
      Sid: 'LogsReadInLogGroups',
      Effect: 'Allow',
      Action: groupActions,
      Resource: groupResources,
    });
  }
  if (streamActions.length > 0) {
    statement.push({
      Sid: 'LogsReadInLogStreams',
      Effect: 'Allow',
      Action: streamActions,
      Resource: streamResources,
    });
  }
  if (unscoped.length > 0) {
    statement.push({
      Sid: 'ReadWithoutResourceScope',
      Effect: 'Allow',
      Action: unscoped,
      Resource: '*',
    });
  }
  return { policy: { Version: '2012-10-17', Statement: statement }, dropped };
}
