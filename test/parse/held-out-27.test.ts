/** Small pure rules found on the hundred-and-ninety-fourth and later held-out sets, and on earlier ones left over. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { nameBeforeVersion } from '../../src/parse/period-names.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a piece of work written with the version it came in is named by its words, not a release', () => {
  it.each([
    ['Cell Borders (v0.2.2+)', 'Cell Borders'],
    ['Tag Editor (1.4)', 'Tag Editor'],
    ['Merged Cells (v0.3.7+, macOS)', 'Merged Cells'],
    ['Series Fill (v0.2.3+, enhanced v0.3.5)', 'Series Fill'],
    // A release, a stage or a period by name is not a piece of work.
    ['Current Release (v1.0.0)', undefined],
    ['Completed (v0.2.x)', undefined],
    ['MVP (v0.2)', undefined],
    ['Phase 2 (v0.5)', undefined],
    ['Short term — next release (v0.8.4)', undefined],
    ['Long-Term Vision (v0.2.0+)', undefined],
    ['Milestone: Prototype (v0.1.0)', undefined],
    ['Q3 2025 (v2.1)', undefined],
    // The version leads, or nothing but a version: a release.
    ['v0.2.2 (Borders)', undefined],
    ['(v0.2.2)', undefined],
  ])('%j → %j', (title, name) => {
    expect(nameBeforeVersion(title)).toBe(name);
  });

  const area = (title: string, points: string[]) => `### ${title}\n${points.map((p) => `- ${p}`).join('\n')}\n`;
  const shipped = (areas: string) =>
    `# Grid Roadmap\n\n## Shipped\n\n${areas}\n## Planned\n\n- **Charts** — plot ranges\n- **Macros** — record steps\n`;

  it('reads each such area of a done group as one piece of work, as the areas without a version are', () => {
    const page = shipped(
      area('Core Editing', ['Cell editing with a formula bar', 'Undo and redo']) +
        area('Cell Borders (v0.2.2+)', ['Outline and clear presets', 'Borders kept on export', 'No doubled lines']) +
        area('Sparklines (v0.2.3+)', ['Bar charts in a cell', 'Scales to the data']) +
        area('Keyboard (v0.2.3+, macOS)', ['Cmd or Ctrl as the modifier', 'Delete clears cells']),
    );
    expect(titles(page)).toEqual([
      'Core Editing',
      'Cell Borders (v0.2.2+)',
      'Sparklines (v0.2.3+)',
      'Keyboard (v0.2.3+, macOS)',
      'Charts',
      'Macros',
    ]);
  });

  it('leaves a release under a done group as the group of its points', () => {
    const page = shipped(
      area('v0.2.2', ['Outline and clear presets', 'Borders kept on export']) +
        area('Release 0.2.3 (v0.2.3)', ['Bar charts in a cell', 'Scales to the data']),
    );
    expect(titles(page)).toEqual([
      'Outline and clear presets',
      'Borders kept on export',
      'Bar charts in a cell',
      'Scales to the data',
      'Charts',
      'Macros',
    ]);
  });
});
