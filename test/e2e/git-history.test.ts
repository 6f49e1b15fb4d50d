/**
 * `build --git`: a deck per edition of a page's history in a temporary
 * repository (both seed editions, typo fixes, a rename, a page relabelled
 * twice), read back from the real PDFs; then a rebuild after new commits
 * renders only what they changed.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { buildFromGit } from '../../src/git/build-series.js';
import { relabel, seed, seedHistory, type SeedRepo } from '../helpers/git-repo.js';
import { openWithAxe, runAxe } from '../helpers/axe.js';
import { readPdf, squash } from '../helpers/pdf.js';

let session: BrowserSession;
let repo: SeedRepo;
const out = () => join(repo.dir, 'out');
const run = (historySlide = false) =>
  buildFromGit(
    { path: 'docs/overview/roadmap.md', historySlide },
    { cwd: repo.dir, outDir: out(), formats: ['html', 'pdf'], browser: session, preview: false },
  );

beforeAll(async () => {
  repo = seedHistory();
  session = await launchBrowser();
});
afterAll(async () => {
  await session?.close();
  await rm(repo.dir, { recursive: true, force: true });
});

describe('decks from git history', () => {
  it('builds one deck per edition, each naming its commit, with what changed and what was delivered or dropped', async () => {
    const result = await run();
    expect(result.failures).toEqual([]);
    const stems = result.editions.map((e) => e.stem);
    expect(stems).toEqual([
      'backstage-july-september-2022',
      'backstage-2024-fall',
      'backstage-2025-spring',
      'backstage-2025-fall',
    ]);
    const { commits } = repo;
    const expected: Record<string, [string, string]> = {
      'backstage-july-september-2022': [
        commits['rename docs/roadmap.md to docs/overview/roadmap.md']!,
        'September 1, 2022',
      ],
      'backstage-2024-fall': [commits['fall-typo']!, 'June 1, 2024'],
      'backstage-2025-spring': [commits.spring!, 'March 3, 2025'],
      'backstage-2025-fall': [commits.fall25!, 'September 9, 2025'],
    };
    // Warnings name the page as the repository has it, never the copy the build read.
    const warnings = result.editions.flatMap((e) => e.warnings);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w.file).toMatch(/^docs\/overview\/roadmap\.md@[0-9a-f]{7}$/);
    const changes: Record<string, string> = {};
    for (const stem of stems) {
      const pdf = await readPdf(join(out(), stem, `${stem}.pdf`));
      const [commit, date] = expected[stem]!;
      expect(squash(pdf.pages[0]!.text)).toContain(
        squash(`from docs/overview/roadmap.md at ${commit.slice(0, 7)}, ${date}`),
      );
      const manifest = JSON.parse(await readFile(join(out(), stem, 'deck.json'), 'utf8'));
      expect(manifest.origin).toEqual({ path: 'docs/overview/roadmap.md', commit, date: expect.any(String) });
      changes[stem] = pdf.pages.find((p) => p.text.includes('What changed since'))?.text ?? '';
    }
    // The first edition has nothing before it.
    expect(changes['backstage-july-september-2022']).toBe('');
    expect(changes['backstage-2024-fall']).toMatch(/What changed since July.September 2022/);
    // Nothing the 2022 page listed was marked done: all of it is dropped, none delivered.
    expect(changes['backstage-2024-fall']).toMatch(/Dropped \(\d+\)/);
    expect(changes['backstage-2024-fall']).not.toContain('Delivered');
    expect(changes['backstage-2025-spring']).toContain('No longer listed (0)');
    // 2025 Spring marked Backend System 1.0 done; 2025 Fall no longer lists it: delivered.
    expect(squash(changes['backstage-2025-fall']!)).toContain(
      squash('No longer listed (1) Delivered (1) Backend System 1.0'),
    );
    expect(changes['backstage-2025-fall']).not.toContain('Dropped');
    const index = await readFile(join(out(), 'index.html'), 'utf8');
    for (const stem of stems) expect(index).toContain(`${stem}/`);
  });

  it('puts the roadmap over time on the index page: a row per initiative, delivered and dropped marked, axe-clean', async () => {
    const page = await openWithAxe(session, join(out(), 'index.html'));
    const table = await page.$$eval('.timeline table tr', (rows) =>
      rows.map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')),
    );
    expect(table[0]).toEqual([
      'Initiative',
      'July–September 20222022-09-01',
      '2024 Fall2024-06-01',
      '2025 Spring2025-03-03',
      '2025 Fall2025-09-09',
    ]);
    const backend = table.find((r) => r[0] === 'Backend System 1.0');
    expect(backend?.slice(1)).toEqual(['', expect.any(String), 'Done', '✓ Delivered']);
    // Something the 2022 page listed and 2024 Fall did not: dropped.
    expect(table.some((r) => r[2] === '✗ Dropped')).toBe(true);
    const report = await runAxe(page);
    expect(report.violations).toEqual([]);
    await page.close();
  });

  it('after new commits renders only the edition they changed, or the new one', async () => {
    const fall = seed('backstage-2024-fall');
    // A typo fix inside the newest edition: that deck only.
    repo.commit(
      'fall25-typo',
      relabel(fall, '2025 Fall', 'Backend System 1.0').replace('rapid', 'rapid,'),
      '2025-09-20',
      'docs/overview/roadmap.md',
    );
    const typo = await run();
    expect(typo.editions.filter((e) => !e.skipped).map((e) => e.stem)).toEqual(['backstage-2025-fall']);
    expect(typo.editions.filter((e) => e.skipped)).toHaveLength(3);
    // A new edition: its deck only; the others, their what-changed slides included, stay as they were.
    repo.commit(
      'spring26',
      relabel(fall, '2026 Spring', 'Backend System 1.0'),
      '2026-03-01',
      'docs/overview/roadmap.md',
    );
    const next = await run();
    expect(next.editions.filter((e) => !e.skipped).map((e) => e.stem)).toEqual(['backstage-2026-spring']);
    const pdf = await readPdf(join(out(), 'backstage-2026-spring', 'backstage-2026-spring.pdf'));
    expect(squash(pdf.pages[0]!.text)).toContain(squash(`at ${repo.commits.spring26!.slice(0, 7)}, March 1, 2026`));
    expect(pdf.pages.some((p) => p.text.includes('What changed since 2025 Fall'))).toBe(true);

    // The roadmap over time as a slide of the newest deck: that deck only is rendered again.
    const withSlide = await run(true);
    expect(withSlide.editions.filter((e) => !e.skipped).map((e) => e.stem)).toEqual(['backstage-2026-spring']);
    const newest = await readPdf(join(out(), 'backstage-2026-spring', 'backstage-2026-spring.pdf'));
    const slide = newest.pages.find((p) => p.text.includes('The roadmap over time'))?.text ?? '';
    expect(squash(slide)).toContain(squash('July–September 2022 → 2024 Fall → 2025 Spring → 2025 Fall → 2026 Spring'));
    expect(squash(slide)).toContain(squash('Backend System 1.0: Planned → Done → ✓ Delivered'));
    expect(newest.pages.length).toBe(pdf.pages.length + 1);
  });
});
