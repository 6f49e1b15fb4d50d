/** Which initiatives are set as statements: only a title, or a title and one short sentence. */
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model/types.js';
import { fitCss, isStatement } from '../../src/render/fit-plan.js';

const p = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('isStatement', () => {
  it.each([
    ['no body', [], true],
    ['one short sentence', [p('Driving this to 1.0 by adding some composable components.')], true],
    ['one sentence without a full stop', [p('A faster setup')], true],
    ['two sentences', [p('A faster setup. And fewer plugins.')], false],
    ['two paragraphs', [p('One.'), p('Two.')], false],
    ['a list', [{ type: 'list', children: [] } as unknown as Block], false],
    ['a sentence of 31 words', [p(`${'word '.repeat(31).trim()}.`)], false],
    ['a sentence of 30 words', [p(`${'word '.repeat(30).trim()}.`)], true],
    ['a version number inside', [p('Ship v1.2 of the plugin API with typed hooks.')], true],
  ] as [string, Block[], boolean][])('%s → %s', (_, blocks, expected) => {
    expect(isStatement(blocks)).toBe(expected);
  });
});

describe('fitCss', () => {
  it('gives slides scaled up or down their size, and leaves 100% alone', () => {
    const css = fitCss({ 3: { scale: 140 }, 4: { scale: 100 }, 5: { scale: 60, keep: 2 } });
    expect(css).toContain('section[id="3"]{--fit:1.4}');
    expect(css).toContain('section[id="5"]{--fit:0.6}');
    expect(css).not.toContain('id="4"');
  });
});
