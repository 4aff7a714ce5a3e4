export {
  defineToolCli,
  defineToolCommand,
  OUTPUT_ARGS,
  type ToolCliDef,
  type ToolCommandContext,
  type ToolCommandDef,
} from './define-tool-cli.js';
export {
  CliError,
  type CliErrorCode,
  EXIT_CODE_BY_ERROR_CODE,
  EXIT_CODES,
  type ExitCode,
  exitCodeFor,
} from './errors.js';
export { type CliFailure, type ErrorMapper, formatFailureLine, toCliFailure } from './failure.js';
export type { CappedListEnd, OutputCaps } from './output/capped-items.js';
export {
  type CommandOutput,
  type ListOutput,
  type ListPage,
  listOutput,
  OUTPUT_MODES,
  type OutputMode,
  type ValueOutput,
  valueOutput,
} from './output/command-output.js';
export { type ListCursor, readCursor, writeCursor } from './output/cursor.js';
export { type RenderOptions, renderOutput } from './output/render-output.js';
export { formatTable } from './output/render-table.js';
export { createMemorySink, createStreamSink, type OutputSink } from './output/stdout-sink.js';
export { shouldUseColor } from './output/terminal.js';
export { type Progress, type ProgressOptions, startProgress } from './progress.js';
export { type RunToolCliOptions, runToolCli } from './run-tool-cli.js';
export { findShimTools, type ShimTool, type ShimToolProblem } from './shims/find-shim-tools.js';
export {
  type InstallShimsOptions,
  type InstallShimsResult,
  installShims,
  SHIM_REGISTRY_FILE,
  type ShimEntry,
} from './shims/install-shims.js';
export { isGeneratedShim, SHIM_MARKER } from './shims/shim-script.js';
