/** Small pure rules found on the three-hundred-and-twenty-fourth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);
const states = (markdown: string) => allInitiatives(edition(markdown)).map((i) => `${i.title}|${i.status}`);

describe("a list that opens with the state of the work above it is that work's details", () => {
  const page = (first: (state: string) => string, second = '') =>
    `# Quillmark Roadmap\n\n## Planned\n\n### Offline sync\n\n${first('in progress')}\n${second}- Store edits locally and replay them when back online.\n- Show a conflict view.\n\n### Theme editor\n\n${first('planned')}\n- Let users pick colours and fonts.\n- Preview in place.\n`;
  it.each([
    ['"- Status: …"', (state: string) => `- Status: ${state}`, ''],
    ['"- **Status:** …"', (state: string) => `- **Status:** ${state}`, ''],
    ['"- Status: …" then an owner', (state: string) => `- Status: ${state}`, '- Owner: @ana\n'],
    ['"- **Status**: …" then a priority', (state: string) => `- **Status**: ${state}`, '- **Priority:** high\n'],
  ])('%s', (_, first, second) => {
    expect(states(page(first, second))).toEqual(['Offline sync|in-progress', 'Theme editor|planned']);
  });
  it('"- State: …" leads the details too', () => {
    expect(titles(page((state) => `- State: ${state}`))).toEqual(['Offline sync', 'Theme editor']);
  });
  it.each([
    ['a status that is a sentence', '- Status: we will look at this again once the storage layer has settled down'],
    ['a status line in the middle of the list', '- Store edits locally.\n- Status: in progress'],
    ['a status line over a list of its own', '- Status: in progress\n  - Store edits locally.\n  - Replay them later.'],
    ['a status line over lines that each give their own state', '- Status: stable\n- Parser: stable\n- Printer: beta'],
  ])('%s leads nothing', (_, lines) => {
    const body = `# Quillmark Roadmap\n\n## Planned\n\n- Rule presets\n- Quick fixes\n\n## Sync\n\n${lines}\n- Show a conflict view.\n`;
    expect(titles(body)).not.toEqual(['Rule presets', 'Quick fixes', 'Sync']);
  });
  it('lines that each give their own state stay lines of their own, not taking the leading one', () => {
    const page = '# Quillmark Roadmap\n\n## Components\n\n- Status: stable\n- Parser: stable\n- Printer: beta\n';
    expect(states(page)).toEqual(['Status: stable|unknown', 'Parser: stable|unknown', 'Printer: beta|unknown']);
  });
  it("under a release, a leading state is the release's and its lines stay its work", () => {
    const release =
      '# Quillmark Roadmap\n\n## v3.0\n\n- Status: in progress\n- Rule presets shared by teams\n- Quick fixes for common findings\n';
    expect(titles(release)).toContain('Rule presets shared by teams');
  });
});

describe('a pointer to plain issue numbers after a title goes with them', () => {
  it.each([
    ['(see #5)', 'Side-scrolling levels (see #5)'],
    ['(see also #5, #7)', 'Side-scrolling levels (see also #5, #7)'],
    [', cf. #12', 'Side-scrolling levels, cf. #12'],
  ])('%s', (_, line) => {
    const page = `# Quillmark Roadmap\n\n## Next\n\n- ${line}\n- Two-player mode\n`;
    expect(titles(page)).toEqual(['Side-scrolling levels', 'Two-player mode']);
  });
  it('words that are no pointer stay', () => {
    const page = '# Quillmark Roadmap\n\n## Next\n\n- Levels you can see through #5\n- Two-player mode\n';
    expect(titles(page)[0]).toBe('Levels you can see through');
  });
});

describe("under a release, a heading that only names the kind of change holds the release's work", () => {
  const page = (first: string, second: string) =>
    `# Quillmark Roadmap\n\n## 0.3.0 - Released on 2021-06-27\n\n### ${first}\n\n- Flow editor\n- Memory report\n- Enemy sprites\n\n## 0.2.0 - Released on 2021-04-27\n\n### ${second}\n\n- Rule scripting\n- Sound effects\n`;
  const work = ['Flow editor', 'Memory report', 'Enemy sprites', 'Rule scripting', 'Sound effects'];
  it.each([
    ['New features', 'New features'],
    ['Features', 'Improvements'],
    ['Added', 'Bug fixes'],
  ])('"%s", "%s"', (first, second) => {
    expect(titles(page(first, second))).toEqual(work);
  });
  it('an area under a release that has shipped is what it delivered, one piece', () => {
    expect(titles(page('Editor', 'Scripting'))).toEqual(['Editor', 'Scripting']);
  });
});

describe('parts on how the project works, what it points to and releases no longer kept are not work', () => {
  const work = '# Quillmark Roadmap\n\n## Next\n\n- Rule presets\n- Quick fixes\n\n';
  it.each([
    [
      '## Development Guidelines\n\n### Code Quality\n\n- Tests for every change\n- Review by two people\n\n### Release Process\n\n- Tag from main\n- Sign the artefacts\n',
    ],
    [
      '## Related Documentation\n\n- [Setup guide](./setup.md) - Getting started\n- Design notes (docs/design/) - How it fits together\n',
    ],
    [
      '## Archived\n\n### v1.1\n\n- **Released:** March 2019\n- Dark theme\n\n### v1.0\n\n- **Released:** January 2019\n- First release\n',
    ],
    ['## Older versions\n\n### v1.1\n\n- Dark theme\n\n### v1.0\n\n- First release\n'],
  ])('%j', (part) => {
    expect(titles(work + part)).toEqual(['Rule presets', 'Quick fixes']);
  });
  it.each([
    [
      '## Code Quality\n\n- Tests for every change\n- Review by two people\n',
      ['Tests for every change', 'Review by two people'],
    ],
    [
      '## Standards\n\n- Read the new calendar format\n- Write the old one\n',
      ['Read the new calendar format', 'Write the old one'],
    ],
  ])('%j stays work', (part, more) => {
    expect(titles(work + part)).toEqual(['Rule presets', 'Quick fixes', ...more]);
  });
});

describe('a plain lead that opens two lines of a list is shared, however each line was cut', () => {
  it('keeps both lines whole', () => {
    const page =
      '# Quillmark Roadmap\n\n## Later\n\n* Batch runner for pairs, sets, etc.\n* "Relay" support for many workers.\n* Pass-through mode? Maybe.\n* Plugin: more general cache store, maybe Redis?\n* Plugin: SQLite3 reader interface.\n';
    expect(titles(page).slice(3)).toEqual([
      'Plugin: more general cache store, maybe Redis?',
      'Plugin: SQLite3 reader interface',
    ]);
  });
  it('a lead met once still names its line', () => {
    const page =
      '# Quillmark Roadmap\n\n## Later\n\n- Batch runner for whole folders\n- Plugin API: a stable interface for third-party rules, with examples, docs and tests.\n- Watch mode\n';
    expect(titles(page)).toContain('Plugin API');
  });
});

describe('a line that only points to a document by its file name holds no work', () => {
  it.each([['cf NOTES.md for more speculative ideas.'], ['See `PLANS.md` for more.'], ['See also docs/ideas.md']])(
    '%s',
    (line) => {
      const page = `# Quillmark Roadmap\n\n## Later\n\n- Batch runner\n- Watch mode\n- ${line}\n`;
      expect(titles(page)).toEqual(['Batch runner', 'Watch mode']);
    },
  );
  it.each([['Check README.md parsing'], ['See README.md rendered on the site']])('%s names work', (line) => {
    const page = `# Quillmark Roadmap\n\n## Later\n\n- Batch runner\n- Watch mode\n- ${line}\n`;
    expect(titles(page)).toEqual(['Batch runner', 'Watch mode', line]);
  });
});
