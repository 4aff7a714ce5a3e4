// What a call costs through the iron-proxy model (CONNECT, the model's TLS interception, aws_auth
// re-signing with the real keys, a new TLS connection onwards) against the same call made
// directly to the emulator over TLS with the real keys.
//
// A `cloudwatch` process opens its connection anew every time, so the process rows carry the
// whole connection set-up; the in-process rows (one `@keyless/cloudwatch` tool, N sequential
// calls) separate it from process start-up: once with a new connection per call, as between CLI
// processes (`destroy()` after each call, which also drops the SDK clients, so both sides rebuild
// them and reload the CA bundle; the difference is the proxy's), and once with the connection
// kept. The model is mockttp in this Node process and opens a new upstream connection per
// request, where iron-proxy is a Go binary that pools them: its share here is an upper bound, not
// iron-proxy's.
import { compareCalls, compareCommands, median } from './measure.mjs';
import { agentEnv, CLI_PATH, cloudwatchDirect, REAL_KEYS } from './setup.mjs';

export async function proxyCost({ runs, calls, teardown }) {
  const emulator = await teardown.emulator({ seed: 'demo', tls: true, credentials: [REAL_KEYS] });
  const proxy = await teardown.ironProxy(emulator);

  // Processes: the agent's CLI holds no key; the direct one holds the real keys.
  const viaProxy = {
    command: process.execPath,
    args: [CLI_PATH, 'list-log-groups'],
    env: agentEnv(proxy),
  };
  const direct = cloudwatchDirect(emulator, ['list-log-groups']);
  const [checkProxy, checkDirect] = await compareCommands([viaProxy, direct], {
    runs: 1,
    warmup: false,
    capture: true,
  });
  if (checkProxy[0].stdout !== checkDirect[0].stdout) {
    throw new Error('list-log-groups printed different groups through the proxy model');
  }
  const [proxied, straight] = await compareCommands([viaProxy, direct], { runs });

  // In process: a fresh tool per mode, so that closing one pool does not touch another.
  const proxyTool = () => teardown.tool({ env: agentEnv(proxy) });
  const directTool = () =>
    teardown.tool({
      endpoint: emulator.url,
      auth: 'sdk',
      credentials: REAL_KEYS,
      env: { AWS_REGION: 'us-east-1', AWS_CA_BUNDLE: emulator.caCertPath },
    });
  const fresh = (tool) => async () => {
    await tool.listLogGroups();
    tool.destroy();
  };
  const kept = (tool) => () => tool.listLogGroups();
  const [freshProxy, freshDirect, keptProxy, keptDirect] = await compareCalls(
    [
      { call: fresh(proxyTool()) },
      { call: fresh(directTool()) },
      { call: kept(proxyTool()) },
      { call: kept(directTool()) },
    ],
    { rounds: runs, calls },
  );
  const seen = new Set(emulator.requests().map((entry) => entry.accessKeyId));
  if (seen.size !== 1 || !seen.has(REAL_KEYS.accessKeyId)) {
    throw new Error(`the emulator saw keys other than the real one: ${[...seen].join(', ')}`);
  }

  return [
    {
      name: '`cloudwatch list-log-groups` process: via proxy model vs direct TLS',
      ours: median(proxied.map((result) => result.ms)),
      baseline: median(straight.map((result) => result.ms)),
      unit: 'ms',
      runs,
    },
    {
      name: 'in-process `listLogGroups()`, new connection per call: proxy vs direct',
      ours: freshProxy.ms,
      baseline: freshDirect.ms,
      unit: 'ms',
      runs: `${freshProxy.count} calls`,
    },
    {
      name: 'in-process `listLogGroups()`, connection kept: proxy vs direct',
      ours: keptProxy.ms,
      baseline: keptDirect.ms,
      unit: 'ms',
      runs: `${keptProxy.count} calls`,
    },
  ];
}
