/**
 * The board and the timeline in real Chromium: built from both seeds, a
 * generated page of 60 initiatives in 8 sections, a page of one initiative
 * and a dated page. No board slide overflows (the fitting pass's own
 * measure, on the final HTML), none drops a card, cards link to their
 * slides in the HTML and in the PDF, card text stays readable, axe finds
 * nothing on board and timeline slides.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { measureSlides } from '../../src/export/fit.js';
import { allInitiatives } from '../../src/model/types.js';
import { describeFailures, measureContrast, openWithAxe, runAxe, showSlide } from '../helpers/axe.js';
import { SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';
import { readPdf } from '../helpers/pdf.js';

/** A page with `sections` sections of `per` initiatives each, every third title long. */
function generatedPage(sections: number, per: number): string {
  const parts = ['# Tool Roadmap', ''];
  for (let s = 1; s <= sections; s++) {
    parts.push(`## Area ${s}`, '');
    for (let i = 1; i <= per; i++) {
      const long = i % 3 === 0 ? ' with a much longer title that wraps over several lines' : '';
      parts.push(`### Initiative ${s}.${i}${long}`, '', 'Something to do.', '');
    }
  }
  return parts.join('\n');
}

const DATED = [
  '# Tool Roadmap',
  '',
  'Last updated: May 16, 2025',
  '',
  '## Q1 2025',
  '',
  '- **Faster startup:** load less.',
  '- **Plugin API:** stable hooks.',
  '',
  '## Q2 2025',
  '',
  '- **New docs site:** a new site.',
  '',
  '## Q4 2025',
  '',
  '- **Version 2:** the big one.',
  '',
].join('\n');

let outDir: string;
let result: BuildResult;
let session: BrowserSession;
const edition = (stem: string) => result.editions.find((e) => e.stem === stem)!;

