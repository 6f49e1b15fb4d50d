/**
 * Pages two reviews wrote to probe the rules of held-out-34. The regressions they found are mended and
 * asserted here, each as it read before those rules: a planned feature that lets members vote (p08), a
 * "User requests" part that says what will be built (p10), process parts whose lines each carry one
 * decorative sign (p20, p21, p22), parts that each describe one feature after "This section describes"
 * (p30), a changelog or history over releases still to come (h01, h02, h03, h08), and headings over one
 * issue-linked line or a line that only names the link (t09, t13). Three probes the rules read better
 * are asserted too (p07, h04, n02).
 */
import { describe, expect, it } from 'vitest';
import { readProbe } from '../helpers/probes.js';

const cases: [string, string, string[]][] = [
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

describe('pages that probe the rules of held-out-34', () => {
  it.each(cases)('%s: %s', (name, _what, items) => {
    expect(readProbe('review-34', name).items).toEqual(items);
  });
});
