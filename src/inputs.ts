/**
 * Input files: plain paths are kept as given (a missing one is reported by
 * the build, per file); simple globs such as `roadmaps/*.md` are expanded.
 * A glob only picks up what is in its folder: a symbolic link that points
 * out of the folder (a page committed as `x.md -> /etc/…`) is refused unless
 * it is named on its own, and a dotfile (`.hidden.md`) only when the pattern
 * itself starts with a dot, as in a shell. Author-notes files (`x.notes.md`,
 * beside the page `x.md`) are never editions: a glob passes over them, and
 * one named on its own is refused.
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import { dirname, basename, extname, join, relative, resolve, isAbsolute } from 'node:path';
import { UsageError } from './errors.js';

const toRegex = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')}$`,
  );

/** Author notes for the page beside them (`roadmaps/x.notes.md` for `roadmaps/x.md`). */
export const NOTES_SUFFIX = '.notes.md';

/** True for an author-notes file: never built, linted or compared as an edition. */
export function isNotesFile(file: string): boolean {
  return basename(file).toLowerCase().endsWith(NOTES_SUFFIX);
}

/** Called for each file a glob matched but that may not be read. */
type RefusedInput = (file: string, reason: string) => void;

/** `onUnmatched` is told each glob that matched no file at all. */
export async function expandInputs(
  patterns: string[],
  cwd: string,
  onRefused?: RefusedInput,
  onUnmatched?: (pattern: string) => void,
): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (!pattern.includes('*')) {
      if (isNotesFile(pattern))
        onRefused?.(
          pattern,
          `is the author notes of ${basename(pattern).slice(0, -NOTES_SUFFIX.length)}.md, not an edition; build that page to use them`,
        );
      else out.push(pattern);
      continue;
    }
    const dir = dirname(pattern);
    if (dir.includes('*')) throw new UsageError(`unsupported pattern "${pattern}": only the file name may contain *`);
    const absolute = isAbsolute(dir) ? dir : resolve(cwd, dir);
    let names: string[] = [];
    try {
      names = await readdir(absolute);
    } catch {
      names = [];
    }
    const regex = toRegex(basename(pattern));
    const dotted = basename(pattern).startsWith('.');
    const matched = names.filter((n) => regex.test(n) && (dotted || !n.startsWith('.')) && !isNotesFile(n)).sort();
    if (!matched.length) onUnmatched?.(pattern);
    for (const name of matched) {
      const full = join(absolute, name);
      const shown = isAbsolute(pattern) ? full : relative(process.cwd(), full) || full;
      if (await leavesFolder(full, absolute))
        onRefused?.(shown, `is a symbolic link to a file outside ${dir}; name it on its own to build it`);
      else out.push(shown);
    }
  }
  return [...new Set(out)];
}

/**
 * A roadmap file's name without its extension, made safe to name an output
 * folder: `roadmaps/2024-fall.md` → `2024-fall`. No control characters, no
 * path separators, no leading dots (`...md` must not write to `..`, nor a
 * page hide its deck in a dot-folder); a name with nothing left is `edition`.
 */
export function stemOf(file: string): string {
  const name = basename(file);
  const ext = extname(name);
  const raw = ext ? name.slice(0, -ext.length) : name;
  const safe = raw
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[/\\]/g, '-')
    .replace(/^[.\s]+/, '')
    .trim();
  return safe || 'edition';
}

/** Names at the top of the output folder that the build writes itself (compared as `clashKey` makes them). */
const RESERVED_STEMS = new Set(['index.html']);

/** Output folder names that are one folder on some file system: case and Unicode normal form aside. */
const clashKey = (stem: string) => stem.normalize('NFC').toLowerCase();

/**
 * The files whose decks get an output folder of their own. Pages whose names
 * clean to one folder (`ok.md`, `ok .md`, `ok\u3000.md`, `o\u0001k.md`,
 * `docs/ok.md`) are each refused, naming the others, so that no page
 * silently replaces another's deck (whichever sorts last would win); so is a
 * page that would build into a name the output folder keeps (`index.html.md`).
 * The same file named twice is built once.
 */
export function withOwnOutputFolders(files: string[], onRefused: RefusedInput): string[] {
  const seen = new Set<string>();
  const unique = files.filter((file) => !seen.has(resolve(file)) && Boolean(seen.add(resolve(file))));
  const byKey = new Map<string, string[]>();
  for (const file of unique) {
    const key = clashKey(stemOf(file));
    byKey.set(key, [...(byKey.get(key) ?? []), file]);
  }
  return unique.filter((file) => {
    const stem = stemOf(file);
    if (RESERVED_STEMS.has(clashKey(stem))) {
      onRefused(file, `would build into "${stem}", a name the output folder keeps for itself; rename the page`);
      return false;
    }
    const others = byKey.get(clashKey(stem))!.filter((other) => other !== file);
    if (!others.length) return true;
    onRefused(
      file,
      `would build into the same output folder "${stem}" as ${others.map((other) => JSON.stringify(other)).join(', ')}; rename one of them`,
    );
    return false;
  });
}

/** Whether `file` is a symbolic link whose target lies outside `folder`. */
export async function leavesFolder(file: string, folder: string): Promise<boolean> {
  try {
    if (!(await lstat(file)).isSymbolicLink()) return false;
    const rel = relative(await realpath(folder), await realpath(file));
    return rel.startsWith('..') || isAbsolute(rel);
  } catch {
    // A dangling link: reading it fails later with "no such file".
    return false;
  }
}
