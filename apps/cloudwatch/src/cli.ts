#!/usr/bin/env node
// The SDK warns about Node 20 on stderr, which an agent would read as part of the answer. It is
// loaded only by the first AWS call, so setting this before anything runs is early enough; the
// SDK reads nothing but "true".
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { runToolCli } from '@keyless/cli-shim';
import { cloudwatchCli } from './program.js';

await runToolCli(cloudwatchCli);
