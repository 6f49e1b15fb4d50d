/**
 * The name a page uses for itself, read from real sentences of real roadmap
 * pages (quoted from the corpus and from pages like them). Each row is a page
 * reduced to the text that matters: the scorer must find the name where the
 * page states it, and find none where no name is clearly ahead.
 */
import { describe, expect, it } from 'vitest';
import type { BlockKind, PageText } from '../../src/parse/page-text.js';
import { hintKeys } from '../../src/parse/link-names.js';
import { MIN_SCORE, readProjectName } from '../../src/parse/project-name.js';

const page = (blocks: [BlockKind, string][], urls: string[] = []): PageText => ({
  blocks: blocks.map(([kind, text]) => ({ kind, text })),
  urls,
});

interface Row {
  what: string;
  page: PageText;
  hints?: string[];
  name: string | undefined;
}

/** A page about zed whose links go to one of its parts, zed-mac. */
const zedPage = page(
  [
    ['intro', 'This document is the roadmap of zed, with the front ends tracked separately.'],
    ['prose', 'A native front end for zed-mac. Preferences for zed-mac.'],
  ],
  [
    'https://github.com/acme/zed-mac',
    'https://github.com/acme/zed-mac/issues/9',
    'https://github.com/acme/zed-mac/issues/10',
  ],
);

