/** Editions in order, initiatives matched across them, and the "What changed" slide. */
import { describe, expect, it } from 'vitest';
import { diffEditions, diffSeries, orderEditions } from '../../src/editions/diff.js';
import { matchInitiatives, similarity } from '../../src/editions/match.js';
import { readSource, sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { changeMarks, changeSlide } from '../../src/editions/slides.js';
import { runCli } from '../helpers/cli.js';
import { SEED_2022, SEED_2024 } from '../helpers/paths.js';

const parse = async (file: string) => parseRoadmap(await readSource(file), { project: 'Backstage' }).edition;
const page = (name: string, text: string) =>
  parseRoadmap(sourceFromBytes(`/x/${name}`, new TextEncoder().encode(text)), { project: 'P' }).edition;

describe('editions of the Backstage roadmap', () => {
  it('are ordered in time, whatever order the files come in', async () => {
    const [e22, e24] = [await parse(SEED_2022), await parse(SEED_2024)];
    expect(orderEditions([e24, e22]).map((e) => e.label)).toEqual(['July–September 2022', '2024 Fall']);
  });

  it('show Backstage Security Audit continuing from July–September 2022 into 2024 Fall', async () => {
    const diff = diffEditions(await parse(SEED_2022), await parse(SEED_2024));
    expect(diff.continued.map((c) => [c.title, c.since, c.how])).toEqual([
      ['Backstage Security Audit', 'July–September 2022', 'title'],
    ]);
    expect(diff.added.map((a) => a.title)).toContain('Backend System 1.0');
    expect(diff.removed.map((r) => r.title)).toContain('Backend Services (MVP)');
    expect(diff.added).toHaveLength(8);
    expect(diff.removed).toHaveLength(9);
  });

  it('put a "What changed" slide and badges into the later deck', async () => {
    const [e22, e24] = [await parse(SEED_2022), await parse(SEED_2024)];
    const diff = diffSeries([e24, e22]).get(e24)!;
    expect(diffSeries([e24, e22]).has(e22)).toBe(false);
    const { markdown, slides } = renderDeck(e24, loadTemplates(), {
      changes: changeMarks(diff),
      extraSlides: [changeSlide(diff)],
    });
    expect(slides[2]).toMatchObject({ kind: 'changes', title: 'What changed since July–September 2022' });
    expect(markdown).toContain('# What changed since July–September 2022');
    expect(markdown).toMatch(
      /<span class="badge change-continued">Continued · since July–September 2022<\/span>[^\n]*\n[\s\S]*?## Backstage Security Audit/,
    );
    expect(markdown.match(/badge change-new/g)).toHaveLength(8);
  });
});

describe('matching', () => {
  it('matches renamed initiatives by similarity, with a score', () => {
    const a = page(
      'a.md',
      '# R 2023\n\n## Now\n\n### Plugin metadata for packages\n\nMachine readable metadata for plugins and packages.\n\n### Other\n\nText.\n',
    );
    const b = page(
      'b.md',
      '# R 2024\n\n## Now\n\n### Plugin package metadata\n\nMachine readable metadata for plugins and packages at runtime.\n\n### Else\n\nWords.\n',
    );
    const m = matchInitiatives(allInitiatives(a), allInitiatives(b));
    expect(m.matches.map((x) => [x.previous.title, x.current.title, x.how])).toEqual([
      ['Plugin metadata for packages', 'Plugin package metadata', 'fuzzy'],
    ]);
    expect(m.matches[0]!.score).toBeGreaterThanOrEqual(0.6);
    expect(similarity(allInitiatives(a)[1]!, allInitiatives(b)[1]!)).toBeLessThan(0.6);
  });

  it('carries "since" back to the first edition across a series', () => {
    const one = page(
      'r-2023.md',
      '---\ndate: 2023-01-01\n---\n# R\n\n## Now\n\n### Keep going\n\nA.\n\n### Old\n\nB.\n',
    );
    const two = page(
      'r-2024.md',
      '---\ndate: 2024-01-01\n---\n# R\n\n## Now\n\n### Keep going\n\nA.\n\n### Middle\n\nC.\n',
    );
    const three = page(
      'r-2025.md',
      '---\ndate: 2025-01-01\n---\n# R\n\n## Now\n\n### Keep going\n\nA.\n\n### Middle\n\nC.\n',
    );
    const diffs = diffSeries([three, one, two]);
    expect(diffs.get(three)!.continued.map((c) => [c.title, c.since])).toEqual([
      ['Keep going', one.label],
      ['Middle', two.label],
    ]);
  });
});

describe('roadmap-deck diff', () => {
  it('prints the same comparison as the deck', () => {
    const result = runCli(['diff', SEED_2022, SEED_2024]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Backstage Roadmap: July–September 2022 → 2024 Fall/);
    expect(result.stdout).toMatch(/= Backstage Security Audit {2}\(continued\)/);
    expect(result.stdout).toMatch(/8 new, 1 continued, 9 no longer listed/);
  });

  it('prints JSON with --json', () => {
    const result = runCli(['diff', SEED_2022, SEED_2024, '--json']);
    const diff = JSON.parse(result.stdout);
    expect(diff.continued[0]).toMatchObject({
      title: 'Backstage Security Audit',
      since: 'July–September 2022',
      score: 1,
    });
  });
});
