/**
 * Probe pages of the second review of this round's rules (test/fixtures/review-26b): trackers named in
 * prose, words of work set aside, stages over detail sub-headings, front matter and rules at the top of a
 * page, each asserted as a presenter reads it (title, then each initiative's title, status and tracking).
 */
import { describe, expect, it } from 'vitest';
import { expectProbes, readProbePage } from '../helpers/probes.js';

const read = (name: string) => readProbePage('review-26b', name);

describe('probe pages with broken front matter are refused at its line', () => {
  it.each([
    ['P15-fm-typo-missing-colon.md', 'FrontMatterError'],
    ['P21-fm-broken-yaml.md', 'FrontMatterError'],
  ])('%s → %s', (name, error) => {
    expect(() => read(name)).toThrow(expect.objectContaining({ name: error }));
  });
});

describe('probe pages read as a presenter would', () => {
  expectProbes('review-26b', [
    [
      'P01-upstream-issue-in-passing.md',
      'Roadmap',
      [
        ['Wayland clipboard support', 'planned', null],
        ['Faster thumbnail generation', 'planned', null],
        ['SSO with Keycloak', 'planned', null],
        ['Plugin marketplace', 'future', null],
      ],
    ],
    [
      'P02-gh-and-upstream-jira.md',
      'Arrow integration roadmap',
      [
        ['Flight SQL client', 'in-progress', 'https://github.com/acme/arrowkit/issues/45'],
        ['Dataset write support', 'in-progress', 'https://github.com/acme/arrowkit/issues/51'],
        ['Compute kernels for decimals', 'in-progress', 'https://github.com/acme/arrowkit/issues/58'],
        ['C Data Interface for streams', 'planned', 'https://github.com/acme/arrowkit/issues/60'],
        ['Substrait plans', 'planned', 'https://github.com/acme/arrowkit/issues/62'],
      ],
    ],
    [
      'P03-jira-filters-boards.md',
      'Platform Roadmap 2025',
      [
        ['Multi-region failover', 'planned', null],
        ['Cost dashboards', 'planned', null],
        ['Service mesh migration', 'planned', null],
        ['Secrets rotation', 'planned', 'https://acme.atlassian.net/browse/PLAT-140'],
      ],
    ],
    [
      'P04-issue-to-discussion.md',
      'Roadmap',
      [
        ['Dark mode', 'planned', null],
        ['Export to PDF', 'planned', null],
        ['Sync conflicts UI', 'planned', null],
        // ("Tracking [issue](…)": its own issue, pointed to.)
        ['Offline attachments', 'planned', 'https://github.com/acme/notes/issues/140'],
      ],
    ],
    [
      'P05-bugzilla-prose.md',
      'Firefox integration roadmap',
      [
        ['Native messaging host for Linux', 'unknown', null],
        ['Autofill for passkeys', 'unknown', 'https://bugzilla.mozilla.org/show_bug.cgi?id=1797800'],
        ['Container tabs awareness', 'future', 'https://github.com/acme/vault-desktop/issues/77'],
      ],
    ],
    [
      'P06-voip-music-on-hold.md',
      'Softphone Roadmap',
      [
        ['Call transfer', 'in-progress', null],
        ['Music on hold', 'in-progress', null],
        ['Call parking', 'planned', null],
        ['Put calls on hold', 'planned', null],
        ['Video calls', 'future', null],
      ],
    ],
    [
      'P07-media-player-paused.md',
      'Player roadmap',
      [
        ['Resume downloads when paused', 'in-progress', null],
        ['Keep the screen awake unless paused', 'in-progress', null],
        ['Restore state when the app is suspended', 'planned', null],
        ['Suspend/resume support for the sync service', 'planned', null],
        ['Deferred (lazy) loading of album art', 'planned', null],
      ],
    ],
    [
      'P08-status-cells-history.md',
      'Roadmap',
      [
        ['Plugin API v2', 'in-progress', null],
        ['Incremental indexing', 'done', null],
        ['Remote workspaces', 'unknown', null],
        ['Theme editor', 'future', null],
        ['Sandboxed extensions', 'future', null],
        ['Telemetry opt-in', 'planned', null],
      ],
    ],
    [
      'P09-graphics-render-paths.md',
      'Renderer Roadmap',
      [
        ['Forward+', 'unknown', null],
        ['Deferred', 'unknown', null],
        ['Clustered', 'planned', null],
        ['Mobile', 'planned', null],
      ],
    ],
    [
      'P10-sections-with-set-aside.md',
      'Hosting roadmap',
      [
        ['Parked domains', 'in-progress', null],
        ['Suspended accounts dashboard', 'in-progress', null],
        ['Paused deployments', 'in-progress', null],
        ['Edge functions', 'future', null],
        ['Team billing', 'future', null],
        ['Built-in email hosting', 'future', null],
        ['Self-hosted edition', 'future', null],
      ],
    ],
    [
      'P11-per-in-titles.md',
      'Roadmap',
      [
        ['Pricing per seat instead of per workspace', 'planned', null],
        ['Separate rate limits per API key', 'planned', null],
        ['One worker process per CPU core', 'planned', 'https://github.com/acme/queue/issues/88'],
        ['Retry budget per queue', 'planned', 'https://github.com/acme/queue/issues/91'],
        ['Add TLS client certificates', 'planned', 'https://github.com/acme/queue/issues/97'],
        ['Drop Python 3.8', 'planned', null],
        ['Configurable visibility timeout, as per SQS semantics', 'planned', null],
        ['Dead-letter queue', 'planned', null],
        ['Metrics per tenant', 'planned', 'https://github.com/acme/queue/issues/110'],
      ],
    ],
    [
      'P12-per-headings.md',
      'Storage Roadmap',
      [
        ['Quotas per bucket', 'planned', 'https://github.com/acme/store/issues/210'],
        ['Encryption keys per tenant', 'planned', 'https://github.com/acme/store/issues/215'],
        ['Lifecycle rules', 'planned', 'https://github.com/acme/store/issues/220'],
      ],
    ],
    [
      'P13-fm-json-in-dashes.md',
      'Roadmap 2025',
      [
        ['Faster sync', 'in-progress', null],
        ['Offline mode', 'in-progress', null],
        ['Plugins', 'future', null],
      ],
    ],
    [
      'P14-fm-toml-in-dashes.md',
      'P14 fm toml in dashes',
      [
        ['Faster sync', 'in-progress', null],
        ['Offline mode', 'in-progress', null],
        ['Plugins', 'future', null],
      ],
    ],
    [
      'P16-fm-shapes.md',
      'Kit Roadmap',
      [
        ['Faster sync', 'in-progress', null],
        ['Plugins', 'future', null],
      ],
    ],
    [
      'P17-fm-crlf.md',
      'Kit Roadmap',
      [
        ['Faster sync', 'in-progress', null],
        ['Plugins', 'future', null],
      ],
    ],
    [
      'P18-fm-bom-blank-spaced-keys.md',
      'P18 fm bom blank spaced keys',
      [
        ['Faster sync', 'in-progress', null],
        ['Plugins', 'future', null],
      ],
    ],
    [
      'P19-rule-heading-rule.md',
      'Kit Roadmap',
      [
        ['Faster sync', 'in-progress', null],
        ['Plugins', 'future', null],
      ],
    ],
    [
      'P20-rule-note-rule.md',
      'Kit Roadmap',
      [
        ['Faster sync', 'in-progress', null],
        ['Plugins', 'future', null],
      ],
    ],
    [
      'P22-phases-with-areas.md',
      'Atlas Roadmap',
      [
        ['Storage engine with WAL', 'unknown', null],
        ['gRPC API', 'unknown', null],
        ['Auth tokens', 'unknown', null],
        ['Project list', 'unknown', null],
        ['Settings page', 'unknown', null],
        ['Multi-tenant mode', 'unknown', null],
        ['Audit log', 'unknown', null],
        ['Team management', 'unknown', null],
        ['Usage dashboard', 'unknown', null],
        ['Sharding', 'unknown', null],
        ['Read replicas', 'unknown', null],
        ['Admin console', 'unknown', null],
      ],
    ],
    [
      'P23-quarters-themes.md',
      '2025 Product Roadmap',
      [
        ['Cold start under 1s', 'planned', null],
        ['Halve memory use on large projects', 'planned', null],
        ['Lazy module loading', 'done', null],
        ['Incremental type cache', 'done', null],
        ['Parallel indexing', 'planned', null],
        ['Real-time co-editing for small teams', 'planned', null],
        ['Presence indicators', 'planned', null],
        ['Shared cursors', 'planned', null],
        ['Comments on lines', 'planned', null],
      ],
    ],
    [
      'P24-phases-dash-deliverables.md',
      'Migration plan',
      [
        ['New CI pipeline for all repos', 'unknown', null],
        ['Artifact signing', 'unknown', null],
        ['Nightly builds', 'unknown', null],
        ['Team onboarding guides', 'unknown', null],
        ['Deprecate old runners', 'unknown', null],
        ['Cost report per team', 'unknown', null],
      ],
    ],
    [
      'P25-release-names-subheadings.md',
      'Roadmap',
      [
        ['Stable plugin API', 'unknown', null],
        ['Config file format v2', 'unknown', null],
        ['Sync to S3', 'unknown', null],
        ['Conflict resolution', 'unknown', null],
      ],
    ],
    [
      'P26-milestones-sprints.md',
      'Sprint plan',
      [
        ['Welcome screen', 'done', null],
        ['Sign-up form', 'done', null],
        ['Email verification', 'planned', null],
        ['Stripe checkout', 'planned', null],
        ['Invoices page', 'planned', null],
        ['Tax settings', 'planned', null],
      ],
    ],
    [
      'P27-fm-releases-key.md',
      'Roadmap',
      [
        ['2.0', 'done', null],
        ['2.1', 'in-progress', null],
        ['3.0', 'planned', null],
      ],
    ],
    [
      'P28-fm-quarters-goals-key.md',
      'Community roadmap',
      [
        ['Q1 2025', 'done', null],
        ['Q2 2025', 'in-progress', null],
        ['Q3 2025', 'planned', null],
      ],
    ],
    [
      'P29-h1-stage-titles.md',
      'P29 h1 stage titles',
      [
        ['Public sign-up', 'done', null],
        ['Billing', 'in-progress', null],
        ['SLA', 'planned', null],
        ['SOC 2 report', 'planned', null],
        // Its one item names the work: "Marketplace" was read as a month ("Mar…") and held a place.
        ['Marketplace', 'future', null],
      ],
    ],
    [
      'P30-v2-checklist-h1.md',
      'Kit Roadmap',
      [
        ['V1 - Launch', 'done', null],
        ['V3 - Contributors wanted', 'planned', null],
      ],
    ],
    [
      'P31-first-subheading-paused.md',
      'Player roadmap',
      [
        ['Resume downloads when paused', 'in-progress', null],
        ['Better seeking', 'in-progress', null],
        ['Gapless playback', 'planned', null],
      ],
    ],
    [
      'P32-on-hold-status-lines.md',
      'Roadmap',
      [
        ['Fuzzy matching', 'unknown', null],
        ['Saved searches', 'unknown', null],
        ['Search analytics', 'future', null],
      ],
    ],
    [
      'P33-per-table-and-headings.md',
      'Billing roadmap',
      [
        ['Usage-based pricing', 'planned', 'https://github.com/acme/billing/issues/301'],
        ['Invoices per cost centre', 'in-progress', 'https://github.com/acme/billing/issues/305'],
        ['Discounts per plan', 'done', 'https://github.com/acme/billing/issues/307'],
        ['Tax rules', 'planned', 'https://github.com/acme/tax/issues/12'],
      ],
    ],
  ]);
});
