/**
 * Pages two reviews wrote to probe the rules of held-out-34. The regressions they found are mended and
 * asserted here, each as it read before those rules: a planned feature that lets members vote (p08), a
 * "User requests" part that says what will be built (p10), process parts whose lines each carry one
 * decorative sign (p20, p21, p22), parts that each describe one feature after "This section describes"
 * (p30), a changelog or history over releases still to come (h01, h02, h03, h08), and headings over one
 * issue-linked line or a line that only names the link (t09, t13). Three probes the rules read better
 * are asserted too (p07, h04, n02). A second review probed the later rules: tables numbered by "#" or "No."
 * (t01, t02, t08), a details key over features named in bold (f02-f16), process parts by period with a
 * status line (rs01-rs04), and releases or groups named with their version (r02, rt02-rt19, a rule withdrawn).
 * A third review probed whole pages: history over releases with open work (e03, e27), dated current
 * status over open work (e05, e26), and features about voting (e17).
 */
import { describe, expect, it } from 'vitest';
import { readProbe } from '../helpers/probes.js';

/** A probe page's name, what it checks, and its initiatives as "title | status". */
type Probe = [string, string, string[]];

/** Each probe reads as its row says. */
const readsAs = (title: string, probes: Probe[]) =>
  describe(title, () => {
    it.each(probes)('%s: %s', (name, _what, items) => {
      expect(readProbe('review-34', name).items).toEqual(items);
    });
  });

const cases: Probe[] = [
  [
    'p08-voting-feature-work',
    'a planned feature that lets members vote is work',
    ['Idea voting | planned', 'Private messages | planned', 'Moderation queue | planned'],
  ],
  [
    'p10-user-requests-sentence',
    '"User requests" over a sentence of what will be built, with no link, stays work',
    [
      'Curves tool | unknown',
      'Batch crop | unknown',
      'Lens correction profiles | unknown',
      'User requests | unknown',
      'Public galleries | unknown',
      'Password-protected links | unknown',
    ],
  ],
  [
    'p20-dev-process-checkmarks',
    'a process whose lines all carry one sign is still a process',
    ['Parquet export | unknown', 'Schema evolution | unknown', 'Partitioned writes | unknown'],
  ],
  [
    'p21-release-process-emoji-steps',
    'a release process told in decorated steps is a process',
    ['Biometric login | planned', 'Widget for the home screen | planned'],
  ],
  [
    'p22-contributing-pointers',
    'pointers to contribute, each with one sign, are a call',
    ['Versioned docs | planned', 'Search across versions | planned', 'Dark mode | planned'],
  ],
  [
    'p30-section-describes-one-feature-each',
    '"This section describes …" tells one piece of work',
    ['Real-time collaboration | unknown', 'Page history | unknown', 'Permissions | unknown'],
  ],
  [
    'h01-changelog-upcoming',
    'a changelog over releases to come holds their work',
    [
      'Vector tile styling with expressions | planned',
      'Hillshade layer | planned',
      'Label collision rewrite | planned',
      'WebGPU backend | in-progress',
      'Tile cache eviction by size | in-progress',
      'Raster overlays | done',
      'PNG and WebP output | done',
    ],
  ],
  [
    'h02-version-history-next',
    'a version history that opens with the next release holds its work',
    [
      'Interactive init wizard | planned',
      'Config profiles per workspace | planned',
      'New plugin loader | unknown',
      'Faster cold start | unknown',
      'Windows path fixes | unknown',
    ],
  ],
  [
    'h03-releases-upcoming-only',
    'releases dated as targets or marked beta are still to come',
    [
      'Streaming parser | planned',
      'Schema inference | planned',
      'Stable public API | unknown',
      'Migration guide from 0.x | unknown',
      'Error recovery in the lexer | in-progress',
      'Source maps | in-progress',
    ],
  ],
  [
    'h08-changelog-named-upcoming',
    'releases named for their work under a changelog are work',
    [
      'Restore any table to a moment within the last seven days | planned',
      'Restore into a new table | planned',
      'Asynchronous replication across two regions | unknown',
    ],
  ],
  [
    't09-headings-single-tracking-link',
    'work headings over one issue-linked line each stay the work',
    [
      'Rewrite the query planner | planned',
      'Native JSON type | planned',
      'Logical replication | planned',
      'Query hints | planned',
    ],
  ],
  [
    't13-headings-umbrella-issue',
    'lines that only name their link ("Umbrella issue") are details of the heading',
    [
      'Cost-based query planner | planned',
      'Native JSON type | planned',
      'Logical replication | planned',
      'Query hints | planned',
    ],
  ],
  [
    'p07-vote-fires',
    'a part that asks readers to vote is the closing',
    ['Incremental backups | planned', 'Read replicas | planned', 'Query planner statistics | planned'],
  ],
  [
    'h04-changelog-past-genuine',
    'a changelog over past releases is history',
    [
      'Drag-and-drop layout editor | in-progress',
      'Theme tokens | in-progress',
      'Offline mode | future',
      'Plugin marketplace | future',
    ],
  ],
  [
    'n02-changelog-over-release-with-work',
    'the roadmap beside its changelog: the roadmap is the work',
    ['Async API | unknown', 'Typed configuration | unknown'],
  ],
];

