import { z } from 'zod';
import type { ToolManifest, ToolSecret } from '../types.js';
import { awsAuthSchema, awsAuthShape, toAwsAuthSecret, workloadIdentityKeys } from './aws-auth.js';
import { hostList, nonEmptyString, stringList } from './fields.js';
import { httpSchema, httpShape, replaceKeys, toHttpSecret } from './http.js';

const SECRET_TYPES = '"aws_auth" or "http"';
const TIMEOUT = 'a whole number of seconds between 1 and 86400';

const secret = z.discriminatedUnion('type', [awsAuthSchema, httpSchema], {
  error: (issue) =>
    issue.code === 'invalid_union' ? SECRET_TYPES : `an object whose "type" is ${SECRET_TYPES}`,
});

const manifestShape = {
  module: nonEmptyString('a non-empty module name such as @keyless/cloudwatch'),
  hosts: hostList(),
  secrets: z.array(secret, { error: 'an array of secrets' }).optional(),
  timeout_s: z
    .number({ error: TIMEOUT })
    .int({ error: TIMEOUT })
    .min(1, { error: TIMEOUT })
    .max(86_400, { error: TIMEOUT })
    .optional(),
  aws_actions: stringList({
    expected: 'an array of IAM actions such as logs:FilterLogEvents',
    item: {
      pattern: /^[a-z0-9-]+:[A-Za-z0-9*]+$/,
      expected: 'an IAM action such as logs:FilterLogEvents',
    },
    unique: true,
  }).optional(),
};

type ParsedManifest = z.output<z.ZodObject<typeof manifestShape>>;

function checkSecretNames(manifest: ParsedManifest, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  manifest.secrets?.forEach((entry, index) => {
    if (seen.has(entry.name)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a name no other secret of this tool uses',
        path: ['secrets', index, 'name'],
      });
    }
    seen.add(entry.name);
  });
}

export const manifestSchema = z
  .strictObject(manifestShape, { error: 'an object (the "keyless" manifest)' })
  .superRefine(checkSecretNames);

/** Keys a strict object accepts, found from where it sits in the manifest. */
export function knownKeysAt(path: readonly PropertyKey[], value: unknown): readonly string[] {
  const [first, , third] = path;
  if (path.length === 0) return Object.keys(manifestShape);
  if (first !== 'secrets') return [];
  if (path.length === 3 && third === 'credentials_provider') return workloadIdentityKeys;
  if (path.length === 3 && third === 'replace') return replaceKeys;
  const type = (value as { type?: unknown } | null)?.type;
  if (path.length === 2 && type === 'aws_auth') return Object.keys(awsAuthShape);
  if (path.length === 2 && type === 'http') return Object.keys(httpShape);
  return [];
}

export function toToolManifest(parsed: ParsedManifest): ToolManifest {
  const secrets: ToolSecret[] = (parsed.secrets ?? []).map((entry) =>
    entry.type === 'aws_auth' ? toAwsAuthSecret(entry) : toHttpSecret(entry),
  );
  return {
    module: parsed.module,
    hosts: parsed.hosts,
    secrets,
    ...(parsed.timeout_s === undefined ? {} : { timeout_s: parsed.timeout_s }),
    aws_actions: parsed.aws_actions ?? [],
  };
}