const rows: Row[] = [
  {
    what: 'its own sub-projects ("X-python", linked) are parts of the name, not rivals to it',
    page: page(
      [
        [
          'intro',
          'A quarterly roadmap gives the Quarkflow community visibility into the priorities of the Quarkflow contributors.',
        ],
        [
          'prose',
          'Bindings for quarkflow-python are planned for Quarkflow users. Improve the docs of quarkflow-python.',
        ],
        ['prose', 'Quarkflow will ship a new scheduler.'],
      ],
      [
        'https://github.com/quarkflow-contrib/quarkflow-python',
        'https://github.com/quarkflow-contrib/quarkflow-python/issues/1',
        'https://github.com/quarkflow-contrib/quarkflow-python/issues/2',
        'https://github.com/quarkflow-contrib/quarkflow-python/issues/3',
      ],
    ),
    name: 'Quarkflow',
  },
  {
    what: 'a linked part ("X-mac") beside the name the page gives itself ("the roadmap of X")',
    page: zedPage,
    name: 'zed',
  },
  {
    what: 'the same compound when it names the page\'s own repository ("zed-mac" in zed-mac): the project itself',
    page: zedPage,
    hints: ['zed-mac'],
    name: 'zed-mac',
  },
  {
    what: '"… for X" closing the intro, with links to the project\'s own site',
    page: page(
      [
        ['intro', 'The list below contains the functionality that contributors are planning to develop for Feast'],
        ['prose', 'Want to speak to a Feast contributor? We are more than happy to jump on a call.'],
      ],
      [
        'https://docs.feast.dev/reference/data-sources/redshift',
        'https://docs.feast.dev/reference/offline-stores/file',
      ],
    ),
    name: 'Feast',
  },
  {
    what: 'a lower-case name: "X\'", "in X.", "X is" at the start of a sentence',
    page: page([
      [
        'intro',
        "This page provides an overview of the major themes in pandas' development. Each of these items requires a relatively large amount of effort to implement.",
      ],
      ['intro', 'Additionally, an item not being on the roadmap does not exclude it from inclusion in pandas.'],
      ['prose', 'pandas is in the process of moving roadmap points to PDEPs (implemented in August 2022).'],
    ]),
    name: 'pandas',
  },
  {
    what: '"the X community" and "X 1.0" for a name written once in prose',
    page: page(
      [
        [
          'intro',
          'This roadmap outlines projects that the Iceberg community is working on, their priority, and a rough size estimate.',
        ],
        ['prose', 'API: Iceberg 1.0.0 [medium]'],
      ],
      ['https://github.com/apache/iceberg/projects/3', 'https://github.com/apache/iceberg/projects/11'],
    ),
    name: 'Iceberg',
  },
  {
    what: 'a name of two words, in the front matter description ("X\'s") and the prose',
    page: page([
      ['meta', "Learn about Kuma UI's vision, its unique features, and the future path it's set to embark on."],
      [
        'prose',
        "At Kuma UI, our ultimate goal is to develop a zero-runtime headless component library. We've named our project 'Kuma UI', not 'Kuma CSS', to reflect this ambition.",
      ],
      [
        'prose',
        "The current state of Kuma UI as an 'Ultra Fast, Zero Runtime, Utility-First CSS-in-JS' library is just a step towards realizing this goal.",
      ],
    ]),
    name: 'Kuma UI',
  },
  {
    what: 'an all-capitals name as a subject ("X uses"), next to a platform the page also names',
    page: page(
      [
        [
          'intro',
          'KEDA uses GitHub issues to track open work items with GitHub Projects (beta) to plan for upcoming releases.',
        ],
        [
          'prose',
          'As part of our release governance, we are planning to release a new KEDA version every 3 months and ship on Thursdays.',
        ],
      ],
      ['https://github.com/orgs/kedacore/projects/2', 'https://github.com/kedacore/keda/releases/tag/v2.12.0'],
    ),
    name: 'KEDA',
  },
  {
    what: '"The X Roadmap." as the whole intro',
    page: page([
      ['intro', 'The CloudEvents Roadmap.'],
      [
        'prose',
        'Collaborate on libraries and supporting tools to use CloudEvents and integrate it with the ecosystem.',
      ],
    ]),
    name: 'CloudEvents',
  },
  {
    what: '"the roadmap of X" in the front matter description',
    page: page([
      ['meta', 'This section records the roadmap of Envoy Gateway.'],
      ['prose', 'Envoy Gateway should support the Gateway API.'],
    ]),
    name: 'Envoy Gateway',
  },
  {
    what: 'a hyphenated lower-case name ("with X.", "X should")',
    page: page([
      [
        'intro',
        'The roadmap items are categorised into themes based on the larger goals we want to achieve with cert-manager.',
      ],
      [
        'prose',
        'cert-manager should be able to deliver and manage X.509 certificates to popular projects in the cloud-native ecosystem.',
      ],
      ['prose', 'Widen the scope of integrations with cert-manager.'],
      ['prose', 'Enable best-practice PKI management with cert-manager.'],
    ]),
    name: 'cert-manager',
  },
  {
    what: '"the X project", "X\'s", "X does" (a page outside the corpus)',
    page: page(
      [
        [
          'intro',
          'This document is intended to describe high-level plans for the Linkerd project and is neither comprehensive nor prescriptive.',
        ],
        [
          'prose',
          "Linkerd's mTLS identity only works for resources managed by Kubernetes. We plan to extend Linkerd to support non-Kubernetes workloads.",
        ],
      ],
      ['https://github.com/linkerd/linkerd2/milestones'],
    ),
    name: 'Linkerd',
  },
  {
    what: '"roadmap for X development", "keep X progressing" (a page outside the corpus)',
    page: page(
      [
        ['intro', 'This document defines a high level roadmap for Rook development and upcoming releases.'],
        [
          'intro',
          'We hope that the items listed below will inspire further engagement from the community to keep Rook progressing and shipping exciting and valuable features.',
        ],
        ['prose', 'The following high level features are targeted for Rook v1.4 (July 2020).'],
      ],
      ['https://github.com/rook/rook/milestones', 'https://github.com/rook/rook/projects/18'],
    ),
    name: 'Rook',
  },
  {
    what: 'a hyphenated all-capitals name with curly possessives (a page outside the corpus)',
    page: page([
      [
        'intro',
        'The initial roadmap of CRI-O was lightweight and followed the main Kubernetes Container Runtime Interface (CRI) development lifecycle.',
      ],
      [
        'intro',
        'Finally, CRI-O’s long-term roadmap outside of features being added by SIG-Node is in part described by its mission.',
      ],
      ['prose', 'CRI-O’s primary purpose is to be a CRI compliant runtime for Kubernetes.'],
    ]),
    name: 'CRI-O',
  },
  {
    what: "a template's placeholder is no name",
    page: page([
      [
        'intro',
        'This document outlines the planned development roadmap for [Project Name]. It provides transparency into our development priorities.',
      ],
    ]),
    name: undefined,
  },
  {
    what: 'repository references in link text ("owner/repo#12") are identifiers, not mentions',
    page: page([['prose', 'See crossplane/crossplane#879 and crossplane/crossplane#1234.']]),
    name: undefined,
  },
  {
    what: 'no name: prose that only speaks of "our roadmap" and "the community"',
    page: page([
      [
        'intro',
        'We continuously work on updating our roadmap and we love to discuss those with our community. Feel encouraged to participate.',
      ],
    ]),
    name: undefined,
  },
  {
    what: 'letters joined by an apostrophe are one word of a name ("Cap\'n Proto"); a contraction ("We\'d") is none',
    page: page([
      ['intro', "This is a list of big ideas we'd like to implement in Cap'n Proto. We don't know in what order."],
      ['prose', "Cap'n Proto RPC should support the Noise Protocol."],
      ['prose', "Cap'n Proto's schema language gets inline lists."],
    ]),
    hints: ['capnproto'],
    name: "Cap'n Proto",
  },
  {
    what: 'an elided article is a word of its own: the name after it stands alone ("d\'OpenBoard")',
    page: page([
      [
        'intro',
        "Cette page décrit les objectifs d'OpenBoard 2.0 et d'OpenBoard 2.1. OpenBoard est un logiciel libre ; la communauté d'OpenBoard discute du plan.",
      ],
    ]),
    name: 'OpenBoard',
  },
  {
    what: 'a capital on both sides of the apostrophe is a name ("D\'Angelo"), not an elision',
    page: page([
      ['intro', "This page lists the goals of D'Angelo 2.0. D'Angelo is a free music player."],
      ['prose', "L'équipe de D'Angelo discute du plan."],
    ]),
    name: "D'Angelo",
  },
  {
    what: 'no name: "the following features", "the latest version": a word before what a project ships qualifies it',
    page: page([
      ['intro', 'We are currently working on the following features for the next release.'],
      ['prose', 'In the first quarter we added the following features.'],
      ['prose', 'For Q2 we aim to incorporate the following features.'],
      ['prose', 'For Q3 we aim to incorporate the following features, on the latest version.'],
    ]),
    name: undefined,
  },
  {
    what: 'a lower-case name after "the" ("the kind community", "the kind maintainers", "the zarrita release")',
    page: page([
      ['intro', 'This roadmap is written by the kind maintainers for the next kind release.'],
      ['prose', 'The kind community reviews it, and the kind project ships it.'],
    ]),
    name: 'kind',
  },
  {
    what: "no name: title-case feature names repeat, but nothing says they are the page's own",
    page: page([
      ['prose', 'Support for Lifecycle Management of adapters.'],
      ['prose', 'Initial support for Lifecycle Management of models.'],
      ['prose', 'Policy Management for designs.'],
    ]),
    name: undefined,
  },
  {
    what: 'no name: two names with the same evidence, neither clearly ahead',
    page: page([
      ['intro', 'Acme is a scheduler and Widgetry is a queue.'],
      ['prose', "Acme's API and Widgetry's API both change."],
    ]),
    name: undefined,
  },
  {
    what: 'a platform is never the name, however often the page names it',
    page: page(
      [['prose', 'Upvote the issues on GitHub. GitHub Discussions hold the RFCs. GitHub is where we plan.']],
      ['https://github.com/orgs/acme/projects/1'],
    ),
    name: undefined,
  },
  {
    what: "the repository's name counts where the page writes it",
    page: page([['intro', 'Plans for the next two releases of Tessellate, with the work we expect to ship.']]),
    hints: ['tessellate'],
    name: 'Tessellate',
  },
  {
    what: "the repository's name never counts where the page does not write it (a page copied into another repository)",
    page: page([['intro', 'Plans for the next two releases, with the work we expect to ship.']]),
    hints: ['roadmap-deck', 'tessellate'],
    name: undefined,
  },
  {
    what: 'a common word at the end of sentences ("ready for production.") is not a name; the brand is',
    page: page(
      [
        ['intro', 'The Cloud Native Buildpacks project is rallying around one theme in 2020.'],
        ['intro', 'It brings Cloud Native Buildpacks to a state where anyone can use them in production.'],
        ['prose', 'Images built this way are safe for production.'],
        ['prose', 'Operators can run them in production.'],
        ['prose', 'Platforms want builds fit for production.'],
        ['prose', 'Every buildpack should be ready for production.'],
        ['prose', 'The lifecycle is not yet ready for production.'],
      ],
      ['https://github.com/buildpacks/rfcs/pull/33', 'https://github.com/buildpacks/spec/blob/main/x.md'],
    ),
    name: 'Cloud Native Buildpacks',
  },
  {
    what: 'a period word before a year is a date, not a name',
    page: page([
      ['prose', 'macOS port (Early 2018)'],
      ['prose', 'v1.0 BETA release (Early 2018)'],
      ['prose', 'Sprites and 2D rendering (Late 2018)'],
    ]),
    name: undefined,
  },
  {
    what: "a documentation or site repository's name, without that part, counts where the page writes it",
    page: page([
      ['intro', 'This page lists the milestones of the Quillon protocol, from the testnets to the mainnet.'],
      ['prose', 'Bridge-friendly block headers compatible with EVM signatures.'],
      ['prose', 'Experimental support for EVM.'],
      ['prose', 'Compatibility with EVM addresses.'],
      ['prose', 'Quillon light clients.'],
    ]),
    hints: ['quillon-documentation'],
    name: 'Quillon',
  },
  {
    what: "the repository's fuller name wins over the part of it the page writes most (the language, not the community)",
    page: page([
      ['meta', 'Roadmap'],
      ['intro', 'The Scientific Python project aims to better coordinate the ecosystem.'],
      ['prose', 'Python is the language of choice; Python is everywhere; the Python community grows.'],
      ['prose', 'Packaging for Python is hard. Python uses wheels.'],
    ]),
    hints: ['scientific-python.org'],
    name: 'Scientific Python',
  },
  {
    what: 'without the repository, the part the page writes most stays ahead',
    page: page([
      ['meta', 'Roadmap'],
      ['intro', 'The Scientific Python project aims to better coordinate the ecosystem.'],
      ['prose', 'Python is the language of choice; Python is everywhere; the Python community grows.'],
      ['prose', 'Packaging for Python is hard. Python uses wheels.'],
    ]),
    name: 'Python',
  },
  {
    what: "a dependency's name and version ('support for X', 'X 25.12 compatible') are not the project's",
    page: page([
      ['intro', 'Current Release: v2.8.5 (OpenWrt 25.12.5 final compatible)'],
      ['heading', 'OpenWrt 25.12 & SIL-2 Modernization'],
      ['prose', 'OpenWrt 25.12.5 Support: hardened for the latest OpenWrt release.'],
      ['prose', 'Full compatibility with OpenWrt 25.12 and Python 3.13.'],
    ]),
    name: undefined,
  },
  {
    what: 'the project beside what it supports: the dependency does not outweigh it',
    page: page([
      ['intro', 'Quillon is a protocol for fast payments. The Quillon roadmap lists its milestones.'],
      ['prose', 'Experimental support for EVM.'],
      ['prose', 'Compatibility with EVM addresses.'],
      ['prose', 'Stable support for EVM.'],
      ['prose', 'Block headers compatible with EVM signatures.'],
    ]),
    name: 'Quillon',
  },
  {
    what: 'a compound that describes ("AI-powered features", "cloud-native features") is no name',
    page: page([
      ['intro', 'This section outlines the development plan in four phases.'],
      ['prose', 'Extensibility through plugins and AI-powered features.'],
      ['prose', 'AI-powered features'],
      ['prose', 'Cloud-native features for every deployment. Cloud-native features first.'],
    ]),
    name: undefined,
  },
  {
    what: 'a repository named with a common word says nothing',
    page: page([['intro', 'The main work this year is the new storage engine.']]),
    hints: ['main'],
    name: undefined,
  },
];

