import { z } from 'zod';
import type { AwsAuthSecret } from '../types.js';
import { hostList, nonEmptyString, reference, region, regionList, serviceList } from './fields.js';

const workloadIdentity = z.strictObject(
  {
    type: z.literal('workload_identity', { error: '"workload_identity"' }),
    region: region().optional(),
  },
  { error: 'an object {type: workload_identity, region?}' },
);

export const awsAuthShape = {
  type: z.literal('aws_auth'),
  name: nonEmptyString(),
  hosts: hostList(),
  access_key_id: reference().optional(),
  secret_access_key: reference().optional(),
  session_token: reference().optional(),
  credentials_provider: workloadIdentity.optional(),
  allowed_regions: regionList().optional(),
  allowed_services: serviceList().optional(),
};

export const workloadIdentityKeys = Object.keys(workloadIdentity.shape);

type ParsedAwsAuth = z.output<z.ZodObject<typeof awsAuthShape>>;

// iron-proxy takes either the static pair or a provider; a half pair would start a proxy that
// cannot sign, so the manifest is refused here with the field that is wrong.
function checkCredentials(secret: ParsedAwsAuth, ctx: z.RefinementCtx): void {
  const hasStatic = secret.access_key_id !== undefined || secret.secret_access_key !== undefined;
  const hasProvider = secret.credentials_provider !== undefined;
  const pair = 'access_key_id + secret_access_key or credentials_provider';

  if (hasStatic && hasProvider) {
    ctx.addIssue({
      code: 'custom',
      message: `either ${pair}`,
      params: { received: 'both' },
    });
    return;
  }
  if (!hasStatic && !hasProvider) {
    ctx.addIssue({
      code: 'custom',
      message: pair,
      params: { received: 'neither' },
    });
    return;
  }
  if (hasProvider && secret.session_token !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'no session_token with credentials_provider',
      path: ['session_token'],
    });
  }
  const halves = [
    ['access_key_id', 'secret_access_key'],
    ['secret_access_key', 'access_key_id'],
  ] as const;
  for (const [key, other] of halves) {
    if (hasStatic && secret[key] === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `a secret reference, as ${other} is set`,
        path: [key],
      });
    }
  }
}

export const awsAuthSchema = z.strictObject(awsAuthShape).superRefine(checkCredentials);

/** Builds the typed value, with iron-proxy's "empty means any" lists made explicit. */
export function toAwsAuthSecret(parsed: ParsedAwsAuth): AwsAuthSecret {
  const identity = { type: 'aws_auth' as const, name: parsed.name, hosts: parsed.hosts };
  const scope = {
    allowed_regions: parsed.allowed_regions ?? [],
    allowed_services: parsed.allowed_services ?? [],
  };
  if (parsed.credentials_provider) {
    const { type, region: providerRegion } = parsed.credentials_provider;
    const provider = providerRegion === undefined ? { type } : { type, region: providerRegion };
    return { ...identity, credentials_provider: provider, ...scope };
  }
  return {
    ...identity,
    access_key_id: parsed.access_key_id as string,
    secret_access_key: parsed.secret_access_key as string,
    ...(parsed.session_token === undefined ? {} : { session_token: parsed.session_token }),
    ...scope,
  };
}
