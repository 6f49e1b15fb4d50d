/**
 * Front matter: YAML between `---` lines, split from the body with gray-matter, parsed with the
 * \`yaml\` library (precise error positions); or TOML between `+++` lines, as Hugo sites write it,
 * parsed with smol-toml. Errors point at the line in the file, not in the block.
 *
 * Front matter is read on the main thread, before the parser's worker and its
 * deadline, so its cost is bounded here: at most MAX_FRONT_MATTER_BYTES, and
 * duplicate keys found with one set per mapping (the \`yaml\` library compares
 * every key with every other: 80,000 keys held a build for 325 s).
 */
import matter from 'gray-matter';
import { parse as parseToml, TomlError } from 'smol-toml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, YAMLParseError } from 'yaml';
import { FrontMatterError } from '../errors.js';

/** Front matter holds a few keys; a block larger than this is refused unread. */
export const MAX_FRONT_MATTER_BYTES = 64 * 1024;

/** A mapping's key seen twice, as the offset of the second one; undefined when every key is unique. */
function duplicateKey(doc: ReturnType<typeof parseDocument>): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return undefined;
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        // Compared as the library compares them: 1 and "1" are different keys.
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) {
          found = key.range?.[0] ?? 0;
          return visit.BREAK;
        }
        seen.add(id);
      }
      return undefined;
    },
  });
  return found;
}

/** The YAML engine gray-matter calls: errors as the library reports them, never a warning on the console. */
function parseYaml(text: string): object {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter });
  if (doc.errors.length) throw doc.errors[0];
  const duplicate = duplicateKey(doc);
  if (duplicate !== undefined) {
    const error = new YAMLParseError([duplicate, duplicate + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
    error.linePos = [lineCounter.linePos(duplicate)];
    throw error;
  }
  return doc.toJS() as object;
}

const ENGINES = { yaml: { parse: parseYaml, stringify: () => '' } };

export interface FrontMatter {
  /** Parsed keys; empty when the page has no front matter. */
  data: Record<string, unknown>;
  /** 1-based line of the closing delimiter, 0 when there is no front matter. */
  endLine: number;
  /** 1-based line of each top-level key, for diagnostics. */
  keyLines: Record<string, number>;
  /**
   * For a top-level key whose value is a list of mappings (a site's roadmap kept as data), the 1-based
   * line of each entry, from the YAML document. Absent where no key holds such a list, or in TOML.
   */
  itemLines?: Record<string, number[]>;
}

const OPEN = /^---[ \t]*$/;
/** A line that opens with a YAML key: "title:", "draft: true", "'key': x", "? complex". */
const YAML_KEY = /^\s*(?:"[^"]*"|'[^']*'|[^\s:#"'][^:#]*?)\s*:(?:\s|$)|^\s*\?\s/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/;
const TOML_FENCE = /^\+\+\+[ \t]*$/;

export function splitFrontMatter(file: string, text: string): { frontMatter: FrontMatter; body: string } {
  const lines = text.split('\n');
  // Blank lines before the opening fence, as some sites accept: front matter when it reads as one.
  const blank = lines.findIndex((line) => line.trim() !== '');
  // (Only a fence followed straight by a key: a rule at the top of a page is followed by a blank line.)
  if (blank > 0 && OPEN.test(lines[blank]!) && /^[A-Za-z_][\w-]*\s*:/.test(lines[blank + 1] ?? '')) {
    const rest = splitFrontMatterOrNone(file, lines.slice(blank).join('\n'));
    if (rest) {
      const keyLines = Object.fromEntries(Object.entries(rest.frontMatter.keyLines).map(([k, v]) => [k, v + blank]));
      const { itemLines } = rest.frontMatter;
      const shifted = itemLines
        ? { itemLines: Object.fromEntries(Object.entries(itemLines).map(([k, v]) => [k, v.map((n) => n + blank)])) }
        : {};
      return {
        frontMatter: { ...rest.frontMatter, endLine: rest.frontMatter.endLine + blank, keyLines, ...shifted },
        body: '\n'.repeat(blank) + rest.body,
      };
    }
  }
  const toml = TOML_FENCE.test(lines[0] ?? '');
  if (!toml && !OPEN.test(lines[0] ?? '')) {
    return metadataLines(lines) ?? { frontMatter: { data: {}, endLine: 0, keyLines: {} }, body: text };
  }
  const close = lines.findIndex((line, index) => index > 0 && (toml ? TOML_FENCE : CLOSE).test(line));
  if (close === -1) {
    throw new FrontMatterError(`front matter opened on line 1 is never closed (no closing "${toml ? '+++' : '---'}")`, {
      file,
      line: 1,
      column: 1,
    });
  }
  // A rule that opens the page, over text with no key in it ("---", a heading, a note, "---"), or over a
  // sentence first ("---", "This page lists…", "Last updated: …", "---"): the page's own text, not front
  // matter. (A block that opens with a key, or a slip of one such as "title Roadmap", is read or refused.)
  if (!toml && isTextBetweenRules(lines.slice(1, close))) {
    return { frontMatter: { data: {}, endLine: 0, keyLines: {} }, body: text };
  }
  const yaml = lines.slice(1, close).join('\n');
  const bytes = Buffer.byteLength(yaml);
  if (bytes > MAX_FRONT_MATTER_BYTES) {
    throw new FrontMatterError(
      `front matter (lines 1–${close + 1}) is ${Math.ceil(bytes / 1024)} KB; at most ${MAX_FRONT_MATTER_BYTES / 1024} KB is read (front matter holds a few keys, the roadmap goes below it)`,
      { file, line: 1, column: 1 },
    );
  }
  let data: unknown;
  if (toml) data = tomlData(file, yaml);
  else
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
    const key = (toml ? /^([A-Za-z0-9_-]+)\s*=/ : /^([A-Za-z0-9_-]+)\s*:/).exec(line)?.[1];
    if (key && !(key in keyLines)) keyLines[key] = index + 2;
  });
  // Blank lines keep every body line at its line number in the file.
  const body = '\n'.repeat(close + 1) + lines.slice(close + 1).join('\n');
  const itemLines = toml
    ? tomlEntryLines(lines.slice(1, close), data as Record<string, unknown>)
    : entryLines(yaml, data as Record<string, unknown>);
  return {
    frontMatter: {
      data: data as Record<string, unknown>,
      endLine: close + 1,
      keyLines,
      ...(itemLines ? { itemLines } : {}),
    },
    body,
  };
}

