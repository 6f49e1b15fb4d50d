/**
 * Rules found on pages the parser had never seen (a held-out set scored
 * against hand-written truth), each as a small page: the pattern, and the
 * look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const parse = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition;
const titles = (markdown: string) => allInitiatives(parse(markdown)).map((i) => i.title);
const sections = (markdown: string) => parse(markdown).sections.map((s) => s.title);

interface Case {
  name: string;
  page: string;
  titles: string[];
  sections?: string[];
}

const cases: Case[] = [
  {
    name: 'a sentence end inside parentheses does not cut a title',
    page: '# Ed Roadmap\n\n## Near future\n\n- [ ] syntax highlighting (inc. syntax detection) (comes with plugins)\n- [ ] full plugin support (inc. language server protocol)\n- [ ] split windows\n',
    titles: [
      'syntax highlighting (inc. syntax detection) (comes with plugins)',
      'full plugin support (inc. language server protocol)',
      'split windows',
    ],
  },
  {
    name: 'a sentence end outside parentheses still cuts a name from its description',
    page: '# Ed Roadmap\n\n## Next\n\n- Canary builds. Nightly builds of the main branch for early testers.\n- Themes. Light and dark themes shipped with the editor.\n',
    titles: ['Canary builds', 'Themes'],
  },
  {
    name: 'labels of their own over lists name pieces of work (the heading lists them)',
    page: '# Q Roadmap\n\n## 2025 Q2\n\n### Core\n\n- IO Improvements\n  - Read more file formats\n  - Write partitioned output\n- Work Scheduling\n  - Predictable CPU-bound work\n- Memory Management\n  - Spill to disk\n\n### Scheduler\n\n- Production ready\n  - Shuffle cleanup\n  - Better errors\n- Multi-scheduler deployments\n  - Sharding\n',
    titles: [
      'IO Improvements',
      'Work Scheduling',
      'Memory Management',
      'Production ready',
      'Multi-scheduler deployments',
    ],
    sections: ['Core', 'Scheduler'],
  },
  {
    name: 'the same labels under every heading are the parts of one piece of work',
    page: '# Store Roadmap\n\n## Engines\n\n### Local volumes\n- Source repositories\n  - https://example.org/a\n- Backlogs\n  - Snapshots\n  - Quotas\n\n### Replicated volumes\n- Source repositories\n  - https://example.org/b\n- Backlogs\n  - Rebuild speed\n',
    titles: ['Local volumes', 'Replicated volumes'],
  },
  {
    name: 'a heading with no words of its own over prose sub-headings is their section',
    page: '# Provider Roadmap\n\n## New Services\n\n### Amplify\n\nSupport for Amplify apps and branches, with webhooks.\n\n### Timestream\n\nA time-series database: databases and tables.\n\n## Core Reliability\n\nThis quarter we focus on the storage service and its rough edges.\n\n## Research\n\nWe are looking into a new major version and a new SDK.\n',
    titles: ['Amplify', 'Timestream', 'Core Reliability', 'Research'],
  },
  {
    name: 'sub-headings that recur under other headings are parts of one piece of work',
    page: '# Tool Roadmap\n\n## Plugin API\n\n### Goals\n\nA stable API for plugins.\n\n### Non-blocking\n\nNo plugin can stall the editor.\n\n## Remote editing\n\nEdit files over SSH.\n\n### Goals\n\nKeystrokes echo locally.\n\n## Themes\n\nLight and dark themes.\n\n## Search\n\nSearch across a workspace.\n',
    titles: ['Plugin API', 'Remote editing', 'Themes', 'Search'],
  },
  {
    name: 'links to tracked issues, each named in words, are work',
    page: '# Provider Roadmap\n\n## New Services\n\n- Amplify support\n- Timestream support\n\n## Enhancements\n- [Attach security groups at creation](https://github.com/acme/acme/issues/15788)\n- [Launch templates](https://github.com/acme/acme/issues/4264)\n',
    titles: ['Amplify support', 'Timestream support', 'Attach security groups at creation', 'Launch templates'],
  },
  {
    name: 'links to documents stay a list of links, not work',
    page: '# Provider Roadmap\n\n## New Services\n\n- Amplify support\n- Timestream support\n\n## Read more\n- [Design notes](https://example.org/design.md)\n- [Meeting minutes](https://example.org/minutes)\n',
    titles: ['Amplify support', 'Timestream support'],
  },
  {
    name: 'a list after prose that introduces the year is context, not work',
    page: '# Lang Roadmap\n\n## Objectives for 2025\n\nWe have two areas of focus:\n\n1. Get interop working.\n2. Design memory safety.\n\nThe first is scoped to non-template APIs.\n\nThe second moves from a direction to a design.\n\n## Key results\n\n### Access C++ APIs\n\nMost non-template APIs are callable.\n\n### Safety design\n\nA concrete design for temporal safety.\n',
    titles: ['Access C++ APIs', 'Safety design'],
  },
  {
    name: 'a dated heading with a list among dated headings described in prose is one of them',
    page: '# Lang Roadmap\n\n## Key results\n\n### Interop\n\nMost APIs are callable.\n\n### Safety\n\nA concrete design.\n\n### Talks\n\nTwo conferences.\n\n### Toolchain\n\nA faster compiler.\n\n## Beyond\n\n### Potential 2026 goals: ship 0.1\n\nShipping 0.1 is ambitious but possible.\n\n### Potential 2027 goals: finish 0.2\n\nWe conclude the experiment and keep going.\n\n### Potential goals beyond 2028: ship 1.0\n\nThe ecosystem grows:\n\n- Tooling\n- Teaching material\n- Package management\n',
    titles: [
      'Interop',
      'Safety',
      'Talks',
      'Toolchain',
      'Potential 2026 goals: ship 0.1',
      'Potential 2027 goals: finish 0.2',
      'Potential goals beyond 2028: ship 1.0',
    ],
  },
  {
    name: 'a status group among prose headings keeps its items',
    page: '# Tool Roadmap\n\n## Plugin API\n\nA stable API for plugins.\n\n## Remote editing\n\nEdit files over SSH.\n\n## Completed\n\n- Themes\n- Split windows\n',
    titles: ['Plugin API', 'Remote editing', 'Themes', 'Split windows'],
  },
  {
    name: 'a page whose only list is a checklist lists its work item by item',
    page: '# Roadmap\n\n- [ ] Coroutines\n- [x] Channels\n- [ ] Parallel parser\n',
    titles: ['Coroutines', 'Channels', 'Parallel parser'],
  },
  {
    name: 'a title column qualified by its period, beside a repeated category',
    page: '# Goals\n\n## Accepted\n\n| 2024 goal | Working towards | Owner |\n| --- | --- | --- |\n| Assemble goal slate | Smooth ops | ann |\n| Stabilize the 2024 edition | Smooth ops | bo |\n',
    titles: ['Assemble goal slate', 'Stabilize the 2024 edition'],
  },
  {
    name: 'a notes list after a table, and an empty item, are not work',
    page: '# Goals\n\n## Candidates\n\n| Goal | Owner |\n| --- | --- |\n| Async closures | ann |\n| Partial borrows | bo |\n\nSome notes to highlight:\n\n* The first goal has unfunded parts that are likely out of scope this half.\n* \n',
    titles: ['Async closures', 'Partial borrows'],
  },
  {
    name: 'a legal disclosure is not work',
    page: '# Provider Roadmap\n\n## Core Reliability\n\nThis quarter we focus on storage.\n\n## Research\n\nA new major version.\n\n## Disclosures\n\nThe initiatives in this document reflect current plans and may change.\n',
    titles: ['Core Reliability', 'Research'],
  },
  {
    name: 'a one-word item with a full stop among named items is a name, not a sentence',
    page: '# Web Roadmap\n\n## 1.0.0\n\n- **Routing**: nested routes.\n- **Sessions**: signed cookies.\n- **Forms**: CSRF tokens.\n- Migrations.\n- This list is not final and will change as we go.\n',
    titles: ['Routing', 'Sessions', 'Forms', 'Migrations'],
  },
  {
    name: 'a list of Key: value fields under a heading is its details, not work',
    page: '# Batch Roadmap\n\n## v1.2\n\n### Queue Reservation\n\n* Description: Reserve resources for a queue without a restart.\n* Priority: High\n* Issue: https://github.com/acme/batch/issues/11\n* Owner:\n\n### Fair Scheduling\n\n* Description: Order jobs of one priority by creation time.\n* Priority: High\n* Issue: https://github.com/acme/batch/issues/12\n',
    titles: ['Queue Reservation', 'Fair Scheduling'],
  },
  {
    name: 'a list whose lines are named "Name: description" stays work',
    page: '# Certs Roadmap\n\n## Integrations\n\n- Service mesh: issue certificates to every workload that runs in the mesh\n- Trust bundles: distribute the trust roots to every namespace of a cluster\n',
    titles: ['Service mesh', 'Trust bundles'],
  },
  {
    name: 'a heading that mentions dependencies in passing is work',
    page: '# Batch Roadmap\n\n## v1.0\n\n### Integrate with a workflow engine to support job dependencies\n\nInvestigate how jobs can wait for each other.\n\n### GPU sharing\n\nShare one GPU between pods.\n\n## Known Risks\n\nThe scheduler may slow down.\n',
    titles: ['Integrate with a workflow engine to support job dependencies', 'GPU sharing'],
  },
  {
    name: 'a lead shared by several lines is their area, not their names',
    page: '# Fleet Roadmap\n\n## 2024 H1\n\n- Lazy propagation mode\n- Scheduler Enhancement - estimate with resource quotas\n- Scheduler Enhancement - rebalance workloads\n- Dashboard - alpha release of the web console\n',
    titles: [
      'Lazy propagation mode',
      'Scheduler Enhancement - estimate with resource quotas',
      'Scheduler Enhancement - rebalance workloads',
      'Dashboard',
    ],
  },
  {
    name: 'the first of several H1s that names the roadmap in prose titles the page',
    page: '# Roadmap\n\nThe team tracks progress with milestones and boards.\n\n# High Level Overview\n\nAt a high level, we plan to work toward:\n\n- Harden the project with a rigorous test environment.\n- Iterate on performance\n- Extend the mesh to virtual machines\n',
    titles: [
      'Harden the project with a rigorous test environment',
      'Iterate on performance',
      'Extend the mesh to virtual machines',
    ],
  },
  {
    name: 'a first H1 with its own work is not only a title',
    page: '# Roadmap\n\n- Faster builds\n- Plugin API\n\n# Getting involved\n\nOpen an issue to propose work.\n',
    titles: ['Faster builds', 'Plugin API'],
  },
  {
    name: 'how the roadmap is managed, and the legend of its status words, are not work',
    page: '# Grid Roadmap\n\n## Future Releases\n\n| Feature | Status |\n| --- | --- |\n| Batch tracking | *Under Development* |\n| Product catalog | *Discussion* |\n\n## Additional Information\n\n### Management of the Roadmap\n\nThe roadmap is maintained by the community; changes come as pull requests.\n\n### Status\n\nThe status column can contain these values:\n\n| Status | Description |\n| --- | --- |\n| Not Started | No work has started on this feature. |\n| Under Development | The feature is actively being developed. |\n| Complete | The feature is ready for the release. |\n',
    titles: ['Batch tracking', 'Product catalog'],
  },
  {
    name: 'a short name with a full stop after named items is work, not a remark',
    page: '# Edge Roadmap\n\n## Networking\n\n- Node offline optimization\n  - Peers drop the backend of a node that went offline.\n- Performance optimization: kernel-level forwarding of traffic with eBPF programs.\n- Distributed messaging system.\n',
    titles: ['Node offline optimization', 'Performance optimization', 'Distributed messaging system'],
  },
  {
    name: 'a heading inside a details summary is a heading of the page, without the buttons beside it',
    page: '# Web Roadmap\n\n## In progress\n\n### Faster builds\n\nWe cache compiler output.\n\n<details class="done" open="true">\n<summary>\n  <h2>Completed</h2>\n  <span class="actions"><span>Show all</span><span>Hide all</span></span>\n</summary>\n<div>\n\n### Typed forms\n\nForms know their value types.\n\n</div>\n</details>\n',
    titles: ['Faster builds', 'Typed forms'],
    sections: ['In progress', 'Completed'],
  },
  {
    name: 'a badge picture in a title is not a word of its name',
    page: '# Goals\n\n## Flagship\n\n| Goal | Owner |\n| --- | --- |\n| Stabilize the plugin API [![Help wanted](https://img.example/badge.svg)](https://example.org/help) | ann |\n| Faster builds | bo |\n',
    titles: ['Stabilize the plugin API', 'Faster builds'],
  },
];

describe('rules that generalize beyond the corpus', () => {
  it.each(cases)('$name', ({ page, titles: expected, sections: expectedSections }) => {
    expect(titles(page)).toEqual(expected);
    if (expectedSections) expect(sections(page)).toEqual(expectedSections);
  });
});
