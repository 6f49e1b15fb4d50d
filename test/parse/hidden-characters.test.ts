import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { encodeHidden, revealHidden } from '../../src/parse/hidden-characters.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { blocksToText } from '../../src/parse/text.js';

describe('hidden characters in links', () => {
  const cases: [string, string, string][] = [
    ['right-to-left override', 'https://\u202Emoc.elgoog', 'https://⟨U+202E⟩moc.elgoog'],
    ['zero-width space', 'exa\u200Bmple.org', 'exa⟨U+200B⟩mple.org'],
    ['isolates and marks', '\u2066a\u2069\u200Fb', '⟨U+2066⟩a⟨U+2069⟩⟨U+200F⟩b'],
    ['byte-order mark and word joiner', 'a\uFEFFb\u2060c', 'a⟨U+FEFF⟩b⟨U+2060⟩c'],
    ['plain text is unchanged', 'https://example.org/ok', 'https://example.org/ok'],
    ['soft hyphen', 'pay\u00ADpal.com', 'pay⟨U+00AD⟩pal.com'],
    ['invisible operators', 'a\u2061b\u2062c\u2063d\u2064e', 'a⟨U+2061⟩b⟨U+2062⟩c⟨U+2063⟩d⟨U+2064⟩e'],
    ['Hangul fillers', 'a\u3164b\u115Fc\u1160d\uFFA0e', 'a⟨U+3164⟩b⟨U+115F⟩c⟨U+1160⟩d⟨U+FFA0⟩e'],
    ['tag characters', 'ok\u{E0041}\u{E007F}', 'ok⟨U+E0041⟩⟨U+E007F⟩'],
    ['variation selectors on letters', 'pa\uFE0Fypal a\u{E0100}', 'pa⟨U+FE0F⟩ypal a⟨U+E0100⟩'],
    ['combining grapheme joiner and Mongolian vowel separator', 'a\u034Fb\u180Ec', 'a⟨U+034F⟩b⟨U+180E⟩c'],
    [
      'emoji sequences keep what draws them',
      '⚠\uFE0F 👨\u200D👩\u200D👧 1\uFE0F\u20E3 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
      '⚠\uFE0F 👨\u200D👩\u200D👧 1\uFE0F\u20E3 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    ],
    ['a joiner outside an emoji is shown', 'a\u200Db', 'a⟨U+200D⟩b'],
    [
      'a selector after an emoji drawn as one anyway goes with it',
      'A.\u26A1\uFE0FHandshakes',
      'A.\u26A1\uFE0FHandshakes',
    ],
    ['a selector after a digit is shown', 'exa1\uFE0Fmple.org', 'exa1⟨U+FE0F⟩mple.org'],
    ['a second selector after an emoji is shown', '\u2764\uFE0F\uFE0F', '\u2764\uFE0F⟨U+FE0F⟩'],
    ['a selector after a flag is shown', '\u{1F1EB}\u{1F1F7}\uFE0F', '\u{1F1EB}\u{1F1F7}⟨U+FE0F⟩'],
  ];
  for (const [name, text, shown] of cases) it(`reveals ${name}`, () => expect(revealHidden(text)).toBe(shown));

  it('percent-encodes them in URLs', () => {
    expect(encodeHidden('https://example.org/\u202Efdp.exe')).toBe('https://example.org/%E2%80%AEfdp.exe');
  });

  it('shows them in link text on the model, and leaves them in ordinary text', () => {
    const page =
      '# R\n\n## Now\n\n### Item\n\nSee [https://\u202Emoc.elgoog](https://evil.example/\u202Ex) and text with a joiner: 👨\u200D👩\u200D👧.\n';
    const { edition } = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page)));
    const body = blocksToText(allInitiatives(edition)[0]!.body);
    expect(body).toContain('https://⟨U+202E⟩moc.elgoog');
    expect(body).toContain('👨\u200D👩\u200D👧');
    expect(JSON.stringify(edition)).toContain('https://evil.example/%E2%80%AEx');
  });
});

describe('controls that reorder text in titles', () => {
  const page =
    '# Acme \u2067Roadmap\n\n## \u202DNow\n\n### \u202Eeno erutaeF\n\nText.\n\n### Two \u2066b\u2069\n\nMore.\n\n### שלום \u200F(עברית)\n\nText.\n';
  const { edition } = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page)));
  const titles = allInitiatives(edition).map((i) => i.title);

  it('are shown in initiative titles, rich titles too (the overview links to them)', () => {
    expect(titles.slice(0, 2)).toEqual(['⟨U+202E⟩eno erutaeF', 'Two ⟨U+2066⟩b⟨U+2069⟩']);
    expect(JSON.stringify(allInitiatives(edition)[0]!.titleRich)).toContain('⟨U+202E⟩eno erutaeF');
  });

  it('and in section and deck titles', () => {
    expect(edition.sections[0]!.title).toBe('⟨U+202D⟩Now');
    expect(edition.title).toContain('⟨U+2067⟩');
  });

  it('right-to-left titles keep their marks', () => {
    expect(titles[2]).toBe('שלום \u200F(עברית)');
  });

  it('no reordering control is left anywhere in a title of the model', () => {
    const strings = JSON.stringify([
      edition.title,
      edition.label,
      edition.sections.map((s) => [s.title, s.initiatives.map((i) => [i.title, i.titleRich])]),
    ]);
    expect(strings).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});
