import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `keyless` in the fixtures directory, so paths in its output are relative. */
export function runKeyless(args: readonly string[], cwd = FIXTURES): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

export function expected(name: string): Promise<string> {
  return readFile(new URL(`./fixtures/expected/${name}`, import.meta.url), 'utf8');
}

/** The `{"error":{...}}` line a failed run leaves on stderr (the last line). */
export function errorLine(run: CliRun): { code: string; message: string; hint: string | null } {
  const lines = run.stderr.trimEnd().split('\n');
  return (
    JSON.parse(lines.at(-1) ?? '') as {
      error: { code: string; message: string; hint: string | null };
    }
  ).error;
}
