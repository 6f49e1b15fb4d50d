/** Small pure rules found on the hundred-and-seventy-fourth and later held-out sets. */
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { isBoardList } from '../../src/parse/meta-links.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { bucketOf } from '../../src/parse/period.js';
import { statusOfSectionTitle } from '../../src/parse/status.js';
import { statedStatusOf, statusLineOf } from '../../src/parse/structure/blocks.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a "Status:" line on a source line of its own, after other detail lines, says how the part stands', () => {
  it.each([
    ['Status: Completed ✅', 'done', 'Completed ✅'],
    ['Due: May 2024\nStatus: Completed ✅', 'done', 'Completed ✅'],
    ['Timeline: TBA\nStatus: In progress 🛠️', 'in-progress', 'In progress 🛠️'],
    ['Owner: the core team\n**Status**: Planned', 'planned', 'Planned'],
    // The status runs on over its wrapped lines, up to a line that opens with a key of its own.
    ['**Status**: In progress\nGoal: faster builds for every package.', 'in-progress', 'In progress'],
    [
      '**Status:** The design is done and the implementation is\nunder way in #412',
      'in-progress',
      'The design is done and the implementation is under way in #412',
    ],
    // A plain "Status:" line is its line: the sentence after it is the part's text (review 25b).
    ['Status: In progress\nThe loader is merged; the cache follows next month.', 'in-progress', 'In progress'],
    ['Owner: @ana\nStatus: Done\nReleased in 0.9 with docs and examples.', 'done', 'Done'],
    // Not a status: a sentence that only mentions one, or a key that is not "Status".
    ['Timeline: Mar 2021\nWe will report the status: done soon, we hope, maybe.', undefined, undefined],
    ['Timeline: Mar 2021\nState of the art: done', undefined, undefined],
  ])('%j → %s', (text, status, statusText) => {
    const read = statedStatusOf(parseMarkdown(text).children);
    expect(read?.status).toBe(status);
    expect(read?.statusText).toBe(statusText);
  });

  it('makes a part one piece of work only when it opens a line of its own', () => {
    const blocks = (text: string) => parseMarkdown(text).children;
    expect(statusLineOf(blocks('**Status:** Done\nOwner: core team'))?.status).toBe('done');
    expect(statusLineOf(blocks('Owner: core team\nStatus: Done'))).toBeUndefined();
    // A quarter's owner and status over its checklist: the boxes stay its work, each with its own status.
    const page = edition(
      '# Roadmap\n\n## Q1 2024\n\nOwner: core team\nStatus: Done\n\n- [x] Faster start-up\n- [x] Plugin loader\n\n## Q2 2024\n\nOwner: core team\nStatus: In progress\n\n- [x] Stable API\n- [ ] Signed releases\n',
    );
    expect(allInitiatives(page).map((i) => [i.title, i.status])).toEqual([
      ['Faster start-up', 'done'],
      ['Plugin loader', 'done'],
      ['Stable API', 'done'],
      // An open box in a quarter under way is that quarter's work in progress.
      ['Signed releases', 'in-progress'],
    ]);
  });

  it('gives a release written as "Timeline:" and "Status:" lines its status', () => {
    const page = edition(
      '# Roadmap\n\n## Version: 1.3.0\n\nDue: May 2024\nStatus: Completed ✅\n\n### Features:\n* Saved searches\n* Cache warm-up\n\n## Version: 1.4.0\n\nTimeline: TBA\nStatus: In progress\n\n### Features:\n* Usage charts\n* Mutual TLS\n',
    );
    expect(allInitiatives(page).map((i) => [i.title, i.status])).toEqual([
      ['Version: 1.3.0', 'done'],
      ['Version: 1.4.0', 'in-progress'],
    ]);
    // The badge says the status: the slide keeps the other detail line, on a line of its own.
    const body = JSON.stringify(allInitiatives(page)[0]!.body);
    expect(body).toContain('Due: May 2024');
    expect(body).not.toContain('Completed');
  });
});

