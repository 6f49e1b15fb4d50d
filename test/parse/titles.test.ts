/**
 * Titles read as titles: a reference or a bare URL written after an item's
 * name is split off; the link stays with the initiative, as its tracking link
 * or with its text, never lost.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const parse = (markdown: string) => allInitiatives(parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition);

describe('an item title that ends in a link', () => {
  it('loses a bare URL to its text', () => {
    const [serverless, regions] = parse('# Tool Roadmap\n\n## Later\n\n- [ ] Serverless tier <https://tool.dev/serverless>\n- [ ] Multi-region https://tool.dev/regions\n');
    expect(serverless!.title).toBe('Serverless tier');
    expect(serverless!.text).toBe('https://tool.dev/serverless');
    expect(serverless!.links.map((l) => l.url)).toEqual(['https://tool.dev/serverless']);
    expect(regions!.title).toBe('Multi-region');
    expect(regions!.text).toBe('https://tool.dev/regions');
  });

  it('loses an issue reference, which becomes the tracking link', () => {
    const [item] = parse('# Tool Roadmap\n\n## Next\n\n- Faster startup ([#42](https://github.com/o/tool/issues/42))\n- Plugin API\n');
    expect(item!.title).toBe('Faster startup');
    expect(item!.tracking?.url).toBe('https://github.com/o/tool/issues/42');
    expect(item!.text).toBe('');
  });

  it('keeps a link that is the title itself', () => {
    const [item] = parse('# Tool Roadmap\n\n## Next\n\n- [Plugin API](https://tool.dev/plugins)\n- Faster startup\n');
    expect(item!.title).toBe('Plugin API');
  });
});
