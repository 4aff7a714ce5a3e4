/** The part of a stream this package needs to know how to print to it. */
export interface TerminalStream {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export function isInteractive(stream: TerminalStream): boolean {
  return stream.isTTY === true;
}

/** Colour only for a person at a terminal: never piped, nor under NO_COLOR, TERM=dumb or CI. */
export function shouldUseColor(stream: TerminalStream, env: Environment): boolean {
  if (!isInteractive(stream)) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  if (env.CI !== undefined && env.CI !== '' && env.CI !== 'false') return false;
  return true;
}

export function bold(text: string, color: boolean): string {
  return color ? `\u001B[1m${text}\u001B[22m` : text;
}

export function dim(text: string, color: boolean): string {
  return color ? `\u001B[2m${text}\u001B[22m` : text;
}
