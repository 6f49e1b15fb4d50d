/**
 * Pages a second review wrote to probe this round's rules after the first review's mends (held-out-24,
 * review-24): each reads as before those rules, or better (P01, P02, P04, P05, P07, P08, P09, P10, P12,
 * P13, P24, P33, P34, P36, P37). The pages of the seven regressions it found (P01, P14, P15, P17, P18, P20, P28,
 * P30, P32, P33, P35) are mended and asserted here; P39's one-word "[[bin]]" is read as a wiki link's
 * page name, as a wiki would show it.
 */
import { describe, expect, it } from 'vitest';
import { type ProbeRow, readProbe } from '../helpers/probes.js';

describe('pages that probe the mended rules of held-out-24', () => {
  it.each<ProbeRow>([
    [
      'P01-wiki-gollum-text-first',
      "a wiki link's words written with spaces are what it shows, whichever side of the bar",
      { title: 'Roadmap', label: 'P01-wiki-gollum-text-first' },
      [
        'Offline sync | planned',
        'Plugin loader | planned',
        'Dark theme | planned',
        'Mobile companion app | future',
        'Public API | future',
      ],
    ],
    [
      'P02-wiki-citations-brackets',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap 2025', label: '2025' },
      [
        'Incremental compilation | planned',
        'Parallel type checking | planned',
        'Language server rewrite | planned',
        'Faster cold start | in-progress',
        'Windows ARM builds | in-progress',
      ],
    ],
    [
      'P03-wiki-toml-tables',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P03-wiki-toml-tables' },
      ['Build system | unknown', 'Shell | unknown'],
    ],
    [
      'P04-wiki-obsidian-links',
      'reads as before the rules of held-out-24, or better',
      { title: 'Project roadmap', label: 'P04-wiki-obsidian-links' },
      [
        'Sync engine rewrite | in-progress',
        'Full-text search | in-progress',
        'Graph view performance | planned',
        'Whiteboard canvas | planned',
      ],
    ],
    [
      'P05-opening-status-experimental',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P05-opening-status-experimental' },
      ['WebGPU backend | in-progress', 'Vulkan backend | unknown', 'Software rasterizer | unknown'],
    ],
    [
      'P06-opening-status-section-inherit',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'Q1–Q2 2025' },
      [
        'Team billing | planned',
        'SCIM provisioning | planned',
        'Usage-based pricing | planned',
        'Data residency (EU) | planned',
      ],
    ],
    [
      'P07-opening-status-label-then-heading',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P07-opening-status-label-then-heading' },
      ['Version 2.0 | unknown', 'Version 1.5 | done'],
    ],
    [
      'P08-opening-status-now-next',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P08-opening-status-now-next' },
      ['Editor | in-progress', 'Mobile | planned', 'Integrations | future'],
    ],
    [
      'P09-opening-status-first-line-sentence',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P09-opening-status-first-line-sentence' },
      ['Plugin marketplace | unknown', 'Offline mode | unknown', 'Theming | planned'],
    ],
    [
      'P10-shortcode-status-legend',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P10-shortcode-status-legend' },
      [
        'Incremental builds | done',
        'Remote cache | in-progress',
        'Build graph UI | planned',
        'VS Code extension | in-progress',
        'JetBrains plugin | planned',
      ],
    ],
    [
      'P11-shortcode-k8s-deprecated',
      'reads as before the rules of held-out-24, or better',
      { title: 'Feature roadmap', label: 'P11-shortcode-k8s-deprecated' },
      ['CSI volume snapshots | unknown', 'Volume group snapshots | unknown', 'Volume populators | unknown'],
    ],
    [
      'P12-shortcode-status-table',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P12-shortcode-status-table' },
      ['Single sign-on | done', 'Audit log | in-progress', 'Custom roles | planned', 'Webhooks | planned'],
    ],
    [
      'P13-shortcode-callout-status',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P13-shortcode-callout-status' },
      ['Search | unknown', 'Sync | in-progress', 'Sharing | unknown'],
    ],
    [
      'P14-cell-version-bold',
      'a release over the name in a table cell says when: the cell keeps its words',
      { title: 'Roadmap', label: 'P14-cell-version-bold' },
      [
        'v2.0 Plugin API and sandboxing | in-progress',
        'v2.1 Marketplace for plugins | planned',
        'v2.2 Team workspaces | planned',
      ],
    ],
    [
      'P15-cell-milestone-bold',
      "a milestone's code over the name in a table cell: the cell keeps its words",
      { title: 'Roadmap', label: 'P15-cell-milestone-bold' },
      [
        'M1 Core parser rewrite | done',
        'M2 Incremental type checker | in-progress',
        'M3 Language server | planned',
        'M4 Debugger adapter | planned',
      ],
    ],
    [
      'P16-cell-shared-area-plus-one',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P16-cell-shared-area-plus-one' },
      [
        'Offline mode Keep working without a connection; changes sync when back online. | in-progress',
        'Passkeys Sign in without a password on supported devices. | planned',
        'Export Export a board as CSV. | done',
        'Export Export a board as PDF. | planned',
        'Calendar view See cards with due dates on a calendar. | planned',
      ],
    ],
    [
      'P17-cell-bold-date',
      'a period over the name in a table cell says when: the cell keeps its words',
      { title: 'Roadmap', label: 'P17-cell-bold-date' },
      [
        'Q1 2025 Dark mode across all screens | done',
        'Q2 2025 Keyboard shortcuts editor | in-progress',
        'Q3 2025 Plugin API | planned',
      ],
    ],
    [
      'P18-prose-features-plus-release-history',
      'ticked boxes of a release history do not outweigh the planned features told in prose',
      { title: 'Roadmap', label: 'P18-prose-features-plus-release-history' },
      // (The releases under "Release history" are the record of past releases, as a history list is.)
      ['Plugin system | unknown', 'Offline mode | unknown', 'Theming | unknown'],
    ],
    [
      'P19-prose-goals-plus-milestones',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap 2025', label: '2025' },
      ['Faster builds | unknown', 'Better onboarding | unknown', 'Stable plugin API | unknown', 'Milestones | unknown'],
    ],
    [
      'P20-prose-areas-plus-checklist-subsections',
      'ticked boxes do not outweigh areas told in prose',
      { title: 'Roadmap', label: 'P20-prose-areas-plus-checklist-subsections' },
      [
        'Performance | unknown',
        'Accessibility | unknown',
        'Reliability | unknown',
        'Lazy-load charts | done',
        'Keyboard navigation in tables | done',
        'Health checks for workers | done',
        'Open | planned',
      ],
    ],
    [
      'P21-tight-irc-channels',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P21-tight-irc-channels' },
      ['Rewrite the config loader | planned', 'Add Wayland support | planned', 'Plugin API | future'],
    ],
    [
      'P22-tight-shell-comments',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P22-tight-shell-comments' },
      ['Install script rewrite | unknown', 'detect the platform | unknown', 'Package managers | unknown'],
    ],
    [
      'P23-tight-hashtags-double',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P23-tight-hashtags-double' },
      ['Dark mode | unknown', 'Export to PDF | unknown', 'Team spaces | unknown'],
    ],
    [
      'P24-tight-mkdocs-mixed',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P24-tight-mkdocs-mixed' },
      ['Plugin API | planned', 'Themes | planned', 'Search | done', 'Export | done'],
    ],
    [
      'P25-summary-phase-shipped-list',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P25-summary-phase-shipped-list' },
      [
        'Phase 2: Parser and CLI hardening | unknown',
        'Phase 3: Config loader and plugins | unknown',
        'Phase 4: Language server | unknown',
      ],
    ],
    [
      'P26-summary-goals-by-one-word',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P26-summary-goals-by-one-word' },
      ['Performance work | unknown', 'Accessibility audit | unknown', 'Mobile app | unknown'],
    ],
    [
      'P27-summary-list-is-work',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P27-summary-list-is-work' },
      [
        'Quick wins | unknown',
        'Windows support (ARM and x64) | unknown',
        'Linux support (Flatpak and Snap) | unknown',
        'macOS support (Intel and Apple silicon) | unknown',
      ],
    ],
    [
      'P28-table-eta-planned-first',
      "a planned row's date does not carry into the done rows below it",
      { title: 'Roadmap', label: 'P28-table-eta-planned-first' },
      ['Offline sync | planned'],
    ],
    [
      'P29-table-since-first-only',
      'reads as before the rules of held-out-24, or better',
      { title: 'What Acme supports', label: 'P29-table-since-first-only' },
      ['Audit log | in-progress', 'Custom roles | planned'],
    ],
    [
      'P30-table-target-interleaved',
      'a date carries only between rows that stand alike',
      { title: 'Roadmap', label: 'P30-table-target-interleaved' },
      ['Metrics exporter | in-progress', 'Multi-cluster | planned'],
    ],
    [
      'P31-tight-irc-mid-page',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: '2025 – 2026' },
      ['Columnar storage | unknown', 'Parallel query execution | unknown', 'Multi-region replication | unknown'],
    ],
    [
      'P32-tight-shell-unfenced',
      "a script's first line is no heading",
      { title: 'Roadmap', label: 'P32-tight-shell-unfenced' },
      ['Homebrew formula | unknown', 'Winget manifest | unknown'],
    ],
    [
      'P33-opening-status-done-label-then-subheading',
      'a status over one list, with more work after it, labels that list',
      { title: 'Roadmap', label: 'P33-opening-status-done-label-then-subheading' },
      ['Sync engine | unknown', 'Search | planned'],
    ],
    [
      'P34-opening-status-label-table',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P34-opening-status-label-table' },
      [
        'Read-only offline access | unknown',
        'Local cache of recent boards | unknown',
        'Offline edits | in-progress',
        'Conflict UI | planned',
        'Notifications | in-progress',
      ],
    ],
    [
      'P35-summary-platform-preview-list',
      'a group of shipped work lists that work, whatever headings follow it',
      { title: 'Roadmap', label: 'P35-summary-platform-preview-list' },
      [
        'Windows support fixes | done',
        'Linux support fixes | done',
        'macOS support fixes | done',
        'Windows support | unknown',
        'Linux support | unknown',
        'macOS support | unknown',
      ],
    ],
    [
      'P36-wiki-github-wiki-home',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P36-wiki-github-wiki-home' },
      ['[[Offline editing | unknown', '[[Shared workspaces | unknown', 'REST API | done'],
    ],
    [
      'P37-shortcode-include-status',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P37-shortcode-include-status' },
      ['Data import | unknown', 'Data export | planned', 'Scheduling | in-progress'],
    ],
    [
      'P38-table-when-group-blank-done',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'P38-table-when-group-blank-done' },
      ['Plugin API | in-progress', 'Mobile app | planned'],
    ],
    [
      'P39-wiki-toml-items',
      "an empty pair of brackets is no wiki link (a one-word one is read as a page's name)",
      { title: 'Cargo-lite roadmap', label: 'P39-wiki-toml-items', project: 'Cargo-lite' },
      [
        'Several bin targets in one manifest | planned',
        'patch sections for git dependencies | planned',
        'Workspace inheritance | planned',
        'Replace [ ] with [[ ]] tests in install.sh | future',
        'Signed registry index | future',
      ],
    ],
    [
      'P40-prose-features-plus-done-quarters',
      'reads as before the rules of held-out-24, or better',
      { title: 'Roadmap', label: 'Q4 2024' },
      [
        'Realtime collaboration | planned',
        'Version history | planned',
        'Public API | planned',
        'Page templates | done',
        'Slash commands | done',
        'Inline comments | done',
        'Dark mode | done',
        'Markdown import | done',
      ],
    ],
  ])('%s: %s', (name, _why, head, items) => {
    const read = readProbe('review-24b', name);
    expect(read.head).toEqual(head);
    expect(read.items).toEqual(items);
  });
});
