// How soon after a Logs Insights query completes does `cloudwatch query` print its rows?
//
// The emulator completes a query exactly `insights.runTimeMs` after StartQuery created it, and
// reports that creation time (DescribeQueries `createTime`). It runs in this process, on the clock
// that also notes when the CLI's first byte of stdout arrived through the pipe, so
//   lag = first byte of rows on stdout - (createTime + runTimeMs)
// is the time from completion to rows printed, free of process start-up and of StartQuery's own
// round trip. The command's wall time minus the run time is shown beside it: what a caller
// waits beyond the query itself, start-up included. The lag depends on where completion falls in
// the client's polling schedule (pauses growing towards 1 s), hence two run times.
import { compareCommands, median } from './measure.mjs';
import { cloudwatchDirect, DescribeQueriesCommand } from './setup.mjs';

const GROUP = '/bench/app';
const RUN_TIMES_MS = [1000, 3000];

export async function insights({ runs, teardown }) {
  const rows = [];
  for (const runTimeMs of RUN_TIMES_MS) {
    const emulator = await teardown.emulator({
      insights: { runTimeMs },
      seed: {
        data: {
          events: [{ logGroupName: GROUP, logStreamName: 'app', timestamp: '-1m', message: 'hi' }],
        },
      },
    });
    const logs = teardown.logsClient(emulator);
    const command = cloudwatchDirect(emulator, [
      'query',
      'fields @message',
      '-g',
      GROUP,
      '-s',
      '1h',
    ]);

    const [results] = await compareCommands([command], { runs, capture: true });
    const { queries } = await logs.send(new DescribeQueriesCommand({ logGroupName: GROUP }));
    const lags = results.map((result) => {
      const { queryId, status, rows: printed } = JSON.parse(result.stdout);
      const query = queries.find((entry) => entry.queryId === queryId);
      if (status !== 'Complete' || !query || printed.length !== 1) {
        throw new Error(`query ${queryId} ended ${status} with ${printed?.length} rows`);
      }
      return result.firstOutputAt - (query.createTime + runTimeMs);
    });

    const seconds = `${runTimeMs / 1000} s`;
    rows.push(
      {
        name: `\`cloudwatch query\`, ${seconds} query: completion → rows printed`,
        ours: median(lags),
        baseline: NaN,
        unit: 'ms',
        runs,
      },
      {
        name: `\`cloudwatch query\`, ${seconds} query: wall vs the query's run time`,
        ours: median(results.map((result) => result.ms)),
        baseline: runTimeMs,
        unit: 'ms',
        ratio: false,
        runs,
      },
    );
  }
  return rows;
}
