import { readFile } from 'node:fs/promises';
import { KeylessError } from './KeylessError.js';

export async function readInputFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    throw new KeylessError('E_INPUT', `cannot read ${what} ${path}: ${reason}`, { cause: error });
  }
}
