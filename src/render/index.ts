/**
 * render: RoadmapEdition → Marp Markdown, through the Handlebars templates.
 * A pure function of the model, the templates and the options.
 */
import type { RoadmapEdition } from '../model/types.js';
import { buildView, type SlideInfo, type ViewOptions } from './view.js';
import type { TemplateSet } from './templates.js';

export interface RenderedDeck {
  /** Marp Markdown of the whole deck. */
  markdown: string;
  slides: SlideInfo[];
}

export type RenderOptions = Partial<ViewOptions>;

export function renderDeck(edition: RoadmapEdition, templates: TemplateSet, options: RenderOptions = {}): RenderedDeck {
  const { view, slides } = buildView(edition, { theme: 'roadmap-deck', size: '16:9', ...options });
  const markdown = `${templates.deck(view).trim()}\n`;
  return { markdown, slides };
}

export type { SlideInfo } from './view.js';
export { loadTemplates, type TemplateSet } from './templates.js';
