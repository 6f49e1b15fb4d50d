/**
 * Probe pages of the reviews of this round's rules (test/fixtures/review-30): unnumbered parts told in
 * prose beside work numbered in outline (maintenance, stretch goals, documentation, a later stage), a
 * calendar version that is no outline number; lists first under a period that are links, dates,
 * themes, aims or a summary of its parts; history beside status groups with a sign before its title;
 * features named with "resolved" or "ready for review"; month names in French, German, Spanish and
 * Dutch, and English words that open as a month does. Each reads as a presenter would.
 */
import { describe } from 'vitest';
import { expectProbes } from '../helpers/probes.js';

describe('probe pages read as a presenter would', () => {
  expectProbes('review-30', [
    [
      'AP01-numbered-maintenance.md',
      'Tessera Roadmap 2025',
      [
        ['1.1 Columnar segments', 'unknown', null],
        ['1.2 Faster compaction', 'unknown', null],
        ['2.1 Cost-based planner', 'unknown', null],
        ['2.2 Prepared statements', 'unknown', null],
        ['2.3 Window functions', 'unknown', null],
        ['Dependency upgrades', 'unknown', null],
        ['Flaky test cleanup', 'unknown', null],
      ],
    ],
    [
      'AP02-numbered-stretch.md',
      'Corvid 3.0 plan',
      [
        ['1.1 New config loader', 'unknown', null],
        ['1.2 Plugin host', 'unknown', null],
        ['2.1 Plugin registry', 'unknown', null],
        ['2.2 Theme support', 'unknown', null],
        ['Web UI', 'unknown', null],
        ['Windows installer', 'unknown', null],
      ],
    ],
    [
      'AP03-numbered-docs-area.md',
      'Lumen roadmap',
      [
        ['1.1 Incremental builds', 'unknown', null],
        ['1.2 Parallel rendering', 'unknown', null],
        ['2.1 Theme inheritance', 'unknown', null],
        ['2.2 Dark mode for the default theme', 'unknown', null],
        ['Tutorial rewrite', 'unknown', null],
        ['API reference', 'unknown', null],
      ],
    ],
    [
      'AP05-numbered-calver-components.md',
      'Fathom release plan',
      [
        ['2025.1 - Streaming ingest', 'unknown', null],
        ['2025.2 - Clustering', 'unknown', null],
        ['2025.1 - Offline mode', 'unknown', null],
        ['2025.3 - Sync conflicts UI', 'unknown', null],
        ['Push notifications', 'unknown', null],
        ['Tablet layout', 'unknown', null],
      ],
    ],
    [
      'AP06-numbered-beyond.md',
      'Pebble Roadmap',
      [
        ['1.1 Sign-in with GitHub', 'unknown', null],
        ['1.2 Project dashboard', 'unknown', null],
        ['1.3 Webhooks', 'unknown', null],
        ['Team accounts', 'unknown', null],
        ['Billing', 'unknown', null],
      ],
    ],
    [
      'AP08-numbered-icebox.md',
      'Corvid 3.0 plan',
      [
        ['1.1 New config loader', 'unknown', null],
        ['1.2 Plugin host', 'unknown', null],
        ['2.1 Plugin registry', 'unknown', null],
        ['2.2 Theme support', 'unknown', null],
        ['Web UI', 'unknown', null],
        ['Windows installer', 'unknown', null],
      ],
    ],
    [
      'AP10-period-links-first.md',
      'Nimbus Roadmap',
      [
        ['Multi-region deploys', 'in-progress', null],
        ['Secrets rotation', 'in-progress', null],
        ['Autoscaling on custom metrics', 'planned', null],
        ['Preview environments', 'planned', null],
      ],
    ],
    [
      'AP12-period-themes-first.md',
      'Atlas Roadmap',
      [
        ['Faster cold start', 'planned', null],
        ['Retry budget', 'planned', null],
        ['New CLI', 'planned', null],
        ['Plugin SDK', 'planned', null],
      ],
    ],
    [
      'AP15-period-dates-first.md',
      'Garnet 5.0',
      [
        ['New storage format', 'planned', null],
        ['Streaming replication', 'planned', null],
        ['Hardening', 'planned', null],
      ],
    ],
    [
      'AP16-period-summary-paraphrase.md',
      'Orbit Roadmap',
      [
        ['Rewriting the sync engine', 'planned', null],
        ['Onboarding flow', 'planned', null],
        ['Widgets for the desktop', 'future', null],
        ['Calendar', 'future', null],
      ],
    ],
    [
      'AP22-status-goals-beside.md',
      'Dune Roadmap',
      [
        ['Package management', 'planned', null],
        ['Watch mode on Windows', 'planned', null],
        ['Cache sharing', 'in-progress', null],
        ['Better error messages', 'in-progress', null],
        ['Melange support', 'done', null],
      ],
    ],
    [
      'AP29-test-past-releases.md',
      'Widget',
      [
        ['Faster startup', 'planned', null],
        ['Dark theme', 'planned', null],
        ['Search', 'done', null],
        ['Export', 'done', null],
      ],
    ],
    [
      'AP29b-release-history-emoji.md',
      'Tern Roadmap',
      [
        ['gRPC support', 'in-progress', null],
        ['HTML report', 'in-progress', null],
        ['Distributed mode', 'planned', null],
        ['Prometheus export', 'planned', null],
        ['Ramp-up profiles', 'done', null],
        ['JSON output', 'done', null],
      ],
    ],
    [
      'AP29c-changelog-emoji.md',
      'Tern Roadmap',
      [
        ['gRPC support', 'in-progress', null],
        ['HTML report', 'in-progress', null],
        ['Distributed mode', 'planned', null],
        ['Prometheus export', 'planned', null],
      ],
    ],
    [
      'AP50-french-months-leads.md',
      'Feuille de route de Mistral',
      [
        ["bêta publique de l'éditeur", 'planned', null],
        ['export PDF', 'planned', null],
        ['mode hors ligne', 'planned', null],
        ['version 1.0', 'planned', null],
        ['application mobile', 'planned', null],
      ],
    ],
    [
      'AP51-german-months-leads.md',
      'Roadmap für Kiebitz',
      [
        ['Neue Import-Schnittstelle', 'planned', null],
        ['Mehrbenutzerbetrieb', 'planned', null],
        ['Version 2.0', 'planned', null],
        ['Dunkelmodus', 'done', null],
        ['Schnellere Suche', 'done', null],
      ],
    ],
    [
      'AP53-english-month-words.md',
      'Mayfly Roadmap',
      [
        ['Marketplace', 'future', null],
        ['Decompression of zstd archives', 'future', null],
        ['Novel view', 'future', null],
        ['Augmented search', 'future', null],
        ['beta', 'unknown', null],
        ['1.0', 'planned', null],
      ],
    ],
    [
      'BP11-auto-resolved-feature.md',
      'Inkwell roadmap',
      [
        ['Auto-resolved imports', 'unknown', null],
        ['Resolved type hovers', 'unknown', null],
        ['Rename across files', 'unknown', null],
        ['Semantic tokens', 'unknown', null],
      ],
    ],
    [
      'BP12-ready-for-review-feature.md',
      'Reviewbot roadmap',
      [
        ['Ready for review notifications', 'unknown', null],
        ['Auto-assign reviewers', 'unknown', null],
        ['Merge queue', 'unknown', null],
        ['Stale PR reminders', 'unknown', null],
      ],
    ],
    [
      'BP15-german-month-leads.md',
      'Roadmap 2024',
      [
        ['Import von Kontoauszügen (CSV)', 'unknown', null],
        ['Mehrere Mandanten', 'unknown', null],
        ['DATEV-Export', 'unknown', null],
        ['Belegerkennung per OCR', 'unknown', null],
        ['Mobile App', 'in-progress', null],
        ['Jahresabschluss-Assistent', 'unknown', null],
      ],
    ],
    [
      'BP16-french-month-wrappers.md',
      'Feuille de route 2025',
      [
        ["Nouvelle page d'accueil", 'unknown', null],
        ['Recherche plein texte', 'unknown', null],
        ['Export PDF', 'unknown', null],
        ['Thème sombre', 'unknown', null],
        ['Application mobile', 'unknown', null],
        ['Notifications push', 'unknown', null],
        ['Mode hors ligne', 'unknown', null],
      ],
    ],
    [
      'BP17-spanish-timeline-placeholders.md',
      'Hoja de ruta',
      [
        ['Soporte para PostgreSQL 16', 'unknown', null],
        ['Replicación lógica', 'unknown', null],
      ],
    ],
    [
      'BP19-dutch-month-wrapper.md',
      'Roadmap Fietsrouteplanner',
      [
        ['Hoogteprofiel bij elke route', 'unknown', null],
        ['GPX-import', 'unknown', null],
        ['Offline kaarten', 'unknown', null],
        ['Routes delen met vrienden', 'unknown', null],
      ],
    ],
    [
      'BP21-numbered-stretch-goals.md',
      'Orbit 2.0 plan',
      [
        ['1.1 New scheduler', 'unknown', null],
        ['1.2 Persistent state', 'unknown', null],
        ['2.1 REST v2', 'unknown', null],
        ['2.2 Webhooks', 'unknown', null],
        ['Web dashboard', 'unknown', null],
        ['Kubernetes operator', 'unknown', null],
      ],
    ],
    [
      'BP24-period-own-links-list.md',
      'Roadmap',
      [
        ['Offline mode', 'planned', null],
        ['Shared folders', 'planned', null],
        ['Comments', 'planned', null],
        ['Mentions', 'planned', null],
      ],
    ],
    [
      'BP27-period-goals-first.md',
      'Roadmap',
      [
        ['Query cache', 'in-progress', null],
        ['Guided setup', 'in-progress', null],
        ['Remote build cache', 'planned', null],
        ['Test quarantine', 'planned', null],
      ],
    ],
  ]);
});
