import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { pageModelOf } from './model.js';

const modelOf = (file: string, markdown: string, project?: string) =>
  pageModelOf(
    parseRoadmap(sourceFromBytes(file, new TextEncoder().encode(markdown)), project ? { project } : {}).edition,
  );

describe('the model as the scorer sees it', () => {
  it('takes the deck title with the project, and no label when only the file name gives one', () => {
    const model = modelOf('roadmap.md', '# Roadmap\n\n## Next\n\n- Plugin API\n- Faster startup\n', 'Tool');
    expect(model.title).toBe('Tool Roadmap');
    expect(model.label).toBeNull();
  });

  it('keeps a label the page gives', () => {
    expect(modelOf('roadmap.md', '# Tool Roadmap 2026\n\n## Next\n\n- Plugin API\n- Faster startup\n').label).toBe(
      '2026',
    );
  });

  it('gives each initiative its section (null outside any), status (null when unknown) and tracking URL', () => {
    const model = modelOf(
      'roadmap.md',
      '# Tool Roadmap\n\n- Plugin API\n- Faster startup ([#42](https://github.com/o/tool/issues/42))\n',
    );
    expect(model.initiatives).toEqual([
      { title: 'Plugin API', section: null, status: null, tracking: null },
      { title: 'Faster startup', section: null, status: null, tracking: 'https://github.com/o/tool/issues/42' },
    ]);
    const sectioned = modelOf('roadmap.md', '# Tool Roadmap\n\n## Done\n\n- Plugin API\n- Faster startup\n');
    expect(sectioned.initiatives[0]).toEqual({ title: 'Plugin API', section: 'Done', status: 'done', tracking: null });
  });
});
