/** The generated Marp Markdown of both editions, as a reviewed snapshot. */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { BACKSTAGE_URL, SEED_2022, SEED_2024 } from '../helpers/paths.js';

describe('Marp Markdown', () => {
  const templates = loadTemplates();
  for (const [name, file] of [
    ['2024 Fall', SEED_2024],
    ['July–September 2022', SEED_2022],
  ] as const) {
    it(`is stable for the ${name} edition`, async () => {
      const { edition } = parseRoadmap(await readSource(file), { baseUrl: BACKSTAGE_URL, project: 'Backstage' });
      const { markdown, slides } = renderDeck(edition, templates);
      await expect(markdown).toMatchFileSnapshot(`__snapshots__/${edition.source.stem}.md`);
      // One slide separator less than slides; roadmap text never adds one.
      expect(markdown.split(/\n---\n/).length - 1).toBe(slides.length);
    });
  }
});
