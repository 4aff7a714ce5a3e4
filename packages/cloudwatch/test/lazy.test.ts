import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeAws, startFakeAws } from './fakeAws.js';

const run = promisify(execFile);
const builtPackage = pathToFileURL(fileURLToPath(new URL('../dist/index.mjs', import.meta.url)));
const tracer = fileURLToPath(new URL('./fixtures/trace-imports.mjs', import.meta.url));

let server: FakeAws;
beforeAll(async () => {
  server = await startFakeAws(() => ({ body: { logGroups: [] } }));
});
afterAll(() => server.close());

describe('lazy loading of the built package', () => {
  it('loads no AWS SDK module until the first call, then loads the Logs client', async () => {
    const { stdout } = await run(process.execPath, [tracer, builtPackage.href, server.url], {
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    const trace = JSON.parse(stdout) as {
      methods: string[];
      afterCreate: string[];
      afterCall: string[];
    };

    expect(trace.methods).toEqual(
      expect.arrayContaining(['listLogGroups', 'query', 'tailLogEvents']),
    );
    expect(trace.afterCreate).toEqual([]);
    // The same trace sees the SDK once a call needs it, so the empty list above is not blindness.
    expect(trace.afterCall.some((url) => url.includes('/@aws-sdk/client-cloudwatch-logs/'))).toBe(
      true,
    );
    expect(trace.afterCall.some((url) => url.includes('/@aws-sdk/client-cloudwatch/'))).toBe(false);
  });
});
