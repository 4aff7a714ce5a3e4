export { KEYLESS_EXIT_CODES, KeylessError, type KeylessErrorCode } from './KeylessError.js';
export { type RunKeylessCliOptions, runKeylessCli } from './runKeylessCli.js';
