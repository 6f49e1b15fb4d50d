/**
 * Language detection reads a page's prose in one pass: pages built to make a
 * scan crawl (openers that never close, repeated) cost a small multiple of
 * their length, and real pages read as before.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countLetters, countScripts } from '../../src/i18n/detect.js';
import { pageLanguage } from '../../src/i18n/page-language.js';
import { proseOf } from '../../src/i18n/prose.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { CORPUS, FIXTURES, SEED_2022, SEED_2024 } from '../helpers/paths.js';

const HEAD = '# Acme Roadmap\n\n## Now\n\n### One\n\nText.\n\n## Notes\n\n';

/** Each was quadratic under the regular expressions the scan replaced (400 KB of the first: 68 s). */
const PATHOLOGICAL: [string, string][] = [
  ['unclosed comments', HEAD + `${'<!--'.repeat(2499)}\n\n`.repeat(40)],
  ['unclosed link destinations', HEAD + '](x'.repeat(100_000)],
  ['link titles that never close', HEAD + '](a "'.repeat(60_000)],
  ['link destinations then spaces', HEAD + '](a  '.repeat(60_000)],
  ['unclosed HTML tags on one line', HEAD + '<a'.repeat(150_000)],
  ['fences that never close', HEAD + '```x\n'.repeat(60_000)],
  ['tilde fences that never close', HEAD + '~~~~\n~~~\n'.repeat(30_000)],
  ['backticks without a partner', HEAD + `\`${'a'.repeat(50)}\n`.repeat(6_000) + '`'.repeat(100_000)],
  ['bare URLs', HEAD + 'https://'.repeat(50_000)],
  ['everything at once', HEAD + '<!--](<a```"`http://'.repeat(20_000)],
];

describe('proseOf', () => {
  it.each(PATHOLOGICAL)('%s: examines each character a bounded number of times', (_name, page) => {
    const { steps } = proseOf(page);
    expect(steps).toBeLessThanOrEqual(4 * page.length);
  });

  it("the 400 KB page of unclosed comments gets its language at once, in a build's own call", {
    timeout: 10_000,
  }, () => {
    const page = PATHOLOGICAL[0]![1];
    expect(page.length).toBeGreaterThan(399_000);
    const source = sourceFromBytes('notes.md', Buffer.from(page));
    expect(pageLanguage({ text: source.body }).tag).toBe('en');
  });

  const cases: [string, string, string][] = [
    ['fenced code', 'a\n```js\nx = 1\n```\nb', 'a\n \nb'],
    ['a longer closing fence', '~~~\ncode\n~~~~~ \nb', ' \nb'],
    ['an unclosed fence runs to the end, as Markdown reads it', 'a\n```\ncode\nmore', 'a\n '],
    ['a backtick "fence" with a backtick in its info is a code span', '```a`b', '`` b'],
    ['code spans', 'a `b` c', 'a   c'],
    ['comments', 'a <!-- b --> c', 'a   c'],
    ['link destinations and titles', '[a](b) [c](d "e")', '[a  [c '],
    ['bare URLs', 'see https://x.org/y z', 'see   z'],
    ['HTML tags', 'a <b>c</b> d', 'a  c  d'],
    ['an opener that never closes stays text', 'a <!-- b', 'a <!-- b'],
  ];
  it.each(cases)('%s', (_name, text, prose) => expect(proseOf(text).text).toBe(prose));
});

/** The regular expressions the scan replaced: fine on ordinary pages, quadratic on the pages above. */
const OLD_NOT_PROSE = [
  /^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm,
  /`[^`\n]+`/g,
  /<!--[\s\S]*?-->/g,
  /\]\([^)\s]*(?:\s+"[^"]*")?\)/g,
  /\bhttps?:\/\/\S+/g,
  /<\/?[A-Za-z][^>\n]*>/g,
];

describe('on real pages', () => {
  it('counts the same letters as before on every corpus page, both seeds and the language fixtures', async () => {
    const corpus = (await readdir(CORPUS)).filter((f) => f.endsWith('.md')).map((f) => join(CORPUS, f));
    const languages = (await readdir(join(FIXTURES, 'languages')))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(FIXTURES, 'languages', f));
    const files = [SEED_2022, SEED_2024, ...corpus, ...languages];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      const old = OLD_NOT_PROSE.reduce((t, pattern) => t.replace(pattern, ' '), text);
      expect({ file, counts: countScripts(text) }).toEqual({ file, counts: countLetters(old) });
    }
  });
});
