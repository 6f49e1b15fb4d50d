/** Small pure rules found on the ninth held-out set: title cells written as list items, releases named by a component, places held. */
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { cellLeadOf, cellLeads } from '../../src/parse/cell-lead.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { plainText } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { proseCount } from '../../src/parse/structure/shape.js';

const inlines = (markdown: string) => (parseMarkdown(markdown).children[0] as Paragraph).children;
const parse = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition.sections.flatMap((s) =>
    s.initiatives.map((i) => ({ section: s.title, title: i.title, text: plainText(i.body ?? []) })),
  );

describe('a title cell written "Name: what it is"', () => {
  it.each([
    [
      '**[cli]** [Package commands - Milestone 3.](https://x.org/i/1): Commands to build a package of your own',
      '[cli] Package commands - Milestone 3',
      'Commands to build a package of your own',
    ],
    [
      '[Schema checks](https://x.org/d): authors can say what values are valid',
      'Schema checks',
      'authors can say what values are valid',
    ],
    ['Offline mode: run without any network at all', 'Offline mode', 'run without any network at all'],
    ['**[web]** A new site to make the start easier.', undefined, undefined],
    ['TBD: intro talk at the spring conference', undefined, undefined],
    ['Plugin API', undefined, undefined],
  ])('%s → %s', (cell, name, description) => {
    const lead = cellLeadOf(inlines(cell));
    expect(lead && plainText(lead.name)).toBe(name);
    expect(lead && plainText(lead.description)).toBe(description);
  });

  it('splits a short description only where most cells of the table are written so', () => {
    const cells = [
      '[Version checks](https://x.org/1): expose cluster versions and capabilities to templates',
      '[Go module](https://x.org/2): use it as a module, with better errors',
      '[Long running: speed](https://x.org/3): fewer list calls',
    ].map(inlines);
    expect(cellLeads(cells).map((lead) => lead && plainText(lead.name))).toEqual([
      'Version checks',
      'Go module',
      'Long running: speed',
    ]);
    expect(cellLeads([cells[2]!, inlines('Faster builds'), inlines('Smaller images')])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('titles the rows of a feature table by the name, the rest on the slide', () => {
    const page = `# Roadmap\n\n| Theme | Feature | Stage |\n|---|---|---|\n| Authoring | **[cli]** [Package commands](https://x.org/i/1): commands to build a package of your own | Build |\n| Stability | **[ctl]** [Network failures](https://x.org/i/2): keeps reconciling when the registry is gone | Build |\n| Stability | **[web]** [Guides](https://x.org/i/3): more guides and examples for those who start | Test |\n| Authoring | **[cli]** [Signing](https://x.org/i/4): sign and verify the images, bundles and packages | Build |\n| Stability | **[ctl]** [Large clusters](https://x.org/i/5): stay steady while running a thousand workloads | Test |\n`;
    expect(parse(page).map((i) => [i.title, i.text.split(' Theme:')[0]])).toEqual([
      ['[cli] Package commands', 'commands to build a package of your own'],
      ['[ctl] Network failures', 'keeps reconciling when the registry is gone'],
      ['[web] Guides', 'more guides and examples for those who start'],
      ['[cli] Signing', 'sign and verify the images, bundles and packages'],
      ['[ctl] Large clusters', 'stay steady while running a thousand workloads'],
    ]);
  });
});

describe('releases named by a component, each over its list', () => {
  const page = `# Roadmap\n\n## Components\n\n### Registry\n\nThe next registry, focused on its new API.\n\n#### Registry 2.0\n\nFeatures:\n\n- Faster push and pull\n- Simplified deployment\n- Health checks\n\n#### Registry 2.1\n\nPlanned Features:\n\n> **NOTE:** This list is incomplete.\n\n- Mirroring\n- Client package\n- Manifest lists\n\n#### Registry 2.2\n\nTBD\n`;
  it('reads the items of each release; the release still to be planned holds no slide', () => {
    expect(parse(page).map((i) => [i.section, i.title])).toEqual([
      ['Registry 2.0', 'Faster push and pull'],
      ['Registry 2.0', 'Simplified deployment'],
      ['Registry 2.0', 'Health checks'],
      ['Registry 2.1', 'Mirroring'],
      ['Registry 2.1', 'Client package'],
      ['Registry 2.1', 'Manifest lists'],
    ]);
  });

  it.each([
    ['> **NOTE:** This list is incomplete.', 0],
    ['> [!WARNING]\n> Dates move.', 0],
    ['> We plan to ship it in May.', 1],
    ['Features:', 1],
  ])('%s counts %i as the heading’s own words', (markdown, count) => {
    expect(proseCount(parseMarkdown(markdown).children)).toBe(count);
  });
});