describe('a generic word for an introduction, in the language of the page, introduces it', () => {
  const meta = (title: string, text = 'このページはロードマップを示す。', children = false) =>
    metaOf(title, parseMarkdown(text).children, children)?.kind;
  it.each([
    ['概要', 'about'],
    ['概述', 'about'],
    ['简介', 'about'],
    ['개요', 'about'],
    ['Übersicht', 'about'],
    ['Überblick', 'about'],
    ['Aperçu', 'about'],
    ['Vue d’ensemble', 'about'],
    ['Resumen', 'about'],
    ['Visão geral', 'about'],
    ['Обзор', 'about'],
    ['Введение', 'about'],
    // Words that name work, not the page: those stay work.
    ['概要の自動生成', undefined],
    ['Übersichtsseite für Pakete', undefined],
    ['Resumen semanal por correo', undefined],
  ])('"%s" → %s', (title, kind) => {
    expect(meta(title)).toBe(kind);
  });

  it('heads the list of work it holds: the list is the work, not an introduction', () => {
    expect(meta('Übersicht', '- Neue Schnittstelle für Plugins\n- Export nach PDF\n- Dunkles Design')).toBeUndefined();
    expect(meta('개요', '- 플러그인 지원\n- 다크 모드\n- 성능 개선')).toBeUndefined();
  });

  it('introduces the page over links, sentences or a summary table (review 25b)', () => {
    expect(meta('简介', '相关链接：\n\n- 官网：https://example.org\n- 文档：https://docs.example.org')).toBe('about');
    expect(meta('Aperçu', 'Nos principes :\n\n- la stabilité avant tout ;\n- des décisions publiques.')).toBe('about');
    expect(meta('Resumen', '| Versión | Fecha |\n| --- | --- |\n| 1.0 | marzo |\n| 2.0 | julio |')).toBe('about');
  });

  it('groups the parts under it when it has them, as "Overview" does', () => {
    expect(meta('概要', 'これは計画です。', true)).toBeUndefined();
  });

  it('leaves the plan of a Japanese page as its slides', () => {
    const page =
      '---\ntitle: "Roadmap"\n---\n\n## 概要 {#overview}\n\n年初の時点での計画をまとめる。\n\n## 現在のステータス {#status}\n\n主な機能はほぼ完成した。\n\n## 今後の予定 {#plan}\n\n次のリリースまでの作業。\n\n- 英語版のガイドを書く\n- 新しいドライバに対応する\n- 設定ファイルを検証する\n';
    expect(titles(page)).toEqual(['英語版のガイドを書く', '新しいドライバに対応する', '設定ファイルを検証する']);
  });
});

describe('"post" before a release\'s number is a time after it, as "beyond" is', () => {
  it.each([
    ['Post 1.0 Work', true],
    ['Post 1.0', true],
    ['Post-1.0', true],
    ['Post v2', true],
    ['Post 1.0.0', true],
    // Not a release after "post", or "post" after a word or inside one.
    ['Post 2 fixes', false],
    ['Postgres 16 support', false],
    ['Post-processing 2.0', false],
    ['Blog post 1.0 draft', false],
  ])('"%s" → a time: %s', (title, time) => {
    expect(bucketOf(title)?.kind === 'horizon').toBe(time);
  });

  it('makes its work future, unless the title says otherwise', () => {
    expect(statusOfSectionTitle('Post 1.0 Work')).toBe('future');
    expect(statusOfSectionTitle('Future (Post v1.0)')).toBe('future');
    expect(statusOfSectionTitle('Post-1.0 cleanup ✅')).toBe('done');
    expect(statusOfSectionTitle('Post-v1.0 hardening 🚧')).toBe('in-progress');
    expect(statusOfSectionTitle('Post 1.0 (in progress)')).toBe('in-progress');
    expect(statusOfSectionTitle('Blog post 1.0 draft')).toBe('unknown');
  });

  it("reads the work listed after the last release as that time's work", () => {
    const page =
      '# Roadmap\n\n## v0.9 (done)\n\n### Faster start-up\n\nThe server starts in half the time.\n\n### Plugin loader\n\nPlugins load from a folder of their own.\n\n## v1.0\n\n### Stable API\n\nThe public API is frozen.\n\n### Signed releases\n\nEvery release is signed.\n\n## Post 1.0 Work\n\n- Cluster mode\n- Web console\n- Audit log\n';
    const read = edition(page);
    expect(
      allInitiatives(read)
        .map((i) => i.title)
        .slice(-3),
    ).toEqual(['Cluster mode', 'Web console', 'Audit log']);
    expect(read.sections.at(-1)?.title).toBe('Post 1.0 Work');
  });
});

