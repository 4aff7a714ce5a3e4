import * as z from 'zod';
import { CloudWatchMcpError } from './CloudWatchMcpError.js';

// McpServer checks arguments against the schema a tool registers, and reports a mismatch as plain
// text: no code, no bad value. So McpServer is given schemas that accept any object but carry the
// strict schema's JSON Schema as metadata (which is what tools/list shows), and every tool checks
// its arguments with the strict zod schema itself, answering E_INPUT that names the argument.

const TOOL_ERROR = z
  .object({
    error: z.looseObject({
      code: z.string().describe('Stable error code, e.g. E_INPUT, E_TIME, E_NOT_FOUND.'),
      message: z.string(),
      hint: z.string().nullable().describe('What to do about it, when known.'),
    }),
  })
  .describe('The result of a failed call (isError is true).');

/** The input schema McpServer lists; it lets every object through to the tool's own check. */
export function listedInputSchema(strict: z.ZodObject) {
  return z.looseObject({}).meta(jsonSchemaOf(strict, 'input'));
}

/**
 * The output schema McpServer lists. Error results carry `{error: {code, message, hint}}` as
 * structured content too, and clients check structured content against this schema even then.
 */
export function listedOutputSchema(success: z.ZodObject) {
  return z.looseObject({}).meta({
    anyOf: [jsonSchemaOf(success, 'output'), jsonSchemaOf(TOOL_ERROR, 'output')],
    // The empty object's own keys say nothing the branches do not; undefined drops them from JSON.
    properties: undefined,
    additionalProperties: undefined,
  });
}

function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io });
  return json;
}

/** Checks a tool's arguments, or throws E_INPUT naming every bad argument and its value. */
export function parseToolArguments<S extends z.ZodObject>(
  toolName: string,
  schema: S,
  args: unknown,
): z.output<S> {
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return parsed.data;

  const problems = parsed.error.issues.map((issue) => describeIssue(issue, args, schema));
  const fields = problems.map((problem) => problem.field);
  throw new CloudWatchMcpError(
    'E_INPUT',
    `${toolName}: ${problems.map((problem) => problem.text).join('; ')}.`,
    {
      hint:
        `Fix ${fields.join(', ')} and call again; the inputSchema of ${toolName} in ` +
        'tools/list describes each argument.',
      details: { fields },
    },
  );
}

function describeIssue(issue: z.core.$ZodIssue, args: unknown, schema: z.ZodObject) {
  if (issue.code === 'unrecognized_keys') {
    const accepted = Object.keys(schema.shape).join(', ');
    const unknown = issue.keys.map((key) => JSON.stringify(key)).join(', ');
    return {
      field: issue.keys.join(', '),
      text: `unknown argument ${unknown} (accepted: ${accepted})`,
    };
  }
  const field = formatPath(issue.path) || 'arguments';
  const value = valueAt(args, issue.path);
  if (value === undefined && issue.code === 'invalid_type') {
    return { field, text: `${field} is required` };
  }
  const problem = issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  return { field, text: `${field}: ${problem}, got ${show(value)}` };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
