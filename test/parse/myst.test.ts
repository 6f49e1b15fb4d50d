import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { roleText } from '../../src/parse/myst.js';

describe('MyST roles read as the site prints them', () => {
  it.each([
    ['issue', '646', { type: 'text', value: '#646' }],
    ['pr', '2027', { type: 'text', value: '#2027' }],
    ['user', 'ann', { type: 'text', value: '@ann' }],
    ['any', 'pkg.loadPackage', { type: 'inlineCode', value: 'pkg.loadPackage' }],
    ['py:func', 'pkg.load', { type: 'inlineCode', value: 'pkg.load' }],
    ['doc', 'Installing <install>', { type: 'text', value: 'Installing' }],
    ['ref', 'http-client-limit', { type: 'text', value: 'http-client-limit' }],
    ['issue', 'not-a-number', { type: 'inlineCode', value: 'not-a-number' }],
  ])('{%s}`%s`', (role, content, expected) => {
    expect(roleText(role, content)).toEqual(expected);
  });

  it('leaves no role or target in a page', () => {
    const page =
      '# Py Roadmap\n\n## Faster loading\n\nSee issue {issue}`646` and {any}`pkg.load`, by {user}`ann`.\n\n(http-limit)=\n\n## HTTP client\n\nWrite it on web APIs.\n';
    const edition = parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(page))).edition;
    const texts = allInitiatives(edition).map((i) => i.text);
    expect(texts).toEqual(['See issue #646 and pkg.load, by @ann.', 'Write it on web APIs.']);
  });
});
