import { describe, expect, it } from 'vitest';
import { CliError } from './errors.js';
import { formatFailureLine, toCliFailure } from './failure.js';

class ToolError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

function cittyError(code: string, message: string) {
  return Object.assign(new Error(message), { name: 'CLIError', code });
}

describe('toCliFailure', () => {
  it.each([
    [new CliError('E_UNKNOWN_OPTION', 'unknown option --x'), 'E_UNKNOWN_OPTION', 2],
    [
      cittyError('E_UNKNOWN_COMMAND', 'Unknown command \u001B[36mfoo\u001B[39m'),
      'E_UNKNOWN_COMMAND',
      2,
    ],
    [cittyError('EARG', 'Missing required positional argument: GROUP'), 'E_MISSING_ARGUMENT', 2],
    [new ToolError('E_TIME', 'bad time "yesterday"'), 'E_TIME', 2],
    [new ToolError('E_PROXY_REJECTED', 'region_not_allowed'), 'E_PROXY_REJECTED', 3],
    [new ToolError('E_AUTH', 'signature rejected'), 'E_AUTH', 3],
    [new ToolError('E_NOT_FOUND', 'no group'), 'E_NOT_FOUND', 4],
    [new ToolError('E_THROTTLED', 'slow down'), 'E_THROTTLED', 5],
    [new ToolError('E_AWS', 'boom'), 'E_AWS', 1],
    [new TypeError('x is undefined'), 'E_INTERNAL', 1],
  ])('%s → %s, exit %i', (error, code, exitCode) => {
    const failure = toCliFailure(error);
    expect(failure).toMatchObject({ code, exitCode });
    expect(failure.message).not.toMatch(/\u001B/);
  });

  it('lets the tool map its own errors first', () => {
    const failure = toCliFailure(new ToolError('E_AWS', 'x'), () => ({
      code: 'E_AWS',
      message: 'mapped',
      exitCode: 1,
      details: { requestId: 'r-1' },
    }));
    expect(formatFailureLine(failure)).toBe(
      '{"error":{"code":"E_AWS","message":"mapped","hint":null,"requestId":"r-1"}}\n',
    );
  });
});