/**
 * Top-level keys under which a site keeps its roadmap as data ("roadmap:", "milestones:"): the whole key,
 * so that "nav_items", "featured" or "related_projects" are not work.
 */
export const WORK_LIST_KEY =
  /^(roadmaps?|roadmap[_-]?(items|entries)|milestones|phases|initiatives|epics|timeline|stages|upcoming|releases|versions|quarters)$/i;

/** Keys whose value is a list of mappings under a name that says it holds work. */
function workListKeys(data: Record<string, unknown>): string[] {
  return Object.keys(data).filter(
    (key) =>
      WORK_LIST_KEY.test(key) &&
      Array.isArray(data[key]) &&
      (data[key] as unknown[]).some((v) => v !== null && typeof v === 'object'),
  );
}

/** The line of each entry of every top-level list of work, read from the YAML document (the block starts on line 2). */
function entryLines(yaml: string, data: Record<string, unknown>): Record<string, number[]> | undefined {
  const keys = workListKeys(data);
  if (!keys.length) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { uniqueKeys: false, lineCounter });
  const lines: Record<string, number[]> = {};
  for (const key of keys) {
    const seq = doc.get(key, true);
    if (!isSeq(seq)) continue;
    lines[key] = seq.items.map((item) => {
      const start = (item as { range?: [number, number, number] } | null)?.range?.[0];
      return start === undefined ? 1 : lineCounter.linePos(start).line + 1;
    });
  }
  return lines;
}

/** The same for TOML: each entry of a list of work is a "[[key]]" table (the block starts on line 2). */
function tomlEntryLines(lines: string[], data: Record<string, unknown>): Record<string, number[]> | undefined {
  const found: Record<string, number[]> = {};
  for (const key of workListKeys(data)) {
    const header = new RegExp(`^\\s*\\[\\[\\s*${key}\\s*\\]\\]`);
    const at = lines.flatMap((line, index) => (header.test(line) ? [index + 2] : []));
    found[key] = at.length === (data[key] as unknown[]).length ? at : (data[key] as unknown[]).map(() => 2);
  }
  return Object.keys(found).length ? found : undefined;
}

/** Lines between two rules that are the page's text: no key at all, or a sentence before any key. */
function isTextBetweenRules(inside: string[]): boolean {
  const content = inside.filter((line) => line.trim() && !/^\s*#/.test(line));
  if (!inside.some((line) => line.trim())) return false;
  if (!content.some((line) => YAML_KEY.test(line))) return true;
  const first = content[0]!.trim();
  return !YAML_KEY.test(first) && (first.split(/\s+/).length >= 4 || /[.!?]$/.test(first));
}

/** Front matter at the start of `text`, or undefined where what follows the fence is no YAML mapping (a rule). */
function splitFrontMatterOrNone(file: string, text: string): { frontMatter: FrontMatter; body: string } | undefined {
  try {
    const split = splitFrontMatter(file, text);
    return Object.keys(split.frontMatter.data).length ? split : undefined;
  } catch {
    return undefined;
  }
}

const META_LINE = /^([A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*)$/;

/**
 * Metadata written as the first lines of the page, without fences, as Pelican and MultiMarkdown read it
 * ("Title: Roadmap", "Date: 2017-06-20", "Tags: …", then a blank line): keys and values, lowercased keys.
 * Only a block that names a title is one, so that a page opening with "Status: Draft" is still all text.
 */
function metadataLines(lines: string[]): { frontMatter: FrontMatter; body: string } | undefined {
  const end = lines.findIndex((line) => !line.trim());
  const block = lines.slice(0, end === -1 ? lines.length : end);
  const matches = block.map((line) => META_LINE.exec(line));
  if (block.length < 2 || !matches.every(Boolean)) return undefined;
  const data: Record<string, unknown> = {};
  const keyLines: Record<string, number> = {};
  matches.forEach((match, index) => {
    const key = match![1]!.toLowerCase();
    if (key in data) return;
    data[key] = match![2]!.trim();
    keyLines[key] = index + 1;
  });
  if (typeof data.title !== 'string' || !data.title) return undefined;
  const body = '\n'.repeat(block.length) + lines.slice(block.length).join('\n');
  return { frontMatter: { data, endLine: block.length, keyLines }, body };
}

/** TOML front matter as data; an error names the line in the file (the block starts on line 2). */
function tomlData(file: string, text: string): Record<string, unknown> {
  try {
    return { ...parseToml(text) };
  } catch (error) {
    const where = error instanceof TomlError ? { line: error.line + 1, column: error.column } : { line: 2, column: 1 };
    const reason = ((error as Error).message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/, '');
    throw new FrontMatterError(`invalid TOML in front matter: ${reason}`, { file, ...where }, { cause: error });
  }
}

/** A front-matter value as trimmed text, or undefined. Dates become YYYY-MM-DD. */
export function frontMatterString(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}
