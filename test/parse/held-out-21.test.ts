/** Small pure rules found on the hundred-and-seventh and later held-out sets, and left from the sets before. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe("a title that names the roadmap: its own checklist is work, as a section's is", () => {
  const later = '\n\nLater down the line, we plan to:\n\n- [ ] Plugin store\n- [ ] Themes\n';
  it.each([
    ['# Roadmap', 5],
    ['# Widget Roadmap', 5],
    ['# Milestones', 5],
    // A title that names no roadmap: the boxes are the steps the introduction speaks of.
    ['# Widget', 2],
  ])('"%s" over three boxes and a labelled list: %i pieces of work', (title, count) => {
    const page = `${title}\n\nWidget gets new features as soon as they are ready.\n\n- [x] VST3 support\n- [x] Presets\n- [x] Pitch bend${later}`;
    expect(titles(page)).toHaveLength(count);
  });

  it('the boxes come first, done, in the section without a name', () => {
    const page = `# Roadmap\n\nIntro.\n\n- [x] VST3 support\n- [x] Presets${later}`;
    const [first, second] = edition(page).sections;
    expect(first!.initiatives.map((i) => [i.title, i.status])).toEqual([
      ['VST3 support', 'done'],
      ['Presets', 'done'],
    ]);
    expect(second!.initiatives.map((i) => i.title)).toEqual(['Plugin store', 'Themes']);
  });

  it.each([
    ['- [x] checked is completed\n- [ ] unchecked is to-do'],
    ['- [x] a ticked box: done\n- [ ] an empty box: planned'],
  ])('a key to the boxes is no work: %j', (key) => {
    const page = `# Roadmap\n\nKey:\n\n${key}\n\n## 4.0\n\n- [x] Multi-word names\n- [ ] Docs site\n\n## Maybe\n\n- [ ] Completion\n`;
    expect(titles(page)).toEqual(['Multi-word names', 'Docs site', 'Completion']);
  });
});

describe('a line used as a heading that opens by saying when groups work', () => {
  const page = (label: string) =>
    `# Roadmap\n\nWhat we do next.\n\n- VST3 support\n- Presets\n\n${label}\n\n- [ ] Refresh the GUI\n- [ ] New engine\n- [ ] Legato\n\nFeedback is welcome on the forum.\n`;
  it.each([
    ["Later down the line, we're planning to:", 3],
    ['In 2026, we will:', 3],
    ['Next, we want to:', 3],
    // Words that say no time: the boxes are the steps of the work the line names, not work of their own.
    ['Sound engine, which we rewrite:', 0],
    ["Longer than we'd like, but worth it:", 0],
  ])('"%s" over three boxes: %i pieces of work under it', (label, count) => {
    const under = allInitiatives(edition(page(label))).filter((i) => !['VST3 support', 'Presets'].includes(i.title));
    expect(under).toHaveLength(count);
  });
});