readsAs('pages that probe the rules of held-out-34', cases);

const secondRound: Probe[] = [
  [
    't01-hash-feature-matrix',
    'a table numbered by "#" that is mostly done lists what exists',
    ['Multilingual sites | in-progress', 'Incremental builds | planned'],
  ],
  [
    't02-no-component-matrix',
    'a table numbered by "No." that is mostly done lists what exists',
    ['Wasm filters | in-progress', 'HTTP/3 | planned'],
  ],
  [
    't08-hash-browser-compat',
    'a browser support table numbered by "#" lists what exists',
    ['iOS Safari | unknown', 'Samsung Internet | unknown'],
  ],
  [
    'f02-goal-then-features',
    'a "Goal:" line over features named in bold: the features are the work',
    [
      'Goal | in-progress',
      'Async HAL | in-progress',
      'Power profiles | in-progress',
      'Flash layout tool | in-progress',
      'Goal | future',
      'Linux target | future',
      'Simulator | future',
    ],
  ],
  [
    'f03-status-then-features-release',
    'a "Status:" line over a release\'s named features: the features are the work',
    [
      'Status | unknown',
      'Plugin sandbox | unknown',
      'New config format | unknown',
      'Theme API | unknown',
      'Status | unknown',
      'Cloud backups | unknown',
      'Team vaults | unknown',
    ],
  ],
  [
    'f05-owners-then-workstreams',
    'an "Owners:" line over named workstreams: the workstreams are the work',
    [
      'Owners | unknown',
      'Unified auth service | unknown',
      'Multi-region failover | unknown',
      'Usage-based billing | unknown',
      'Owners | unknown',
      'SDK for Go | unknown',
      'Local emulator | unknown',
    ],
  ],
  [
    'f06-priority-then-items',
    'a "Priority:" line over named items: the items are the work',
    [
      'Priority | planned',
      'Memory leak in watcher | planned',
      'Windows path handling | planned',
      'Graceful shutdown | planned',
    ],
  ],
  [
    'f12-status-list-of-features-with-status',
    'features each with a status, after a "Status:" line, are the work',
    ['Status | unknown', 'Alerts | unknown', 'Incidents | unknown', 'Maintenance windows | unknown'],
  ],
  [
    'f13-description-intro-then-feature-list',
    'a "Description:" line over named features: the features are the work',
    [
      'Description | unknown',
      'Scheduled reports | unknown',
      'PDF export | unknown',
      'Embeds | unknown',
      'Description | unknown',
      'Segment source | unknown',
      'CSV upload | unknown',
    ],
  ],
  [
    'f16-summary-sublist-features',
    'a "Summary:" line over named features with points: the features are the work',
    ['Summary | planned', 'Nowcasting engine | planned', 'Radar overlay | planned'],
  ],
  [
    'r02-release-tagged-groups',
    'groups named with their release ("Performance work (v0.4)") hold their features',
    [
      'Faster tile decoding | planned',
      'GPU label placement | planned',
      'Smaller bundle size | planned',
      'Snap to vertices | planned',
      'Undo history for edits | planned',
      'Split and merge polygons | planned',
    ],
  ],
  [
    'rs01-support-windows',
    'support windows by period are how the project works',
    ['Distributed locking | in-progress', 'Web dashboard | planned'],
  ],
  [
    'rs02-lts-policy',
    'a long-term support policy by year is how the project works',
    ['Streaming parser | planned', 'Schema hints | planned', 'Pluggable codecs | planned'],
  ],
  [
    'rs04-process-one-status',
    'release steps by period, one with a status line, are a process',
    ['Async I/O backend | planned', 'Query planner v2 | planned', 'Metrics export | planned'],
  ],
  [
    'rt02-two-word-codenames',
    'releases by two-word codename hold their features',
    [
      'Rewritten scheduler | unknown',
      'gRPC API | unknown',
      'Role-based access control | unknown',
      'Audit log | unknown',
      'Multi-region replication | unknown',
      'New CLI | unknown',
      'Web UI | unknown',
      'SSO with SAML | unknown',
      'Usage quotas | unknown',
    ],
  ],
  [
    'rt03-beta-ga',
    'releases named by their stage hold their features',
    [
      'Stable storage format | unknown',
      'Upgrade tool from 0.8 | unknown',
      'Docs for every command | unknown',
      'Signed binaries | unknown',
      'Long-term API guarantee | unknown',
      'Performance dashboard | unknown',
    ],
  ],
  [
    'rt05-scope-groups',
    'groups under "Versions" hold their features',
    [
      'User accounts | unknown',
      'Project workspaces | unknown',
      'REST API | unknown',
      'Shared dashboards | unknown',
      'Comments | unknown',
      'Notifications | unknown',
      'SSO | unknown',
      'Audit trails | unknown',
      'On-premise installer | unknown',
    ],
  ],
  [
    'rt18-mixed-nonleaf',
    'features beside a release by its number stay in their release',
    [
      'PNG and SVG output | unknown',
      'Keep attribution | unknown',
      'IndexedDB store | unknown',
      'LRU eviction | unknown',
      'Stable API | unknown',
      'Plugin loader | unknown',
    ],
  ],
  [
    'rt19-oss-bird-releases-with-status',
    'releases by codename, with their status, hold their features',
    [
      'Kubernetes operator | planned',
      'Horizontal autoscaling | planned',
      'Status page integration | planned',
      'ARM64 images | planned',
      'Helm chart cleanup | planned',
    ],
  ],
];

