/**
 * Terminal output: plain lines (for CI and pipes) or colour on a TTY.
 * Diagnostics follow the `file:line:col  severity  message  (rule)` form of
 * compilers and linters. Every line passes through `terminalLine`: page text
 * in it can neither act on the terminal nor pass for a CI command.
 */
import { RoadmapError } from '../errors.js';
import { printable, terminalText } from '../escape/terminal.js';
import type { Diagnostic } from '../model/types.js';

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  color: boolean;
  quiet: boolean;
  verbose: boolean;
}

export function createOutput(options: { quiet?: boolean; verbose?: boolean; color?: boolean } = {}): Output {
  const color =
    options.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb');
  return {
    out: (line) => process.stdout.write(`${terminalText(line, { color })}\n`),
    err: (line) => process.stderr.write(`${terminalText(line, { color })}\n`),
    color,
    quiet: options.quiet ?? false,
    verbose: options.verbose ?? false,
  };
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, gray: 90, bold: 1 } as const;
export function paint(output: Output, color: keyof typeof CODES, text: string): string {
  return output.color ? `\u001b[${CODES[color]}m${text}\u001b[0m` : text;
}

export function formatDiagnostic(output: Output, d: Diagnostic): string {
  const severity =
    d.severity === 'error'
      ? paint(output, 'red', 'error')
      : d.severity === 'warning'
        ? paint(output, 'yellow', 'warning')
        : paint(output, 'blue', 'info');
  // File names and messages quote the page: each stays on its line, its characters inert.
  return `${printable(d.file)}:${d.line}:${d.column}  ${severity}  ${printable(d.message)}  ${paint(output, 'gray', `(${printable(d.rule)})`)}`;
}

/** Causes shown at most: a chain longer than this is a loop in all but name. */
const MAX_CAUSES = 8;

/**
 * The chain of `cause`s below an error, for --verbose: one cause a line, each indented one step
 * deeper than the error it caused (a cause's own further lines keep its indent).
 */
export function causeLines(error: unknown): string[] {
  const lines: string[] = [];
  const seen = new Set<unknown>([error]);
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 1; cause !== undefined && !seen.has(cause) && depth <= MAX_CAUSES; depth++) {
    seen.add(cause);
    const indent = '  '.repeat(depth);
    const text =
      cause instanceof RoadmapError
        ? `${cause.name}: ${cause.format()}`
        : cause instanceof Error
          ? `${cause.name}: ${cause.message}`
          : String(cause);
    const [first = '', ...rest] = text.split('\n');
    lines.push(`${indent}caused by ${first}`, ...rest.map((line) => `${indent}  ${line}`));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return lines;
}
