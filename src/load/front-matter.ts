/**
 * YAML front matter: split from the body with gray-matter, parsed with the
 * \`yaml\` library (precise error positions), with errors that point at the
 * line in the file, not in the YAML block.
 */
import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { FrontMatterError } from '../errors.js';

const ENGINES = { yaml: { parse: (text: string) => parseYaml(text) as object, stringify: () => '' } };

export interface FrontMatter {
  /** Parsed keys; empty when the page has no front matter. */
  data: Record<string, unknown>;
  /** 1-based line of the closing delimiter, 0 when there is no front matter. */
  endLine: number;
  /** 1-based line of each top-level key, for diagnostics. */
  keyLines: Record<string, number>;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;

export function splitFrontMatter(file: string, text: string): { frontMatter: FrontMatter; body: string } {
  const lines = text.split('\n');
  if (!OPEN.test(lines[0] ?? '')) {
    return { frontMatter: { data: {}, endLine: 0, keyLines: {} }, body: text };
  }
  const close = lines.findIndex((line, index) => index > 0 && CLOSE.test(line));
  if (close === -1) {
    throw new FrontMatterError('front matter opened on line 1 is never closed (no closing "---")', { file, line: 1, column: 1 });
  }
  const yaml = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    // gray-matter's cache is keyed by the text and would hand back a shared object: turn it off.
    data = matter(`---\n${yaml}\n---\n`, { engines: ENGINES, language: 'yaml' }).data;
  } catch (error) {
    const position = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const reason = ((error as Error).message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new FrontMatterError(
      `invalid YAML in front matter: ${reason}`,
      // gray-matter hands the engine the block with its leading newline: engine line N is file line N.
      { file, line: position?.line ?? 2, column: position?.col ?? 1 },
      { cause: error },
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter must be a YAML mapping of keys to values', { file, line: 2, column: 1 });
  }
  const keyLines: Record<string, number> = {};
  lines.slice(1, close).forEach((line, index) => {
    const key = /^([A-Za-z0-9_-]+)\s*:/.exec(line)?.[1];
    if (key && !(key in keyLines)) keyLines[key] = index + 2;
  });
  // Blank lines keep every body line at its line number in the file.
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  return { frontMatter: { data: data as Record<string, unknown>, endLine: close + 1, keyLines }, body };
}

/** A front-matter value as trimmed text, or undefined. Dates become YYYY-MM-DD. */
export function frontMatterString(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}
