import { onTestFinished } from 'vitest';
import { type CloudWatchTool, createCloudWatchTool } from '../src/index.js';
import { type FakeAws, type FakeHandler, startFakeAws } from './fakeAws.js';

/**
 * A tool pointed at a fake AWS that answers with `handler`; both are closed when the calling
 * test ends. One attempt only, so a reply the test scripts is the reply the tool sees.
 */
export async function toolFor(
  handler: FakeHandler,
): Promise<{ tool: CloudWatchTool; server: FakeAws }> {
  const server = await startFakeAws(handler);
  const tool = createCloudWatchTool({ endpoint: server.url, env: {}, maxAttempts: 1 });
  onTestFinished(async () => {
    tool.destroy();
    await server.close();
  });
  return { tool, server };
}

/** AWS JSON replies carry timestamps as epoch seconds. */
export const seconds = (iso: string) => Date.parse(iso) / 1000;
