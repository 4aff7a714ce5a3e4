import { writeFile } from 'node:fs/promises';
import { KeylessError } from './KeylessError.js';

/** Prints a result, or writes it to `outFile` (`-` is stdout) and says so on stderr. */
export async function writeResult(
  text: string,
  outFile: string | undefined,
  stdout: NodeJS.WritableStream,
  note: (message: string) => void,
): Promise<void> {
  if (outFile === undefined || outFile === '-') {
    stdout.write(text);
    return;
  }
  try {
    await writeFile(outFile, text);
  } catch (error) {
    throw new KeylessError('E_IO', `cannot write ${outFile}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  note(`wrote ${outFile}`);
}

export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
