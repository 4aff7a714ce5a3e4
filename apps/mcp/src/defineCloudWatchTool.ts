import type { CloudWatchTool } from '@keyless/cloudwatch';
import type * as z from 'zod';

export interface ToolRunContext {
  cloudwatch: CloudWatchTool;
  /** Aborted when the client cancels the call. */
  signal: AbortSignal;
  /** Sends notifications/progress when the client asked for them, else does nothing. */
  progress(progress: number, total: number | undefined, message: string): void;
}

/** One MCP tool: its schemas (strict, checked by the tool itself) and what it does. */
export interface CloudWatchToolDef<
  I extends z.ZodObject = z.ZodObject,
  O extends z.ZodObject = z.ZodObject,
> {
  /** snake_case, as the agent calls it. */
  name: string;
  title: string;
  /** What it returns and when to use it, for an agent choosing among tools. */
  description: string;
  input: I;
  output: O;
  /** False when each call starts something new in AWS (a Logs Insights query). */
  idempotent: boolean;
  run(input: z.output<I>, context: ToolRunContext): Promise<z.input<O>>;
}

export function defineCloudWatchTool<I extends z.ZodObject, O extends z.ZodObject>(
  tool: CloudWatchToolDef<I, O>,
): CloudWatchToolDef<I, O> {
  return tool;
}
