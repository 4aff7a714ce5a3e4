import { defineToolCommand, EXIT_CODES, exitCodeFor, valueOutput } from '@keyless/cli-shim';
import type { CloudWatchTool } from '@keyless/cloudwatch';
import { isCloudWatchError } from '../map-error.js';
import { createTool } from '../tool.js';

interface Check {
  ok: boolean;
  latencyMs: number;
  error?: { code: string; message: string; hint: string | null };
}

function errorOf(error: unknown) {
  if (isCloudWatchError(error)) {
    return { code: error.code, message: error.message, hint: error.hint ?? null };
  }
  return { code: 'E_INTERNAL', message: String((error as Error)?.message ?? error), hint: null };
}

async function check(call: () => Promise<unknown>): Promise<Check> {
  const startedAt = performance.now();
  try {
    await call();
    return { ok: true, latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    return {
      ok: false,
      latencyMs: Math.round(performance.now() - startedAt),
      error: errorOf(error),
    };
  }
}

export const healthCommand = defineToolCommand({
  name: 'health',
  description:
    'Check that CloudWatch Logs and CloudWatch metrics answer with the current settings; prints ' +
    '{"ok", "tool", "error", "details"} and exits non-zero when not ok.',
  examples: ['cloudwatch health --region eu-west-1'],
  async run(context) {
    let tool: CloudWatchTool;
    try {
      tool = await createTool(context);
    } catch (error) {
      const failure = errorOf(error);
      return valueOutput(
        { ok: false, tool: 'cloudwatch', error: failure, details: {} },
        { exitCode: exitCodeFor(failure.code) },
      );
    }

    // One cheap read per service: each has its own endpoint, and iron-proxy rules per host.
    const [logs, monitoring] = await Promise.all([
      check(() => tool.listLogGroups({ limit: 1 })),
      check(() => tool.describeAlarms({ limit: 1 })),
    ]);
    const failed = [logs, monitoring].find((result) => !result.ok);
    const details = {
      auth: tool.auth,
      region: tool.region,
      endpoint: typeof context.args.endpoint === 'string' ? context.args.endpoint : null,
      logs,
      monitoring,
    };
    return valueOutput(
      { ok: !failed, tool: 'cloudwatch', error: failed?.error ?? null, details },
      { exitCode: failed?.error ? exitCodeFor(failed.error.code) : EXIT_CODES.ok },
    );
  },
});
