/**
 * Probe pages of the second review of this round's rules (test/fixtures/review-28b): notes in bold on
 * their own line beside a period's list, stages and milestones told by "Problem" and "Solution",
 * releases whose goals or benefits are tables, areas beside a backlog and done work past the deck's
 * budget, and principles for an audience as a guide to write. Each reads as it did before this round's
 * second part.
 */
import { describe } from 'vitest';
import { expectProbes } from '../helpers/probes.js';

describe('probe pages read as a presenter would', () => {
  expectProbes('review-28b', [
    [
      'P02-phase-problem-solution.md',
      'Roadmap',
      [
        ['Phase 1: Offline mode', 'in-progress', null],
        ['Phase 2: Shared notebooks', 'unknown', null],
        ['Phase 3: Plugin API', 'unknown', null],
      ],
    ],
    [
      'P08-principles-doc-work.md',
      'Documentation Roadmap',
      [
        ['Getting started in ten minutes', 'unknown', null],
        ['Build your first plugin', 'unknown', null],
        ['Deploy to a VPS', 'unknown', null],
        ['Naming and versioning rules', 'unknown', null],
        ['Error handling conventions', 'unknown', null],
        ['Performance budget for hooks', 'unknown', null],
        ['Spanish', 'unknown', null],
        ['Japanese', 'unknown', null],
      ],
    ],
    [
      'P20-areas-plus-backlog-done.md',
      'Atlas Roadmap',
      [
        ['Editor', 'unknown', null],
        ['Terminal', 'unknown', null],
        ['Git', 'unknown', null],
        ['Debugger', 'unknown', null],
        ['Extensions', 'unknown', null],
        ['Backlog', 'future', null],
        ['Done', 'done', null],
      ],
    ],
    [
      'P21-release-goals-table.md',
      'Nimbus Roadmap',
      [
        ['v1.4.0 - Observability (Q2 2025)', 'unknown', null],
        ['v1.5.0 - Multi-tenancy (Q3 2025)', 'unknown', null],
      ],
    ],
    [
      'P22-release-benefits-table.md',
      'Nimbus Roadmap',
      [
        ['v2.0.0 - Rust core (Q1 2026)', 'unknown', null],
        ['v2.1.0 - Plugin SDK (Q2 2026)', 'unknown', null],
      ],
    ],
    [
      'P24-milestones-why-how.md',
      'Roadmap',
      [
        ['Milestone 1 — Private beta', 'done', null],
        ['Milestone 2 — Public launch', 'in-progress', null],
        ['Milestone 3 — Teams', 'unknown', null],
      ],
    ],
    [
      'P31-period-risks-questions.md',
      'Roadmap',
      [
        ['Bulk import from CSV', 'planned', null],
        ['Two-factor authentication', 'planned', null],
        ['Audit log', 'planned', null],
        ['SSO with SAML', 'planned', null],
        ['Public API v2', 'planned', null],
      ],
    ],
  ]);
});
