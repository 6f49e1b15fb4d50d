/**
 * The deck's own words in each of the eight languages, rendered from the
 * Backstage seeds (English pages with a German, Japanese… deck, as a config
 * `lang` gives): the catalogue's words are on the slides, English ones not.
 */
import { describe, expect, it } from 'vitest';
import { changeMarks, changeSlide } from '../../src/editions/slides.js';
import { diffSeries } from '../../src/editions/diff.js';
import { CATALOGUES } from '../../src/i18n/catalogue/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { wordsFor } from '../../src/i18n/words.js';
import { readSource } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { BACKSTAGE_URL, SEED_2022, SEED_2024 } from '../helpers/paths.js';

const templates = loadTemplates();
const parse = async (file: string) =>
  parseRoadmap(await readSource(file), { baseUrl: BACKSTAGE_URL, project: 'Backstage' }).edition;

describe.each(LANGUAGES)('a deck in %s', (lang) => {
  it('has the catalogue’s words on its slides and in its notes, and no English ones', async () => {
    const [older, newer] = [await parse(SEED_2022), await parse(SEED_2024)];
    const diff = diffSeries([older, newer]).get(newer)!;
    const words = wordsFor(lang);
    // The newest edition without its closing part, so that the deck thanks the audience itself.
    const { markdown } = renderDeck({ ...newer, closing: undefined }, templates, {
      lang,
      changes: changeMarks(diff, words),
      extraSlides: [changeSlide(diff, words)],
      fit: { 5: { scale: 60, keep: 1 } },
    });
    const mine = CATALOGUES[lang];
    const expected = [
      `lang: "${lang}"`,
      `# ${mine.overview}`,
      `# ${words.text('changedSince', { label: 'July–September 2022' })}`,
      words.text('groupCount', { group: mine.groupRemoved, n: diff.removed.length }),
      `>${words.text('badgeContinued', { label: 'July–September 2022' })}<`,
      `>${mine.badgeNew}<`,
      `# ${mine.thankYou}`,
      `${mine.speakerNotes} — ${mine.overview}`,
      mine.continuedMarker,
      words.count('initiatives', 9),
    ];
    for (const text of expected) expect(markdown).toContain(text);
    if (lang === 'en') return;
    const english = CATALOGUES.en;
    for (const key of ['overview', 'thankYou', 'speakerNotes', 'continuedMarker', 'groupRemoved'] as const) {
      if (english[key] !== mine[key]) expect(markdown).not.toContain(english[key]);
    }
    expect(markdown).not.toContain('What changed since');
    // French counts "initiatives" too.
    if (lang !== 'fr') expect(markdown).not.toMatch(/\b\d+ initiatives\b/);
  });
});
