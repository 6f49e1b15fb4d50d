/**
 * The history of one file in a git repository: the commits that changed it
 * (following renames), each with its date and the page's text at that
 * commit, read straight from git's objects (nothing is checked out).
 */
import { spawn } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { GitCommandError, checkRef, checkSince, gitText } from './run.js';

/** Roadmap pages above this are refused, as files are (read-source.ts). */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

export interface GitTarget {
  /** The repository's top folder (its git directory when bare). */
  root: string;
  /** The page's path inside the repository, with `/`. */
  path: string;
  ref: string;
  since?: string;
  /** The clone is shallow: older commits are not there to read. */
  shallow: boolean;
}

export interface PageCommit {
  commit: string;
  /** Committer date, ISO 8601 with offset. */
  time: string;
  /** YYYY-MM-DD of the commit in UTC. */
  date: string;
  /** The page's path at this commit (differs before a rename). */
  path: string;
  blob: string;
  /** Size of the page at this commit, in bytes. */
  size: number;
  subject: string;
}

export interface GitQuery {
  /** The page, as a path from `cwd` (or from the repository's top when `repo` is given). */
  path: string;
  repo?: string;
  ref?: string;
  since?: string;
  cwd: string;
}

/** Finds the repository and checks the path was ever tracked; every problem is a one-line usage error. */
export async function resolveTarget(query: GitQuery): Promise<GitTarget> {
  const ref = checkRef(query.ref ?? 'HEAD');
  const since = query.since === undefined ? undefined : checkSince(query.since);
  if (!query.path || query.path.includes('\n') || query.path.includes('\0')) {
    throw new UsageError(`--git "${query.path}" is not a file path`);
  }
  const absolute = resolve(query.repo ? resolve(query.cwd, query.repo) : query.cwd, query.path);
  const start = query.repo ? resolve(query.cwd, query.repo) : await existingFolder(dirname(absolute));
  let root: string;
  let bare = false;
  try {
    bare = (await gitText(start, ['rev-parse', '--is-bare-repository'])).trim() === 'true';
    root = bare
      ? resolve(start, (await gitText(start, ['rev-parse', '--absolute-git-dir'])).trim())
      : (await gitText(start, ['rev-parse', '--show-toplevel'])).trim();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(
      `${start} is not inside a git repository (--git reads a page's history from one)`,
      {},
      {
        cause: error,
      },
    );
  }
  // Both sides with symbolic links resolved (git prints the real top folder; /tmp may be a link).
  const inside = bare ? query.path.replace(/^\.?\//, '') : relative(await realPathOf(root), await realPathOf(absolute));
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
    throw new UsageError(`${query.path} is not inside the repository at ${root}`);
  }
  const path = inside.split(sep).join('/');
  try {
    await gitText(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch (error) {
    throw new UsageError(`--ref "${ref}" is not a commit of the repository at ${root}`, {}, { cause: error });
  }
  const shallow = (await gitText(root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  const target = { root, path, ref, shallow, ...(since ? { since } : {}) };
  const any = await gitText(root, ['log', '-1', '--format=%H', '--end-of-options', ref, '--', path]);
  if (!any.trim()) throw new UsageError(`${path} was never tracked in the history of ${ref} in ${root}`);
  return target;
}

/** The real path of `path`: its longest existing part resolved, the rest (a page since deleted) as written. */
async function realPathOf(path: string): Promise<string> {
  const rest: string[] = [];
  for (let at = path; ; at = dirname(at)) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch {
      if (dirname(at) === at) return path;
      rest.push(basename(at));
    }
  }
}

async function existingFolder(dir: string): Promise<string> {
  for (let d = dir; ; d = dirname(d)) {
    if (
      await stat(d).then(
        (s) => s.isDirectory(),
        () => false,
      )
    )
      return d;
    if (dirname(d) === d) return d;
  }
}

/** Commits that changed the page, oldest first, following renames. */
export async function pageCommits(target: GitTarget): Promise<PageCommit[]> {
  const out = await gitText(target.root, [
    'log',
    '--follow',
    '-M',
    '--no-merges',
    '--format=%x01%H%x09%cI%x09%s',
    '--name-status',
    '-z',
    ...(target.since ? [`--since=${target.since}`] : []),
    '--end-of-options',
    target.ref,
    '--',
    target.path,
  ]);
  const commits: Omit<PageCommit, 'blob' | 'size'>[] = [];
  for (const record of out.split('\x01').slice(1)) {
    // -z: the header ends in NUL; then status, path (and the new path for renames), NUL-separated.
    const cut = record.indexOf('\0\n');
    const header = cut < 0 ? record : record.slice(0, cut);
    const [commit = '', time = '', ...subject] = header.split('\t');
    const fields = (cut < 0 ? '' : record.slice(cut + 2)).split('\0').filter(Boolean);
    const status = fields[0] ?? '';
    if (status.startsWith('D')) continue;
    const path = status.startsWith('R') || status.startsWith('C') ? fields[2] : fields[1];
    if (!path || !commit) continue;
    commits.push({ commit, time, date: new Date(time).toISOString().slice(0, 10), path, subject: subject.join('\t') });
  }
  commits.reverse();
  const blobs = await readObjects(
    target.root,
    commits.map((c) => `${c.commit}:${c.path}`),
    true,
  );
  return commits.map((c, i) => ({ ...c, blob: blobs[i]!.id, size: blobs[i]!.size }));
}

export interface GitObject {
  id: string;
  size: number;
  bytes?: Buffer;
}

/**
 * Objects by name (`<commit>:<path>` or a blob id) through one `git cat-file --batch`:
 * only ids when `idsOnly`, else their bytes (a page over MAX_PAGE_BYTES is refused).
 */
export function readObjects(root: string, names: string[], idsOnly = false): Promise<GitObject[]> {
  if (!names.length) return Promise.resolve([]);
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', ['cat-file', idsOnly ? '--batch-check' : '--batch'], {
      cwd: root,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    const limit = names.length * (idsOnly ? 200 : MAX_PAGE_BYTES + 200);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) child.kill();
      else chunks.push(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || size > limit) {
        reject(new GitCommandError(`git cat-file failed (${code})`, '', code ?? undefined));
        return;
      }
      try {
        resolvePromise(parseBatch(Buffer.concat(chunks), names.length, idsOnly));
      } catch (error) {
        reject(error);
      }
    });
    child.stdin.end(`${names.join('\n')}\n`);
  });
}

function parseBatch(out: Buffer, count: number, idsOnly: boolean): GitObject[] {
  const objects: GitObject[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const eol = out.indexOf(0x0a, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const [id = '', type = '', sizeText = '0'] = header.split(' ');
    if (type !== 'blob') throw new GitCommandError(`not a file in git: ${header}`, '', undefined);
    const size = Number(sizeText);
    if (idsOnly) {
      objects.push({ id, size });
      continue;
    }
    if (size > MAX_PAGE_BYTES) throw new GitCommandError(`page ${id} is over 5 MB`, '', undefined);
    objects.push({ id, size, bytes: out.subarray(at, at + size) });
    at += size + 1;
  }
  return objects;
}
