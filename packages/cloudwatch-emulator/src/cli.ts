#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DEFAULT_CREDENTIALS } from './auth/credentials.js';
import { EmulatorError } from './errors.js';
import { parseSeedFlag } from './seed/seed-spec.js';
import type { EmulatorOptions } from './server/emulator-options.js';
import { startEmulator } from './server/start-emulator.js';

const USAGE = `Usage: cloudwatch-emulator [options]

A local CloudWatch and CloudWatch Logs for the AWS SDKs. Prints one JSON line with the endpoint
and the key pair to sign with, then serves until interrupted (Ctrl-C, SIGTERM).

Options:
  --port N                 port to listen on (default 0: a free port)
  --host HOST              address to bind (default 127.0.0.1)
  --seed SPEC              demo | none | FILE (.json, .ndjson) |
                           generate:events=N,groups=G,streams=S,seed=K[,metrics=M]  (default demo)
  --no-auth                accept requests without checking signatures
  --tls                    serve HTTPS with a certificate from a CA generated for this run
  --tls-dir DIR            keep the CA in DIR and reuse it (implies --tls)
  --access-key-id ID       accept this key pair instead of the default
  --secret-access-key KEY  (env CLOUDWATCH_EMULATOR_ACCESS_KEY_ID, ..._SECRET_ACCESS_KEY)
  --run-time-ms N          how long a Logs Insights query runs before it completes
  -h, --help               show this help
`;

function readOptions(argv: string[], env: NodeJS.ProcessEnv): EmulatorOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'no-auth': { type: 'boolean' },
      tls: { type: 'boolean' },
      'tls-dir': { type: 'string' },
      'access-key-id': { type: 'string' },
      'secret-access-key': { type: 'string' },
      'run-time-ms': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;

  const accessKeyId = values['access-key-id'] ?? env.CLOUDWATCH_EMULATOR_ACCESS_KEY_ID;
  const secretAccessKey = values['secret-access-key'] ?? env.CLOUDWATCH_EMULATOR_SECRET_ACCESS_KEY;
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    throw new EmulatorError(
      'E_INPUT',
      '--access-key-id and --secret-access-key go together: give both or neither',
    );
  }
  return {
    port: readInteger(values.port, '--port'),
    host: values.host,
    seed: parseSeedFlag(values.seed ?? 'demo'),
    auth: !values['no-auth'],
    tls: values['tls-dir'] ? { dir: values['tls-dir'] } : values.tls === true,
    credentials:
      accessKeyId && secretAccessKey ? [{ accessKeyId, secretAccessKey }] : [DEFAULT_CREDENTIALS],
    insights: { runTimeMs: readInteger(values['run-time-ms'], '--run-time-ms') },
  };
}

function readInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) {
    throw new EmulatorError('E_INPUT', `${flag}: expected a non-negative integer, got '${value}'`);
  }
  return Number(value);
}

async function main(): Promise<void> {
  let options: EmulatorOptions | undefined;
  try {
    options = readOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`cloudwatch-emulator: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!options) {
    process.stdout.write(USAGE);
    return;
  }

  const emulator = await startEmulator(options);
  // Handlers first: a caller may signal as soon as it has read the line below.
  const stop = () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    emulator.close().then(
      () => process.stderr.write('cloudwatch-emulator: stopped\n'),
      (error: Error) => {
        process.stderr.write(`cloudwatch-emulator: ${error.message}\n`);
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const ready = {
    endpoint: emulator.url,
    region: 'us-east-1',
    accessKeyId: emulator.credentials.accessKeyId,
    secretAccessKey: emulator.credentials.secretAccessKey,
    auth: options.auth,
    caCertPath: emulator.caCertPath,
  };
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  process.stderr.write(`cloudwatch-emulator: serving on ${emulator.url} (Ctrl-C to stop)\n`);
}

main().catch((error: unknown) => {
  const code = error instanceof EmulatorError ? ` (${error.code})` : '';
  process.stderr.write(`cloudwatch-emulator: ${(error as Error).message}${code}\n`);
  process.exitCode = 1;
});
