/**
 * The preview port, checked before any work starts: a port that cannot be a
 * TCP port is wrong usage, found before a browser or a build is started.
 */
import { UsageError } from '../errors.js';

/** Why `value` cannot be the preview port, or undefined when it can (0 asks the system for a free one). */
export function portProblem(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 65535) return undefined;
  // yargs turns a word into NaN: there is nothing useful to show back then.
  const shown =
    typeof value === 'number' && Number.isNaN(value) ? '' : ` (got ${JSON.stringify(value) ?? String(value)})`;
  return `--port must be a whole number from 0 to 65535${shown}`;
}

export function checkPort(value: unknown): number {
  const problem = portProblem(value);
  if (problem) throw new UsageError(problem);
  return value as number;
}

/** The one line shown when the port cannot be listened on, from the code node gave. */
export function portUnavailableMessage(port: number, code: string | undefined): string {
  if (code === 'EADDRINUSE') return `port ${port} is in use; choose another with --port (0 picks a free one)`;
  if (code === 'EACCES') return `port ${port} needs more privileges than this user has; choose another with --port`;
  return `cannot listen on 127.0.0.1:${port}${code ? ` (${code})` : ''}; choose another port with --port`;
}
