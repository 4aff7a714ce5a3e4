#!/usr/bin/env node
// The SDK warns about Node 20 on stderr. It is loaded only by the first AWS call, long after this
// line, so setting the variable here is early enough.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

import { runCloudWatchMcp } from './runCloudWatchMcp.js';

await runCloudWatchMcp(process.argv.slice(2));
