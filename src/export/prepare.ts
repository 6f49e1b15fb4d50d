/**
 * The CPU half of an export: an edition rendered to Marp Markdown, Marp's
 * HTML and the deck page, before it meets the browser (so it can run while
 * the browser is still starting), with the fit found so far applied.
 */
import type { Marp } from '@marp-team/marp-core';
import { TemplateError } from '../errors.js';
import { wordsFor } from '../i18n/index.js';
import { renderMarp, type MarpOutput } from '../marp/index.js';
import type { RoadmapEdition } from '../model/types.js';
import { fitCss, type SlideFit } from '../render/fit-plan.js';
import { renderDeck, type RenderOptions, type TemplateSet } from '../render/index.js';
import { deckHtml } from './html/deck-html.js';
import { deckTitle } from './pdf/info.js';

/** A deck rendered to Markdown and HTML, before it meets the browser. */
export interface PreparedDeck {
  deck: ReturnType<typeof renderDeck>;
  marped: MarpOutput;
  html: string;
}

/** Renders an edition (CPU only): can run while the browser is still starting. */
export function prepareDeck(
  edition: RoadmapEdition,
  templates: TemplateSet,
  marp: Marp,
  options: { render: RenderOptions },
  fit: Record<number, SlideFit> = {},
  /** Slides already rendered before the fit was known: reused, with the fit given by CSS. */
  rendered?: MarpOutput,
): PreparedDeck {
  const deck = renderDeck(edition, templates, { ...options.render, fit });
  const marped = rendered ? { ...rendered, css: rendered.css + fitCss(fit) } : renderMarp(marp, deck.markdown);
  if (marped.slideCount !== deck.slides.length) {
    throw new TemplateError(
      `templates produced ${marped.slideCount} slides where ${deck.slides.length} were expected; a template must not add or remove slide separators`,
      { file: edition.source.file },
    );
  }
  const slides = deck.slides.map(({ kind, id, title }) => (id ? { kind, id, title } : { kind, title }));
  const html = deckHtml({
    title: deckTitle(edition),
    slidesHtml: marped.html,
    css: marped.css,
    notes: marped.notes,
    slides,
    words: wordsFor(options.render.lang),
    description: edition.description,
  });
  return { deck, marped, html };
}
