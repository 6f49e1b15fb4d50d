/** Small pure rules found on held-out pages: field lists, context and process titles, site-generator tags, placeholder cells. */
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { isTemplateMarkup, stripShortcodes } from '../../src/parse/clean.js';
import { allInitiatives } from '../../src/model/types.js';
import { fieldsOf } from '../../src/parse/field-lists.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf, namesContext } from '../../src/parse/meta.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';

const listOf = (markdown: string) => parseMarkdown(markdown).children.find((n): n is List => n.type === 'list')!;

describe('field lists', () => {
  it.each([
    [
      'plain keys',
      '* Description: reserve a queue\n* Priority: High\n* Owner: @ann\n',
      ['Description', 'Priority', 'Owner'],
    ],
    ['bold keys, colon inside or outside', '- **Status:** Done\n- **Issue**: #4\n', ['Status', 'Issue']],
    ['a key with no value still counts', '* Description: reserve a queue\n* Owner:\n', ['Description', 'Owner']],
    [
      'work named "Name: description"',
      '- Service mesh: issue certificates\n- Trust bundles: distribute roots\n',
      undefined,
    ],
    ['one field alone', '- Status: Done\n', undefined],
    ['a repeated key is a list of work', '- Issue: one\n- Issue: two\n', undefined],
    ['a task list', '- [ ] Description: x\n- [ ] Owner: y\n', undefined],
    ['an ordered list', '1. Description: x\n2. Owner: y\n', undefined],
    ['a field with sub-items', '- Description: x\n  - more\n- Owner: y\n', ['Description', 'Owner']],
    [
      'outcomes, RFCs over a nested list, "Issue(s)"',
      '- Outcomes: builds are verifiable\n- Status: In progress\n- RFCs:\n    - https://x.org/rfc/19\n    - https://x.org/rfc/32\n- Issue(s): https://x.org/i/1\n',
      ['Outcomes', 'Status', 'RFCs', 'Issues'],
    ],
    [
      'a key without its colon over a nested list, among fields with one',
      '- Date:\n    - Start: March 2022\n- Goal:\n    - Ledger connectors for every ledger\n- Sub release\n    - [V1.0] First release\n',
      ['Date', 'Goal', 'Sub release'],
    ],
    [
      'a key alone on its first line, a note below it',
      '- Date: March 2023\n- Goal: one API\n- Sub release\n  *Note*: three phases.\n    - [V2.0] merged\n',
      ['Date', 'Goal', 'Sub release'],
    ],
    ['a key without its colon needs two fields with one', '- Goal:\n    - x\n- Sub release\n    - y\n', undefined],
    ['a bare key without a nested list is work', '- Date: March\n- Goal: faster\n- Sub release\n', undefined],
    ['a field with a second paragraph', '- Description: x\n\n  more text\n- Owner: y\n', undefined],
  ])('%s', (_name, markdown, keys) => {
    expect(fieldsOf(listOf(markdown))?.map((f) => f.key)).toEqual(keys);
  });
});

describe('titles about risks or dependencies', () => {
  it.each([
    ['Known Risks', true],
    ['Dependencies', true],
    ['Dependencies on other teams and projects', true],
    ['3. Requests to Other Teams', true],
    ['Our dependencies', true],
    ['Integrate with a workflow engine to support job dependencies', false],
    ['Reduce the risks of upgrades across many clusters', false],
    ['GPU sharing', false],
  ])('%s → %s', (title, expected) => {
    expect(namesContext(title)).toBe(expected);
  });
});

describe('process titles', () => {
  it.each([
    ['Project Planning', 'process'],
    ['Planning', 'process'],
    ['Roadmap planning', 'process'],
    ['Release cadence', 'process'],
    ['Capacity planning for large clusters', undefined],
    ['Planning tools for edge sites', undefined],
  ])('%s', (title, kind) => {
    expect(metaOf(title, [{ type: 'paragraph', children: [{ type: 'text', value: 'Some text.' }] }], false)?.kind).toBe(
      kind,
    );
  });
});

