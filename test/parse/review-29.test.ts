/**
 * Probe pages of the reviews of this round's rules (test/fixtures/review-29): short lines of prose, notes
 * and questions under a period, release or horizon (not a list written without markers); feature icons
 * before a link and progress bars (not status signs); features named like a versioning scheme, a release
 * process or KPIs under status groups; "out-of-the-box"; visions dated over aims; and, past the deck
 * budget, parts that name a year without being a release, stage or period. Each reads as the review's
 * base did, as a presenter would.
 */
import { describe } from 'vitest';
import { expectProbes } from '../helpers/probes.js';

describe('probe pages read as a presenter would', () => {
  expectProbes('review-29', [
    [
      'AP01-next-prose-sentences.md',
      'Tessera Roadmap',
      [
        ['Incremental indexing', 'done', 'https://github.com/tessera/tessera/issues/212'],
        ['Parallel tile rendering', 'in-progress', 'https://github.com/tessera/tessera/issues/230'],
        ['Vector tile export', 'in-progress', 'https://github.com/tessera/tessera/issues/241'],
        ['Plugin API', 'planned', 'https://github.com/tessera/tessera/issues/250'],
        ['WebGPU backend', 'planned', 'https://github.com/tessera/tessera/issues/261'],
        ['Later', 'future', null],
      ],
    ],
    [
      'AP03-release-short-notes.md',
      'Lumen CLI Roadmap',
      [
        ['Config file validation', 'unknown', null],
        ['lumen doctor command', 'unknown', null],
        ['Shell completions for fish', 'unknown', null],
        ['Remote cache', 'unknown', 'https://github.com/lumen/cli/issues/88'],
        ['Parallel builds', 'unknown', null],
        ['JSON output for every command', 'unknown', null],
        ['v2.0', 'unknown', null],
      ],
    ],
    [
      'AP07-sign-icon-before-link.md',
      'Harbor Docs Roadmap',
      [
        ['Auto-sync between devices', 'done', 'https://github.com/harbor/harbor/pull/101'],
        ['Clipboard history panel', 'done', 'https://github.com/harbor/harbor/pull/110'],
        ['Calendar view for due dates', 'done', 'https://github.com/harbor/harbor/pull/115'],
        ['Full-text search', 'done', 'https://github.com/harbor/harbor/pull/120'],
        ['Sync conflict viewer', 'in-progress', 'https://github.com/harbor/harbor/issues/130'],
        ['Templates', 'in-progress', null],
        ['harbor export command', 'done', null],
      ],
    ],
    [
      'AP08-progress-bars.md',
      'Quill Roadmap',
      [
        ['Rich text editor', 'unknown', null],
        ['Comments', 'unknown', null],
        ['Version history', 'unknown', null],
        ['Offline mode', 'unknown', null],
      ],
    ],
    [
      'AP13-zh-version-management-feature.md',
      '云笔记 路线图',
      [
        ['富文本编辑器', 'done', null],
        ['全文搜索', 'done', null],
        ['每次保存自动生成历史版本', 'planned', null],
        ['可以比较和恢复任意历史版本', 'planned', null],
        ['实时协同编辑', 'planned', null],
        ['评论与提及', 'planned', null],
      ],
    ],
    [
      'AP14-de-versionierung-feature.md',
      'DokuBox Roadmap',
      [
        ['Volltextsuche', 'in-progress', null],
        ['Versionierung', 'in-progress', null],
        ['Freigabe-Workflows', 'planned', null],
        ['Mobile App', 'planned', null],
      ],
    ],
    [
      'AP15-further-out-of-the-box.md',
      'Sprout Roadmap',
      [
        ['Typed config loader', 'in-progress', null],
        ['Better error messages', 'in-progress', null],
        ['Slack notifications', 'planned', null],
        ['GitHub Checks reporting', 'planned', null],
        ['Jira ticket linking', 'planned', null],
        ['Prebuilt binaries for arm64', 'planned', null],
        ['Smaller Docker image', 'planned', null],
      ],
    ],
    [
      'AP20-future-short-questions.md',
      'Glyph Roadmap',
      [
        ['Kerning table editor', 'in-progress', null],
        ['OpenType feature preview', 'in-progress', null],
      ],
    ],
    [
      'AP22-kpis-feature-area.md',
      'Insightly Roadmap',
      [
        ['Drag-and-drop layout', 'planned', null],
        ['Dashboard folders and sharing', 'planned', null],
        ['KPI cards with targets and trend arrows', 'planned', null],
        ['Alerts when a KPI crosses its target', 'planned', null],
        ['KPI goals per team', 'planned', null],
        ['Snowflake connector', 'planned', null],
        ['BigQuery connector', 'planned', null],
        ['Autocomplete for table names', 'in-progress', null],
        ['Saved snippets', 'in-progress', null],
      ],
    ],
    [
      'AP23-empty-period-two-notes.md',
      'Fathom Roadmap',
      [
        ['Query planner rewrite', 'planned', 'https://github.com/fathom/fathom/issues/501'],
        ['Columnar storage for logs', 'planned', 'https://github.com/fathom/fathom/issues/512'],
        ['Q2 2027', 'unknown', null],
        ['Multi-region replicas', 'planned', 'https://github.com/fathom/fathom/issues/530'],
      ],
    ],
    [
      'AP24-zh-release-pipeline-feature.md',
      'DeployHub 路线图',
      [
        ['可视化拖拽编排', 'in-progress', null],
        ['YAML 双向同步', 'in-progress', null],
        ['灰度发布与自动回滚', 'in-progress', null],
        ['发布审批与通知', 'in-progress', null],
        ['一键接入 Kubernetes 集群', 'planned', null],
        ['跨集群部署', 'planned', null],
      ],
    ],
    [
      'BP04-budget-supported-platforms.md',
      'Widget Roadmap',
      [
        ['Engine', 'unknown', null],
        ['Editor', 'unknown', null],
        ['Docs', 'unknown', null],
        ['Engine', 'unknown', null],
        ['Editor', 'unknown', null],
        ['Docs', 'unknown', null],
        ['Engine', 'unknown', null],
        ['Editor', 'unknown', null],
        ['Docs', 'unknown', null],
      ],
    ],
    [
      'BP06-vision-2030.md',
      'OpenClinic Roadmap',
      [
        ['Offline sync', 'planned', null],
        ['Reporting', 'planned', null],
        ['Interoperability', 'planned', null],
      ],
    ],
    [
      'BP10-vision-dated-aims-list.md',
      'Harbor CLI Roadmap',
      [
        ['Rewrite config loader', 'in-progress', null],
        ['Signed releases', 'in-progress', null],
        ['Windows installer', 'in-progress', null],
      ],
    ],
    [
      'BP20-budget-dependencies.md',
      'Widget Roadmap',
      [
        ['Engine', 'unknown', null],
        ['Editor', 'unknown', null],
        ['Docs', 'unknown', null],
        ['Engine', 'unknown', null],
        ['Editor', 'unknown', null],
        ['Docs', 'unknown', null],
        ['Engine', 'unknown', null],
        ['Editor', 'unknown', null],
        ['Docs', 'unknown', null],
      ],
    ],
    [
      'BP21-future-vision-2030-list.md',
      'Meadow Roadmap',
      [
        ['Soil moisture importer', 'planned', null],
        ['Mobile field notes', 'planned', null],
        ['Offline maps', 'planned', null],
        ['Yield prediction', 'planned', null],
        ['Vendor API', 'planned', null],
      ],
    ],
  ]);
});
