/**
 * Front matter is read on the main thread, outside the parser's deadline:
 * its size is bounded and its keys are checked in linear time.
 */
import { describe, expect, it } from 'vitest';
import { FrontMatterError } from '../../src/errors.js';
import { frontMatterString, MAX_FRONT_MATTER_BYTES, splitFrontMatter } from '../../src/load/front-matter.js';

const BODY = '\n# Acme Roadmap\n\n## Now\n\n### One\n\nText.\n';
const page = (yaml: string) => `---\n${yaml}\n---\n${BODY}`;
const keys = (count: number) => Array.from({ length: count }, (_, i) => `k${i}: 1`).join('\n');

function refusal(text: string): FrontMatterError {
  try {
    splitFrontMatter('page.md', text);
  } catch (error) {
    if (error instanceof FrontMatterError) return error;
    throw error;
  }
  throw new Error('front matter was accepted');
}

describe('front matter limits', () => {
  it("80,000 keys (325 s in the YAML library's duplicate check) are refused by size, with the file and line", () => {
    const error = refusal(page(keys(80_000)));
    expect(error.format()).toMatch(/^page\.md:1:1: front matter \(lines 1–80002\) is \d+ KB; at most 64 KB is read/);
  });

  it('front matter just under the limit parses, its keys all read', () => {
    let count = 1;
    while (keys(count * 2).length < MAX_FRONT_MATTER_BYTES) count *= 2;
    while (keys(count + 500).length < MAX_FRONT_MATTER_BYTES) count += 500;
    const { frontMatter } = splitFrontMatter('page.md', page(keys(count)));
    expect(Object.keys(frontMatter.data)).toHaveLength(count);
  });

  it('a duplicate key is still an error at its line, in nested mappings too', () => {
    expect(refusal(page('title: A\nurl: https://a.example\ntitle: B')).format()).toBe(
      'page.md:4:1: invalid YAML in front matter: Map keys must be unique',
    );
    expect(refusal(page('editions:\n  a: 1\n  b: 2\n  a: 3')).format()).toBe(
      'page.md:5:3: invalid YAML in front matter: Map keys must be unique',
    );
  });

  it('1 and "1" are different keys, as the YAML library reads them', () => {
    expect(splitFrontMatter('page.md', page('1: a\n"1": b')).frontMatter.data).toEqual({ 1: 'b' });
  });
});

describe('TOML front matter between +++ lines (Hugo)', () => {
  it('reads its keys, dates as dates, and keeps the body at its lines', () => {
    const { frontMatter, body } = splitFrontMatter(
      'roadmap.md',
      '+++\ntitle = "gem.coop roadmap"\ndate = 2024-05-01\nweight = 3\n+++\n\n# Roadmap\n',
    );
    expect(frontMatter.data.title).toBe('gem.coop roadmap');
    expect(frontMatterString(frontMatter.data, 'date')).toBe('2024-05-01');
    expect(frontMatter.keyLines).toEqual({ title: 2, date: 3, weight: 4 });
    expect(frontMatter.endLine).toBe(5);
    expect(body.split('\n')[6]).toBe('# Roadmap');
  });

  it('an error names the line in the file', () => {
    expect(refusal('+++\ntitle = "x"\nweight = = 3\n+++\n').format()).toMatch(
      /^page\.md:3:\d+: invalid TOML in front matter: /,
    );
    expect(refusal('+++\ntitle = "x"\ntitle = "y"\n+++\n').format()).toMatch(/^page\.md:3:\d+: invalid TOML/);
  });

  it('an unclosed block says which line it waits for', () => {
    expect(refusal('+++\ntitle = "x"\n').format()).toBe(
      'page.md:1:1: front matter opened on line 1 is never closed (no closing "+++")',
    );
  });
});

describe('a top-level list of mappings: the line of each entry, from the YAML document', () => {
  it.each([
    ['---\ntitle: Roadmap\nroadmap:\n  - name: v1\n    done: true\n  - name: v2\n---\n', { roadmap: [4, 6] }],
    // Entries written in flow style, or after a comment, keep their own lines.
    ['---\nroadmap:\n  # shipped\n  - {name: v1}\n\n  - {name: v2}\n---\n', { roadmap: [4, 6] }],
    // Blank lines before the fence shift every line.
    ['\n\n---\nroadmap:\n  - name: v1\n  - name: v2\n---\n', { roadmap: [5, 6] }],
  ])('%j', (text, lines) => {
    expect(splitFrontMatter('page.md', text).frontMatter.itemLines).toEqual(lines);
  });

  it('TOML: the line of each "[[key]]" table', () => {
    const text = '+++\ntitle = "x"\n[[roadmap]]\nname = "v1"\n[[roadmap]]\nname = "v2"\n+++\n';
    expect(splitFrontMatter('page.md', text).frontMatter.itemLines).toEqual({ roadmap: [3, 5] });
  });

  it.each([
    ['---\ntitle: Roadmap\ntags: [a, b]\n---\n'],
    ['---\nauthors:\n  - name: Ann\n  - name: Bo\n---\n'],
    ['---\nnav_items:\n  - title: Docs\n  - title: Blog\n---\n'],
  ])('none for lists of words, or lists under a key that does not name work: %j', (text) => {
    expect(splitFrontMatter('page.md', text).frontMatter.itemLines).toBeUndefined();
  });
});

describe('a rule that opens the page, over text that is no key, is the page’s own text', () => {
  it.each([
    ['---\n\n## Known issues ##\n\nSlow updates in one mode\n\n---\n\n## Next ##\n'],
    ['---\nA sentence about this page.\n---\n\n# Roadmap\n'],
    ['---\n- first point\n- second point\n---\n'],
    // A sentence first, a key-like line after it (review 26c).
    ['---\nThis page lists what we plan next.\nLast updated: 2025-06-01\n---\n\n# Roadmap\n'],
    ['---\n\n# Kit Roadmap\n\n---\n\n## Now\n'],
  ])('%j', (text) => {
    const { frontMatter, body } = splitFrontMatter('page.md', text);
    expect(frontMatter.data).toEqual({});
    expect(body).toBe(text);
  });

  it.each([
    ['---\n# a comment first\ntitle: Kit\n---\n\n# Roadmap\n', { title: 'Kit' }],
    ['---\n"quoted key": 1\n---\n\n# Roadmap\n', { 'quoted key': 1 }],
    ['---\n\ntitle: Kit\n---\n\n# Roadmap\n', { title: 'Kit' }],
  ])('front matter that opens with a key (or a comment) is still read: %j', (text, data) => {
    expect(splitFrontMatter('page.md', text).frontMatter.data).toEqual(data);
  });

  it.each([
    ['---\ntitle: [unclosed\n---\n\n# Roadmap\n'],
    // A slip in the first key ("title Roadmap") with keys after it is still front matter, refused at its line.
    ['---\ntitle Roadmap\ndate: 2025-06-01\n---\n\n# Roadmap\n'],
  ])('broken YAML that opens with a key is still an error at its line: %j', (text) => {
    expect(refusal(text).format()).toMatch(/page\.md:\d+/);
  });
});
