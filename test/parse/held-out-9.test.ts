/** Small pure rules found on the ninth held-out set: title cells written as list items, releases named by a component, places held. */
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { cellLeadOf, cellLeads } from '../../src/parse/cell-lead.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { plainText } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { metaOf } from '../../src/parse/meta.js';
import { proseCount } from '../../src/parse/structure/blocks.js';

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

describe('areas shared by the groups of a page', () => {
  const page = (areas: string) =>
    `# Roadmap\n\n## Planning principles\n\nItems are labelled by maturity:\n\n* [Planning](#planning) - we have tickets open.\n* [Backlog](#backlog) - discussed, not ready.\n\n## Planning 👷\n\n${areas}\n\n## Backlog 📅\n\n### Core\n- [ ] Scale the storage out\n\n### Security\n- [ ] Scan the host kernel\n- [ ] Alerting rules\n\n## Completed features 🎓\n\n* Runtime detection\n`;

  it('holds one piece of work per box: an area that recurs under each group is not one itself', () => {
    const read = parse(
      page(
        '### Core\n- [x] Lower memory use\n- [ ] Drop the old gateway\n\n### Security\n- [ ] Secrets in images\n\n### Guides\n- [ ] More user guides',
      ),
    );
    expect(read.map((i) => i.title)).toEqual([
      'Lower memory use',
      'Drop the old gateway',
      'Secrets in images',
      'More user guides',
      'Scale the storage out',
      'Scan the host kernel',
      'Alerting rules',
      'Runtime detection',
    ]);
  });

  it('reads "Planning" beside the other groups as one of them, its unchecked boxes planned', () => {
    const edition = parseRoadmap(
      sourceFromBytes(
        'page.md',
        Buffer.from(page('### Core\n- [ ] Drop the old gateway\n\n### Security\n- [ ] Secrets in images')),
      ),
    ).edition;
    const first = edition.sections.flatMap((s) => s.initiatives)[0]!;
    expect([first.title, first.status]).toEqual(['Drop the old gateway', 'planned']);
  });

  it.each([
    ['Planning principles', 'about'],
    ['Roadmap principles', 'about'],
    ['Planning', 'process'],
  ])('%s is not work (%s)', (title, kind) => {
    expect(metaOf(title, [], false)?.kind).toBe(kind);
  });

  it('keeps sub-headings found only once as pieces of work', () => {
    const once = `# Roadmap\n\n## Q1\n\n### Storage\n\nA new store, designed in the open.\n\n### Client\n\nA command line for every chain.\n\n## Q2\n\n### Indexer\n\nIndex events as they come.\n\n### Wallet\n\nSign with any wallet.\n`;
    expect(parse(once).map((i) => i.title)).toEqual(['Storage', 'Client', 'Indexer', 'Wallet']);
  });
});

describe('a status set in bold after the words', () => {
  it.each([
    ['- [x] Multi-chain command **(Done)**', 'Multi-chain command', 'done'],
    ['- Plugin API *(in progress)*', 'Plugin API', 'in-progress'],
    ['- Plugin API **(experimental)**', 'Plugin API **(experimental)**', undefined],
  ])('%s → %s', (line, title, status) => {
    const [item] = parseRoadmap(
      sourceFromBytes('page.md', Buffer.from(`# Roadmap\n\n## Now\n\n${line}\n- Other work\n`)),
    ).edition.sections[0]!.initiatives;
    expect(item!.title).toBe(title.replace(/\*/g, ''));
    if (status) expect(item!.status).toBe(status);
  });
});

describe('release lines over lists head them on a page with headings too', () => {
  const sections = (markdown: string) =>
    parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition.sections.map((s) => [
      s.title,
      s.initiatives.map((i) => i.title),
    ]);

  it('reads bold and plain release lines as the groups of their lists, one written oddly among them too', () => {
    const page =
      '# RoadMap\n\n**v0.1.0 (released)**\n\n- [x] Data compression.\n- [x] User authentication.\n\n**v1.0.0 (2023.02)**\n\n- [x] Stream computing\n\n**v.1.3.0 (2024.12)**\n\n- [ ] Data replication\n- [ ] Table level TTL\n\n# SDK\n\nv0.1.0 (2024.01)\n\n- [x] Basic read and write API\n\nv0.2.0 (2024.02)\n\n- [ ] Arrow flight\n';
    expect(sections(page)).toEqual([
      ['v0.1.0', ['Data compression', 'User authentication']],
      ['v1.0.0 (2023.02)', ['Stream computing']],
      ['v.1.3.0 (2024.12)', ['Data replication', 'Table level TTL']],
      ['v0.1.0 (2024.01)', ['Basic read and write API']],
      ['v0.2.0 (2024.02)', ['Arrow flight']],
    ]);
  });

  it('leaves a detail line ("**Estimated release:** Q1 2021") and a lone label where they are', () => {
    const page =
      '# Roadmap\n\n## 3.4\n\n**Estimated release:** Q1 2021\n\n- A new refetch API\n- Equal cache objects\n\n## 3.5\n\n**Estimated release:** Q2 2021\n\n- Defer support\n\n## Later\n\n**2025**\n\n- Plugins\n';
    expect(sections(page).map(([title]) => title)).not.toContain('2025');
    expect(sections(page).map(([title]) => title)).not.toContain('Estimated release: Q1 2021');
  });
});

describe('the issue a heading’s prose names as its own', () => {
  const trackingOf = (prose: string) =>
    parseRoadmap(
      sourceFromBytes(
        'page.md',
        Buffer.from(
          `# Roadmap\n\n## Trace metrics\n\n${prose}\n\n## Dynamic configuration\n\nChange the sampling without a restart.\n`,
        ),
      ),
    ).edition.sections[0]!.initiatives[0]!.tracking?.url ?? null;

  it.each([
    [
      'Metrics off the [span processor](https://x.org/tree/main/p). For more see [Issue #2954](https://github.com/o/r/issues/2954).',
      'https://github.com/o/r/issues/2954',
    ],
    [
      'An engine ([jaeger/issues/367](https://github.com/o/r/issues/367)) runs over the traces.',
      'https://github.com/o/r/issues/367',
    ],
    [
      'Rebuilt on the collector.\n\nThe progress can be tracked via [issues tagged area/otel](https://github.com/o/r/issues?q=label%3Aotel).',
      'https://github.com/o/r/issues?q=label%3Aotel',
    ],
    ['Read about it in [the blog post](https://blog.x.org/post) and [another](https://blog.x.org/two).', null],
    ['Several issues: [one](https://github.com/o/r/issues/1), [two](https://github.com/o/r/issues/2).', null],
  ])('%s → %s', (prose, url) => {
    expect(trackingOf(prose)).toBe(url);
  });
});
