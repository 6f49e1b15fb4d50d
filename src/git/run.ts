/**
 * Running the `git` command line safely: always an argument array (never a
 * shell), a fixed environment that ignores the user's pager and prompts, a
 * byte limit on what is read back, and a deadline. User-given refs and
 * paths are checked before they reach git, and passed after
 * `--end-of-options` or `--`, so none can be read as an option.
 */
import { execFile } from 'node:child_process';
import { UsageError } from '../errors.js';

/** The most a git command may print (a roadmap page is refused above 5 MB anyway). */
const MAX_OUTPUT_BYTES = 16 * 1024 * 1024;
const GIT_TIMEOUT_MS = 60_000;

export class GitCommandError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
    readonly exitCode: number | undefined,
  ) {
    super(message);
  }
}

/** Runs `git args…` in `cwd` and returns what it printed (as bytes). */
export function git(cwd: string, args: string[], maxBytes = MAX_OUTPUT_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      // No config from the repository can make git run a program while it reads history.
      ['-c', 'core.fsmonitor=false', '-c', 'core.pager=cat', '--no-pager', ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: maxBytes,
        timeout: GIT_TIMEOUT_MS,
        windowsHide: true,
        env: {
          ...process.env,
          GIT_TERMINAL_PROMPT: '0',
          GIT_OPTIONAL_LOCKS: '0',
          LC_ALL: 'C',
          GIT_PAGER: 'cat',
        },
      },
      (error, stdout, stderr) => {
        if (error) {
          const text = String(stderr ?? '').trim();
          const code = typeof error.code === 'number' ? error.code : undefined;
          if ((error as { code?: unknown }).code === 'ENOENT') {
            reject(new UsageError('git is not installed (the git command was not found)', {}, { cause: error }));
            return;
          }
          reject(new GitCommandError(text.split('\n')[0] || error.message, text, code));
          return;
        }
        resolve(stdout);
      },
    );
  });
}

export async function gitText(cwd: string, args: string[]): Promise<string> {
  return (await git(cwd, args)).toString('utf8');
}

/**
 * A ref as the user wrote it (branch, tag, commit, `HEAD~3`): refused when it
 * could be an option or holds characters no ref name may hold.
 */
export function checkRef(ref: string, what = '--ref'): string {
  if (!ref || ref.startsWith('-') || /[\s\u0000-\u001f\u007f:?*[\\]|\.\.|@\{/.test(ref) || ref.length > 200) {
    throw new UsageError(`${what} "${ref}" is not a branch, tag or commit name`);
  }
  return ref;
}

/** A date for `--since`: YYYY-MM-DD (optionally with a time), checked to be a real date. */
export function checkSince(since: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(since);
  const date = match && new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== since.slice(0, 10)) {
    throw new UsageError(`--since "${since}" is not a date like 2024-01-31`);
  }
  return since;
}
