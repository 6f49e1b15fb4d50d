/** Small pure rules found on the tenth held-out set: a release's roadmap, keys to codes, date columns, references as trackers. */
import type { List, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { isLegendList } from '../../src/parse/legend.js';
import { metaOf } from '../../src/parse/meta.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { buildOutline } from '../../src/parse/outline.js';
import { groupAmongBuckets } from '../../src/parse/structure/groups.js';
import { readTable } from '../../src/parse/table.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const first = (markdown: string) => parseMarkdown(markdown).children[0];

describe('a page titled as the roadmap of one release is labelled by it', () => {
  it.each([
    ['# 1.0 Roadmap', '1.0'],
    ['# Roadmap 0.4', '0.4'],
    ['# Roadmap for 2.0.1', '2.0.1'],
    ['# v3.1 roadmap:', 'v3.1'],
    ['# Roadmap', undefined],
    ['# 2024 Roadmap', '2024'],
  ])('%s → %s', (h1, label) => {
    const read = edition(`${h1}\n\n## Next\n\n- Faster builds\n- Smaller images\n`);
    if (label) expect(read.label).toBe(label);
    else expect(read.labelSource).not.toBe('period');
  });
});

describe('a key to the page’s codes is not work', () => {
  it.each([
    ['- P0 = Serious issue to be dealt with ASAP.\n- P1 = Normal priority.\n- P2 = Can be delayed.', true],
    ['- S → small\n- M → medium\n- L → large', true],
    ['- Search: find anything\n- Export: write a file', false],
    ['- P0 = urgent\n- P0 = also urgent', false],
    ['- a = b is the assignment we need\n- Plugins', false],
    ['- 🗡️ - certain release\n- 🔱 - heavily strived\n- 🍁 - unsure to appear', true],
    ['- ✅ - done\n- 🚧 - in progress', true],
    ['- **PA** - pre-alpha (0.x)\n- **A** - alpha (1.x-2.x)\n- **B** - beta (4.x-5.x)', true],
    [
      '- **UI** - Redesign the settings page so that it reads at a glance\n- **CLI** - A new command\n- **API** - Stable',
      false,
    ],
    ['- **PA** - pre-alpha\n- **A** - alpha', false],
    ['- 🚀 Faster builds\n- 🔒 Signed images', false],
  ])('%s → %s', (markdown, legend) => {
    expect(isLegendList(first(markdown) as List)).toBe(legend);
  });

  it('reads "Prioritization" as how the project works', () => {
    expect(metaOf('Prioritization', [], false)?.kind).toBe('process');
    expect(metaOf('Prioritise the plugin API', [], false)).toBeUndefined();
  });
});

describe('a date column is no title, however it is written', () => {
  it.each([
    ['| Milestone End Date | Milestone Name |\n| --- | --- |\n| 12-12-2022 | Stage 1 |', 'Milestone Name'],
    ['| Date | Work |\n| --- | --- |\n| 2024/06/30 | Plugins |\n| 2024.09 | Themes |', 'Work'],
    ['| Milestone | Due |\n| --- | --- |\n| Plugin API | 2024-06 |\n| Themes | 2024-09 |', 'Milestone'],
  ])('%s → %s', (markdown, header) => {
    const reading = readTable(first(markdown) as Table);
    expect(reading.kind === 'items' && reading.headers[reading.titleCol]).toBe(header);
  });
});

describe('a title’s references track it when one alone is an issue', () => {
  const trackingOf = (line: string) =>
    edition(`# Roadmap\n\n## Soon\n\n- ${line}\n- Other work\n`).sections[0]!.initiatives[0]!.tracking?.url ?? null;
  it.each([
    [
      'add Julia Manifest support (https://docs.julialang.org/pkg, [#486](https://github.com/o/r/issues/486))',
      'https://github.com/o/r/issues/486',
    ],
    [
      'Feature engineering [#426](https://github.com/o/r/issues/426) [MLJModels #314](https://github.com/o/m/issues/314)',
      null,
    ],
    ['simple find/replace (https://github.com/o/mac/issues/9, [#150](https://github.com/o/r/issues/150))', null],
  ])('%s → %s', (line, url) => {
    expect(trackingOf(line)).toBe(url);
  });
});

describe('parts that say how and where, not what', () => {
  it.each([
    ['Strategy for adoption', '- **Document everything**. Not just your APIs.', 'about'],
    ['Strategy', 'We build in the open.', 'about'],
    ["Where we're at", 'Most of the specification is stable.', 'about'],
    ['Where we stand', 'The server is production-ready.', 'about'],
    ['Where we are', '- Plugin API\n- Themes', undefined],
    ['Storage strategy rework', 'Move the index to a new engine.', undefined],
  ])('%s → %s', (title, text, kind) => {
    expect(metaOf(title, parseMarkdown(text).children, false)?.kind).toBe(kind);
  });
});

describe('areas of a release, each a checklist', () => {
  const page = (parent: string) =>
    `# Roadmap\n\nThe plan for the next release.\n\n## ${parent}\n\n#### Keyboard\n  - [x] layer support\n  - [ ] RGB\n\n#### Wireless\n  - [x] BLE support\n  - [ ] more MCUs\n\n#### Tooling\n  - [ ] default bootloader\n  - [ ] USB DFU\n\nIf you want to contribute, open an issue!\n`;
  const titles = (markdown: string) => edition(markdown).sections.flatMap((s) => s.initiatives.map((i) => i.title));

  it.each(['Roadmap to 1.0.0', 'v2.0', 'Plan for 3.1'])('under "%s" hold one piece of work per box', (parent) => {
    expect(titles(page(parent))).toEqual([
      'layer support',
      'RGB',
      'BLE support',
      'more MCUs',
      'default bootloader',
      'USB DFU',
    ]);
  });

  it('under a heading that names no release, each checklist is the steps of its heading’s work', () => {
    expect(titles(page('Areas'))).toEqual(['Keyboard', 'Wireless', 'Tooling']);
  });
});

describe('a heading that names its list as the work', () => {
  it.each(['CheckList (not exhaustive)', 'Checklist', 'Release check-list'])(
    '"%s" holds one piece of work per box',
    (heading) => {
      const read = edition(
        `# Roadmap\n\n## Future Plans\n\n1. AWS support\n2. GCP support\n\n### ${heading}\n- [ ] add Web client\n- [x] improve logging\n`,
      );
      expect(read.sections.flatMap((s) => s.initiatives.map((i) => [i.title, i.status]))).toEqual([
        ['AWS support', 'future'],
        ['GCP support', 'future'],
        ['add Web client', 'future'],
        ['improve logging', 'done'],
      ]);
    },
  );
});

describe('a group beside period groups is read as they are', () => {
  const page = (title: string, near = 'Near-Term') =>
    `# Roadmap\n\n## Planned\n\n### ${near}\n\n- **Installer** — a one-line installer\n- **Connectors** — lifecycle of connectors\n\n### Long-Term\n\n- **Dashboard** — a web UI\n- **SDK** — executors out of tree\n\n### ${title}\n\nNot scheduled, built when a use case asks:\n\n- **GCP Executors** — node pools and SQL\n- **Azure Executors** — AKS and VMs\n`;
  const titles = (markdown: string) => edition(markdown).sections.flatMap((s) => s.initiatives.map((i) => i.title));

  it('reads the named items of every group, "On-Demand" too', () => {
    expect(titles(page('On-Demand'))).toEqual([
      'Installer',
      'Connectors',
      'Dashboard',
      'SDK',
      'GCP Executors',
      'Azure Executors',
    ]);
  });

  it.each([
    ['Near-Term', true],
    ['Publishing system (Phase 1)', false],
  ])('beside "%s" and "Long-Term": a group of its own, %s', (near, group) => {
    const outline = buildOutline(parseMarkdown(page('On-Demand', near)));
    const planned = outline.children[0]!.children[0]!;
    const onDemand = planned.children.find((n) => n.heading?.title === 'On-Demand')!;
    expect(groupAmongBuckets(onDemand)).toBe(group);
  });
});