describe('the name a page uses for itself', () => {
  it.each(rows)('$what', ({ page: text, hints, name }) => {
    const reading = readProjectName(text, { hints });
    expect(reading.name, JSON.stringify(reading.candidates.slice(0, 3))).toBe(name);
  });
});

describe("what a repository's name says of the project", () => {
  const cases: [string, string[]][] = [
    ['widgets', ['widgets']],
    ['acme-documentation', ['acmedocumentation', 'acme']],
    ['acme-docs', ['acmedocs', 'acme']],
    ['acme.org', ['acmeorg', 'acme']],
    ['acme.github.io', ['acmegithubio', 'acme']],
    ['acme-website', ['acmewebsite', 'acme']],
    ['socket.io', ['socketio']],
    ['grpc-web', ['grpcweb']],
    ['go.dev', ['godev']],
    ['ui-docs', ['uidocs']],
  ];
  it.each(cases)('%s → %j', (hint, keys) => {
    expect(hintKeys(hint)).toEqual(keys);
  });
});

describe('the contexts that say a page speaks of its own project', () => {
  const cases: [string, string][] = [
    ["Learn about Zentra's vision.", "X's"],
    ['Zentra is constantly evolving.', 'X is / X uses'],
    ['This document contains the Zentra Roadmap for 2021.', 'the X roadmap'],
    ['This section records the roadmap of Zentra.', 'roadmap of X'],
    ['That is what the Zentra community is working on.', 'the X community'],
    ['We would tag Zentra 1.0 once those are fixed.', 'X 1.0'],
    ['Contributors plan to develop this for Zentra.', '… for X.'],
  ];
  it.each(cases)('%s → %s', (sentence, why) => {
    const reading = readProjectName(page([['prose', sentence]]));
    const zentra = reading.candidates.find((c) => c.name === 'Zentra');
    expect(zentra?.why.join('; ')).toContain(why);
  });

  it('weighs one self-reference in the intro below the bar on its own', () => {
    const reading = readProjectName(page([['intro', 'Contributors plan to develop this for Zentra.']]));
    expect(reading.candidates[0]!.score).toBeLessThan(MIN_SCORE);
    expect(reading.name).toBeUndefined();
  });
});
