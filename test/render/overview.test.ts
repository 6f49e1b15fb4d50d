/**
 * The overview slide: a short list reads down one column, a long one is split
 * in two; a page without sections is not said to have one.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';

const overviewOf = (markdown: string) => {
  const edition = parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition;
  const deck = renderDeck(edition, loadTemplates(), { size: '16:9', qr: false, overview: 'list' });
  return deck.markdown.split(/\n---\n/).find((slide) => slide.includes('_class: overview'))!;
};

describe('the overview', () => {
  it('lists a few initiatives of a page without sections in one column, counting no section', () => {
    const slide = overviewOf(
      '# Tool Roadmap\n\n## Faster startup\n\nLoad less.\n\n## Plugin API\n\nStable hooks.\n\n## Docs\n\nA new site.\n',
    );
    expect(slide).toContain('<div class="body columns one">');
    expect(slide).toMatch(/^3 initiatives$/m);
  });

  it('splits a long list in two columns', () => {
    const items = Array.from({ length: 12 }, (_, i) => `- **Item ${i + 1}:** something to do`).join('\n');
    const slide = overviewOf(`# Tool Roadmap\n\n## Now\n\n${items}\n`);
    expect(slide).toContain('<div class="body columns">');
    expect(slide).toMatch(/^12 initiatives in 1 section$/m);
  });
});
