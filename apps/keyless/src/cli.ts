#!/usr/bin/env node
import { runKeylessCli } from './runKeylessCli.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Waiting for the write callbacks keeps the end of a piped manifest from being lost on exit.
const exitCode = await runKeylessCli();
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
process.exit(exitCode);
