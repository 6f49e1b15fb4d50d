/**
 * Pages four reviews wrote to probe the rules of the hundred-and-twenty-sixth round (held-out-22):
 * each reads as it did before those rules, or better where the rule was meant for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const read = (name: string) => {
  const file = new URL(`../fixtures/review-22/${name}.md`, import.meta.url);
  return parseRoadmap(sourceFromBytes(`${name}.md`, readFileSync(file))).edition;
};
const line = (page: ReturnType<typeof read>) => allInitiatives(page).map((i) => `${i.title} | ${i.status}`);

describe('pages that probe the new rules', () => {
  it.each([
    [
      'A1-join-in-work',
      '"join in" inside a title of work is no call to take part',
      [
        'Hash join in the planner | planned',
        'Lateral join in subqueries | planned',
        'Window functions | planned',
        'Cost-based optimizer | future',
      ],
    ],
    [
      'A2-search-links-work',
      'searches of the tracker named by their work are work',
      [
        'Faster cold start | planned',
        'Windows support | planned',
        'Remote caching | planned',
        'Plugin API | planned',
        'Web dashboard | planned',
      ],
    ],
    [
      'A3a-feedback-on-release',
      'a call for feedback on a release is still a call',
      ['New configuration format | in-progress', 'Drop Python 3.8 | in-progress', 'Async API | in-progress'],
    ],
    [
      'A3c-contributing-to-release',
      'contributing to a release and thanks for one are no work',
      [
        'Import from Notion | unknown',
        'Table of contents block | unknown',
        'Comments | unknown',
        'Page history | unknown',
      ],
    ],
    [
      'A3f-process-for-release',
      'a release process and governance after a release are no work',
      ['Stable plugin API | unknown', 'Documentation site | unknown', 'Signed binaries | unknown'],
    ],
    [
      'B2-contributing-to-release',
      'an introduction and a call that name a release are no work',
      ['Engine rewrite | unknown', 'Config v2 | unknown', 'Dashboard | unknown'],
    ],
    [
      'A4-roadmap-and-feedback',
      '"Roadmap & Feedback" over a sentence that asks for feedback is the call',
      [
        'Faster startup | in-progress',
        'New settings page | in-progress',
        'Plugin marketplace | planned',
        'Team billing | planned',
      ],
    ],
    [
      'A6-not-under-consideration',
      'work not under consideration is not future work',
      [
        'Bulk edit | planned',
        'Saved filters | planned',
        'Kanban view | future',
        'Time tracking | future',
        'Gantt chart | future',
        'A desktop app | unknown',
        'Self-hosted LDAP sync | unknown',
      ],
    ],
    [
      'A7-not-in-the-works',
      'work not in the works is not under way',
      ['Slack | done', 'Jira | in-progress', 'Zapier | unknown', 'Linear | unknown'],
    ],
    [
      'A8-dated-remark',
      'a dated remark keeps a list of goals; a short one qualifies principles',
      [
        'Ship the hosted version | planned',
        'Reach 1,000 paying teams | planned',
        'Open a partner program | planned',
        'Calendar view | planned',
        'Recurring tasks | planned',
      ],
    ],
    [
      'B3-breakdown-tables',
      'one breakdown table under each piece of work leaves each one piece of work',
      ['Dark mode | unknown', 'Offline sync | unknown', 'Accessibility audit | unknown'],
    ],
    [
      'B4-already-available',
      'under a release, a table of what is already available keeps only what is not done',
      [
        'Offline mode | in-progress',
        'Managed hosting | unknown',
        'Single sign-on | unknown',
        'Usage billing | unknown',
      ],
    ],
    [
      'B5-cell-leads',
      'rows that share a lead keep their cells; the others are still split',
      [
        'Offline mode: design and prototype the local store and sync protocol | in-progress',
        'Offline mode: ship to all users with conflict resolution | planned',
        'Search | planned',
        'Billing | planned',
      ],
    ],
    [
      'B6-icon-preview',
      'an icon whose name is no plain status says nothing; the section does',
      ['Single sign-on | done', 'Streaming exports | done', 'Row-level security | planned', 'Query caching | planned'],
    ],
    [
      'B7-quoted-release',
      'the first release, over a note and its one fix, is kept',
      [
        'v1.4.0 | done',
        'Require Python 3.9 | done',
        'Async client | planned',
        'Retry with backoff | planned',
        'Drop the sync client | planned',
        'Typed responses | planned',
      ],
    ],
    [
      'C1-summary-checklist',
      "a period's checklist that names the parts under it sums them up",
      ['SSO login | planned', 'Audit log | planned', 'Usage-based billing | planned', 'Multi-region | planned'],
    ],
    [
      'C2-legend-checklist',
      'a key of status words under a period is no work',
      ['Search | unknown', 'Export | planned'],
    ],
    [
      'C3-repository-pointers',
      'pieces of work that point to their own repository are work',
      [
        'Python SDK | unknown',
        'Terraform provider | unknown',
        'Helm chart | unknown',
        'Web console redesign | unknown',
      ],
    ],
    [
      'C5-join-in-discussion',
      '"Join in the discussion" is a call',
      [
        'Parallel parsing | unknown',
        'Incremental type checking | unknown',
        'Language server rename support | unknown',
        'Formatter config file | unknown',
      ],
    ],
    [
      'C6-follow-along',
      "links to the tracker's own pages are places, not work",
      [
        'Streaming responses | planned',
        'Retry policies | planned',
        'OpenTelemetry tracing | planned',
        'gRPC transport | planned',
        'Circuit breaker | planned',
      ],
    ],
    [
      'C7-where-to-find',
      'searches named by a kind of ticket are places, not work',
      ['Date picker component | unknown', 'Data table virtualization | unknown', 'RTL support | unknown'],
    ],
    [
      'C8-order-notes',
      'notes on the order head nothing',
      [
        'Image resizing pipeline | unknown',
        'Sass support without Node | unknown',
        'Multilingual sites | unknown',
        'RSS for every section | unknown',
        'Fix incremental rebuilds | unknown',
        'Stable plugin API | unknown',
      ],
    ],
    [
      'C9-version-word',
      'a release named "Version 2.0 — Contributor experience" is a release',
      [
        'One-command dev environment with devcontainers | unknown',
        'Faster CI (under 10 minutes) | unknown',
        'Good first issue labels triage bot | unknown',
        'Lazy loading of modules | unknown',
        'Smaller bundle | unknown',
      ],
    ],
    [
      'C10-principles-remark',
      'principles qualified by a longer remark are still principles',
      ['Stable 1.0 API | unknown', 'Windows support | unknown', 'Plugin registry | unknown'],
    ],
    [
      'C11-current-progress',
      "a release's table of current progress keeps its done rows",
      [
        'New query engine | done',
        'Columnar storage | done',
        'Parquet export | done',
        'S3 backend | done',
        'Vector search | in-progress',
        'Materialized views | unknown',
        'Row-level security | unknown',
      ],
    ],
    [
      'C12-icon-words',
      'icons named by any whole status word give it',
      [
        'Dark mode | done',
        'Offline sync | in-progress',
        'Shared workspaces | planned',
        'End-to-end encryption | in-progress',
      ],
    ],
    ['D1-supported-versions', 'a support matrix of marks is not work', ['Editor | unknown', 'Terminal | unknown']],
    [
      'D2-release-schedule',
      'a release schedule marked with a calendar is not work',
      ['Stable plugin API | planned', 'Windows installer | planned', 'Remote workspaces | planned'],
    ],
    [
      'D3-triage',
      'triage rules marked with category icons are not work',
      ['Config file validation | unknown', 'Better error messages | unknown', 'Incremental builds | unknown'],
    ],
    [
      'D4-values-work',
      '"Values" over work written as sentences is work',
      [
        'Add ingress.className to the default values | unknown',
        'Validate values against a JSON schema | unknown',
        'Support extraEnv for every container | unknown',
        'Split the deployment template per component | unknown',
        'Add a PodDisruptionBudget | unknown',
      ],
    ],
    [
      'D7-bold-lead-punctuation',
      'a shared bold name, its colon or dash outside the bold, titles each item without it',
      [
        'Backend: Arm backend | planned',
        'Backend: QNN backend | planned',
        'Frontend: Move session handling to the server | planned',
        'Frontend: Dark mode for every page | planned',
        // Shared names lead four lines of five: the one led once is an area too (held-out-23).
        'Docs: A new tutorial | planned',
      ],
    ],
  ])('%s: %s', (name, _what, expected) => {
    expect(line(read(name))).toEqual(expected);
  });

  it('A5-order-label: a label named "Order" is an area, not a note on the order', () => {
    const page = read('A5-order-label');
    expect(page.sections.map((s) => [s.title, s.initiatives.length])).toEqual([
      ['Cart', 2],
      ['Order', 3],
      ['Payment', 2],
    ]);
  });
});
