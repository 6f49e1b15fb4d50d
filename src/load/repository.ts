/**
 * The names of the repository a roadmap page lives in: its package.json
 * `name` (and scope), its git remote's repository name, its folder name.
 * They are hints for the parser, which uses one only where the page itself
 * writes it: a page copied into another repository (a test fixture, a docs
 * site) must never be named after its host.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { leavesFolder } from '../inputs.js';
import { readRegularFile } from './read-bounded.js';

/** Folder names that say where files are kept, not what the project is called. */
const GENERIC_FOLDERS =
  /^(docs?|documentation|site|website|www|web|src|source|content|pages?|roadmaps?|repo|repository|project|app|home|work|tmp|temp|main|master|trunk|github|workspace|code)$/i;

/** Whether a name says where files are kept ("docs", "website"), not what the project is called. */
export const isGenericFolder = (name: string): boolean => GENERIC_FOLDERS.test(name);

const cache = new Map<string, Promise<string[]>>();

/** package.json, `.git` pointers and git configs are small; anything larger is no hint. */
const MAX_HINT_BYTES = 64 * 1024;

/**
 * A small text file beside the pages, or undefined: only a regular file of at most 64 KiB (never
 * `/dev/zero`, a FIFO or a file that grows without end) and, with `within`, never a symbolic
 * link out of that folder (a page's repository is what is committed in it).
 */
async function readHint(path: string, within?: string): Promise<string | undefined> {
  if (within !== undefined && (await leavesFolder(path, within))) return undefined;
  try {
    return (await readRegularFile(path, MAX_HINT_BYTES)).toString('utf8');
  } catch {
    return undefined;
  }
}

/** Hints for the page at `file`: distinct, generic folder names left out. Never throws. */
export function repositoryNames(file: string): Promise<string[]> {
  const dir = dirname(resolve(file));
  let names = cache.get(dir);
  if (!names) {
    names = namesFor(dir).catch(() => []);
    cache.set(dir, names);
  }
  return names;
}

async function namesFor(dir: string): Promise<string[]> {
  const clone = await enclosingClone(dir);
  // The nearest package.json on the way up, inside the clone when there is one.
  let packageName: string | undefined;
  for (let current = dir; packageName === undefined; current = dirname(current)) {
    packageName = await packageNameIn(current);
    if (current === clone?.root || dirname(current) === current) break;
  }
  const names = packageName ? packageNames(packageName) : [];
  if (clone) {
    const url = await remoteUrl(clone.gitDir);
    const remote = url ? repositoryNameOf(url) : undefined;
    names.push(...(remote ? [remote] : []), basename(clone.root));
  }
  return [...new Set(names.filter((name) => name.length > 1 && !isGenericFolder(name)))];
}

const clones = new Map<string, Promise<{ root: string; gitDir: string } | undefined>>();

/** The working tree that holds `dir` (the nearest folder up with a `.git`) and its git directory. Never throws. */
function enclosingClone(dir: string): Promise<{ root: string; gitDir: string } | undefined> {
  let clone = clones.get(dir);
  if (!clone) {
    clone = (async () => {
      for (let current = dir; ; current = dirname(current)) {
        const gitDir = await gitDirOf(current);
        if (gitDir) return { root: current, gitDir };
        if (dirname(current) === current) return undefined;
      }
    })().catch(() => undefined);
    clones.set(dir, clone);
  }
  return clone;
}

/** "@acme/widgets" → ["widgets", "acme"]. */
function packageNames(name: string): string[] {
  const scoped = /^@([^/]+)\/(.+)$/.exec(name);
  return scoped ? [scoped[2]!, scoped[1]!] : [name];
}

async function packageNameIn(dir: string): Promise<string | undefined> {
  const text = await readHint(join(dir, 'package.json'), dir);
  if (text === undefined) return undefined;
  try {
    const name = (JSON.parse(text) as { name?: unknown }).name;
    return typeof name === 'string' && name ? name : undefined;
  } catch {
    return undefined;
  }
}

/** The git directory of a working tree rooted at `dir`: `.git` itself, or where a `.git` file points (worktrees, submodules). */
async function gitDirOf(dir: string): Promise<string | undefined> {
  const dotGit = join(dir, '.git');
  const info = await stat(dotGit).catch(() => undefined);
  if (!info) return undefined;
  if (info.isDirectory()) return dotGit;
  const pointer = /^gitdir:\s*(.+)$/m.exec((await readHint(dotGit, dir)) ?? '')?.[1]?.trim();
  return pointer ? (isAbsolute(pointer) ? pointer : resolve(dir, pointer)) : undefined;
}

/** The `origin` remote's URL (or the first remote's), from the git config. */
async function remoteUrl(gitDir: string): Promise<string | undefined> {
  // A worktree's config is shared with the main repository, named in `commondir`.
  // A worktree's git directory lies outside its folder (that is what the pointer is for): bounded reads, no folder rule.
  const common = ((await readHint(join(gitDir, 'commondir'))) ?? '').trim();
  const configDir = common ? resolve(gitDir, common) : gitDir;
  const config = (await readHint(join(configDir, 'config'))) ?? '';
  const remotes = [...config.matchAll(/^\s*\[remote\s+"([^"]+)"\]([^[]*)/gm)].map((m) => ({
    name: m[1]!,
    url: /^\s*url\s*=\s*(.+)$/m.exec(m[2]!)?.[1]?.trim(),
  }));
  return (remotes.find((r) => r.name === 'origin') ?? remotes[0])?.url;
}

/** "https://github.com/acme/widgets.git", "git@github.com:acme/widgets" → "widgets". */
export function repositoryNameOf(url: string): string | undefined {
  const name = url
    .replace(/[/\\]+$/, '')
    .split(/[/:\\]/)
    .pop()
    ?.replace(/\.git$/, '');
  return name || undefined;
}

/** "https://github.com/acme/widgets.git", "git@github.com:acme/widgets" → "acme/widgets"; undefined elsewhere. */
export function gitHubRepositoryOf(url: string): string | undefined {
  const match =
    /^(?:(?:https?|ssh|git):\/\/(?:[^@/]+@)?|[^@/:]+@)github\.com[:/]([A-Za-z0-9][\w.-]*)\/([\w.-]+?)(?:\.git)?\/?$/i.exec(
      url.trim(),
    );
  return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The GitHub repository ("owner/name") whose clone holds the page, from its git remote; undefined for none. Never throws. */
export async function gitHubRepository(file: string): Promise<string | undefined> {
  const clone = await enclosingClone(dirname(resolve(file)));
  const url = clone ? await remoteUrl(clone.gitDir).catch(() => undefined) : undefined;
  return url ? gitHubRepositoryOf(url) : undefined;
}

/** What the page's repository tells the parser: its names, and where on GitHub it lives (see ParseOptions). */
export async function repositoryHints(file: string): Promise<{ repository: string[]; gitHubRepository?: string }> {
  const [repository, gitHub] = await Promise.all([repositoryNames(file), gitHubRepository(file)]);
  return gitHub ? { repository, gitHubRepository: gitHub } : { repository };
}
