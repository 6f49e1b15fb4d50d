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
  ];
  for (const [name, text, shown] of cases) it(`reveals ${name}`, () => expect(revealHidden(text)).toBe(shown));

  it('percent-encodes them in URLs', () => {
    expect(encodeHidden('https://example.org/\u202Efdp.exe')).toBe('https://example.org/%E2%80%AEfdp.exe');
  });

  it('shows them in link text on the model, and leaves them in ordinary text', () => {
    const page = '# R\n\n## Now\n\n### Item\n\nSee [https://\u202Emoc.elgoog](https://evil.example/\u202Ex) and text with a joiner: 👨\u200D👩\u200D👧.\n';
    const { edition } = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page)));
    const body = blocksToText(allInitiatives(edition)[0]!.body);
    expect(body).toContain('https://⟨U+202E⟩moc.elgoog');
    expect(body).toContain('👨\u200D👩\u200D👧');
    expect(JSON.stringify(edition)).toContain('https://evil.example/%E2%80%AEx');
  });
});
