/**
 * Titles read as titles: a reference or a bare URL written after an item's
 * name is split off; the link stays with the initiative, as its tracking link
 * or with its text, never lost.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { shortTitle } from '../../src/parse/short-title.js';

const parse = (markdown: string) =>
  allInitiatives(parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition);

describe('an item title that ends in a link', () => {
  it('loses a bare URL to its text', () => {
    const [serverless, regions] = parse(
      '# Tool Roadmap\n\n## Later\n\n- [ ] Serverless tier <https://tool.dev/serverless>\n- [ ] Multi-region https://tool.dev/regions\n',
    );
    expect(serverless!.title).toBe('Serverless tier');
    expect(serverless!.text).toBe('https://tool.dev/serverless');
    expect(serverless!.links.map((l) => l.url)).toEqual(['https://tool.dev/serverless']);
    expect(regions!.title).toBe('Multi-region');
    expect(regions!.text).toBe('https://tool.dev/regions');
  });

  it('loses an issue reference, which becomes the tracking link', () => {
    const [item] = parse(
      '# Tool Roadmap\n\n## Next\n\n- Faster startup ([#42](https://github.com/o/tool/issues/42))\n- Plugin API\n',
    );
    expect(item!.title).toBe('Faster startup');
    expect(item!.tracking?.url).toBe('https://github.com/o/tool/issues/42');
    expect(item!.text).toBe('');
  });

  it('keeps a link that is the title itself', () => {
    const [item] = parse('# Tool Roadmap\n\n## Next\n\n- [Plugin API](https://tool.dev/plugins)\n- Faster startup\n');
    expect(item!.title).toBe('Plugin API');
  });
});

describe('a linked name followed by a colon', () => {
  it('titles the item; the text after the colon is its body and the link tracks it', () => {
    const [item] = parse(
      '# Tool Roadmap\n\n## Next\n\n- [Signed artifacts](https://gitlab.com/o/tool/-/epics/7): every artifact is signed.\n- Plugin API\n',
    );
    expect(item!.title).toBe('Signed artifacts');
    expect(item!.text).toBe('every artifact is signed.');
    expect(item!.tracking?.url).toBe('https://gitlab.com/o/tool/-/epics/7');
  });
});

describe('sections of one name under different headings', () => {
  it('are told apart by the heading they sit under', () => {
    const page =
      "# Tool Direction FY27\n\n## Performance\n\n### What's next\n\n- Faster startup\n- Smaller bundles\n\n### Completed\n\n- Parallel checkout\n\n## Security\n\n### What's next\n\n- Signed artifacts\n- Secret scanning\n";
    const edition = parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(page))).edition;
    expect(edition.sections.map((s) => s.title)).toEqual([
      "Performance — What's next",
      'Completed',
      "Security — What's next",
    ]);
    expect(edition.label).toBe('FY27');
    expect(allInitiatives(edition).find((i) => i.title === 'Parallel checkout')!.status).toBe('done');
  });
});

describe('an H1 that names a period', () => {
  it('still titles the page; its text is the intro', () => {
    const page =
      '# Widget Roadmap 2026\n\nWhat we plan this year.\n\n## Now\n\n- **A:** one thing\n- **B:** another\n\n## Later\n\n- **C:** third\n';
    const edition = parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(page))).edition;
    expect(edition.title).toBe('Widget Roadmap 2026');
    expect(edition.label).toBe('2026');
    expect(JSON.stringify(edition.intro)).toContain('What we plan this year.');
    expect(edition.sections.map((s) => s.title)).toEqual(['Now', 'Later']);
  });
});

describe('the page title', () => {
  it('is never a heading that only names a period, nor an initiative; the file name reads as words', () => {
    const page =
      '# 2025\n\n## Streaming API\n\nServer-sent events.\n\n## Rate limits\n\nPer-token limits.\n\n# 2026\n\n## GraphQL\n\nA gateway.\n';
    const edition = parseRoadmap(sourceFromBytes('acme-api_roadmap.md', new TextEncoder().encode(page))).edition;
    expect(edition.title).toBe('Acme api roadmap');
    expect(edition.titleSource).toBe('file-name');
    expect(edition.sections.map((s) => s.title)).toEqual(['2025', '2026']);
    expect(edition.label).toBe('2025 – 2026');
  });
});

describe('a bold reference code before the words that name the work', () => {
  it.each([
    [
      '- [ ] **RD004:** Develop the **MPC Controller plugin** for Ackermann robots',
      'RD004: Develop the MPC Controller plugin for Ackermann robots',
    ],
    ['- **P0:** Fast startup for large projects', 'P0: Fast startup for large projects'],
    ['- **FR-3** - Export to PDF', 'FR-3: Export to PDF'],
    ['- **KEP-1234**: Sidecar containers', 'KEP-1234: Sidecar containers'],
    ['- **P0**', 'P0'],
    ['- **Plugin API:** stable hooks for extensions', 'Plugin API'],
    // A time in bold before the colon says when, as it does unbolded: the words after it name the work.
    ['- **Q3:** Plugin API', 'Plugin API'],
  ])('%s → %s', (line, title) => {
    const [item] = parse(`# Tool Roadmap\n\n## Next\n\n${line}\n- **Other:** work\n`);
    expect(item!.title).toBe(title);
  });
});

describe('a sentence too long for a title is cut at a clause, never on a word that leads on', () => {
  it.each([
    [
      'Increase inclusion, diversity, and empowerment efforts within the project and partner communities, and improve our understanding of the demographics of our communities in order to measure the effect',
      'Increase inclusion, diversity, and empowerment efforts within the project and partner communities…',
    ],
    [
      'Develop a high-level edge application orchestration language or YAML file format that allows decisions to be made about where to move which microservices and why',
      'Develop a high-level edge application orchestration language or YAML file format…',
    ],
    [
      'Provide reduction analysis and visualization tools usable by individual researchers (and larger surveys) with many more words after it',
      'Provide reduction analysis and visualization tools usable by individual researchers…',
    ],
    ['A short sentence stays whole', 'A short sentence stays whole'],
  ])('%s', (text, title) => {
    expect(shortTitle(text)).toBe(title);
  });
});

describe('a link in a heading that only returns to the top of the page is not part of its title', () => {
  it.each([
    ['## v0.2.0 - Distribution <a href="#roadmap">↑ Top</a>', 'v0.2.0 - Distribution'],
    ['## Plugins <a href="#top">Back to top</a>', 'Plugins'],
    ['## Plugins <a href="#toc">⬆️</a>', 'Plugins'],
    ['## <a href="https://x.org/rfc">Plugin RFC</a> adoption', 'Plugin RFC adoption'],
  ])('%s → %s', (heading, title) => {
    const [item] = parse(`# Tool Roadmap\n\n${heading}\n\nA paragraph on the work.\n\n## Other\n\nMore words.\n`);
    expect(item!.title).toBe(title);
  });
});

describe('items of one list written "Name: what it is" are titled alike', () => {
  it('names each by the words before its colon, the short lines too', () => {
    const page =
      '# Roadmap\n\n## Themes\n\n- Developer experience: docs, examples, REPL polish\n- Performance: steady improvements in hot paths and data structures\n- Safety: clearer error messages, diagnostics, and sandboxing guidance\n';
    expect(parse(page).map((i) => [i.title, i.text])).toEqual([
      ['Developer experience', 'docs, examples, REPL polish'],
      ['Performance', 'steady improvements in hot paths and data structures'],
      ['Safety', 'clearer error messages, diagnostics, and sandboxing guidance'],
    ]);
  });

  it('a list of short "Name: detail" lines keeps them whole', () => {
    const page = '# Roadmap\n\n## Next\n\n- Python: wheels for arm64\n- Go: module proxy\n- Rust: a crate\n';
    expect(parse(page).map((i) => i.title)).toEqual(['Python: wheels for arm64', 'Go: module proxy', 'Rust: a crate']);
  });
});

describe('a colon in a list of plain lines is part of the line', () => {
  const plain = ['channels', 'thread safe maps', 'rune type', 'IO streams', 'struct embedding'];
  it.each([
    ['interfaces: allow struct fields (not just methods)', 'interfaces: allow struct fields (not just methods)'],
    [
      'CI plugins: CircleCI, Jenkins, GitHub Actions and TravisCI',
      'CI plugins: CircleCI, Jenkins, GitHub Actions and TravisCI',
    ],
    // Past a title's length, the words before the colon still name it.
    [
      'vfmt: fix every common error automatically, make variables mutable and back again, add the missing imports, sort them',
      'vfmt',
    ],
  ])('%s → %s', (line, title) => {
    const page = `# Roadmap\n\n${[...plain, line].map((l) => `- ${l}`).join('\n')}\n`;
    expect(parse(page).at(-1)?.title).toBe(title);
  });

  it('among lines that mostly have no colon only: a list of "Name: description" lines is split', () => {
    const page =
      '# Roadmap\n\n- channels\n- rune type\n- Plugins: allow third parties to add their own steps\n- Themes: let users restyle every part of the page\n- Export: write the result as a file anyone can open\n- Import: read the files other tools write today\n';
    expect(parse(page).map((i) => i.title)).toEqual(['channels', 'rune type', 'Plugins', 'Themes', 'Export', 'Import']);
  });
});
