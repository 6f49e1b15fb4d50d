/**
 * Pages two reviews wrote to probe the rules of the hundred-and-forty-third round (held-out-23): each
 * reads as it did before those rules, or better where the rule was meant for it (B09, B10, B11, B24).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const read = (name: string) => {
  const file = new URL(`../fixtures/review-23/${name}.md`, import.meta.url);
  return parseRoadmap(sourceFromBytes(`${name}.md`, readFileSync(file))).edition;
};

describe('pages that probe the rules of held-out-23', () => {
  it.each<[string, string, { title: string; label: string; project?: string }, string[]]>([
    [
      'A03-late-year-dash-half',
      '"Late 2024 - H1 2025" is two periods, the section stays 2025 H1',
      { title: 'Harbor Mobile Roadmap', label: 'A03-late-year-dash-half', project: 'Harbor Mobile' },
      [
        'Offline sync for notes | in-progress',
        'Push notification settings per channel | in-progress',
        'Tablet layout | planned',
        'End-to-end encrypted attachments | planned',
        'Widgets for iOS and Android | planned',
        'Desktop client | future',
        'Plugin system | future',
      ],
    ],
    [
      'A06-intro-half-and-release-due',
      "the intro's own half labels the page, not a release it mentions",
      { title: 'Lumen Roadmap', label: '2024 H2', project: 'Lumen' },
      [
        'Deferred shading | unknown',
        'Shadow cascades | unknown',
        'Scene inspector | unknown',
        'Shader hot reload | unknown',
      ],
    ],
    [
      'A07-intro-upstream-version',
      "another project's version in the intro labels nothing",
      { title: 'pyfold Roadmap', label: 'June 2024', project: 'pyfold' },
      [
        'Drop the use of PyUnicode_AS_UNICODE | unknown',
        'Build wheels for the free-threaded interpreter | unknown',
        'Test against 3.13 release candidates in CI | unknown',
        'Lazy folding of large trees | unknown',
        'A --check mode for CI | unknown',
      ],
    ],
    [
      'A08-intro-release-history',
      'a past release in the intro labels nothing',
      { title: 'Quill Editor Roadmap', label: 'A08-intro-release-history', project: 'Quill Editor' },
      [
        'Collaborative cursors | unknown',
        'Comments and suggestions | unknown',
        'Table editing | unknown',
        'Mobile toolbar | unknown',
      ],
    ],
    [
      'A10-intro-dependency-dash',
      "a dependency's version between dashes labels nothing",
      { title: 'Helmsman Roadmap', label: 'A10-intro-dependency-dash', project: 'Helmsman' },
      [
        'Migrate to CSI-only volume handling | in-progress',
        'Support server-side apply for all resources | in-progress',
        'Multi-cluster rollouts | planned',
        'Drift detection dashboard | planned',
        'Policy engine integration | future',
      ],
    ],
    [
      'A13-long-term-vision-prose',
      '"Long term: Vision" over prose alone introduces',
      { title: 'Tern Roadmap', label: 'A13-long-term-vision-prose', project: 'Tern' },
      [
        'Finish the plugin API | planned',
        'Publish the VS Code extension | planned',
        'Incremental type checking | planned',
        'Language server rewrite | planned',
      ],
    ],
    [
      'A16-milestones-m1-m3',
      'milestones dated with a state group their tracked work',
      { title: 'Sparrow Roadmap', label: 'Q1–Q3 2025', project: 'Sparrow' },
      [
        'Project scaffolding and CI | done',
        'Core message bus | done',
        'CLI skeleton | done',
        'Persistence layer | done',
        'Web dashboard | in-progress',
        'Metrics endpoint | in-progress',
        'Clustering | planned',
        'Role-based access control | planned',
      ],
    ],
    [
      'A17-release-stages',
      'release stages dated with a target group their work',
      { title: 'Waypoint Roadmap', label: 'Q4 2024 – Q4 2025', project: 'Waypoint' },
      [
        'Route planning API | done',
        'Basic map tiles | done',
        'Android client | done',
        'iOS client | planned',
        'Offline maps | planned',
        'Turn-by-turn voice guidance | planned',
        'SLA-backed hosted API | planned',
        'Public pricing | planned',
      ],
    ],
    [
      'A18-codename-releases',
      'codename releases dated with a state group their work',
      { title: 'Nimbus OS Roadmap', label: 'A18-codename-releases', project: 'Nimbus OS' },
      [
        'New installer with disk encryption by default | planned',
        'Wayland session as the default | planned',
        'Flatpak integration in the software centre | planned',
        'Atomic updates with rollback | planned',
        'Rewritten settings app | planned',
        'ARM64 images | unknown',
        'Immutable base system | unknown',
      ],
    ],
    [
      'A19-themes-with-targets',
      'themes with a target date group their tracked issues',
      { title: 'Larch DB Roadmap', label: 'Q3–Q4 2024', project: 'Larch DB' },
      [
        'Tiered storage for cold partitions | planned',
        'Checksums on every page | planned',
        'Online compaction | planned',
        'Raft-based leader election | planned',
        'Read replicas | planned',
        'OpenTelemetry traces | planned',
        'Slow query log | planned',
      ],
    ],
    [
      'A20-cycles',
      'cycles with dates and a state group their work',
      { title: 'Tally Roadmap', label: 'A20-cycles', project: 'Tally' },
      [
        'Invoice templates | planned',
        'Multi-currency reports | planned',
        'Bank feed for Revolut | planned',
        'Recurring invoices | planned',
        'Expense approvals | planned',
        'Receipt scanning | done',
        'CSV import | done',
      ],
    ],
    [
      'A27-questions-qa-app',
      'a product area named "Questions" is work',
      { title: 'AskHub Roadmap', label: 'A27-questions-qa-app', project: 'AskHub' },
      [
        'Duplicate detection when asking | planned',
        'Question templates per space | planned',
        'Markdown preview while typing | done',
        'Accepted answer by moderators | planned',
        'Answer drafts | planned',
        'Semantic search | planned',
      ],
    ],
    [
      'A28-questions-quiz-tool',
      'a quiz tool\'s "Questions" area is work',
      { title: 'Quizzly Roadmap', label: 'A28-questions-quiz-tool', project: 'Quizzly' },
      [
        'Question bank | unknown',
        'Image questions | unknown',
        'Randomized order | unknown',
        'Partial credit | unknown',
        'Rubrics | unknown',
        'Google Classroom | unknown',
        'Canvas LMS | unknown',
      ],
    ],
    [
      'A30-two-h1-year-title',
      '"# Acme Roadmap 2025" still titles the page beside "# Appendix"',
      { title: 'Acme Roadmap 2025', label: '2025', project: 'Acme' },
      ['Plugin API | unknown', 'New docs site | unknown', 'Cloud sync | unknown', 'Team workspaces | unknown'],
    ],
    [
      'A33-major-versions-with-remarks',
      'a major version with a dated state groups its work',
      { title: 'Drift Roadmap', label: 'A33-major-versions-with-remarks', project: 'Drift' },
      [
        'New plugin loader | done',
        'Async hooks | in-progress',
        'Drop Node 16 | in-progress',
        'Rust core | future',
        'Browser build | future',
      ],
    ],
    [
      'A35-intro-status-summary-table',
      'an intro table that sums up the sections adds nothing',
      { title: 'Corvid Roadmap', label: 'A35-intro-status-summary-table', project: 'Corvid' },
      ['Core engine | done', 'Plugin system | unknown', 'Cloud sync | planned'],
    ],
    [
      'B01-status-summary-table',
      'an intro status table naming the sections adds nothing',
      { title: 'Tessera Roadmap', label: 'B01-status-summary-table', project: 'Tessera' },
      ['Storage engine | unknown', 'Query planner | unknown', 'Replication | unknown', 'Documentation | unknown'],
    ],
    [
      'B03-maturity-table',
      'a maturity table above the sections is not work',
      { title: 'Roadmap', label: 'B03-maturity-table' },
      [
        'Streaming responses in the HTTP adapter | planned',
        'Graceful shutdown hooks | planned',
        'Config hot reload | planned',
        'Web console: multi-tenant view | future',
        'WASM plugins | future',
      ],
    ],
    [
      'B04-status-legend-table',
      'a legend table is not work',
      { title: 'Project Roadmap', label: '2024' },
      [
        'Rewrite the parser | done',
        'Incremental builds | in-progress',
        'Remote cache | planned',
        'Language server | planned',
        'Watch mode | planned',
      ],
    ],
    [
      'B05-platform-support-table',
      'a support matrix above the sections is not work',
      { title: 'Roadmap', label: 'B05-platform-support-table' },
      [
        'Native Windows builds | planned',
        'Signed release binaries | planned',
        'Homebrew tap | planned',
        'Plugin marketplace | future',
        'GUI front end | future',
      ],
    ],
    [
      'B06-feature-inventory-with-label',
      '"Features released so far:" over done rows lists what exists',
      { title: 'Ferry Roadmap', label: 'B06-feature-inventory-with-label', project: 'Ferry' },
      [
        'Finish end-to-end encryption | planned',
        'iOS client | planned',
        'Web dashboard | planned',
        'Peer-to-peer relay | future',
        'Plugin hooks | future',
      ],
    ],
    [
      'B07-labelled-table-in-section',
      '"Already released in 2.x:" keeps only what is not done',
      { title: 'Atlas Roadmap', label: 'B07-labelled-table-in-section', project: 'Atlas' },
      [
        '3D terrain | in-progress',
        'Turn-by-turn navigation | planned',
        'Indoor maps | planned',
        'Traffic layer | planned',
      ],
    ],
    [
      'B08-bold-areas-long-singleton',
      'a bold name over a long description stays the title',
      { title: 'Bitpipe Roadmap', label: 'B08-bold-areas-long-singleton', project: 'Bitpipe' },
      [
        'Core: Automated end-to-end testing | future',
        'Core: JSON schema validation for configs | future',
        'Plugins: Version pinning | future',
        'Plugins: Private plugin registry | future',
        'Ops repo generator | future',
      ],
    ],
    [
      'B09-bold-areas-nested',
      'a pointer after a bold name stays out of its title',
      { title: 'Roadmap', label: '2025' },
      [
        'Docs: Rewrite the getting started guide | unknown',
        'Docs: Add a cookbook | unknown',
        'API: Stable v2 endpoints | unknown',
        'API: Rate limiting | unknown',
        'Search overhaul | unknown',
        'Mobile app: iOS and Android clients | unknown',
      ],
    ],
    [
      'B10-bold-areas-label-lines',
      'shared bold names make the one led once an area too',
      { title: 'Roadmap', label: 'B10-bold-areas-label-lines' },
      [
        'Core: Faster cold start | planned',
        'Core: Smaller binary | planned',
        'Core: Drop the legacy config format | planned',
        'Dashboard: Usage graphs | planned',
        'Note | planned',
      ],
    ],
    [
      'B11-deprioritized',
      '"Prioritized" is planned; "De-prioritized" is not',
      { title: 'Roadmap', label: 'B11-deprioritized' },
      [
        'Incremental compilation | in-progress',
        'Better error messages | in-progress',
        'Language server | planned',
        'Package manager | planned',
        'Windows ARM builds | unknown',
        'GUI installer | unknown',
      ],
    ],
    [
      'B13-how-work-is-prioritized',
      '"How work is prioritized" gives its criteria no state',
      { title: 'Roadmap', label: 'B13-how-work-is-prioritized' },
      [
        'Faster installs | in-progress',
        'Lockfile v3 | in-progress',
        'Workspaces | planned',
        'Plugin hooks | planned',
        'How many users it affects | unknown',
        'Whether it blocks a release | unknown',
        'Maintainer capacity | unknown',
      ],
    ],
    [
      'B14-feature-named-in-development',
      '"Hot reload in development" names work in its quarter',
      { title: 'Vite-ish Roadmap', label: 'Q3–Q4 2024', project: 'Vite-ish' },
      ['Hot reload in development | planned', 'Source maps in production | planned', 'Prioritized job queue | planned'],
    ],
    [
      'B15-appositive-project-name',
      'the project named in asides between commas is still its name',
      { title: 'Roadmap', label: 'B15-appositive-project-name', project: 'Tessera' },
      [
        'Checksums on every block | unknown',
        'Point-in-time recovery | unknown',
        'Online backups | unknown',
        'Prometheus metrics for compaction | unknown',
      ],
    ],
    [
      'B19-h1-title-with-year',
      '"# Acme Roadmap 2025" beside Now/Next/Later H1s titles the page',
      { title: 'Acme Roadmap 2025', label: '2025', project: 'Acme' },
      [
        'Rewrite the scheduler | in-progress',
        'Stable plugin API | in-progress',
        'Multi-region clusters | planned',
        'Audit log | planned',
        'Managed cloud offering | future',
      ],
    ],
    [
      'B20-h1-title-quarter-goals',
      '"# Roadmap for Q3 2024" beside "# Goals" titles the page',
      { title: 'Roadmap for Q3 2024', label: 'Q3 2024' },
      [
        'Ship the new storage layer | unknown',
        'Cut p99 latency by half | unknown',
        'Publish the v2 API docs | unknown',
      ],
    ],
    [
      'B21-h1-ideas-roadmap-title',
      '"Kite \u2014 Ideas & Roadmap" titles the page',
      { title: 'Kite — Ideas & Roadmap', label: 'B21-h1-ideas-roadmap-title', project: 'Kite — Ideas &' },
      [
        'Markdown pages | done',
        'Templates | done',
        'Live reload | done',
        'Image resizing | planned',
        'RSS feed | planned',
        'Plugin system | future',
      ],
    ],
    [
      'B23-no-longer-under-development',
      '"No longer under development" is not in progress',
      { title: 'Ecosystem Roadmap', label: 'B23-no-longer-under-development', project: 'Ecosystem' },
      [
        'orbit-web | planned',
        'orbit-sdk-go | planned',
        'orbit-legacy-ui | unknown',
        'orbit-sdk-ruby | unknown',
        'orbit-ansible | unknown',
      ],
    ],
    [
      'B24-bold-areas-dash',
      'bold names set off by a dash are areas too',
      { title: 'Roadmap', label: 'B24-bold-areas-dash', project: 'Ops' },
      [
        'Core: Automated testing | future',
        'Core: Schema validation | future',
        'Core: Faster startup | future',
        'CLI: Ops repo generator | future',
        'Community: Ops repo catalog | future',
      ],
    ],
    [
      'B27-in-development-item-headings',
      '"Secrets in development" names work, with no state',
      { title: 'Roadmap', label: '2025' },
      [
        'Parallel minification | unknown',
        'Persistent cache | unknown',
        'Load .env.local | unknown',
        'Warn on committed secrets | unknown',
      ],
    ],
    [
      'B28-h1-planned-features-title',
      '"# Planned features for Quill" titles the page',
      { title: 'Planned features for Quill', label: 'B28-h1-planned-features-title' },
      ['Tables | unknown', 'Math blocks | unknown', 'End-to-end encryption | unknown', 'Selective sync | unknown'],
    ],
  ])('%s: %s', (name, _why, head, expected) => {
    const page = read(name);
    expect({ title: page.title, label: page.label, ...(page.project ? { project: page.project } : {}) }).toEqual(head);
    expect(allInitiatives(page).map((i) => `${i.title} | ${i.status}`)).toEqual(expected);
  });
});
