/**
 * Shapes of roadmap pages beyond the corpus: status boards with traffic-light
 * circles, a status in parentheses after a bold name, a "Last reviewed" quote,
 * and an FAQ that is not part of the work.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const PAGE = `# MeshCtl Roadmap

> Last reviewed 2025-11-02 by the steering committee.

## v1.4

| Item | Status | Notes |
|------|--------|-------|
| Ambient mode GA | 🟡 | Needs perf sign-off |
| Gateway API v1.2 | 🟢 | |
| Wasm plugin SDK | ⚪ | Design pending |

## v1.5

* **Multi-cluster discovery** (🟡): works across regions.
* **CLI revamp** (⚪)

## FAQ

**Q: Can I request a feature?** Yes, open a discussion.
`;

describe('a status board page', () => {
  const edition = parseRoadmap(sourceFromBytes('mesh.md', new TextEncoder().encode(PAGE))).edition;
  const byTitle = new Map(allInitiatives(edition).map((i) => [i.title, i]));

  it('reads traffic-light circles as done, in progress and not started', () => {
    expect(byTitle.get('Gateway API v1.2')!.status).toBe('done');
    expect(byTitle.get('Ambient mode GA')!.status).toBe('in-progress');
    expect(byTitle.get('Wasm plugin SDK')!.status).toBe('planned');
    // The badge says it: a bare status cell is not repeated in the text.
    expect(byTitle.get('Gateway API v1.2')!.text).toBe('');
    expect(byTitle.get('Ambient mode GA')!.text).toBe('Needs perf sign-off');
    expect(byTitle.get('Ambient mode GA')!.statusText).toBe('🟡');
  });

  it("takes a status in parentheses after a bold name as the name's", () => {
    expect(byTitle.get('Multi-cluster discovery')!.status).toBe('in-progress');
    expect(byTitle.get('Multi-cluster discovery')!.text).toBe('works across regions.');
    expect(byTitle.get('CLI revamp')!.status).toBe('planned');
  });

  it('keeps "Last reviewed … by …" as the date it was updated, with no empty quote left', () => {
    expect(edition.lastUpdated).toBe('2025-11-02');
    expect(edition.intro.some((b) => b.type === 'blockquote')).toBe(false);
  });

  it('does not take an FAQ for work', () => {
    expect([...byTitle.keys()]).toEqual([
      'Ambient mode GA',
      'Gateway API v1.2',
      'Wasm plugin SDK',
      'Multi-cluster discovery',
      'CLI revamp',
    ]);
    expect(edition.sections.map((s) => s.title)).toEqual(['v1.4', 'v1.5']);
  });
});

describe('a plain "Status: Done" line under a heading', () => {
  it('is the initiative\'s status and leaves the text; a long sentence after "Status:" stays text', () => {
    const page =
      '# Kite Roadmap\n\n## 2026 H1\n\n### Faster builds\n\nStatus: **In progress**\n\nBuilds take less time.\n\n### New docs site\n\nStatus: Done\n\nMoved.\n\n### Plugins\n\nStatus: we are still weighing the options for the registry.\n';
    const items = allInitiatives(parseRoadmap(sourceFromBytes('kite.md', new TextEncoder().encode(page))).edition);
    expect(items.map((i) => [i.title, i.status, i.text])).toEqual([
      ['Faster builds', 'in-progress', 'Builds take less time.'],
      ['New docs site', 'done', 'Moved.'],
      // Not a status line; scheduled for "2026 H1", so planned.
      ['Plugins', 'planned', 'Status: we are still weighing the options for the registry.'],
    ]);
  });
});

describe('collapsible <details> blocks', () => {
  it('are initiatives named by their <summary>, with the text inside as body', () => {
    const page =
      '# Notes Roadmap\n\n## 2026\n\n<details>\n<summary><b>Search v2</b></summary>\n\nFull-text search.\n\n</details>\n\n<details>\n<summary>Offline sync</summary>\n\nEdit without a network.\n\n</details>\n';
    const items = allInitiatives(parseRoadmap(sourceFromBytes('notes.md', new TextEncoder().encode(page))).edition);
    expect(items.map((i) => [i.title, i.text])).toEqual([
      ['Search v2', 'Full-text search.'],
      ['Offline sync', 'Edit without a network.'],
    ]);
  });
});

describe('a "Current focus" section', () => {
  it('is work under way, while a "Current roadmap" is only the latest plan', () => {
    const page =
      '# Roadmap\n\n## 🚀 Current focus\n\n- Faster parser\n- Plugin system v2\n\n## 🔭 Future\n\n- WASM build\n- LSP server\n';
    const edition = parseRoadmap(sourceFromBytes('gh.md', new TextEncoder().encode(page))).edition;
    expect(edition.sections.map((s) => [s.title, s.bucket?.label, s.status])).toEqual([
      ['🚀 Current focus', 'Current focus', 'in-progress'],
      ['🔭 Future', 'Future', 'future'],
    ]);
    const plan = parseRoadmap(
      sourceFromBytes(
        'plan.md',
        new TextEncoder().encode('# Tool\n\n## Current roadmap\n\n- Faster parser\n- Plugin system v2\n'),
      ),
    ).edition;
    expect(plan.sections[0]!.status).toBeUndefined();
  });
});

describe('lists of sentences beside headings in prose', () => {
  const sections = (page: string) =>
    parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page))).edition.sections.map((s) => [
      s.title,
      s.initiatives.map((i) => i.title),
    ]);
  const goals =
    '## New Goals\n\nWe have identified these goals:\n\n- Add a fast data path.\n- Let users pick isolated networks.\n- Offer quality of service per pod.\n\n';
  const year =
    '## 2024 Goals\n\n- Find a second maintainer.\n- Restart the community calls.\n- Present at conferences.\n';

  it('are one piece of work each when the prose headings set the tone', () => {
    const prose = '## Faster sync\n\nSync runs in half the time.\n\n## Plugin API\n\nA stable API for plugins.\n\n';
    expect(sections(`# Kite Roadmap\n\n${prose}${goals}`).map(([, titles]) => titles)).toEqual([
      ['Faster sync', 'Plugin API', 'New Goals'],
    ]);
  });

  it('a release beside a release in prose is one piece of work: its list is what it delivers', () => {
    const releases =
      '## v0.2.0: Foundation\n\n- Core implementation.\n- Initial testing.\n- Project documentation.\n\n## v0.3.0: Extensions\n\n- Extended API fields.\n- Rate limiting.\n- Authentication.\n\n## v1.0.0: GA\n\nVisit the milestones page to learn more.\n';
    expect(sections(`# Kite Roadmap\n\n${releases}`).map(([, titles]) => titles)).toEqual([
      ['v0.2.0: Foundation', 'v0.3.0: Extensions', 'v1.0.0: GA'],
    ]);
  });

  it('hold one initiative per item when lists outnumber the prose beside them', () => {
    const approach = '## New Approach\n\nFor two years we built a networking layer on eBPF; it can help here too.\n\n';
    expect(sections(`# Kite Roadmap\n\n${approach}${goals}${year}`)).toEqual([
      ['New Goals', ['Add a fast data path', 'Let users pick isolated networks', 'Offer quality of service per pod']],
      ['2024 Goals', ['Find a second maintainer', 'Restart the community calls', 'Present at conferences']],
    ]);
  });
});

describe('a sub-heading that names a list of the work, under a heading in prose', () => {
  const page = `# Kite Roadmap

## Milestones

Our main planning tool is the milestone on GitHub: issues for a release are added to its milestone.

## Upstream work

Most features come from the platform's own proposals, which we follow closely.

## Long-term features

Some features span several releases. They are listed below.

### Initiatives on Kite's roadmap

- Improve upstream documentation
- Automate the release process
- Increase pod density on nodes

## Known Risks

- We rely on other teams.
`;

  it('holds the initiatives, one per item; the prose headings beside it are context', () => {
    const { edition } = parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page)));
    const section = edition.sections.find((s) =>
      s.initiatives.some((i) => i.title === 'Improve upstream documentation'),
    );
    expect(section?.initiatives.map((i) => i.title)).toEqual([
      'Improve upstream documentation',
      'Automate the release process',
      'Increase pod density on nodes',
    ]);
    // The prose headings beside it tell how the project plans, not what: they are context.
    expect(allInitiatives(edition).map((i) => i.title)).toEqual([
      'Improve upstream documentation',
      'Automate the release process',
      'Increase pod density on nodes',
    ]);
  });
});

describe('a one-line sentence over a checklist', () => {
  it.each([
    ['Kite does the basics already. Some work is left before production.'],
    ['Kite 已经实现了所有基本功能。然而，离生产应用还有一些工作要做。'],
  ])('is its introduction, not a label: %s', (intro) => {
    const page = `# Roadmap\n\n${intro}\n\n- [x] Lazy compilation\n- [x] Source maps\n- [ ] Tree shaking\n- [ ] Persistent cache\n`;
    const items = allInitiatives(parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page))).edition);
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ['Lazy compilation', 'done'],
      ['Source maps', 'done'],
      ['Tree shaking', 'planned'],
      ['Persistent cache', 'planned'],
    ]);
  });
});

describe('a heading whose one paragraph introduces lists of work under status titles groups them', () => {
  const read = (page: string) =>
    parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page))).edition.sections.map((s) => [
      s.title,
      s.initiatives.map((i) => `${i.title} [${i.status}]`),
    ]);

  it('reads the items of each list as the work, with the status their heading says', () => {
    const page = `# Roadmap

# Where we are (0.x branch)

Our goal for the 0.x branch is stable apps.

## What's already implemented

**Core**

- Task scheduler
- Storage layer

**Apps**

- Remote control: the common protocols

# Where we're going (1.0)

The main goal for 1.0 is a stable API.

## What we're planning to implement in 1.0

- More protocols
- User documentation (work in progress)
- Deep sleep mode

## When will it happen?

Around the end of the year.
`;
    expect(read(page)).toEqual([
      [
        "What's already implemented",
        ['Task scheduler [done]', 'Storage layer [done]', 'Remote control: the common protocols [done]'],
      ],
      [
        "What we're planning to implement in 1.0",
        ['More protocols [planned]', 'User documentation [in-progress]', 'Deep sleep mode [planned]'],
      ],
    ]);
  });

  it('but a feature described in a paragraph keeps its "Tasks" list as its own detail', () => {
    const feature = (name: string) =>
      `## ${name}\n\nA paragraph on ${name}, what it is for.\n\n### Tasks\n\n- First step\n- Second step\n- Third step\n\n`;
    const page = `# Acme Roadmap\n\n${feature('Plugin API')}${feature('Faster builds')}`;
    expect(read(page).flatMap(([, items]) => items)).toEqual(['Plugin API [unknown]', 'Faster builds [unknown]']);
  });
});

describe('a heading with detail lines of its own is one piece of work, even one named as a phase', () => {
  const read = (page: string) =>
    parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page))).edition.sections.flatMap((s) =>
      s.initiatives.map((i) => `${i.title} [${i.status}]`),
    );
  const phase = (n: number, name: string, done: boolean) =>
    `## Phase ${n}: ${name}${done ? ' ✓ (COMPLETE)' : ''}\n**Goal**: Make ${name.toLowerCase()} work\n\n**Deliverables**:\n- First part\n- Second part\n- Third part\n\n**Success Criteria**: It works\n\n`;

  it('reads "Goal", "Deliverables" and "Success Criteria" as the phase\'s details', () => {
    const page = `# Acme Roadmap\n\n${phase(1, 'Storage', true)}${phase(2, 'Networking', false)}${phase(3, 'Scheduling', false)}`;
    expect(read(page)).toEqual([
      'Phase 1: Storage [done]',
      'Phase 2: Networking [unknown]',
      'Phase 3: Scheduling [unknown]',
    ]);
  });

  it('a phase with only a list beside phases described by detail lines is read as they are', () => {
    const page = `# Acme Roadmap\n\n## Phase 0: Bootstrap ✓ (COMPLETE)\n- Vision document\n- Technology stack\n- Standards\n\n${phase(1, 'Storage', true)}${phase(2, 'Networking', false)}${phase(3, 'Scheduling', false)}`;
    expect(read(page)).toEqual([
      'Phase 0: Bootstrap [done]',
      'Phase 1: Storage [done]',
      'Phase 2: Networking [unknown]',
      'Phase 3: Scheduling [unknown]',
    ]);
  });

  it('a phase with only a list is still a group of work', () => {
    const page =
      '# Acme Roadmap\n\n## Phase 1\n- First part\n- Second part\n\n## Phase 2\n- Third part\n- Fourth part\n';
    expect(read(page)).toHaveLength(4);
  });
});

describe('ticked boxes say more than an emoji before a heading', () => {
  it('reads a heading over only ticked boxes as done, whatever its icon', () => {
    const page = `# Acme Roadmap\n\n## Phase 1\n\n### 🏗️ Core System Design\n- [x] Database schema\n- [x] API structure\n\n### 🚧 Plugins\n- [x] Loader\n- [ ] Registry\n\n### 📝 Docs\n- [x] Guide\n- [x] Reference\n`;
    const statuses = parseRoadmap(
      sourceFromBytes('roadmap.md', new TextEncoder().encode(page)),
    ).edition.sections.flatMap((s) => s.initiatives.map((i) => [i.title, i.status]));
    expect(statuses).toEqual([
      ['🏗️ Core System Design', 'done'],
      ['Plugins', 'in-progress'],
      ['📝 Docs', 'done'],
    ]);
  });
});

describe('a sub-heading that only holds a code block illustrates the part above it', () => {
  it('joins its parent: the parent keeps its own checklist as the work', () => {
    const page =
      '# Acme Roadmap\n\n## Q3 2026 - Windows Support\n- [ ] Build the installer\n- [ ] Test on Windows 11\n\n### Windows Implementation Plan\n```\nInstaller.exe\n└─ Install to Program Files\n```\n\n## Future\n- [ ] Linux AppImage\n';
    const { edition } = parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page)));
    const titles = edition.sections.flatMap((s) => s.initiatives.map((i) => i.title));
    expect(titles).not.toContain('Windows Implementation Plan');
    expect(titles).toContain('Build the installer');
    expect(titles).toContain('Linux AppImage');
  });
});

describe("one item alone under a heading describes the heading's work", () => {
  const titles = (page: string) =>
    parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page))).edition.sections.flatMap((s) =>
      s.initiatives.map((i) => i.title),
    );

  it('names the work by the heading, not by the long sentence under it', () => {
    const page =
      '# Roadmap\n\n## 1. Return the project to a maintained status\n\n- Return the project to a maintained status by creating a core team, documenting all policies and processes, and establishing a regular release cadence.\n\n## 2. Modernize the community\n\n- Modernize the community by consolidating the repositories into one organization and improving contributor experience.\n';
    expect(titles(page)).toEqual(['1. Return the project to a maintained status', '2. Modernize the community']);
  });

  it('but one item under a period is the work of that period', () => {
    const page = '# Roadmap\n\n## Q3 2025\n\n- Plugin API\n\n## Q4 2025\n\n- Faster builds\n';
    expect(titles(page)).toEqual(['Plugin API', 'Faster builds']);
  });
});

describe('a table that sums up the work described after it is its overview', () => {
  const titles = (page: string) =>
    parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page))).edition.sections.flatMap((s) =>
      s.initiatives.map((i) => i.title),
    );
  const details =
    '## Planned\n\n### Near-Term\n\n- **Installer** — a one-line installer\n- **Dashboard** — a web dashboard\n\n### Long-Term\n\n- **Multi-cluster** — coordination across clusters\n- **SDK** — a framework for executors\n';

  it('does not make a second slide for each row named again below', () => {
    const page = `# Roadmap\n\n## Quick Status\n\n| Component | Status |\n|---|---|\n| Installer | Pending |\n| Dashboard | Pending |\n| Multi-cluster | Pending |\n| SDK | Pending |\n\n${details}`;
    expect(titles(page)).toEqual(['Installer', 'Dashboard', 'Multi-cluster', 'SDK']);
  });

  it('a table of work of its own stays the work', () => {
    const page = `# Roadmap\n\n## Platform\n\n| Component | Status |\n|---|---|\n| Scheduler | Pending |\n| Storage | Pending |\n| Network | Pending |\n\n${details}`;
    expect(titles(page)).toEqual(['Scheduler', 'Storage', 'Network', 'Installer', 'Dashboard', 'Multi-cluster', 'SDK']);
  });
});
