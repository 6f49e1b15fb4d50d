/** Which edition labels the slides show: not one that is only a generic file name. */
import { describe, expect, it } from 'vitest';
import type { RoadmapEdition } from '../../src/model/types.js';
import { shownLabel } from '../../src/render/view.js';

describe('a label that is only a generic file name', () => {
  it.each([
    ['ROADMAP', 'file-name', undefined],
    ['roadmap', 'file-name', undefined],
    ['docs-roadmap', 'file-name', undefined],
    ['README', 'file-name', undefined],
    ['2024-fall', 'file-name', '2024-fall'],
    ['acme-roadmap-2025', 'file-name', 'acme-roadmap-2025'],
    ['Roadmap', 'front-matter', 'Roadmap'],
  ] as const)('%s from %s → %s', (label, labelSource, shown) => {
    expect(shownLabel({ label, labelSource } as unknown as RoadmapEdition)).toBe(shown);
  });
});
