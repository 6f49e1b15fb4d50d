import { describe, expect, it } from 'vitest';
import { slideAnchors } from '../../src/export/html/viewer/anchors.js';
import type { SlideData } from '../../src/export/html/viewer/types.js';

const deck: SlideData[] = [
  { kind: 'title' },
  { kind: 'board' },
  { kind: 'board' },
  { kind: 'section', id: 'core', title: 'Core' },
  { kind: 'initiative', id: 'core', alias: 'faster-startup', title: 'Faster startup' },
  { kind: 'initiative', id: 'plugins', title: 'Plugins' },
  { kind: 'closing' },
];

describe('slideAnchors: how the viewer names a slide in the address', () => {
  const anchors = slideAnchors(deck, deck.length);

  it.each([
    [0, 'title'],
    [1, 'board'],
    [2, 'board-2'],
    [3, 'core'],
    [4, 'core'],
    [6, 'closing'],
  ])('slide %i is named %s', (i, name) => {
    expect(anchors.anchorOf(i)).toBe(name);
  });

  it.each([
    ['1', 0],
    [' 3 ', 2],
    ['0', 0],
    ['99', 6],
    ['core', 4],
    ['CORE', 4],
    ['faster-startup', 4],
    ['board-2', 2],
    ['faster%2Dstartup', 4],
    ['%E0%A4%A', undefined],
    ['nowhere', undefined],
  ])('"%s" finds slide %s', (typed, index) => {
    expect(anchors.find(typed)).toBe(index);
  });

  it('an initiative wins a clash with a section, and an exact name is looked up as written', () => {
    expect(anchors.named('core')).toBe(4);
    expect(anchors.named('CORE')).toBeUndefined();
  });

  it('stands alone, to be serialized into the deck', () => {
    expect(slideAnchors.toString()).not.toMatch(/\b(require|import|exports|__name)\b/);
  });
});
