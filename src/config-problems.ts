/**
 * A config's schema errors as sentences about its keys, each with the line
 * of the config file it is on. All of them are reported at once: fixing a
 * config one error per run is slow.
 */
import { basename } from 'node:path';
import type { ErrorObject } from 'ajv';
import type { ConfigProblem } from './errors.js';

/** The key a problem is about, as a path (`["brand", "accent"]`), and what is wrong with it. */
interface KeyProblem {
  path: string[];
  problem: string;
}

/** Ajv's list of allowed values, checked (its params are untyped). */
const allowed = (values: unknown): unknown[] => (Array.isArray(values) ? values : []);

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function describe(error: ErrorObject): KeyProblem {
  // Ajv's paths are JSON pointers: `/editions/2024-~1fall/date`.
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const key = path.join('.');
  const params = error.params;
  switch (error.keyword) {
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], problem: 'is not a known option' };
    case 'enum':
      return {
        path,
        problem: `must be one of ${allowed(params.allowedValues)
          .map((v) => JSON.stringify(v))
          .join(', ')}`,
      };
    case 'pattern':
      return {
        path,
        problem: key.endsWith('date')
          ? 'must be a date like 2024-05-01'
          : key.startsWith('brand')
            ? 'must be a colour like #1a7f37 or teal'
            : key.endsWith('url')
              ? 'must be an http(s) URL'
              : 'is not in the expected form',
      };
    case 'format':
      return { path, problem: 'must be an http(s) URL' };
    case 'type':
      return { path, problem: `must be ${params.type === 'array' ? 'a list' : `a ${String(params.type)}`}` };
    case 'minLength':
    case 'minItems':
      return { path, problem: 'must not be empty' };
    case 'exclusiveMinimum':
      return { path, problem: `must be greater than ${String(params.limit)}` };
    case 'minimum':
      return { path, problem: `must be at least ${String(params.limit)}` };
    default:
      return { path, problem: error.message ?? 'is not valid' };
  }
}

/** The sentence for a problem: `config key "brand.accent" must be …`. */
export function keyMessage(path: string[], problem: string): string {
  // A list item (`formats.1`) is shown as its list's key.
  const shown = path.filter((part, i) => !(/^\d+$/.test(part) && i > 0)).join('.');
  return shown ? `config key "${shown}" ${problem}` : `config ${problem}`;
}

/**
 * The line of `file` where the key at `path` is written, found by looking for
 * each part of the path in turn after the previous one (`"editions"`, then
 * `"2024-*"`, then `"date"`). Works for JSON and for the object literal of a
 * script config; a config in package.json is under its "roadmap-deck" key.
 */
export function lineOfKey(file: string | undefined, text: string | undefined, path: string[]): number | undefined {
  if (!file || text === undefined || !path.length) return undefined;
  const parts = [
    ...(basename(file) === 'package.json' ? ['roadmap-deck'] : []),
    ...path.filter((part) => !/^\d+$/.test(part)),
  ];
  let from = 0;
  let line: number | undefined;
  for (const part of parts) {
    const key = new RegExp(`(?<![\\w$-])(["']?)${escapeRegex(part)}\\1\\s*:`, 'g');
    key.lastIndex = from;
    const match = key.exec(text);
    if (!match) break;
    from = match.index + match[0].length;
    line = text.slice(0, match.index).split('\n').length;
  }
  return line;
}

/** Every schema error once per key, as a message with its line, in the order of the file. */
export function schemaProblems(
  errors: ErrorObject[],
  file: string | undefined,
  text: string | undefined,
): ConfigProblem[] {
  const seen = new Set<string>();
  const problems: ConfigProblem[] = [];
  for (const error of errors) {
    const { path, problem } = describe(error);
    // A URL that fails both its format and its pattern is one problem.
    const id = path.join('\u0000');
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push({ message: keyMessage(path, problem), line: lineOfKey(file, text, path) });
  }
  return problems;
}

/** Problems sorted by line (those without one last), as a reader goes through the file. */
export function byLine(problems: ConfigProblem[]): ConfigProblem[] {
  return [...problems].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
}