beforeAll(async () => {
  outDir = await tempDir();
  const pages = await tempDir();
  const sixty = join(pages, 'sixty.md');
  // 60 initiatives: 8 sections of 7, and 4 more in the last.
  await writeFile(
    sixty,
    generatedPage(8, 7).replace(/$/, `\n${[1, 2, 3, 4].map((i) => `### Extra ${i}\n\nMore.\n`).join('\n')}`),
  );
  await writeFile(join(pages, 'one.md'), '# Tool Roadmap\n\n## Faster startup\n\nLoad less.\n');
  await writeFile(join(pages, 'dated.md'), DATED);
  // 8 sections, one card with a title far too long for a column an eighth of the slide wide.
  await writeFile(
    join(pages, 'long.md'),
    generatedPage(8, 1).replace(
      '### Initiative 4.1',
      `### Initiative 4.1 ${'and a great many words more '.repeat(12)}`,
    ),
  );
  session = await launchBrowser();
  result = await build({
    files: [SEED_2024, SEED_2022, sixty, join(pages, 'one.md'), join(pages, 'dated.md'), join(pages, 'long.md')],
    outDir,
    formats: ['html', 'pdf'],
    browser: session,
  });
}, 300_000);

afterAll(async () => {
  await session?.close();
});

/** The board slides of a built deck, with each card's link target and title, read from the HTML in Chromium. */
async function boardCards(stem: string) {
  const page = await session.browser.newPage();
  await page.goto(pathToFileURL(join(outDir, stem, 'index.html')).href, { waitUntil: 'load' });
  const cards = await page.$$eval('section.board', (sections) =>
    sections.map((section) => ({
      slide: Number(section.id),
      cards: Array.from(section.querySelectorAll('.board-columns li li > a')).map((a) => {
        const target = document.getElementById((a.getAttribute('href') ?? '').slice(1));
        return {
          title: a.textContent,
          href: a.getAttribute('href'),
          targetHeading: target?.querySelector('h2')?.textContent,
        };
      }),
      columns: Array.from(section.querySelectorAll('.board-columns > ul > li')).map((c) => ({
        heading: c.querySelector(':scope > .column-heading')?.textContent,
        list: c.querySelector(':scope > ul') !== null,
      })),
      cardFont: Math.min(
        ...Array.from(section.querySelectorAll('.board-columns li li')).map((li) =>
          parseFloat(getComputedStyle(li).fontSize),
        ),
      ),
    })),
  );
  await page.close();
  return cards;
}

describe('the board', () => {
  it('is built for every page, right after the title, with no slide left overflowing', () => {
    expect(result.failures).toEqual([]);
    for (const r of result.editions) {
      const slides = r.exported!.slides;
      expect({ stem: r.stem, second: slides[1]!.kind }).toEqual({ stem: r.stem, second: 'board' });
      expect({
        stem: r.stem,
        overflowing: r.exported!.measures.filter((m) => m.overflows).map((m) => m.slide),
      }).toEqual({
        stem: r.stem,
        overflowing: [],
      });
      expect(r.exported!.warnings.filter((w) => w.rule === 'slide-overflow')).toEqual([]);
    }
  });

  it('shows every initiative once, each card linking to its own slide (HTML)', async () => {
    for (const r of result.editions) {
      const boards = await boardCards(r.stem);
      const cards = boards.flatMap((b) => b.cards);
      const initiatives = allInitiatives(r.edition);
      expect(cards.length).toBe(initiatives.length);
      for (const initiative of initiatives) {
        const slide = r.exported!.slides.find((s) => s.id === initiative.id)!;
        const card = cards.find((c) => c.href === `#${slide.number}`);
        expect({ title: initiative.title, card: card?.title, heading: card?.targetHeading }).toEqual({
          title: initiative.title,
          card: initiative.title,
          heading: initiative.title,
        });
      }
      // The board is a list of columns, each a heading over the list of its cards.
      for (const b of boards) for (const c of b.columns) expect(c.list && Boolean(c.heading)).toBe(true);
    }
  });

  it('links each card to its slide in the PDF too', async () => {
    for (const r of result.editions) {
      const pdf = await readPdf(join(outDir, r.stem, `${r.stem}.pdf`));
      const boards = r.exported!.slides.filter((s) => s.kind === 'board');
      // A title that wraps is one link annotation per line: the set of targets is what counts.
      const targets = [...new Set(boards.flatMap((b) => pdf.pages[b.number - 1]!.internalTargets))].sort(
        (a, b) => a - b,
      );
      const expected = allInitiatives(r.edition)
        .map((i) => r.exported!.slides.find((s) => s.id === i.id)!.number)
        .sort((a, b) => a - b);
      expect({ stem: r.stem, targets }).toEqual({ stem: r.stem, targets: expected });
    }
  });

  it('goes on over more board slides for 60 initiatives in 8 sections, card text 16 px or more, nothing clipped', async () => {
    const r = edition('sixty');
    expect(allInitiatives(r.edition)).toHaveLength(60);
    const boards = await boardCards('sixty');
    expect(boards.length).toBeGreaterThan(1);
    expect(Math.max(...boards.map((b) => b.columns.length))).toBeLessThanOrEqual(8);
    for (const b of boards) expect(b.cardFont).toBeGreaterThanOrEqual(16);
    // The final HTML, measured again as the fitting pass measures.
    const page = await session.browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.emulateMediaType('print');
    await page.goto(pathToFileURL(join(outDir, 'sixty', 'index.html')).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const measures = await measureSlides(page);
    await page.close();
    const boardNumbers = boards.map((b) => b.slide);
    expect(measures.filter((m) => boardNumbers.includes(m.slide) && m.overflows)).toEqual([]);
  });

  it('gives a card too tall for an eighth of the slide fewer, wider columns instead of clipping it', async () => {
    const boards = await boardCards('long');
    expect(Math.max(...boards.map((b) => b.columns.length))).toBeLessThan(8);
    expect(boards.flatMap((b) => b.cards)).toHaveLength(8);
  });

  it('shows one card for a page of one initiative', async () => {
    const boards = await boardCards('one');
    expect(boards).toHaveLength(1);
    expect(boards[0]!.cards.map((c) => [c.title, c.targetHeading])).toEqual([['Faster startup', 'Faster startup']]);
  });

  it('lists every card per column in the speaker notes', async () => {
    const html = await readFile(join(outDir, 'backstage-2022-q3', 'index.html'), 'utf8');
    expect(html).toContain("What's next: Backend Services (MVP) (Planned)");
  });
});

describe('the timeline', () => {
  it('is there for a dated page, in time order, with today marked; not for the seeds', async () => {
    const dated = edition('dated');
    expect(dated.exported!.slides.map((s) => s.kind).slice(0, 3)).toEqual(['title', 'board', 'timeline']);
    for (const stem of ['backstage-2024-fall', 'backstage-2022-q3', 'sixty', 'one'])
      expect(edition(stem).exported!.slides.some((s) => s.kind === 'timeline')).toBe(false);
    const page = await session.browser.newPage();
    await page.goto(pathToFileURL(join(outDir, 'dated', 'index.html')).href, { waitUntil: 'load' });
    const periods = await page.$$eval('section.timeline .timeline-axis > ol > li', (list) =>
      list.map((p) => ({
        label: p.querySelector(':scope > .period-label')?.textContent,
        today: p.querySelector(':scope > .today')?.textContent ?? null,
        items: Array.from(p.querySelectorAll('li')).map((li) => li.textContent),
      })),
    );
    await page.close();
    expect(periods).toEqual([
      { label: 'Q1 2025', today: null, items: ['Faster startup', 'Plugin API'] },
      { label: 'Q2 2025', today: 'Today', items: ['New docs site'] },
      { label: 'Q4 2025', today: null, items: ['Version 2'] },
    ]);
  });
});

describe('accessibility', () => {
  it('finds nothing with axe on board and timeline slides, and every text reaches AA', async () => {
    for (const stem of ['backstage-2024-fall', 'backstage-2022-q3', 'sixty', 'dated']) {
      const page = await openWithAxe(session, join(outDir, stem, 'index.html'));
      const slides = edition(stem).exported!.slides.filter((s) => s.kind === 'board' || s.kind === 'timeline');
      for (const slide of slides) {
        const selector = await showSlide(page, slide.number);
        const report = await runAxe(page, selector);
        // And our own measure of every piece of text against what is drawn behind it.
        const failing = (await measureContrast(page, selector)).filter((t) => t.ratio < t.required);
        expect(describeFailures(failing), `${stem} slide ${slide.number}`).toBe('');
        expect({ stem, slide: slide.number, violations: report.violations }).toEqual({
          stem,
          slide: slide.number,
          violations: [],
        });
      }
      await page.close();
    }
  });
});
