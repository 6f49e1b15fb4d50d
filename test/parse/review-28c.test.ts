/**
 * Probe pages of the third review of this round's rules (test/fixtures/review-28c): bold names on their
 * own line beside their task lists or after a period's own list, releases whose scope or overview is a
 * table of work with its states, and "What's new?" over a log of the page's changes. Each reads as a
 * presenter would (the first two as the review's base did, the others as before this round).
 */
import { describe } from 'vitest';
import { expectProbes } from '../helpers/probes.js';

describe('probe pages read as a presenter would', () => {
  expectProbes('review-28c', [
    [
      'P02-next-ownline-with-tasks.md',
      'Roadmap',
      [
        ['Offline sync', 'in-progress', null],
        ['End-to-end encryption', 'planned', null],
        ['Shared notebooks', 'planned', null],
        ['Web clipper', 'planned', null],
      ],
    ],
    [
      'P03-q3-intro-list.md',
      'Tern roadmap',
      [
        ['Retry policies', 'planned', null],
        ['Typed client generator', 'planned', null],
        ['Tracing dashboard', 'planned', null],
        ['Multi-region failover', 'planned', null],
        ['Audit log', 'planned', null],
      ],
    ],
    [
      'P09-release-scope-table.md',
      'Harbor Roadmap',
      [
        ['Pluggable storage drivers', 'in-progress', null],
        ['S3 backend', 'planned', null],
        ['Write-ahead log', 'done', null],
        ['Compaction scheduler', 'planned', null],
        ['Prometheus metrics', 'planned', null],
        ['Trace export', 'planned', null],
        ['Health dashboard', 'planned', null],
      ],
    ],
    [
      'P10-release-overview-table.md',
      'Kite Roadmap',
      [
        ['Offline maps', 'done', null],
        ['Route planner', 'in-progress', null],
        ['GPX import', 'done', null],
        ['Trip sharing', 'planned', null],
        ['Public trails', 'planned', null],
        ['Trail reviews', 'planned', null],
        ['Photo uploads', 'planned', null],
      ],
    ],
    [
      'P16-whats-new-doc-changes.md',
      'Mosaic Roadmap',
      [
        ['Tile editor', 'in-progress', null],
        ['Layer groups', 'in-progress', null],
        ['Exports', 'planned', null],
        ['Plugins', 'planned', null],
      ],
    ],
  ]);
});
