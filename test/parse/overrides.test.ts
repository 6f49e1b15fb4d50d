/**
 * A page two readings fit, and the config that picks one without editing
 * the page: initiatives at a heading level, within one part, a table's title
 * column, and parts excluded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap, type ParseOptions } from '../../src/parse/index.js';
import { FIXTURES } from '../helpers/paths.js';

const ACME = readFileSync(join(FIXTURES, 'ambiguous', 'acme.md'));
const titles = (bytes: Buffer | string, options: ParseOptions = {}) =>
  allInitiatives(parseRoadmap(sourceFromBytes('page.md', Buffer.from(bytes)), options).edition).map((i) => i.title);

describe('an ambiguous page', () => {
  it('is read one way, says it could be read another, and names the config for each', () => {
    const { edition, diagnostics, explanation } = parseRoadmap(sourceFromBytes('acme.md', ACME));
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(['Search', 'Sync', 'Sharing']);
    const ambiguity = diagnostics.find((d) => d.rule === 'ambiguous-structure')!;
    expect(ambiguity.message).toMatch(/the H2 headings \(3 describe work\) or the H3 headings \(3\)/);
    expect(ambiguity.message).toContain('"initiatives": { "at": "h3" }');
    expect(explanation.levels.map((l) => [l.depth, l.prose, l.total])).toEqual([
      [2, 3, 3],
      [3, 3, 3],
    ]);
  });

  it('is read as the config says: initiatives at H3', () => {
    expect(titles(ACME, { initiatives: { at: 'h3' } })).toEqual(['Ranking', 'Filters', 'Conflict resolution']);
  });

  it('only within the part the config names', () => {
    expect(titles(ACME, { initiatives: { within: 'Search' } })).toEqual(['Ranking', 'Filters']);
  });

  it('without the parts the config excludes', () => {
    expect(titles(ACME, { initiatives: { at: 'h3' }, exclude: ['filt*'] })).toEqual(['Ranking', 'Conflict resolution']);
    // Without Sharing, more H3 headings than H2 headings describe work.
    expect(titles(ACME, { exclude: ['sharing'] })).toEqual(['Ranking', 'Filters', 'Conflict resolution']);
  });
});

describe('config for tables and lists', () => {
  const page =
    '# Kite Roadmap\n\n## Next\n\n| Area | Goal | Issue |\n| - | - | - |\n| Core | Faster startup | [#1](https://x.org/1) |\n| Docs | New site | [#2](https://x.org/2) |\n\n## Later\n\n- **One:** first thing\n- **Two:** second thing\n';

  it("names a table's title column", () => {
    expect(titles(page)).toEqual(['Faster startup', 'New site', 'One', 'Two']);
    expect(titles(page, { initiatives: { titleColumn: 'Area' } })).toEqual(['Core', 'Docs', 'One', 'Two']);
  });

  it('keeps to table rows or to list items', () => {
    expect(titles(page, { initiatives: { at: 'table' } })).toEqual(['Faster startup', 'New site']);
    expect(titles(page, { initiatives: { at: 'list' } })).toEqual(['Faster startup', 'New site', 'One', 'Two']);
  });
});

describe('within a part nested in others', () => {
  it('keeps the text around it as context', () => {
    const page =
      '# R\n\n## Plans\n\nIntro to the plans.\n\n### Now\n\n- **A:** a\n- **B:** b\n\n### Later\n\n- **C:** c\n';
    const { edition } = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page)), {
      initiatives: { within: 'Later' },
    });
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(['C']);
    const intro = JSON.stringify(edition.intro);
    expect(intro).toContain('Intro to the plans.');
    expect(intro).toContain('"value":"A:"');
  });
});
