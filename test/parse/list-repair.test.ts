/** Lists whose indentation CommonMark reads otherwise than their authors meant, and labels over lists. */
import type { List, ListItem } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { plainText } from '../../src/parse/markdown.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { unfoldLazyList } from '../../src/parse/list-repair.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';

const firstItem = (markdown: string) =>
  parseMarkdown(markdown).children.find((n): n is List => n.type === 'list')!.children[0] as ListItem;

describe('sub-items indented past where a nested list may start', () => {
  it.each([
    [
      'bullets under a numbered item',
      '  1. Code Review\n    - System Perspective\n    - Code Readability\n  2. Unit tests\n',
      'Code Review',
      ['System Perspective', 'Code Readability'],
    ],
    [
      'a bullet whose text runs on to the next line',
      '- [ ] 16: basic multiplayer support\n       * there will be bugs\n       * at this point, with a proper map,\n         battles can be fought.\n',
      '16: basic multiplayer support',
      ['there will be bugs', 'at this point, with a proper map, battles can be fought.'],
    ],
    [
      'bullets under a bullet, by a tab and more',
      '- improved runtime metrics\n        - raft state machine\n        - new backend\n',
      'improved runtime metrics',
      ['raft state machine', 'new backend'],
    ],
  ])('are the sub-list the author wrote: %s', (_, markdown, head, subs) => {
    const item = firstItem(markdown);
    unfoldLazyList(item);
    expect(plainText(item.children[0]!)).toBe(head);
    const sub = item.children[1] as List;
    expect(sub.type).toBe('list');
    expect(sub.children.map((child) => plainText(child))).toEqual(subs);
  });

  it('a line that goes on in words is the same sentence, left as it is', () => {
    const item = firstItem('- Reach 1.0 status /\nstability by the end of Q1\n');
    unfoldLazyList(item);
    expect(item.children).toHaveLength(1);
    expect(plainText(item.children[0]!)).toBe('Reach 1.0 status / stability by the end of Q1');
  });
});

describe('a short line over a list, some of its words in bold, labels the list', () => {
  it('so a "**Non**-Goals include:" list is not work, and the goals above it are', () => {
    const page =
      '# kite RoadMap\n\nHigh level goals for kite include:\n\n- Support multi-node clusters\n- Improve Windows support\n\n**Non**-Goals include:\n\n- Supporting every possible configuration\n- Being production workload ready\n\nLonger Term goals include:\n- A local storage provider\n';
    const titles = allInitiatives(parseRoadmap(sourceFromBytes('kite.md', Buffer.from(page))).edition).map(
      (i) => i.title,
    );
    expect(titles).toEqual(['Support multi-node clusters', 'Improve Windows support', 'A local storage provider']);
  });
});

describe('one bullet that names the whole list over the list', () => {
  const titles = (page: string) =>
    allInitiatives(parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page))).edition).map((i) => i.title);

  it.each(['Roadmap', 'TODO', 'Ideas:'])('only wraps the work under it: "* %s"', (label) => {
    expect(
      titles(
        `* ${label}\n    * Doc search per-section\n    * Re-enable sitemap\n    * Maybe versioned documentation\n`,
      ),
    ).toEqual(['Doc search per-section', 'Re-enable sitemap', 'Maybe versioned documentation']);
  });

  it('but one bullet naming its own work keeps its points', () => {
    const page = '# Roadmap\n\n## v0.6\n\n* Inference Router\n    * Model Experimentation\n    * Ensembling\n';
    expect(titles(page)).toEqual(['Inference Router']);
  });
});