describe('site-generator tags and placeholder cells', () => {
  const page = (markdown: string) =>
    parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition.sections[0]!;
  const table =
    '# Grid Roadmap\n\n## Next\n\n| Feature | RFC | Documentation |\n| --- | --- | --- |\n| Batch tracking | - | [Spec]({% link docs/spec.md %}) |\n| Catalog | [RFC 14](https://example.org/rfc/14) | n/a |\n';
  it.each([
    [0, 'Documentation: Spec'],
    [1, ''], // its one link is the tracking line's
  ])('row %i reads "%s" and nothing that only holds a place', (row, text) => {
    expect(page(table).initiatives[row]!.text).toBe(text);
  });
  it('drops a template tag left in text', () => {
    expect(stripShortcodes('Intro {% include "_buttons.html" %} text')).toBe('Intro  text');
  });
  it('drops a kramdown attribute list after a link or a block', () => {
    expect(stripShortcodes('the full list{:target="_blank"} and more')).toBe('the full list and more');
    expect(stripShortcodes('A note.{: .note}')).toBe('A note.');
    expect(stripShortcodes('keeps {braces} and {a: 1}')).toBe('keeps {braces} and {a: 1}');
  });
});

describe('a line that only names the tracker is shown once, as the tracking line', () => {
  const edition = (markdown: string) =>
    parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition.sections[0]!;
  it.each([
    ['Issue: [#60](https://github.com/acme/x/issues/60)', 'Faster builds with a cache.'],
    ['acme/x#60', 'Faster builds with a cache.'],
    ['Tracking issue: [acme/x#60](https://github.com/acme/x/issues/60).', 'Faster builds with a cache.'],
    [
      'See [#60](https://github.com/acme/x/issues/60) for the design.',
      'Faster builds with a cache.\n\nSee #60 for the design.',
    ],
  ])('%s', (line, text) => {
    const [initiative] = edition(
      `# X Roadmap\n\n## Next\n\n### Build cache\n\nFaster builds with a cache.\n\n${line}\n\n### Plugins\n\nA plugin API.\n`,
    ).initiatives;
    expect(initiative!.tracking?.url).toBe('https://github.com/acme/x/issues/60');
    expect(initiative!.text).toBe(text);
  });
});

describe("work a site's templates fill in", () => {
  it.each([
    ['{%- for issue in roadmapCurrent -%}\n<li>{{ issue.title | safe }}</li>', true],
    ['<h3 class="card-title">{{ issue.title }}</h3>', true],
    ['{% if site.beta %}<p>Beta</p>{% endif %}', true],
    ['<details><summary>Plugins</summary>A plugin API.</details>', false],
    ['<p>Double braces {{ }} mark a placeholder</p>', false],
  ])('%s → %s', (html, expected) => expect(isTemplateMarkup(html)).toBe(expected));

  const loop =
    '<ul>\n{%- for issue in roadmapFuture -%}\n  <li><h3>{{ issue.title | safe }}</h3>\n  <p>Comments: {{ issue.comments }}</p></li>\n{%- endfor -%}\n</ul>\n';

  it('is no work written on the page, and its placeholders reach no slide', () => {
    const page = `# Kite Roadmap\n\n## Planned Updates\n\nUpdates planned for the next releases.\n\n${loop}\n## Done\n\n- Plugin API\n- Dark theme\n`;
    const edition = parseRoadmap(sourceFromBytes('kite.md', Buffer.from(page))).edition;
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(['Plugin API', 'Dark theme']);
    expect(JSON.stringify(edition)).not.toContain('{{');
  });

  it('a page whose only work is generated says so, at the line of the template', () => {
    const page = `# Kite Roadmap\n\n## Planned Updates\n\nUpdates planned for the next releases.\n\n${loop}`;
    expect(() => parseRoadmap(sourceFromBytes('kite.md', Buffer.from(page)))).toThrow(
      /filled in by its site's templates \(line 7\)/,
    );
  });
});
