/** Warnings about characters without a font: grouped by the package that has one, at the page's line. */
import { describe, expect, it } from 'vitest';
import { glyphWarnings } from '../../src/export/glyphs.js';
import { fontPackageFor, scriptName } from '../../src/i18n/scripts.js';

describe('scriptName and fontPackageFor', () => {
  const cases: [string, string, string][] = [
    ['ᱚ', 'Ol Chiki', 'fonts-noto-core'],
    ['ⵜ', 'Tifinagh', 'fonts-noto-core'],
    ['한', 'Korean (Hangul)', 'fonts-noto-cjk'],
    ['あ', 'Japanese (kana)', 'fonts-noto-cjk'],
    ['ー', 'CJK punctuation', 'fonts-noto-cjk'],
    ['中', 'Chinese characters (Han)', 'fonts-noto-cjk'],
    ['、', 'CJK punctuation', 'fonts-noto-cjk'],
    ['（', 'CJK punctuation', 'fonts-noto-cjk'],
    ['🚧', 'emoji', 'fonts-noto-color-emoji'],
    ['→', 'symbols', 'fonts-noto-core'],
    ['ש', 'Hebrew', 'fonts-noto-core'],
  ];
  it.each(cases)('%s is %s, drawn by %s', (char, name, pkg) => {
    expect(scriptName(char)).toBe(name);
    expect(fontPackageFor(char)).toBe(pkg);
  });
});

describe('glyphWarnings', () => {
  const page = ['# Roadmap', '', '### 검색 개선', '', 'ᱡᱚᱦᱟᱨ and 🚧', '', '한국어 문서'].join('\n');

  it('gives one warning per package, at the first line holding one of its characters', () => {
    const warnings = glyphWarnings(
      [
        { char: '국', where: [4] },
        { char: '검', where: [3] },
        { char: 'ᱡ', where: [3] },
      ],
      'page.md',
      page,
    );
    expect(warnings.map((w) => [w.line, w.rule, w.message])).toEqual([
      [
        3,
        'missing-glyphs',
        'no installed font has Korean (Hangul): 2 characters such as "국검" would show as empty boxes; install one (Debian: apt-get install fonts-noto-cjk)',
      ],
      [
        5,
        'missing-glyphs',
        'no installed font has Ol Chiki: "ᱡ" (U+1C61) would show as empty boxes; install one (Debian: apt-get install fonts-noto-core)',
      ],
    ]);
  });

  it('points at line 1 when only the deck’s own words lack a font', () => {
    expect(glyphWarnings([{ char: '概', where: [2] }], 'page.md', page)[0]!.line).toBe(1);
  });

  it('says nothing when nothing is missing', () => {
    expect(glyphWarnings([], 'page.md', page)).toEqual([]);
  });
});
