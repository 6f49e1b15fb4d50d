/** Small pure rules found on the hundred-and-seventy-fourth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { bucketOf } from '../../src/parse/period.js';
import { statusOfSectionTitle } from '../../src/parse/status.js';
import { statusLineOf } from '../../src/parse/structure/blocks.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a "Status:" line on a source line of its own, after other detail lines, is read', () => {
  it.each([
    ['Status: Completed ✅', 'done', 'Completed ✅'],
    ['Due: May 2024\nStatus: Completed ✅', 'done', 'Completed ✅'],
    ['Timeline: TBA\nStatus: In progress 👩‍💻', 'in-progress', 'In progress 👩‍💻'],
    ['Owner: the core team\n**Status**: Planned', 'planned', 'Planned'],
    // The status line ends where its source line ends: what follows is not its text.
    ['**Status**: In progress\nGoal: faster builds for every package.', 'in-progress', 'In progress'],
    // Not a status: a sentence that only mentions one, or a key that is not "Status".
    ['Timeline: Mar 2021\nWe will report the status: done soon, we hope, maybe.', undefined, undefined],
    ['Timeline: Mar 2021\nState of the art: done', undefined, undefined],
  ])('%j → %s', (text, status, statusText) => {
    const read = statusLineOf(parseMarkdown(text).children);
    expect(read?.status).toBe(status);
    expect(read?.statusText).toBe(statusText);
  });

  it('gives a release written as "Timeline:" and "Status:" lines its status', () => {
    const page = edition(
      '# Roadmap\n\n## Version: 1.3.0\n\nTimeline: Mar 2021\nStatus: Completed ✅\n\n### Features:\n* Saved searches\n* Cache warm-up\n\n## Version: 1.4.0\n\nTimeline: TBA\nStatus: In progress\n\n### Features:\n* Usage charts\n* Mutual TLS\n',
    );
    expect(allInitiatives(page).map((i) => [i.title, i.status])).toEqual([
      ['Version: 1.3.0', 'done'],
      ['Version: 1.4.0', 'in-progress'],
    ]);
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
    ['Post 1.0 Work', 'future'],
    ['Post 1.0', 'future'],
    ['Post-1.0', 'future'],
    ['Post v2', 'future'],
    ['Post 1.0.0', 'future'],
    ['Future (Post v1.0)', 'future'],
    // Not a release after "post", or "post" inside a word.
    ['Post 2 fixes', 'unknown'],
    ['Postgres 16 support', 'unknown'],
    ['Post-processing 2.0', 'unknown'],
    ['Blog post 1.0 draft', 'unknown'],
  ])('"%s" → %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
    expect(bucketOf(title)?.kind === 'horizon' || bucketOf(title)?.kind === 'version').toBe(status === 'future');
  });

  it("reads the work listed after the last release as that time's work", () => {
    const page =
      '# Roadmap\n\n## v0.9 (done)\n\n### Faster start-up\n\nThe server starts in half the time.\n\n### Plugin loader\n\nPlugins load from a folder of their own.\n\n## v1.0\n\n### Stable API\n\nThe public API is frozen.\n\n### Signed releases\n\nEvery release is signed.\n\n## Post 1.0 Work\n\n- Cluster mode\n- Web console\n- Audit log\n';
    const work = allInitiatives(edition(page)).map((i) => [i.title, i.status]);
    expect(work.slice(-3)).toEqual([
      ['Cluster mode', 'future'],
      ['Web console', 'future'],
      ['Audit log', 'future'],
    ]);
  });
});

describe('a title that opens with what will be done names that work, whatever call word it holds', () => {
  const meta = (title: string) =>
    metaOf(title, parseMarkdown('Very small teams make the project; newcomers need material to start.').children, false)
      ?.kind;
  it.each([
    ['Grow community participation and engagement', undefined],
    ['Improve the feedback loop', undefined],
    ['Build a contributor ladder', undefined],
    // Calls stay calls.
    ['Feedback', 'closing'],
    ['How to contribute', 'closing'],
    ['Get involved', 'closing'],
    ['Join us', 'closing'],
    ['Community participation', 'closing'],
  ])('"%s" → %s', (title, kind) => {
    expect(meta(title)).toBe(kind);
  });
});
