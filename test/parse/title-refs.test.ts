/** References and examples split off titles. */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import { plainText } from '../../src/parse/markdown.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { splitTitleRefs } from '../../src/parse/title-refs.js';

const inlines = (markdown: string) => (parseMarkdown(markdown).children[0] as Paragraph).children;

describe('splitTitleRefs', () => {
  const cases: [string, string, string, boolean][] = [
    ['Faster startup ([#42](https://x.org/42))', 'Faster startup', '#42', true],
    [
      'Allow live cluster upgrades ([#6075](https://x.org/6075),[#6079](https://x.org/6079))',
      'Allow live cluster upgrades',
      '#6075,#6079',
      false,
    ],
    [
      'Restart system components in case of crash (#2884)',
      'Restart system components in case of crash',
      '#2884',
      false,
    ],
    ['Versioning and upgrade support #879, #435', 'Versioning and upgrade support', '#879, #435', false],
    [
      'Ignore some measures\n([iotagent-json#416](https://x.org/416), [iotagent-ul#372](https://x.org/372))',
      'Ignore some measures',
      'iotagent-json#416, iotagent-ul#372',
      false,
    ],
    [
      'Migrate to the new UI [Project 1](https://github.com/o/r/projects/1)',
      'Migrate to the new UI',
      'Project 1',
      true,
    ],
    [
      'Support experimental APIs such as TCPRoute [Issue #643](https://x.org/643), UDPRoute [Issue #641](https://x.org/641).',
      'Support experimental APIs',
      'such as TCPRoute Issue #643, UDPRoute Issue #641.',
      false,
    ],
    ['API: [Iceberg 1.0.0](https://x.org/p/3) [medium]', 'API: Iceberg 1.0.0', '[medium]', false],
    ['Serverless tier <https://tool.dev/serverless>', 'Serverless tier', 'https://tool.dev/serverless', true],
    ['Multiple telemetry providers ([spec](https://docs.x.org/d/1))', 'Multiple telemetry providers', '(spec)', true],
    [
      'On-demand transformations (Alpha release. See [RFC](https://docs.x.org/d/2))',
      'On-demand transformations',
      '(Alpha release. See RFC)',
      true,
    ],
    [
      'Define the scopes of each project (e.g. Pipelines and Triggers)\n([discussion](https://x.org/1),\nsome thoughts in [Scope Questions](https://docs.x.org/d/3)))',
      'Define the scopes of each project (e.g. Pipelines and Triggers)',
      '(discussion, some thoughts in Scope Questions)',
      false,
    ],
    ['Upgrades between releases (see [#3727](https://x.org/3727))', 'Upgrades between releases', '(see #3727)', true],
    ['Pagination (See [#96](https://x.org/96), [#750](https://x.org/750))', 'Pagination', '(See #96, #750)', false],
    ['Search (see [#12](https://x.org/12))', 'Search', '(see #12)', true],
    ['Search (see [the design](https://x.org/d))', 'Search (see the design)', '', false],
    ['Support for OCI (artifacts and charts)', 'Support for OCI (artifacts and charts)', '', false],
    ['Scheduling ([design](https://x.org/d))', 'Scheduling (design)', '', false],
    // An aside that gives examples is part of the name: after "e.g.", or linked names alone.
    [
      'Add support for other wire formats (e.g. [Cap](https://cap.dev))',
      'Add support for other wire formats (e.g. Cap)',
      '',
      false,
    ],
    [
      'Run on other runtimes ([Rhino](https://rhino.dev/), [Nashorn](https://nash.dev/))',
      'Run on other runtimes (Rhino, Nashorn)',
      '',
      false,
    ],
    // Linked pointers to more are not names.
    [
      'Run on other runtimes ([design](https://x.org/d), [notes](https://x.org/n))',
      'Run on other runtimes',
      '(design, notes)',
      false,
    ],
    [
      'DAG scheduling for network training [#72](https://x.org/72)\n(multithreading first?)',
      'DAG scheduling for network training',
      '#72 (multithreading first?)',
      true,
    ],
    [
      'Time series classification [#303](https://x.org/303),\n[ScientificTypes #14](https://x.org/st/14)',
      'Time series classification',
      '#303, ScientificTypes #14',
      false,
    ],
    [
      'grid search, bayesian search from https://scikit-optimize.github.io/',
      'grid search, bayesian search from https://scikit-optimize.github.io/',
      '',
      false,
    ],
    // A name's own abbreviation after its link is part of the name; another note in capitals is detail.
    ['[Cross Origin Resource Sharing](https://x.org/cors) (CORS)', 'Cross Origin Resource Sharing (CORS)', '', false],
    ['[Multi-Instance GPUs](https://x.org/mig) (MIG)', 'Multi-Instance GPUs (MIG)', '', false],
    ['[Bill of Materials](https://x.org/bom) (BOMs)', 'Bill of Materials (BOMs)', '', false],
    ['[Network Quality of Service](https://x.org/qos) (QoS)', 'Network Quality of Service (QoS)', '', false],
    ['[Plugin API](https://x.org/p) (WIP)', 'Plugin API', '(WIP)', false],
    ['[Plugin API](https://x.org/p) (PA)', 'Plugin API (PA)', '', false],
    ['[Storage API](https://x.org/p) (GA)', 'Storage API', '(GA)', false],
    ['[Plugin API](https://x.org/p) (experimental)', 'Plugin API', '(experimental)', false],
    ['Plugin API', 'Plugin API', '', false],
    ['[Plugin API](https://tool.dev/plugins)', 'Plugin API', '', false],
    // An issue named with its project ("Widgets issue #9") is a reference.
    ['Offline sync ([Widgets issue #9](https://x.org/9))', 'Offline sync', 'Widgets issue #9', true],
    // Asides one after another, a background link and the item's own issue: none stays half open in the title.
    [
      'Faster sync ([design notes](https://docs.x.org/s)) ([#812](https://x.org/812))',
      'Faster sync',
      '(design notes) (#812)',
      true,
    ],
    [
      'Bigger type ([type scale](https://docs.x.org/t))([Widgets issue #10](https://x.org/10))',
      'Bigger type',
      '(type scale)(Widgets issue #10)',
      true,
    ],
    [
      'Tag import ([Widgets issue #9](https://x.org/9))([first try here](https://x.org/pull/74))',
      'Tag import',
      'Widgets issue #9 (first try here)',
      true,
    ],
    // Two background asides: both leave the title, neither is the item's tracker.
    ['Offline mode ([design](https://x.org/d)) ([notes](https://x.org/n))', 'Offline mode', '(design) (notes)', false],
  ];
  for (const [markdown, title, moved, single] of cases) {
    it(markdown, () => {
      const split = splitTitleRefs(inlines(markdown));
      expect(plainText(split.titleRich)).toBe(title);
      expect(plainText(split.moved)).toBe(moved);
      expect(Boolean(split.ref)).toBe(single);
    });
  }
});