readsAs('pages a second review wrote to probe the later rules of held-out-34', secondRound);

const thirdRound: Probe[] = [
  [
    'e03-past-releases-planned',
    'a release under "Past Releases" whose items say they are planned is still to come',
    [
      'Tag search | unknown',
      'Dark theme | unknown',
      'Offline-first sync engine | in-progress',
      'Table editor | planned',
      'Export to PDF | planned',
    ],
  ],
  [
    'e05-current-status-q',
    '"Current Status (Q3 2025)" over tasks is the plan for that quarter',
    [
      'Replace Dijkstra with contraction hierarchies | planned',
      'Add turn restrictions | planned',
      'Vector tiles for zoom levels 0-14 | planned',
      'Self-hosted tile server | planned',
      'Public transit routing | future',
      'Elevation-aware cycling | future',
    ],
  ],
  [
    'e17-vote-near-miss',
    'features about voting ("Vote on issues directly from the issue page") are work',
    ['Polls | unknown', 'Moderation | unknown', 'Q4 | unknown'],
  ],
  [
    'e26-current-status-month-work',
    'a dated current status over parts whose work is still open is work',
    [
      'Plugin marketplace | in-progress',
      'Sync server | planned',
      'Mobile app | planned',
      'Realtime collaboration | future',
      'Public API | future',
    ],
  ],
  [
    'e27-changelog-unreleased-boxes',
    'a release under "Changelog" with unticked boxes is still to come',
    [
      'Recipe import from URLs | planned',
      'Shopping list sharing | planned',
      'Pantry tracking | done',
      'Meal planner calendar | done',
      'Nutrition facts | done',
      'First beta | done',
    ],
  ],
];

readsAs('pages a third review wrote to probe the whole of held-out-34', thirdRound);
