/** Which edition labels readers see (slides, handout header, PDF properties): not one that is only a generic file name. */
import { describe, expect, it } from 'vitest';
import { shownLabel, withLabel, withoutLocaleTag } from '../../src/model/label.js';
import type { RoadmapEdition } from '../../src/model/types.js';

describe('a label that is only a generic file name', () => {
  it.each([
    ['ROADMAP', 'file-name', undefined],
    ['roadmap', 'file-name', undefined],
    ['docs-roadmap', 'file-name', undefined],
    ['README', 'file-name', undefined],
    ['roadmap_zh', 'file-name', undefined],
    ['ROADMAP.zh-CN', 'file-name', undefined],
    ['README-ja', 'file-name', undefined],
    ['roadmap-2025-de', 'file-name', 'roadmap-2025-de'],
    ['2024-fall', 'file-name', '2024-fall'],
    ['acme-roadmap-2025', 'file-name', 'acme-roadmap-2025'],
    ['Roadmap', 'front-matter', 'Roadmap'],
  ] as const)('%s from %s → %s', (label, labelSource, shown) => {
    expect(shownLabel({ label, labelSource } as unknown as RoadmapEdition)).toBe(shown);
  });
});

describe('a name with its label', () => {
  it('joins a label worth showing', () => {
    expect(withLabel('Acme Roadmap', { label: '2025 H1', labelSource: 'period' })).toBe('Acme Roadmap — 2025 H1');
    expect(withLabel('Acme Roadmap', { label: '2025 H1', labelSource: 'period' }, ' · ')).toBe(
      'Acme Roadmap · 2025 H1',
    );
  });
  it('leaves out a generic file name', () => {
    expect(withLabel('Acme Roadmap', { label: 'ROADMAP', labelSource: 'file-name' })).toBe('Acme Roadmap');
  });
});

describe("a translation's language tag on a file name", () => {
  it.each([
    ['roadmap_zh', 'roadmap'],
    ['ROADMAP.zh-CN', 'ROADMAP'],
    ['roadmap-zh-Hans', 'roadmap'],
    ['acme-roadmap-ja', 'acme-roadmap'],
    ['roadmap', 'roadmap'],
    ['zh', 'zh'],
    ['roadmap-2025', 'roadmap-2025'],
    ['sidecar', 'sidecar'],
  ])('%s → %s', (stem, bare) => {
    expect(withoutLocaleTag(stem)).toBe(bare);
  });
});
