/**
 * The smallest roadmaps: one initiative, or none at all.
 */
import { describe, expect, it } from 'vitest';
import { RoadmapError } from '../../src/errors.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const parse = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition;

describe('a page with one initiative', () => {
  it('under a time bucket is that initiative, not the intro', () => {
    const edition = parse(
      '# Tool Roadmap\n\nWhat we plan.\n\n## Now\n\n### Faster startup\n\nLoad plugins on demand.\n',
    );
    expect(edition.sections.map((s) => s.title)).toEqual(['Now']);
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(['Faster startup']);
    expect(allInitiatives(edition)[0]!.position.line).toBe(7);
  });

  it('as the only sub-heading of a section is that initiative', () => {
    const edition = parse(
      '# Tool Roadmap\n\n## Next release\n\n### Plugin API\n\nA stable API for plugins.\n\n## How to help\n\nOpen an issue.\n',
    );
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(['Plugin API']);
    expect(edition.closing?.title).toBe('How to help');
  });

  it('keeps two prose headings as initiatives and an intro heading out of them', () => {
    const edition = parse('# Tool Roadmap\n\n## Now\n\n### One\n\nFirst thing.\n\n### Two\n\nSecond thing.\n');
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(['One', 'Two']);
  });
});

describe('a page with no initiative', () => {
  it('is an error that names the file and line', () => {
    expect(() => parse('# Tool Roadmap\n\nSome intro.\n')).toThrow(RoadmapError);
    try {
      parse('# Tool Roadmap\n\nSome intro.\n');
    } catch (error) {
      expect((error as RoadmapError).format()).toBe(
        'page.md:1: no initiatives found: expected headings, list items or table rows describing the work',
      );
    }
  });
});

describe('a lone heading under the page title', () => {
  it('is the one section the page has, unless it only wraps the roadmap', () => {
    const section = parse(
      '# Tool Roadmap 2026\n\n## Security\n\nHardening.\n\n### Signed releases\n\nSign everything.\n\n### Audit\n\nA third-party audit.\n',
    );
    expect(section.sections.map((s) => s.title)).toEqual(['Security']);
    expect(section.title).toBe('Tool Roadmap 2026');
    const wrapper = parse(
      '# Tool\n\n## Roadmap\n\nWhat we plan.\n\n### Signed releases\n\nSign everything.\n\n### Audit\n\nA third-party audit.\n',
    );
    expect(wrapper.sections.map((s) => s.implicit)).toEqual([true]);
    expect(JSON.stringify(wrapper.intro)).toContain('What we plan.');
  });
});
