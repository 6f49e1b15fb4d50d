/**
 * marp: Marp Markdown → HTML + CSS with marp-core, configured for decks that
 * work offline and treat roadmap text as text.
 */
import { Marp } from '@marp-team/marp-core';
import { notesFromComment } from '../escape/index.js';
import { TemplateError } from '../errors.js';
import { MAX_NESTING } from '../parse/guard.js';

export interface MarpOutput {
  /** The slides: `<div class="marpit">` with one inline SVG per slide. */
  html: string;
  /** Each slide's inline SVG on its own (place inside a `div.marpit`). */
  slides: string[];
  css: string;
  /** Speaker notes per slide (Marp comments that are not directives). */
  notes: string[];
  slideCount: number;
}

/**
 * Raw HTML allowed in slides. Roadmap text can never produce raw HTML (the
 * escaping step turns `<` into `\<`), so this only lets the tool's own
 * templates lay out badges and blocks.
 */
const HTML_ALLOWLIST = {
  div: { class: true },
  span: { class: true },
  br: [],
};

export function createMarp(themeCss: string): Marp {
  const marp = new Marp({
    html: HTML_ALLOWLIST,
    // Native Unicode emoji: the default turns emoji into images loaded from a CDN.
    emoji: { shortcode: true, unicode: false },
    math: false,
    // Directives only come from our templates; strict YAML keeps notes from parsing as directives.
    looseYAML: false,
    // The deck brings its own viewer script; marp-core's browser helpers are not needed.
    script: false,
    inlineSVG: true,
    // Minifying costs more time than the few kilobytes it saves.
    minifyCSS: false,
    markdown: { breaks: false, linkify: true },
  });
  // markdown-it stops reading at 20 nested tokens (a list level is two: the list and its item), so
  // a list 10 levels deep inside a slide's blocks ended the deck there. Pages are refused past
  // MAX_NESTING levels before they get here, which keeps this bound far from the stack's limit.
  marp.markdown.set({ maxNesting: 4 * MAX_NESTING + 20 });
  try {
    marp.themeSet.add(themeCss);
  } catch (error) {
    throw new TemplateError(`theme CSS is not a valid Marp theme: ${(error as Error).message}`, {}, { cause: error });
  }
  return marp;
}

export function renderMarp(marp: Marp, markdown: string): MarpOutput {
  const { html: slides, css, comments } = marp.render(markdown, { htmlAsArray: true });
  return {
    html: `<div class="marpit">${slides.join('')}</div>`,
    slides,
    css,
    notes: comments.map((list) => list.map(notesFromComment).join('\n\n')),
    slideCount: comments.length,
  };
}
