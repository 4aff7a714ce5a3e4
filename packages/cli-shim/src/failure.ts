import { CliError, type ExitCode, exitCodeFor } from './errors.js';

/** What a failed command reports: one JSON line on stderr and an exit code. */
export interface CliFailure {
  code: string;
  message: string;
  hint?: string | undefined;
  exitCode: ExitCode;
  /** Extra machine-readable facts (AWS error name, request id, proxy reason...). */
  details?: Record<string, unknown> | undefined;
}

/** Turns an error of the tool's own error class into a failure; `undefined` to fall through. */
export type ErrorMapper = (error: unknown) => CliFailure | undefined;

// citty throws its own CLIError (not exported) for missing arguments, bad enum values and unknown
// sub-commands; its messages carry ANSI colour codes.
const CITTY_CODES: Record<string, string> = {
  EARG: 'E_MISSING_ARGUMENT',
  E_UNKNOWN_COMMAND: 'E_UNKNOWN_COMMAND',
  E_NO_COMMAND: 'E_NO_COMMAND',
};

const ANSI_ESCAPE = /\u001B\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_ESCAPE, '');
}

export function toCliFailure(error: unknown, mapError?: ErrorMapper): CliFailure {
  const mapped = mapError?.(error);
  if (mapped) return mapped;

  if (error instanceof CliError) {
    return { code: error.code, message: error.message, hint: error.hint, exitCode: error.exitCode };
  }
  if (error instanceof Error && error.name === 'CLIError') {
    const cittyCode = (error as Error & { code?: string }).code ?? '';
    const code = CITTY_CODES[cittyCode] ?? 'E_USAGE';
    return { code, message: stripAnsi(error.message), exitCode: exitCodeFor(code) };
  }

  // Errors of other keyless packages follow the same shape: a string `code` like E_NOT_FOUND.
  const shaped = error as { code?: unknown; message?: unknown; hint?: unknown } | undefined;
  if (
    error instanceof Error &&
    typeof shaped?.code === 'string' &&
    /^E_[A-Z_]+$/.test(shaped.code)
  ) {
    return {
      code: shaped.code,
      message: error.message,
      hint: typeof shaped.hint === 'string' ? shaped.hint : undefined,
      exitCode: exitCodeFor(shaped.code),
    };
  }

  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'E_INTERNAL',
    message: message || 'unexpected error',
    hint: 'run again with --debug to see the stack trace',
    exitCode: exitCodeFor('E_INTERNAL'),
  };
}

/** The single stderr line: `{"error":{"code","message","hint",...details}}`. */
export function formatFailureLine(failure: CliFailure): string {
  const error = {
    code: failure.code,
    message: failure.message,
    hint: failure.hint ?? null,
    ...failure.details,
  };
  return `${JSON.stringify({ error })}\n`;
}
