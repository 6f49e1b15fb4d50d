/**
 * Pages a review wrote to probe the rules of the hundred-and-sixty-sixth round (held-out-24): each reads
 * as it did before those rules, or better where a rule was meant for it (P02, P03, P04, P05, P06, P07,
 * P08, P10, P22, P27, P34, P40, P47, P49, P50). The twelve regressions the review found (P01, P02, P03, P09, P14,
 * P19, P21, P24, P32, P36, P37, P45, P48) are mended and asserted here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const read = (name: string) => {
  const file = new URL(`../fixtures/review-24/${name}.md`, import.meta.url);
  return parseRoadmap(sourceFromBytes(`${name}.md`, readFileSync(file))).edition;
};

describe('pages that probe the rules of held-out-24', () => {
  it.each<[string, string, { title: string; label: string; project?: string }, string[]]>([
    [
      'P01-status-label-over-lists',
      "status lines that label two lists are not the part's status",
      { title: 'Roadmap', label: 'P01-status-label-over-lists' },
      ['Editor | unknown', 'Sync | unknown'],
    ],
    [
      'P02-quarter-status-over-list',
      "a quarter's opening status line is its items' status; the quarter stays a group",
      { title: 'Project Roadmap', label: 'Q1–Q3 2025' },
      [
        'Dark mode | done',
        'Export to CSV | done',
        'Single sign-on | done',
        'Plugin API | in-progress',
        'Mobile app | in-progress',
        'Webhooks | in-progress',
        'Multi-tenant workspaces | planned',
        'Audit log | planned',
      ],
    ],
    [
      'P03-bold-status-label',
      "bold status labels over checklists label the lists; a lone one is its release's",
      { title: 'tinyhttp roadmap', label: 'P03-bold-status-label', project: 'tinyhttp' },
      [
        'Rewrite router on top of radix tree | done',
        'Drop Node 14 support | done',
        'ESM-only build | done',
        'New middleware API | planned',
        'Typed request params | planned',
        'HTTP/3 support | planned',
        'Built-in rate limiting | planned',
        'WebSocket upgrade helper | planned',
      ],
    ],
    [
      'P04-feature-prose-status',
      'a feature told in prose takes the status its first line states',
      { title: 'Roadmap', label: 'P04-feature-prose-status' },
      ['Dark mode | in-progress', 'Keyboard shortcuts | done', 'Plugin API | planned', 'Next steps | in-progress'],
    ],
    [
      'P05-heading-then-now-line',
      "an opening status line is the heading's status, and leaves the slide's text",
      { title: 'Acme roadmap', label: 'P05-heading-then-now-line', project: 'Acme' },
      ['Search | in-progress', 'Notifications | planned', 'Integrations | future'],
    ],
    [
      'P06-stable-first-line',
      "an opening status line is the heading's status, and leaves the slide's text",
      { title: 'Feature overview and roadmap', label: 'P06-stable-first-line' },
      ['Core API | done', 'Streaming API | in-progress', 'Batch API | planned'],
    ],
    [
      'P07-hugo-status-legend',
      "a site's status tag given a status is that status",
      { title: 'Roadmap', label: 'P07-hugo-status-legend' },
      ['Tiered storage | done', 'Compaction v2 | in-progress', 'Erasure coding | planned'],
    ],
    [
      'P08-hugo-progress-bar',
      'a progress bar tag given a status in words is that status',
      { title: 'Roadmap 2025', label: '2025' },
      [
        'Milestone 1: Core engine | done',
        'Milestone 2: Distributed mode | in-progress',
        'Milestone 3: Cloud offering | planned',
      ],
    ],
    [
      'P09-hugo-state-filter-list',
      "a tag that lists work by status is the site's data: no status, no slide",
      { title: 'Roadmap', label: 'P09-hugo-state-filter-list' },
      ['Faster builds | unknown', 'New plugin API | unknown'],
    ],
    [
      'P10-liquid-status-include',
      'a Liquid status include given a status is that status',
      { title: 'Roadmap', label: 'P10-liquid-status-include' },
      ['OAuth login | done', 'Team accounts | in-progress', 'Audit log | planned', 'SAML | future'],
    ],
    [
      'P11-k8s-feature-state',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P11-k8s-feature-state' },
      ['Gateway API support | unknown', 'Dual-stack services | unknown', 'Multi-network pods | unknown'],
    ],
    [
      'P12-table-bold-br-features',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P12-table-bold-br-features' },
      [
        'Multi-cursor, folding, minimap | in-progress',
        'Regex search, replace in files | done',
        'Split panes, profiles | planned',
      ],
    ],
    [
      'P13-table-bold-br-release',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P13-table-bold-br-release' },
      [
        'Stable API, docs site | unknown',
        'Bug fixes, perf work | unknown',
        'New plugin system, config format | unknown',
      ],
    ],
    [
      'P14-table-bold-br-single',
      'a bold key ending in a colon over a line break labels the line, it names nothing',
      { title: 'Roadmap', label: 'P14-table-bold-br-single' },
      [
        'Rewrite the parser in Rust | done',
        'Streaming output | in-progress',
        'Breaking: Drop Python 3.8 support | planned',
        'Windows ARM builds | planned',
      ],
    ],
    [
      'P15-html-layout-table-headings',
      'a layout table with headings in its cells: a horizon over the items is no name (as before; still wrong)',
      { title: 'Roadmap', label: 'P15-html-layout-table-headings' },
      ['Now Offline mode Faster sync | unknown'],
    ],
    [
      'P16-html-table-heading-cells',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P16-html-table-heading-cells' },
      ['Box2D update | done', 'Vulkan backend | in-progress', 'Web export | planned'],
    ],
    [
      'P17-table-bold-br-tag',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap 2025', label: '2025' },
      [
        'Rewrite the parser in Rust | done',
        'New Streaming output for large files | in-progress',
        'Windows ARM builds | planned',
        'New Plugin sandbox | planned',
        'Incremental cache | in-progress',
      ],
    ],
    [
      'P18-table-bold-br-multi',
      'bold names on several lines of a cell are one name',
      { title: 'Roadmap', label: 'P18-table-bold-br-multi' },
      ['M1 Auth Billing | planned', 'M2 Reports | planned', 'M3 Mobile | planned'],
    ],
    [
      'P19-table-bold-category-br',
      "bold lines several rows share are the table's areas: every row keeps its whole cell",
      { title: 'Roadmap', label: 'P19-table-bold-category-br' },
      [
        'Performance Cache compiled templates | done',
        'Performance Parallel rendering | in-progress',
        'DX Better error messages with source spans | planned',
        'Security Sandboxed template execution | planned',
      ],
    ],
    [
      'P20-prose-features-plus-chores',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P20-prose-features-plus-chores' },
      ['Plugin system | unknown', 'Collaborative editing | unknown', 'Mobile app | unknown', 'Smaller items | unknown'],
    ],
    [
      'P21-prose-features-plus-done-table',
      'features told in prose beside a status table of what exists stay slides',
      { title: 'Roadmap', label: 'P21-prose-features-plus-done-table' },
      ['Versioned docs | unknown', 'Offline search | unknown', 'Status of the 1.x line | unknown'],
    ],
    [
      'P22-design-doc-with-phases',
      'design notes beside phases over tables of features with their status: the features are the work',
      { title: 'Storage engine rewrite', label: 'P22-design-doc-with-phases' },
      [
        'Write-ahead log | done',
        'Memtable and flush | done',
        'SSTable reader | in-progress',
        'Compaction | planned',
        'Bloom filters | planned',
        'Migration tool | planned',
      ],
    ],
    [
      'P23-prose-quarters-with-done-list',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P23-prose-quarters-with-done-list' },
      [
        'Faster startup | done',
        'New icon set | done',
        'Linux ARM builds | done',
        'Crash reporter | done',
        'Spell checking | done',
        'Tabs | done',
      ],
    ],
    [
      'P24-prose-features-plus-status-lists',
      'features told in prose beside checklists of chores stay slides',
      { title: 'Roadmap', label: 'P24-prose-features-plus-status-lists' },
      [
        'Plugin system | unknown',
        'Collaborative editing | unknown',
        'Mobile app | unknown',
        'Move CI to GitHub Actions | done',
        'Drop Node 16 | done',
        'New settings screen | done',
        'Translate the docs into Spanish | in-progress',
        'Replace moment.js with date-fns | in-progress',
        'Fix flaky e2e tests | in-progress',
      ],
    ],
    [
      'P25-legend-code-block',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P25-legend-code-block' },
      [
        'New renderer | done',
        'Config file in TOML | done',
        '[~] Plugin loading | unknown',
        'Windows installer | planned',
        'Themes | planned',
        'Auto-update | planned',
      ],
    ],
    [
      'P26-legend-paragraph',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P26-legend-paragraph' },
      ['Core | unknown', 'CLI | unknown'],
    ],
    [
      'P27-checklist-bare-in-section',
      'box lines without list markers are a checklist',
      { title: 'Roadmap', label: 'P27-checklist-bare-in-section' },
      [
        'User accounts | done',
        'Password reset | done',
        'Two-factor authentication | planned',
        'Billing | planned',
        'Invoices | planned',
        'Usage reports | planned',
      ],
    ],
    [
      'P28-code-block-tree-output',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P28-code-block-tree-output' },
      ['Task runner | unknown', 'Remote cache | unknown', 'Watch mode | unknown'],
    ],
    [
      'P29-boxes-in-blockquote-example',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P29-boxes-in-blockquote-example' },
      ['Issue templates | planned', 'Discussions | done'],
    ],
    [
      'P30-legend-lines-top',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P30-legend-lines-top' },
      [
        'Basic CRUD | done',
        'REST API | done',
        '[~] GraphQL API | unknown',
        'Webhooks | planned',
        'Rate limiting | planned',
        'SDK for Go | planned',
      ],
    ],
    [
      'P31-setup-wizard-code',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P31-setup-wizard-code' },
      ['Setup doctor | unknown', 'Telemetry opt-out | unknown', 'Plugin registry | unknown'],
    ],
    [
      'P32-hashtags-footer',
      'lines of one hash each are tags, not headings',
      { title: 'Roadmap', label: 'P32-hashtags-footer' },
      [
        'Dark mode | in-progress',
        'Offline support | in-progress',
        'Plugin API | planned',
        'Team workspaces | planned',
        'Self-hosting guide | future',
      ],
    ],
    [
      'P34-tight-mkdocs',
      'headings without a space after their hashes are headings',
      { title: 'Roadmap', label: 'P34-tight-mkdocs' },
      [
        'Basic player | done',
        'Playlists | done',
        'Lyrics view | in-progress',
        'Equalizer | in-progress',
        'Chromecast | planned',
        'Offline downloads | planned',
      ],
    ],
    [
      'P35-tight-with-real-headings',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: '2025' },
      [
        'Search | unknown',
        'Tags | unknown',
        'Sharing | unknown',
        'Comments | unknown',
        'Mobile app | unknown',
        'Public API | unknown',
        'Federation | unknown',
      ],
    ],
    [
      'P36-channel-names',
      'channel names of one hash stay text',
      { title: 'Community roadmap', label: 'P36-channel-names' },
      [
        'Monthly community call | unknown',
        'Hackathon in May | unknown',
        'Chat | unknown',
        'Rewrite the getting started guide | unknown',
        'Add a FAQ | unknown',
      ],
    ],
    [
      'P37-issue-ref-lines-under-headings',
      'lines of issue numbers are not headings',
      { title: 'Roadmap', label: 'P37-issue-ref-lines-under-headings' },
      [
        'Async drivers | in-progress',
        'Typed query builder | in-progress',
        'Connection pool metrics | planned',
        'Read replicas | planned',
      ],
    ],
    [
      'P38-next-auth-roadmap',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P38-next-auth-roadmap', project: 'next-auth' },
      [
        'App Router support | unknown',
        'Edge runtime | unknown',
        'New adapters API | unknown',
        'WebAuthn provider | future',
      ],
    ],
    [
      'P39-the-main-roadmap',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P39-the-main-roadmap' },
      ['Shortcodes in Markdown | unknown', 'Faster taxonomies | unknown', 'Image processing cache | unknown'],
    ],
    [
      'P40-current-lowercase',
      "a qualifier before 'roadmap' names no project",
      { title: 'Roadmap', label: 'P40-current-lowercase' },
      ['Offline mode by default | planned', 'Better migrations output | planned', 'Support for Oracle | future'],
    ],
    [
      'P41-the-stable-roadmap',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P41-the-stable-roadmap', project: 'nightly' },
      ['Long-term support for 18 months | unknown', 'Security backports | unknown', 'New JIT | unknown'],
    ],
    [
      'P42-the-first-roadmap-proper',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P42-the-first-roadmap-proper', project: 'Ferrite' },
      ['Crash-safe writes | in-progress', 'Iterators | in-progress', 'Transactions | planned'],
    ],
    [
      'P43-latest-lowercase-name',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P43-latest-lowercase-name' },
      ['Stricter lockfile checks | unknown', 'Faster installs on Windows | unknown', 'Plugin hooks | future'],
    ],
    [
      'P44-first-hyphen-name',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P44-first-hyphen-name' },
      ['Custom resource metrics GA | unknown', 'Lower memory use | unknown', 'Drop deprecated metrics | unknown'],
    ],
    [
      'P45-shipped-list-before-platform-headings',
      'a list that shares one word with the headings after it does not sum them up',
      { title: 'Roadmap', label: 'P45-shipped-list-before-platform-headings' },
      [
        'Windows support (x64) | done',
        'macOS support (Intel) | done',
        'Plugin loader | done',
        'Windows support | unknown',
        'macOS support | unknown',
        'Linux support | unknown',
      ],
    ],
    [
      'P46-phase-goals-list',
      'reads as before the rules of held-out-24',
      { title: 'Roadmap', label: 'P46-phase-goals-list' },
      [
        'Goals for this year | unknown',
        'Phase 1: Storage format | unknown',
        'Phase 2: Replication | unknown',
        'Phase 3: Storage format tooling | unknown',
      ],
    ],
    [
      'P47-milestone-table-summary',
      'a table whose every row names a heading after it by its own word sums them up',
      { title: 'Roadmap', label: 'P47-milestone-table-summary' },
      ['Milestone 1 – Core API | unknown', 'Milestone 2 – Dashboard | unknown', 'Milestone 3 – Integrations | unknown'],
    ],
    [
      'P48-work-list-before-support-headings',
      'a list that shares one word with the headings after it does not sum them up',
      { title: 'Roadmap', label: 'P48-work-list-before-support-headings' },
      ['Packaging work | unknown', 'Windows support | unknown', 'macOS support | unknown', 'Linux support | unknown'],
    ],
    [
      'P49-release-status-over-features',
      "a release's opening status line is its features' status",
      { title: 'Changelog and roadmap', label: 'P49-release-status-over-features', project: 'Changelog and' },
      ['1.2 | done', '1.3 | in-progress', '1.4 | planned'],
    ],
    [
      'P50-liquid-status-in-heading',
      "a Liquid status include in a heading is the heading's status, not part of its title",
      { title: 'Roadmap', label: 'P50-liquid-status-in-heading' },
      ['Passkeys | done', 'Magic links | in-progress', 'SCIM provisioning | planned', 'Hardware keys | planned'],
    ],
  ])('%s: %s', (name, _why, head, items) => {
    const edition = read(name);
    expect({
      title: edition.title,
      label: edition.label,
      ...(edition.project ? { project: edition.project } : {}),
    }).toEqual(head);
    expect(allInitiatives(edition).map((i) => `${i.title} | ${i.status}`)).toEqual(items);
  });
});
