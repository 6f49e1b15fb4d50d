/** Small pure rules found on the hundred-and-forty-third and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { findPeriod } from '../../src/parse/period.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);
const blocks = (markdown: string) => parseMarkdown(markdown).children;

describe('halves and quarters written year first, alone or as a run', () => {
  it.each([
    ['Roadmap 2024-H2/2025-H1', '2024 H2 – 2025 H1'],
    ['2024 H2 - 2025 H1', '2024 H2 – 2025 H1'],
    ['2022 Q3 - 2023 Q1', 'Q3 2022 – Q1 2023'],
    ['2024-Q1/2024-Q2', 'Q1–Q2 2024'],
    ['2024-H2', '2024 H2'],
    ['H1-2025', '2025 H1'],
    ['2025/H1', '2025 H1'],
    // As before.
    ['H2 2025 to H1 2026', '2025 H2 – 2026 H1'],
    ['Q1-Q2 2026', 'Q1–Q2 2026'],
    ['2023 Q1', 'Q1 2023'],
    ['as of 11/2024', 'November 2024'],
    // The number of a half or a quarter before a year is no month in figures.
    ['H2/2025', '2025 H2'],
    ['Q2/2025', 'Q2 2025'],
    ['Build 2.11/2024', undefined],
  ])('"%s" → %s', (text, label) => {
    expect(findPeriod(text)?.label).toBe(label);
  });
});

describe('an intro that names the next release and when it is expected labels the edition', () => {
  const label = (intro: string) => edition(`# Roadmap\n\n${intro}\n\n* Alpha thing\n* Beta thing\n`).label;
  it.each([
    ['Planned features for the next release (v0.9, expected June 2023) include the following:', 'v0.9 (June 2023)'],
    ['We are working on v2.0 - due in Q3 2024. It brings:', 'v2.0 (Q3 2024)'],
    ['This roadmap covers v1.4 (July 2020).', 'v1.4 (July 2020)'],
    // The date must follow the word that expects it.
    ['Since v2.0, expected behaviour in June 2023 changed.', 'page'],
    ['Planned features for v0.9, expected soon.', 'page'],
  ])('%s → %s', (intro, expected) => {
    expect(label(intro)).toBe(expected);
  });
});

describe('a time of the plan set off before its theme is the plan for then, not an introduction', () => {
  it.each([
    ['Long term — vision', '- A fully exportable library\n- The fastest augmentation stack', undefined],
    ['2026: Vision', '- Plugin marketplace\n- Hosted builds', undefined],
    ['Next - mission', '- Plugin marketplace\n- Hosted builds', undefined],
    // Alone, or with the time after it, the word still introduces the page.
    ['Vision', '- A fully exportable library\n- The fastest augmentation stack', 'about'],
    ['Vision — long term', 'Where we want to be in five years.', 'about'],
    ['Mission', 'Make builds fast.', 'about'],
  ])('"%s" is %s', (title, text, kind) => {
    expect(metaOf(title, blocks(text), false)?.kind).toBe(kind);
  });

  it('its items are work', () => {
    const page =
      '# Roadmap\n\n## Short term\n\n- **Stabilize CI.** Fix the flaky jobs.\n- **Docs modernization** with a new site\n\n## Long term — vision\n\n- **A fully compilable library.** Every operator compiles.\n- **The fastest augmentation stack**, with a benchmark.\n';
    expect(titles(page)).toEqual([
      'Stabilize CI',
      'Docs modernization',
      'A fully compilable library',
      'The fastest augmentation stack',
    ]);
  });
});
