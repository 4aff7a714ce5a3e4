/** One line on stderr: stdout carries the protocol, so nothing else may ever be written there. */
export function logLine(message: string): void {
  process.stderr.write(`cloudwatch-mcp: ${message}\n`);
}
