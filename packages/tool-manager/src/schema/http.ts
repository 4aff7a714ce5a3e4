import { z } from 'zod';
import type { HttpSecret, ReplaceLocation } from '../types.js';
import { EXPECTED, hostList, nonEmptyString, reference, stringList } from './fields.js';

const LOCATIONS: readonly ReplaceLocation[] = ['headers', 'path', 'query', 'body'];

// RFC 9110 token characters: anything else is not a header name iron-proxy can set.
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
// The template must read the value, or the secret would never reach the request.
const USES_VALUE = /\{\{[^}]*\.Value[^}]*\}\}/;

const locations = z.unknown().transform((value, ctx): ReplaceLocation[] => {
  const expected = `a non-empty array of distinct locations among ${LOCATIONS.join(', ')}`;
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  const valid =
    list.length > 0 &&
    list.every((entry, index) => {
      const known = LOCATIONS.includes(entry as ReplaceLocation);
      return known && list.indexOf(entry) === index;
    });
  if (!valid) {
    ctx.addIssue({ code: 'custom', message: expected });
    return z.NEVER;
  }
  // iron-proxy scans request headers on every replace; saying otherwise would mislead.
  if (!list.includes('headers')) {
    ctx.addIssue({
      code: 'custom',
      message: 'a list that includes "headers" (iron-proxy always replaces in request headers)',
    });
    return z.NEVER;
  }
  return [...(list as ReplaceLocation[])];
});

const replace = z.strictObject(
  {
    placeholder: z
      .string({ error: 'a placeholder string the tool sends in place of the value' })
      .min(8, { error: 'a placeholder of at least 8 characters, unlikely to occur by chance' }),
    in: locations,
    headers: stringList({
      expected: 'a non-empty array of header names or /regex/',
      min: 1,
    }).optional(),
  },
  { error: 'an object {placeholder, in, headers?}' },
);

export const httpShape = {
  type: z.literal('http'),
  name: nonEmptyString(),
  hosts: hostList(),
  ref: reference(),
  header: z
    .string({ error: 'a header name such as Authorization' })
    .regex(HEADER_NAME, { error: 'a header name such as Authorization' })
    .optional(),
  query_param: nonEmptyString('a non-empty query parameter name').optional(),
  formatter: z
    .string({ error: 'a Go template over .Value such as "Bearer {{ .Value }}"' })
    .regex(USES_VALUE, { error: 'a Go template that uses .Value, such as "Bearer {{ .Value }}"' })
    .optional(),
  replace: replace.optional(),
  require: z.boolean({ error: EXPECTED.boolean }).optional(),
};

export const replaceKeys = Object.keys(replace.shape);

type ParsedHttp = z.output<z.ZodObject<typeof httpShape>>;

function checkPlacement(secret: ParsedHttp, ctx: z.RefinementCtx): void {
  const placements = (['header', 'query_param', 'replace'] as const).filter(
    (key) => secret[key] !== undefined,
  );
  if (placements.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message: 'exactly one of header, query_param or replace',
      params: { received: placements.length === 0 ? 'none' : placements.join(' and ') },
    });
    return;
  }
  if (secret.formatter !== undefined && secret.replace !== undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'no formatter with replace (a formatter shapes a header or query parameter)',
      path: ['formatter'],
    });
  }
}

export const httpSchema = z.strictObject(httpShape).superRefine(checkPlacement);

export function toHttpSecret(parsed: ParsedHttp): HttpSecret {
  const optional = <K extends 'header' | 'query_param' | 'formatter'>(key: K) =>
    parsed[key] === undefined ? {} : { [key]: parsed[key] };
  const replaceValue = parsed.replace && {
    placeholder: parsed.replace.placeholder,
    in: parsed.replace.in,
    ...(parsed.replace.headers ? { headers: parsed.replace.headers } : {}),
  };
  return {
    type: 'http',
    name: parsed.name,
    hosts: parsed.hosts,
    ref: parsed.ref,
    ...optional('header'),
    ...optional('query_param'),
    ...optional('formatter'),
    ...(replaceValue ? { replace: replaceValue } : {}),
    require: parsed.require ?? false,
  };
}
