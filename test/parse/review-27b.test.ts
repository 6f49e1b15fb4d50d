/**
 * Probe pages of the second review of this round's rules (test/fixtures/review-27b): stages over boxes
 * tracked one by one or named by a time-box, parts signed by any state's sign, status links on headings
 * and items, "as suggested in" before references, each asserted as a presenter reads it (title, then each
 * initiative's title, status and tracking). Probes whose reading a presenter could argue either way, or
 * that read wrong before this round too, are left out.
 */
import { describe } from 'vitest';
import { expectProbes } from '../helpers/probes.js';

describe('probe pages read as a presenter would', () => {
  expectProbes('review-27b', [
    [
      'P01-phase-boxes-issue-links.md',
      'Roadmap',
      [
        ['Import bookmarks from Netscape HTML files', 'done', 'https://github.com/driftwood-app/driftwood/issues/12'],
        ['Full-text search across saved pages', 'done', 'https://github.com/driftwood-app/driftwood/issues/18'],
        ['Tagging and nested tags', 'done', 'https://github.com/driftwood-app/driftwood/issues/21'],
        ['Browser extension for Firefox', 'planned', 'https://github.com/driftwood-app/driftwood/issues/30'],
        ['Public collections with a shareable link', 'planned', 'https://github.com/driftwood-app/driftwood/issues/41'],
        ['Multi-user accounts', 'planned', 'https://github.com/driftwood-app/driftwood/issues/44'],
        ['ActivityPub federation', 'planned', 'https://github.com/driftwood-app/driftwood/issues/52'],
        ['Snapshot pages as single-file HTML', 'planned', 'https://github.com/driftwood-app/driftwood/issues/60'],
        ['Dead link detection', 'planned', 'https://github.com/driftwood-app/driftwood/issues/63'],
        ['Wayback Machine fallback', 'planned', 'https://github.com/driftwood-app/driftwood/issues/71'],
      ],
    ],
    [
      'P02-quarter-theme-checklists.md',
      'Product Roadmap 2025',
      [
        ['Lazy-load the dashboard widgets', 'done', null],
        ['Cache rendered reports for 24 hours', 'done', null],
        ['Move PDF export to a background worker', 'done', null],
        ['Cut cold start time of the CLI in half', 'planned', null],
        ['Slack notifications', 'done', null],
        ['Jira issue sync', 'planned', null],
        ['Webhooks for every event type', 'planned', null],
        ['Zapier app', 'planned', null],
        ['SAML single sign-on', 'planned', null],
        ['Audit log export', 'planned', null],
        ['Role-based access control', 'planned', null],
        ['Data residency in the EU', 'planned', null],
        ['Mobile app', 'future', null],
        ['Offline mode', 'future', null],
      ],
    ],
    [
      'P04-stage-status-and-bare.md',
      'Roadmap',
      [
        ['Parser for the config format', 'done', null],
        ['Validation of required keys', 'done', null],
        ['Error messages with line numbers', 'done', null],
        ['Schema generation', 'done', null],
        ['Editor integration through LSP', 'in-progress', null],
        ['Auto-completion of keys', 'in-progress', null],
        ['Migration tool for v1 configs', 'planned', null],
        ['Online playground', 'planned', null],
      ],
    ],
    [
      'P05-sprint-bugfix-boxes.md',
      'Roadmap',
      [
        ['Fix crash when the database connection drops', 'done', null],
        ['Fix memory leak in the websocket handler', 'done', null],
        ['Retry failed uploads with backoff', 'planned', null],
        ['Surface quota errors in the UI', 'planned', null],
        ['New sign-up flow with email verification', 'planned', null],
        ['Sample project for first-time users', 'planned', null],
        ['Interactive product tour', 'planned', null],
        ['Annual plans', 'planned', null],
        ['Invoices as PDF', 'planned', null],
        ['Proration on plan change', 'planned', null],
      ],
    ],
    [
      'P10-as-described-design-docs.md',
      'Roadmap',
      [
        ['Rewrite the storage layer as described in the storage design', 'in-progress', null],
        ['Split the monolith into services as outlined in ADR-0007', 'in-progress', null],
        [
          'Replace the job queue with NATS, as proposed in RFC 12',
          'in-progress',
          'https://github.com/orbital-ci/rfcs/pull/12',
        ],
        ['Cache build artifacts between runs', 'planned', 'https://github.com/orbital-ci/orbital/discussions/231'],
        ['Support ARM runners', 'planned', null],
        ['Matrix builds as suggested by @kwame', 'planned', null],
        ['Secret masking as reported in the security audit', 'planned', null],
      ],
    ],
    [
      'P11-as-discussed-chat-forum.md',
      "What's next for Lumen",
      [
        ['Dark mode, as requested on the forum', 'planned', null],
        ['Keyboard shortcuts for the editor, as discussed on Discord', 'planned', null],
        ['Export to EPUB', 'planned', 'https://github.com/lumen-app/lumen/issues/77'],
        ['Footnotes as described at CommonMark spec', 'planned', null],
        ['Plugin system', 'future', 'https://github.com/lumen-app/lumen/issues/12'],
        ['Collaborative editing as suggested in the 2024 user survey', 'future', null],
      ],
    ],
    [
      'P12-headings-as-described.md',
      'Roadmap',
      [
        ['Error recovery', 'unknown', 'https://github.com/quill-lang/quill/issues/140'],
        ['Incremental parsing', 'unknown', null],
        ['Generics as proposed in RFC 3', 'unknown', 'https://github.com/quill-lang/rfcs/blob/main/0003-generics.md'],
        ['Better error messages', 'unknown', 'https://github.com/quill-lang/quill/issues/201'],
      ],
    ],
    [
      'P22-check-and-cross-parts.md',
      'Plans for v3',
      [
        ['New plugin loader', 'done', null],
        ['Config migration', 'done', null],
        ['❌ Windows service mode', 'unknown', null],
        ['❌ Remote management API', 'unknown', null],
        ['⏸️ GUI', 'unknown', null],
      ],
    ],
    [
      'P26-requirements-status-list.md',
      'Roadmap to 2.0',
      [
        ['New router', 'unknown', null],
        ['Server components', 'unknown', null],
        ['Streaming SSR', 'unknown', null],
      ],
    ],
    [
      'P27-status-links-absolute.md',
      'Security hardening roadmap',
      [
        ['Property tests for the parser', 'done', null],
        ['Threat model', 'done', null],
        ['Third-party audit', 'in-progress', 'https://github.com/acme/tarpit/issues/88'],
        ['Reproducible builds', 'planned', 'https://github.com/acme/tarpit/issues/95'],
      ],
    ],
    [
      'P28-status-links-mixed.md',
      'Roadmap',
      [
        ['Sandboxing', 'done', 'https://github.com/vela-rt/vela/releases/tag/v0.4.0'],
        ['Hot reload', 'in-progress', 'https://github.com/vela-rt/vela/pull/231'],
        ['Package registry', 'planned', null],
      ],
    ],
    [
      'P31-release-overview-list.md',
      'Roadmap',
      [
        ['Stable plugin API', 'unknown', null],
        ['Windows installer', 'unknown', null],
        ['Cloud sync', 'unknown', null],
      ],
    ],
    [
      'P33-phase-stage-namedwork-subsections.md',
      'Roadmap',
      [
        ['Invite-only sign-ups', 'done', null],
        ['Billing with Stripe', 'done', null],
        ['Public status page', 'planned', null],
        ['Mobile apps', 'planned', null],
        ['Offline mode', 'planned', null],
        ['Remove the waitlist', 'planned', null],
        ['Launch blog post', 'planned', null],
      ],
    ],
    [
      'P34-stage-mostly-bold-boxes.md',
      'Roadmap',
      [
        ['Scene graph', 'done', null],
        ['Renderer', 'done', null],
        ['Audio', 'planned', null],
        ['Input mapping', 'planned', null],
        ['Editor', 'planned', null],
        ['Asset pipeline', 'planned', null],
        ['Profiler', 'planned', null],
      ],
    ],
    [
      'P35-stage-boxes-with-subboxes-and-links.md',
      'Roadmap',
      [
        ['Authentication service', 'done', 'https://github.com/plover-io/plover/issues/3'],
        ['Postgres schema and migrations', 'done', 'https://github.com/plover-io/plover/issues/4'],
        ['Public REST API', 'planned', 'https://github.com/plover-io/plover/issues/9'],
        ['Referral program', 'planned', 'https://github.com/plover-io/plover/issues/15'],
        ['Team workspaces', 'planned', 'https://github.com/plover-io/plover/issues/17'],
        ['Usage analytics', 'planned', 'https://github.com/plover-io/plover/issues/21'],
      ],
    ],
    [
      'P37-signed-parts-docs-area.md',
      'Roadmap to 1.0',
      [
        ['Parser', 'done', null],
        ['Type checker', 'done', null],
        ['Docs', 'in-progress', null],
        ['Package manager', 'planned', null],
      ],
    ],
    [
      'P38-orange-red-lights.md',
      'Platform roadmap',
      [
        ['Ingestion API', 'done', null],
        ['🟠 Alerting', 'unknown', null],
        ['🟠 Dashboards', 'unknown', null],
        ['🔴 Anomaly detection', 'unknown', null],
      ],
    ],
    [
      'P40-browser-support-status.md',
      'Roadmap',
      [
        ['Offline editing', 'unknown', null],
        ['Comments', 'unknown', null],
        ['Version history', 'unknown', null],
      ],
    ],
  ]);
});
