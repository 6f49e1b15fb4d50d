/** Small pure rules found on the two-hundred-and-forty-sixth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { buildOutline } from '../../src/parse/outline.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { hasOwnDetailLines } from '../../src/parse/structure/blocks.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const initiatives = (markdown: string) => allInitiatives(edition(markdown));
const titles = (markdown: string) => initiatives(markdown).map((i) => i.title);

/** A release heading with its own bold key lines, then a lead and its points. */
const release = (name: string, keys: string[]) =>
  `### ${name}\n${keys.map((k) => `**${k}**: something`).join('  \n')}\n\n**Planned features**:\n- Raw mode\n- Key events\n`;
/** Whether each release of a page has detail lines of its own, as the walk reads them. */
const detailed = (keys: string[][], title = (n: number) => `Version 0.${n} — Part ${n}`) => {
  const root = parseMarkdown(`# Kite\n\n## Milestones\n\n${keys.map((k, n) => release(title(n), k)).join('\n')}`);
  return buildOutline(root).children[0]!.children[0]!.children.map(hasOwnDetailLines);
};

describe('bold keys sibling parts share are detail lines', () => {
  it.each([
    // "Theme" under each release is a field of the page's own, beside "Target" of the vocabulary.
    [
      'Target and Theme under each',
      [
        ['Target', 'Theme'],
        ['Target', 'Theme'],
        ['Target', 'Theme'],
      ],
      [true, true, true],
    ],
    // A key under three parts is shared; under one only, it is not.
    [
      'Theme under three of four',
      [
        ['Theme', 'Target'],
        ['Theme', 'Target'],
        ['Theme', 'Target'],
        ['Target', 'Mood'],
      ],
      [true, true, true, false],
    ],
    // Under two parts only it is not enough.
    ['Theme under two', [['Theme', 'Target'], ['Theme', 'Target'], ['Target']], [false, false, false]],
    // Two keys of the page's own, each shared: two detail lines.
    [
      'Theme and Focus under each',
      [
        ['Theme', 'Focus'],
        ['Theme', 'Focus'],
        ['Theme', 'Focus'],
      ],
      [true, true, true],
    ],
    // Long keys are sentences in bold, not fields.
    [
      'a long bold lead',
      [
        ['Theme', 'This is what we will do'],
        ['Theme', 'This is what we will do'],
        ['Theme', 'This is what we will do'],
      ],
      [false, false, false],
    ],
  ])('%s', (_, keys, expected) => {
    expect(detailed(keys)).toEqual(expected);
  });
});
