/**
 * The Handlebars registry: one isolated environment per template set, with
 * partials and helpers registered here, in a fixed order, and nowhere else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TemplateError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import type { ThemeName } from '../settings/defaults.js';

/** Slide kinds, each with one partial in `templates/partials/<kind>.hbs`. */
const PARTIALS = ['title', 'board', 'timeline', 'overview', 'changes', 'section', 'initiative', 'closing'] as const;

export const BUILTIN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

export interface TemplateSet {
  /** Renders the deck layout with a view. */
  deck: (view: object) => string;
  /** Marp theme CSS. */
  themeCss: string;
  /** Every file the set was read from, for cache keys and watching. */
  files: string[];
  /** Text of every file, for cache keys. */
  sources: string[];
}

/**
 * Loads templates: each file from `overrideDir` when it exists there,
 * otherwise the built-in one. Overrides work partial by partial, and the
 * theme's colour layer (`themes/<theme>.css`) file by file too.
 */
export function loadTemplates(overrideDir?: string, theme: ThemeName = 'default'): TemplateSet {
  const env = Handlebars.create();
  const files: string[] = [];
  const sources: string[] = [];
  const read = (relative: string) => {
    const custom = overrideDir ? join(overrideDir, relative) : undefined;
    const file = custom && existsSync(custom) ? custom : join(BUILTIN_TEMPLATES, relative);
    const text = readFileSync(file, 'utf8');
    files.push(file);
    sources.push(text);
    return { file, text };
  };
  const compile = ({ file, text }: { file: string; text: string }) => {
    try {
      // Precompile now so syntax errors surface here, with the file name.
      env.precompile(text, { noEscape: true, strict: false });
      return env.compile(text, { noEscape: true, preventIndent: true });
    } catch (error) {
      throw templateError(error, file, text);
    }
  };
  for (const name of PARTIALS) {
    const partial = read(`partials/${name}.hbs`);
    env.registerPartial(name, compile(partial));
  }
  const layout = read('deck.hbs');
  const deckTemplate = compile(layout);
  // One Marp theme: the shared layout, then the chosen theme's colour layer (same selectors, later wins).
  const base = read('theme.css');
  const layer = read(`themes/${theme}.css`);
  const deck = (view: object) => {
    try {
      return deckTemplate(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (error) {
      throw templateError(error, layout.file, layout.text);
    }
  };
  return { deck, themeCss: `${base.text}\n${layer.text}`, files, sources };
}

function templateError(error: unknown, file: string, source: string): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const line = Number(/on line (\d+)/.exec(message)?.[1] ?? (error as { lineNumber?: number }).lineNumber) || undefined;
  return new TemplateError(
    `template error: ${describeTemplateError(message, line ? source.split('\n')[line - 1] : undefined)}`,
    {
      file,
      ...(line ? { line } : {}),
    },
    { cause: error },
  );
}

/**
 * Handlebars' parse errors list every token it expected; a person needs
 * what was wrong and where: `unexpected "}" in "{{#if continued}"`.
 */
function describeTemplateError(message: string, lineText?: string): string {
  const parse = /^Parse error on line \d+:\n(.*)\n(-*)\^\n.*got '([A-Z_]+)'/s.exec(message);
  if (!parse) return message.split('\n')[0]!;
  const [, excerpt = '', dashes = '', got = ''] = parse;
  if (got === 'EOF') return 'the template ends inside a block (a missing {{/…}}?)';
  const what =
    got === 'INVALID'
      ? `unexpected "${excerpt.charAt(dashes.length) || excerpt.charAt(dashes.length - 1)}"`
      : `unexpected ${got.toLowerCase().replace(/_/g, ' ')}`;
  const near = lineText?.trim();
  return near ? `${what} in "${near.length > 60 ? `${near.slice(0, 57)}…` : near}"` : what;
}
