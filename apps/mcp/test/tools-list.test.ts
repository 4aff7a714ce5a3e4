import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectMcpServer, type McpSession } from './mcpSession.js';

// Each tool and whether calling it again has no further effect in AWS (query tools start one).
const TOOLS: [string, boolean][] = [
  ['list_log_groups', true],
  ['filter_log_events', true],
  ['recent_log_events', true],
  ['query', false],
  ['start_query', false],
  ['get_query_results', true],
  ['stop_query', true],
  ['list_metrics', true],
  ['get_metric_data', true],
  ['describe_alarms', true],
  ['get_alarm_history', true],
];

let session: McpSession;
let tools: Tool[];

beforeAll(async () => {
  // No credentials, no endpoint, a proxy nobody listens on: listing must not need any of them.
  session = await connectMcpServer({ env: { HTTPS_PROXY: 'http://127.0.0.1:9' } });
  tools = (await session.client.listTools()).tools;
});
afterAll(async () => {
  await session.close();
});

describe('tools/list', () => {
  it('offers one tool per operation, in snake_case', () => {
    expect(tools.map((tool) => tool.name)).toEqual(TOOLS.map(([name]) => name));
  });

  it.each(TOOLS)('%s is read-only, open-world, titled and described', (name, idempotent) => {
    const tool = tools.find((candidate) => candidate.name === name)!;
    expect(tool.title).toMatch(/\w/);
    expect(tool.description!.length).toBeGreaterThan(60);
    expect(tool.annotations).toEqual({
      title: tool.title,
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: idempotent,
      openWorldHint: true,
    });
  });

  it.each(TOOLS)('%s describes every argument, with no other argument allowed', (name) => {
    const schema = tools.find((tool) => tool.name === name)!.inputSchema as {
      properties: Record<string, { description?: string }>;
      additionalProperties?: boolean;
    };
    expect(schema.additionalProperties).toBe(false);
    for (const [argument, property] of Object.entries(schema.properties)) {
      expect({ argument, described: (property.description ?? '').length > 20 }).toEqual({
        argument,
        described: true,
      });
    }
  });

  it('states units, defaults, limits and examples an agent can act on', () => {
    type Property = { description: string; enum?: string[]; [keyword: string]: unknown };
    const properties = (name: string) =>
      (
        tools.find((tool) => tool.name === name)!.inputSchema as {
          properties: Record<string, Property>;
        }
      ).properties;

    const filter = properties('filter_log_events');
    expect(filter.limit).toMatchObject({
      type: 'integer',
      minimum: 1,
      maximum: 10_000,
      default: 100,
    });
    expect(filter.start!.description).toMatch(/"15m".*ISO 8601.*epoch.*Default: 1 hour before end/);
    expect(filter.logGroupName!.description).toContain('e.g. "/aws/lambda/');
    expect(filter.maxBytes).toMatchObject({ minimum: 100, maximum: 1_000_000, default: 50_000 });
    expect(properties('describe_alarms').stateValue!.enum).toEqual([
      'OK',
      'ALARM',
      'INSUFFICIENT_DATA',
    ]);
    expect(properties('get_metric_data').period!.description).toMatch(/Seconds per datapoint/);
    expect(properties('query').timeoutSeconds).toMatchObject({ maximum: 3_600, default: 60 });
  });

  it.each(TOOLS)('%s has an output schema for results and for tool errors', (name) => {
    const schema = tools.find((tool) => tool.name === name)!.outputSchema as {
      type: string;
      anyOf: { properties: Record<string, unknown>; required?: string[] }[];
    };
    expect(schema.type).toBe('object');
    const [result, error] = schema.anyOf;
    expect(Object.keys(result!.properties).length).toBeGreaterThan(0);
    expect(error!.required).toEqual(['error']);
  });

  it('tells the agent how to page, read errors and write times', async () => {
    const instructions = session.client.getInstructions() ?? '';
    expect(instructions).toMatch(/nextToken/);
    expect(instructions).toMatch(/E_INPUT/);
    expect(instructions).toMatch(/2h ago/);
  });
});