describe('a title that opens with what will be done names that work, whatever call word it holds', () => {
  const meta = (title: string) =>
    metaOf(title, parseMarkdown('Very small teams make the project; newcomers need material to start.').children, false)
      ?.kind;
  it.each([
    ['Grow participation in code review', undefined],
    ['Improve the feedback loop', undefined],
    ['Build a contributor ladder', undefined],
    // Calls stay calls.
    ['Feedback', 'closing'],
    ['How to contribute', 'closing'],
    ['Get involved', 'closing'],
    ['Join us', 'closing'],
    ['Community participation', 'closing'],
    // A title that tells the reader what to do is a call, whatever verb opens it (review 25b).
    ['Add your ideas & feedback', 'closing'],
    ['Start participating', 'closing'],
    ['Start contributing', 'closing'],
  ])('"%s" → %s', (title, kind) => {
    expect(meta(title)).toBe(kind);
  });
});

describe('a feature with owner and status lines over its sub-tasks is one piece of work (review 25b)', () => {
  it('keeps the quarter over the features, each with its own status', () => {
    const page = edition(
      '# Roadmap\n\n## Q3 2024\n\n### Faster start-up\n\nOwner: @ana\nStatus: In progress\n\n- Lazy-load the registry\n- Precompile templates\n\n### Accessibility audit\n\nOwner: @bo\nStatus: Planned\n\n- Keyboard navigation\n- Chart labels\n',
    );
    expect(page.sections.map((s) => s.title)).toEqual(['Q3 2024']);
    expect(allInitiatives(page).map((i) => [i.title, i.status])).toEqual([
      ['Faster start-up', 'in-progress'],
      ['Accessibility audit', 'planned'],
    ]);
  });
});

describe('a status key on its own over a paragraph that is only a status gives that status', () => {
  const read = (text: string) => statedStatusOf(parseMarkdown(text).children);
  it.each([
    ['**Status**:\n\nIn progress.', 'in-progress'],
    ['**Statut**:\n\nEn cours.', 'in-progress'],
    ['**Estado**:\n\nPlanificado.', 'planned'],
    ['**状态**:\n\n已完成', 'done'],
    // Not a status under the key, or no status key.
    ['**Status**:\n\nWe will see how far the team gets this spring.', undefined],
    ['**Goal**:\n\nDone.', undefined],
  ])('%j → %s', (text, status) => {
    expect(read(text)?.status).toBe(status);
  });

  it('reads a feature\'s "Statut" sub-heading, written under each feature, as its status', () => {
    const page =
      '# Feuille de route\n\n## Mode hors ligne\n\n### Aperçu\n\nTravailler sans réseau.\n\n### Statut\n\nEn cours.\n\n## Thème sombre\n\n### Aperçu\n\nUn thème pour la nuit.\n\n### Statut\n\nPrévu.\n';
    expect(allInitiatives(edition(page)).map((i) => [i.title, i.status])).toEqual([
      ['Mode hors ligne', 'in-progress'],
      ['Thème sombre', 'planned'],
    ]);
  });
});

describe('a list of links alone, each to a place to talk or follow, lists places, not work', () => {
  const list = (markdown: string) => parseMarkdown(markdown).children[0] as List;
  it.each([
    [
      '- [Slack](https://join.slack.com/t/acme/shared_invite/x)\n- [Twitter](https://twitter.com/acme)\n- [Contact](mailto:team@acme.dev)',
      true,
    ],
    ['- [Discord](https://discord.gg/acme)\n- [Mastodon](https://fosstodon.org/@acme)', true],
    ['- [Matrix](https://matrix.to/#/#acme:matrix.org)\n- [Email us](mailto:team@acme.dev)', true],
    // A search of the tracker, linked by the work's name, is that work (review 22).
    [
      '- [Plugin API](https://github.com/acme/tool/issues?q=label%3Aplugins)\n- [Web dashboard](https://github.com/acme/tool/issues?q=label%3Aui)',
      false,
    ],
    // Words beside the link, or a link to work, make an item of work.
    [
      '- Send alerts to [Slack](https://acme.slack.com)\n- Post release notes to [Twitter](https://twitter.com/acme)',
      false,
    ],
    [
      '- [Slack](https://join.slack.com/t/acme/shared_invite/x)\n- [Plugin API](https://github.com/acme/tool/issues/12)',
      false,
    ],
    [
      '- [Twitter integration](https://github.com/acme/tool/issues/40)\n- [Slack bot](https://github.com/acme/tool/issues/41)',
      false,
    ],
  ])('%j → %s', (markdown, places) => {
    expect(isBoardList(list(markdown))).toBe(places);
  });
});
