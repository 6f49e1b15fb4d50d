/**
 * Pages a second review wrote to probe the rules of held-out-25 after the first review's mends: each
 * reads as before those rules, or better. The nine regressions it found are mended and asserted here: a
 * plain "Status:" line followed by a sentence (P01, P02), a feature's owner and status lines over its
 * sub-tasks (P04), a generic word in the page's language over links, a summary table or principles (P12,
 * P13, P14), "post 1.0" with nothing else to say how its work stands (P16, P17), and titles that tell the
 * reader what to do (P19, P20, P22, P23). Two pages read wrong before these rules and still do, and are
 * left out: work items each linked to a mailing-list thread, and a list of partners' company pages.
 */
import { describe, expect, it } from 'vitest';
import { type ProbeRow, readProbe } from '../helpers/probes.js';

describe('pages that probe the mended rules of held-out-25', () => {
  it.each<ProbeRow>([
    [
      'P01-status-then-description',
      'a plain "Status:" line is its line: the sentence after it is not its status',
      { title: 'Roadmap', label: 'P01-status-then-description' },
      ['Plugin API | in-progress', 'Incremental builds | done', 'Windows installer | planned'],
    ],
    [
      'P02-owner-status-wrapped',
      'a plain "Status:" line after an owner line is the item\'s own status',
      { title: 'Project Roadmap', label: 'P02-owner-status-wrapped' },
      ['Query planner rewrite | in-progress', 'Arrow export | done', 'Distributed execution | planned'],
    ],
    [
      'P03-bold-status-then-sentence',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap 2025', label: '2025' },
      ['Typed configuration | done', 'New dashboard | in-progress', 'Offline mode | planned'],
    ],
    [
      'P04-owner-status-details-list',
      'a feature with owner and status lines over its sub-tasks is one piece of work',
      { title: 'Roadmap', label: 'Q3 2024' },
      ['Faster cold start | in-progress', 'Accessibility audit | planned'],
    ],
    [
      'P05-status-key-then-prose',
      'a status key on its own over a status gives that status',
      { title: 'Roadmap', label: 'P05-status-key-then-prose' },
      ['Sync engine | in-progress', 'Mobile app | unknown', 'Audit log | done'],
    ],
    [
      'P06-zh-version-goals-progress',
      'reads as before the rules of held-out-25, or better',
      { title: '路线图', label: 'P06-zh-version-goals-progress' },
      [
        '支持插件加载 | unknown',
        '提供命令行工具 | unknown',
        '完善中文文档 | unknown',
        '分布式部署 | unknown',
        'Web 管理界面 | unknown',
        '多租户支持 | unknown',
      ],
    ],
    [
      'P06c-en-version-goals-progress',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: 'P06c-en-version-goals-progress' },
      [
        'Plugin loading | unknown',
        'Command-line tool | unknown',
        'Complete documentation | unknown',
        'Distributed deployment | unknown',
        'Web admin console | unknown',
        'Multi-tenancy | unknown',
      ],
    ],
    [
      'P07-de-release-ziele-beschreibung',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: 'P07-de-release-ziele-beschreibung' },
      [
        'Neue Plugin-Schnittstelle | unknown',
        'Export nach PDF | unknown',
        'Dunkles Design | unknown',
        'Mehrsprachige Oberfläche | unknown',
        'Schnellere Suche | unknown',
      ],
    ],
    [
      'P08-ru-page-goals-status',
      'reads as before the rules of held-out-25, or better',
      { title: 'Дорожная карта проекта', label: 'P08-ru-page-goals-status' },
      [
        'Стабильный API к версии 1.0 | unknown',
        'Поддержка Windows и macOS | unknown',
        'Документация на русском и английском | unknown',
      ],
    ],
    [
      'P09-es-feature-template',
      'detail sub-headings in Spanish fold into their feature',
      { title: 'Hoja de ruta', label: 'P09-es-feature-template' },
      ['Exportación a CSV | in-progress', 'Autenticación con SSO | planned', 'Modo oscuro | done'],
    ],
    [
      'P10-fr-objectifs-quarters',
      'reads as before the rules of held-out-25, or better',
      { title: 'Feuille de route', label: '2025' },
      [
        'Migration vers Python 3.12 | unknown',
        'Nouveau système de cache | unknown',
        "Refonte de la page d'accueil | unknown",
        'API publique v2 | unknown',
        'Traductions communautaires | unknown',
      ],
    ],
    [
      'P11-de-uebersicht-legend',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: '2025' },
      ['Neue Plugin-Schnittstelle | done', 'Export nach PDF | in-progress', 'Dunkles Design | planned'],
    ],
    [
      'P12-zh-jianjie-links',
      'a generic word over links introduces the page',
      { title: '路线图', label: '2025' },
      ['支持异步任务 | planned', '增加 Web 控制台 | planned', '集群模式 | planned'],
    ],
    [
      'P13-es-resumen-table',
      'a generic word over a summary table introduces the page: the versions are the work',
      { title: 'Hoja de ruta', label: 'P13-es-resumen-table' },
      [
        'Editor de plantillas | unknown',
        'Exportación a PDF | unknown',
        'Modo oscuro | unknown',
        'Búsqueda global | unknown',
        'Sincronización en la nube | unknown',
      ],
    ],
    [
      'P14-fr-apercu-principles',
      'a generic word over principles written as sentences introduces the page',
      { title: 'Feuille de route', label: 'P14-fr-apercu-principles' },
      [
        'Nouveau moteur de rendu | planned',
        'Prise en charge de Wayland | planned',
        'Thèmes personnalisables | planned',
        'Version mobile | future',
      ],
    ],
    [
      'P15-ja-gaiyou-list-work',
      'a generic word over a list of short names of work heads that work',
      { title: 'ロードマップ', label: 'P15-ja-gaiyou-list-work' },
      [
        '2025年春：バージョン 2.0 のリリース | unknown',
        '2025年夏：プラグイン API の公開 | unknown',
        '2025年秋：クラウド版の試験提供 | unknown',
      ],
    ],
    [
      'P16-post-1.0-after-beta',
      '"post 1.0" with nothing else to say how its work stands is future',
      { title: 'Roadmap', label: 'P16-post-1.0-after-beta' },
      [
        'Stable configuration format | in-progress',
        'Migration tool from 0.x | in-progress',
        'Complete reference docs | in-progress',
        'Plugin marketplace | future',
        'Hosted version | future',
        'Multi-region replication | future',
      ],
    ],
    [
      'P17-post-v2-ideas',
      '"post-v2" with nothing else to say how its work stands is future',
      { title: 'Roadmap', label: 'P17-post-v2-ideas' },
      [
        'Async runtime | in-progress',
        'Typed settings | in-progress',
        'GPU backend | future',
        'Python bindings | future',
      ],
    ],
    [
      'P18-beyond-vs-post',
      'reads as before the rules of held-out-25, or better',
      { title: 'Development roadmap', label: 'P18-beyond-vs-post' },
      [
        'New parser | done',
        'Error recovery | planned',
        'LSP server | planned',
        'Incremental compilation | planned',
        'Package manager | planned',
        'Self-hosting compiler | future',
        'WebAssembly target | future',
      ],
    ],
    [
      'P19-start-contributing',
      'a title that tells the reader what to do is a call',
      { title: 'Roadmap', label: 'Q1–Q2 2025' },
      [
        'Rewrite the scheduler | planned',
        'Add retries to the HTTP client | planned',
        'Web dashboard | planned',
        'Metrics export | planned',
      ],
    ],
    [
      'P20-add-your-feedback',
      'a title that tells the reader what to do is a call',
      { title: 'Product Roadmap', label: 'P20-add-your-feedback' },
      ['Team workspaces | in-progress', 'Audit log | in-progress', 'SAML single sign-on | planned'],
    ],
    [
      'P21-action-real-work',
      'titles that open with the work to do are work; the list above them is read as context (a level choice)',
      { title: 'Community roadmap 2025', label: '2025' },
      [
        'Improve the contributor guide | unknown',
        'Create a feedback survey | unknown',
        'Establish a contributor ladder | unknown',
      ],
    ],
    [
      'P21b-action-mixed-shape',
      'titles that open with the work to do are work; the list above them is read as context (a level choice)',
      { title: 'Community roadmap 2025', label: '2025' },
      [
        'Monthly community call | unknown',
        'Improve the contributor guide | unknown',
        'Create a feedback survey | unknown',
      ],
    ],
    [
      'P22-write-to-us',
      'a title that tells the reader what to do is a call',
      { title: 'Roadmap', label: '2025' },
      ['New import wizard | unknown', 'Faster search index | unknown', 'Offline editing | unknown'],
    ],
    [
      'P23-action-call-heading-en',
      'a title that tells the reader what to do is a call',
      { title: 'Roadmap', label: 'P23-action-call-heading-en' },
      ['Rust rewrite of the indexer | in-progress', 'New query language | in-progress', 'Federation | future'],
    ],
    [
      'P25-community-accounts-work',
      'reads as before the rules of held-out-25, or better',
      { title: 'Community roadmap', label: 'Q2 2025' },
      ['Host the first GridKit meetup in Berlin | planned', 'Run a booth at FOSDEM | planned'],
    ],
    [
      'P26-bots-integrations',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: 'P26-bots-integrations' },
      ['Slack app | planned', 'Microsoft Teams connector | planned'],
    ],
    [
      'P27-gitter-rooms-workgroups',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: 'P27-gitter-rooms-workgroups' },
      ['0.5: durable storage | unknown', '0.6: SQL subset | unknown'],
    ],
    [
      'P28-community-links-end',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: 'P28-community-links-end' },
      ['Dark mode | planned', 'CSV import | planned'],
    ],
    [
      'P30-social-links-mid',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: 'P30-social-links-mid' },
      ['Offline sync | in-progress', 'Android widget | in-progress', 'Wear OS app | planned'],
    ],
    [
      'P31-integrations-x-mailto',
      'reads as before the rules of held-out-25, or better',
      { title: 'Integrations roadmap', label: 'P31-integrations-x-mailto', project: 'Integrations' },
      ['Bluesky auto-posting | planned', 'Threads auto-posting | planned'],
    ],
    [
      'P32-outreach-twitter-mailto',
      'reads as before the rules of held-out-25, or better',
      { title: 'Roadmap', label: 'Q2 2025' },
      ['Rework the onboarding flow | planned', 'Localise the app into Spanish | planned'],
    ],
  ])('%s: %s', (name, _why, head, items) => {
    const read = readProbe('review-25b', name);
    expect(read.head).toEqual(head);
    expect(read.items).toEqual(items);
  });
});
