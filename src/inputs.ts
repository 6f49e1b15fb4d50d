/**
 * Input files: plain paths are kept as given (a missing one is reported by
 * the build, per file); simple globs such as `roadmaps/*.md` are expanded.
 */
import { readdir } from 'node:fs/promises';
import { dirname, basename, extname, join, relative, resolve, isAbsolute } from 'node:path';

const toRegex = (pattern: string) =>
  new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);

export async function expandInputs(patterns: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (!pattern.includes('*')) {
      out.push(pattern);
      continue;
    }
    const dir = dirname(pattern);
    if (dir.includes('*')) throw new Error(`unsupported pattern "${pattern}": only the file name may contain *`);
    const absolute = isAbsolute(dir) ? dir : resolve(cwd, dir);
    let names: string[] = [];
    try {
      names = await readdir(absolute);
    } catch {
      names = [];
    }
    const regex = toRegex(basename(pattern));
    for (const name of names.filter((n) => regex.test(n)).sort()) {
      const full = join(absolute, name);
      out.push(isAbsolute(pattern) ? full : relative(process.cwd(), full) || full);
    }
  }
  return [...new Set(out)];
}

/** A roadmap file's name without its extension: `roadmaps/2024-fall.md` → `2024-fall`. */
export function stemOf(file: string): string {
  const name = basename(file);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}
