/**
 * Probe pages of the second review of this round's rules (test/fixtures/review-31): unnumbered work
 * areas of lists or tables beside work numbered in outline; titles in other languages that open with a
 * risk, a dependency or a measure and name work ("Abhängigkeiten reduzieren", "风险：实时交易评分",
 * "Riscos de segurança: auditoria externa"); "no hará falta" and "will not do anything" inside a title
 * of work; "non résolus", "not resolved"; French month abbreviations; a status group titled by a sign
 * alone. Each reads as a presenter would.
 */
import { describe } from 'vitest';
import { expectProbes } from '../helpers/probes.js';

describe('probe pages read as a presenter would', () => {
  expectProbes('review-31', [
    [
      'AP01-numbered-infra-lists.md',
      'Orbit Roadmap 2025',
      [
        ['1.1 Async scheduler', 'unknown', null],
        ['1.2 Memory limits', 'unknown', null],
        ['2.1 Hot reload', 'unknown', null],
        ['2.2 Typed config', 'unknown', null],
        ['2.3 Better error pages', 'unknown', null],
        ['CI migration', 'unknown', null],
        ['Release automation', 'unknown', null],
      ],
    ],
    [
      'AP02-numbered-single-chapter.md',
      'Quill roadmap',
      [
        ['1.1 Collaborative cursors', 'unknown', null],
        ['1.2 Comments in the margin', 'unknown', null],
        ['2.1 Offline mode', 'unknown', null],
        ['2.2 Conflict view', 'unknown', null],
        ['Keyboard shortcuts', 'unknown', null],
        ['Export to PDF', 'unknown', null],
      ],
    ],
    [
      'AP03-numbered-letter-subitems.md',
      'Relay project plan',
      [
        ['1.1 Message format', 'unknown', null],
        ['1.2 Transport', 'unknown', null],
        ['1.3 Authentication', 'unknown', null],
        ['2.1 Sharding', 'unknown', null],
        ['2.2 Replication', 'unknown', null],
        ['Python client', 'unknown', null],
        ['Web dashboard', 'unknown', null],
        ['Helm chart', 'unknown', null],
      ],
    ],
    [
      'AP04-numbered-table-area.md',
      'Nimbus 2025 plan',
      [
        ['1.1 Tiered storage', 'unknown', null],
        ['1.2 Erasure coding', 'unknown', null],
        ['2.1 Multipart uploads', 'unknown', null],
        ['2.2 Presigned URLs', 'unknown', null],
        ['Audit logging', 'unknown', null],
        ['Encryption at rest', 'unknown', null],
      ],
    ],
    [
      'AP05-numbered-team-context.md',
      'Ferro roadmap',
      [
        ['1.1 Incremental type checking', 'unknown', null],
        ['1.2 Better diagnostics', 'unknown', null],
        ['2.1 Language server', 'unknown', null],
        ['2.2 Formatter', 'unknown', null],
      ],
    ],
    [
      'AP06-numbered-mixed-told.md',
      'Atlas roadmap',
      [
        ['1.1 Vector tiles', 'unknown', null],
        ['1.2 Offline maps', 'unknown', null],
        ['1.3 3D buildings', 'unknown', null],
        ['2.1 Bike routing', 'unknown', null],
        ['2.2 Public transport', 'unknown', null],
        ['Windows builds', 'unknown', null],
        ['ARM64 Linux', 'unknown', null],
        ['macOS notarization', 'unknown', null],
      ],
    ],
    [
      'AP07-numbered-backlog-lists.md',
      'Hive v3 plan',
      [
        ['1.1 New plugin loader', 'unknown', null],
        ['1.2 Settings sync', 'unknown', null],
        ['2.1 Command palette', 'unknown', null],
        ['2.2 Split panes', 'unknown', null],
        ['Startup time', 'unknown', null],
        ['Memory', 'unknown', null],
      ],
    ],
    [
      'AP50-meta-other-langs.md',
      'Hoja de ruta de Cóndor',
      [
        ['Sincronización en tiempo real', 'unknown', null],
        ['Dependencias de terceros actualizadas', 'unknown', null],
      ],
    ],
    [
      'AP51-meta-risks-feature.md',
      'Roadmap de Falcão',
      [
        ['Riscos de segurança: auditoria externa', 'unknown', null],
        ['Dependências opcionais como plugins', 'unknown', null],
      ],
    ],
    [
      'BP01-de-abhaengigkeiten-work.md',
      'Roadmap',
      [
        ['Neuer Parser', 'unknown', null],
        ['Abhängigkeiten reduzieren', 'unknown', null],
        ['Plugin-API', 'unknown', null],
        ['Risiken-Dashboard', 'unknown', null],
        ['CLI-Verbesserungen', 'unknown', null],
      ],
    ],
    [
      'BP02-es-dependencias-work.md',
      'Hoja de ruta',
      [
        ['Dependencias opcionales', 'unknown', null],
        ['Caché de consultas', 'unknown', null],
        ['Arranque en frío', 'unknown', null],
        ['Riesgos de la cadena de suministro: firmas de paquetes', 'unknown', null],
        ['Auditoría de permisos', 'unknown', null],
      ],
    ],
    [
      'BP03-ko-risk-feature.md',
      '로드맵',
      [
        ['리스크 스코어링 엔진', 'unknown', null],
        ['대시보드 개편', 'unknown', null],
        ['의존성 업데이트 자동화', 'unknown', null],
        ['모바일 앱', 'unknown', null],
      ],
    ],
    [
      'BP04-es-no-hara-falta.md',
      'Hoja de ruta de Tablero',
      [
        ['Instalación sin Docker', 'planned', null],
        ['Autodetección del proxy: ya no hará falta configurarlo a mano', 'planned', null],
        ['Editor de paneles', 'planned', null],
        ['Modo multiusuario', 'unknown', null],
      ],
    ],
    [
      'BP05-fr-non-resolus.md',
      'Feuille de route',
      [
        ['Export CSV', 'done', null],
        ['Connexion SSO', 'done', null],
        ['Nouveau moteur de recherche', 'in-progress', null],
        ["Fuite mémoire à l'import", 'unknown', null],
        ['Fuseaux horaires', 'unknown', null],
      ],
    ],
    [
      'BP06-en-status-not-resolved.md',
      'Roadmap',
      [
        ['Offline mode', 'in-progress', 'https://github.com/acme/app/issues/120'],
        ['Crash on startup with empty config', 'planned', 'https://github.com/acme/app/issues/131'],
        ['Sync conflicts', 'unknown', 'https://github.com/acme/app/issues/140'],
        ['Dark theme', 'done', 'https://github.com/acme/app/issues/99'],
        ['Plugin API', 'unknown', 'https://github.com/acme/app/issues/150'],
        ['Export to PDF', 'planned', 'https://github.com/acme/app/issues/160'],
      ],
    ],
    [
      'BP07-fr-statut-non-resolu.md',
      'Feuille de route',
      [
        ['Mode hors ligne', 'in-progress', 'https://github.com/acme/app/issues/12'],
        ['Plantage au démarrage', 'unknown', 'https://github.com/acme/app/issues/31'],
        ['Conflits de synchronisation', 'unknown', 'https://github.com/acme/app/issues/40'],
        ['Thème sombre', 'done', 'https://github.com/acme/app/issues/9'],
        ['Export PDF', 'planned', 'https://github.com/acme/app/issues/60'],
      ],
    ],
    [
      'BP11-fr-months-abbrev.md',
      'Feuille de route 2025',
      [
        ["Nouvelle page d'accueil", 'unknown', null],
        ['Recherche plein texte', 'unknown', null],
        ['Export PDF', 'unknown', null],
        ['Application mobile', 'unknown', null],
        ['Mode hors ligne', 'unknown', null],
        ['Notifications push', 'unknown', null],
      ],
    ],
    [
      'BP19-es-metricas-work.md',
      'Hoja de ruta de Panelito',
      [
        ['Métricas de éxito', 'unknown', null],
        ['Alertas', 'unknown', null],
        ['Exportación', 'unknown', null],
      ],
    ],
    [
      'BP21-ru-risks-work.md',
      'Дорожная карта',
      [
        ['Новый планировщик задач', 'unknown', null],
        ['Риски: автоматическая оценка уязвимостей зависимостей', 'unknown', null],
        ['Аудит логов', 'unknown', null],
      ],
    ],
    [
      'BP23-en-will-not-do.md',
      'Roadmap',
      [
        ['Safe upgrades: the updater will not do anything without confirmation', 'planned', null],
        ['Faster search', 'planned', null],
      ],
    ],
    [
      'BP24-ja-risk-work.md',
      'ロードマップ',
      [
        ['リスク 評価 機能', 'unknown', null],
        ['依存関係 の 自動更新', 'unknown', null],
      ],
    ],
    [
      'BP26-numbered-integrations-lists.md',
      'Roadmap',
      [
        ['1.1 Auth service', 'unknown', null],
        ['1.2 Billing', 'unknown', null],
        ['1.3 Audit log', 'unknown', null],
        ['Slack', 'unknown', null],
        ['GitHub', 'unknown', null],
      ],
    ],
    [
      'BP32-status-emoji-onlysign.md',
      'Roadmap',
      [
        ['Dark mode', 'done', null],
        ['CSV export', 'done', null],
        ['Plugin API', 'in-progress', null],
        ['AI-assisted search', 'future', null],
        ['Voice input', 'future', null],
      ],
    ],
    [
      'BP34-ja-risk-nakaguro.md',
      'ロードマップ',
      [
        ['リスク・コンプライアンス管理画面', 'unknown', null],
        ['権限管理の刷新', 'unknown', null],
        ['依存関係：自動アップデート', 'unknown', null],
        ['CI の高速化', 'unknown', null],
      ],
    ],
    [
      'BP35-fr-dependances-work.md',
      'Feuille de route',
      [
        ['Dépendances : passage à Python 3.12', 'unknown', null],
        ['Nettoyage du code', 'unknown', null],
        ['Risques climatiques : nouvelle couche cartographique', 'unknown', null],
        ['Export GeoJSON', 'unknown', null],
      ],
    ],
    [
      'BP36-zh-risk-colon.md',
      '路线图',
      [
        ['风险：实时交易评分', 'unknown', null],
        ['黑名单同步', 'unknown', null],
        ['依赖：升级到 Spring Boot 3', 'unknown', null],
        ['多租户', 'unknown', null],
      ],
    ],
  ]);
});
