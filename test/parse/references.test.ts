/**
 * Cross-repository references ("owner/repo#123") become links to the issue,
 * as GitHub renders them; nothing else that looks alike does.
 */
import type { Link, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { linkReferences, writesName } from '../../src/parse/references.js';

function linksOf(markdown: string, own?: string): string[] {
  const root: Root = parseMarkdown(markdown);
  const before = plainText(root);
  linkReferences(root, own);
  expect(plainText(root)).toBe(before);
  const found: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'link') found.push((node as Link).url);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(root);
  return found;
}

const cases: [string, string, string[]][] = [
  ['on its own line', 'Work.\nrustls/rustls#1540\n', ['https://github.com/rustls/rustls/issues/1540']],
  ['after a label', 'RFC: acme/tool-ffi#87', ['https://github.com/acme/tool-ffi/issues/87']],
  [
    'two in a sentence',
    'See a/b#1 and c.d/e_f#22.',
    ['https://github.com/a/b/issues/1', 'https://github.com/c.d/e_f/issues/22'],
  ],
  ['inside a link: left as written', '[acme/tool#5](https://example.org/x)', ['https://example.org/x']],
  ['in code: left alone', '`acme/tool#5`', []],
  [
    'part of a URL or path: left alone',
    'https://example.org/acme/tool#5 and /src/acme/tool#5',
    ['https://example.org/acme/tool#5'],
  ],
  ['a bare number: unknown repository', 'Fixes #184.', []],
  [
    'on a page that links to GitLab: left alone',
    'group/project#3 and [a](https://gitlab.com/group/project/-/issues/1)',
    ['https://gitlab.com/group/project/-/issues/1'],
  ],
];

describe('cross-repository references', () => {
  it.each(cases)('%s', (_, markdown, expected) => {
    expect(linksOf(markdown)).toEqual(expected);
  });
});

describe("references to the page's own repository", () => {
  const own: [string, string, string[]][] = [
    ['a bare number', '- [ ] automatic linewrap (#184)', ['https://github.com/acme/editor/issues/184']],
    [
      'after a word and a colon',
      'Tracking: #12, then #13.',
      ['https://github.com/acme/editor/issues/12', 'https://github.com/acme/editor/issues/13'],
    ],
    ['another repository still its own', 'See other/lib#5.', ['https://github.com/other/lib/issues/5']],
    ['part of a word, an anchor or an entity: left alone', 'C#10, page#3, [go](#5), x#1a', ['#5']],
    ['in a heading anchor link: left as written', '[#7](https://example.org/7)', ['https://example.org/7']],
  ];
  it.each(own)('%s', (_, markdown, expected) => {
    expect(linksOf(`The Editor roadmap.\n\n${markdown}`, 'acme/editor')).toEqual(expected);
  });

  it("not on a page that never writes the repository's name (a copy kept elsewhere)", () => {
    expect(linksOf('- [ ] automatic linewrap (#184)', 'acme/roadmap-decks')).toEqual([]);
  });

  it.each([
    ['The xi editor is fast.', 'xi-editor', true],
    ['We use XiEditor.', 'xi-editor', true],
    ['Kubernetes 1.0', 'kubernetes', true],
    ['The editor is fast.', 'xi-editor', false],
    ['Plans for MLJ.jl', 'MLJ.jl', true],
    ['A kubernetes-native tool', 'kube', false],
  ])('%s writes %s: %s', (text, name, writes) => {
    expect(writesName(text, name)).toBe(writes);
  });
});
