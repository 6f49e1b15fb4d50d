/** The closing slide: the page's own closing part, or the deck's thanks over its name. */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { SEED_2024 } from '../helpers/paths.js';

const templates = loadTemplates();
const lastSlide = (markdown: string) => markdown.slice(markdown.lastIndexOf('<!-- _class: closing'));

describe('the closing slide', () => {
  it('thanks the audience over the deck’s name and label, centred and without a footer, when the page has no closing part', async () => {
    const edition = parseRoadmap(await readSource(SEED_2024), { project: 'Backstage' }).edition;
    const slide = lastSlide(renderDeck({ ...edition, closing: undefined }, templates, { lang: 'en' }).markdown);
    expect(slide).toMatch(/^<!-- _class: closing plain[ -]/);
    expect(slide).toContain('<!-- _footer: "" -->');
    expect(slide).toContain('# Thank you');
    expect(slide).toContain(`<div class="deck">\n\nBackstage Roadmap · ${edition.label}\n\n</div>`);
  });

  it('is the page’s own closing part when it has one, with the footer', async () => {
    const edition = parseRoadmap(await readSource(SEED_2024), { project: 'Backstage' }).edition;
    const closing = {
      title: 'How to contribute',
      body: [{ type: 'paragraph', children: [{ type: 'text', value: 'Open an issue.' }] }],
      links: [],
      position: { line: 40 },
    } as unknown as NonNullable<typeof edition.closing>;
    const slide = lastSlide(renderDeck({ ...edition, closing }, templates, { lang: 'en' }).markdown);
    expect(slide).not.toContain('plain');
    expect(slide).not.toContain('_footer');
    expect(slide).toContain('# How to contribute');
    expect(slide).toContain('Open an issue.');
  });
});
