/**
 * A Japanese, a Korean and a German roadmap page, built end to end in
 * Chromium: the deck's own words are in the page's language on the slides,
 * in the PDF's text, the handout, the viewer and the index page; the PDF and
 * the HTML say which language they are in; no character lacks a font.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildResult } from '../../src/build.js';
import { readPdf, squash } from '../helpers/pdf.js';
import { FIXTURES, tempDir } from '../helpers/paths.js';

const PAGES = join(FIXTURES, 'languages');
let dir: string;
let result: BuildResult;

const out = (stem: string, file: string) => join(dir, 'out', stem, file);
/**
 * Text compared without spaces and in NFKC: pdfjs reads some CJK glyphs back as the Kangxi
 * radical they share a shape with (行 as ⾏, U+2F8F), which NFKC folds back.
 */
const plain = (text: string) => squash(text.normalize('NFKC'));
const slideText = async (stem: string) =>
  plain((await readPdf(out(stem, `${stem}.pdf`))).pages.map((p) => p.text).join(' '));

beforeAll(async () => {
  dir = await tempDir();
  await cp(PAGES, join(dir, 'roadmaps'), { recursive: true });
  result = await build({ cwd: dir, outDir: 'out', formats: ['md', 'html', 'pdf', 'handout'], concurrency: 2 });
}, 180_000);

describe('pages in Japanese, Korean and German', () => {
  it('build, each in its language (from its script, or its front matter), with no character lacking a font', () => {
    expect(result.failures).toEqual([]);
    expect(result.editions.map((e) => e.stem).sort()).toEqual([
      'haneul-db-2025',
      'kumo-ci-2025-h2',
      'lotse-2024-herbst',
      'lotse-2025-fruehjahr',
    ]);
    for (const edition of result.editions) {
      expect(edition.warnings.filter((w) => w.rule === 'missing-glyphs')).toEqual([]);
    }
  });

  const cases: { stem: string; lang: string; slides: string[]; english: string[] }[] = [
    {
      stem: 'kumo-ci-2025-h2',
      lang: 'ja',
      slides: [
        '概要',
        '6件の取り組み（3セクション）',
        '3件の取り組み',
        '進行中',
        '完了',
        '将来',
        '進捗：#1421',
        'ご清聴ありがとうございました',
      ],
      english: ['Overview', 'initiatives', 'Tracking', 'In progress', 'Thank you'],
    },
    {
      stem: 'haneul-db-2025',
      lang: 'ko',
      slides: ['개요', '섹션2개,과제5개', '과제2개', '완료', '진행중', '향후', '진행상황:#872', '감사합니다'],
      english: ['Overview', 'initiatives', 'Tracking', 'In progress', 'Thank you'],
    },
    {
      // Badges are set in capitals by the theme.
      stem: 'lotse-2025-fruehjahr',
      lang: 'de',
      slides: [
        'Überblick',
        '5Vorhabenin3Abschnitten',
        'ÄnderungenseitHerbst2024',
        'Neu(2)',
        'Fortgeführt(3)',
        'Nicht mehr aufgeführt (0)',
        'FORTGEFÜHRT·SEITHERBST2024',
        'NEU',
        'Tracking:#311',
        'VielenDank',
      ],
      english: ['Overview', 'Whatchanged', 'Continued', 'Nolongerlisted', 'Thankyou'],
    },
  ];

  describe.each(cases)('$stem ($lang)', ({ stem, lang, slides, english }) => {
    it('has the deck’s words in its language on the slides and in the PDF, and no English ones', async () => {
      const text = await slideText(stem);
      for (const words of slides) expect(text).toContain(plain(words));
      for (const word of english) expect(text).not.toContain(word);
    });

    it('says its language in the HTML, on every slide, in the PDF, and in the viewer’s words', async () => {
      const html = await readFile(out(stem, 'index.html'), 'utf8');
      expect(html).toMatch(new RegExp(`^<html lang="${lang}">`, 'm'));
      const sections = html.match(/<section\b[^>]*>/g)!;
      expect(sections.every((tag) => tag.includes(`lang="${lang}"`))).toBe(true);
      expect(html).not.toMatch(/>(Full screen|Notes)<|Presenter view|Slide controls/);
      expect((await readPdf(out(stem, `${stem}.pdf`))).info.Language).toBe(lang);
      expect((await readPdf(out(stem, `${stem}-handout.pdf`))).info.Language).toBe(lang);
      expect(await readFile(out(stem, `${stem}.md`), 'utf8')).toContain(`lang: "${lang}"`);
    });
  });

  it('prints the handout with its words in the page’s language', async () => {
    const ja = await readPdf(out('kumo-ci-2025-h2', 'kumo-ci-2025-h2-handout.pdf'));
    expect(plain(ja.pages[0]!.text)).toContain('1/12ページ');
    expect(ja.info.Title).toBe('Kumo CI ロードマップ — 2025（配布資料）');
    const de = await readPdf(out('lotse-2025-fruehjahr', 'lotse-2025-fruehjahr-handout.pdf'));
    expect(squash(de.pages[3]!.text)).toContain(squash('Seite 4 von 12'));
    expect(squash(de.pages.map((p) => p.text).join(' '))).toContain(
      squash('Tracking: #311 (https://github.com/lotse-dev/lotse/issues/311)'),
    );
  });

  it('gives the viewer its words, and the index page each deck’s counts in its language', async () => {
    const de = await readFile(out('lotse-2025-fruehjahr', 'index.html'), 'utf8');
    expect(de).toContain('title="Referentenansicht (p)">Notizen</button>');
    expect(de).toContain('"viewerSlideOf":"Folie {n} von {total}"');
    const ja = await readFile(out('kumo-ci-2025-h2', 'index.html'), 'utf8');
    expect(ja).toContain('>全画面</button>');
    const index = await readFile(join(dir, 'out', 'index.html'), 'utf8');
    expect(index).toMatch(/<p class="meta">[^<]*(<time [^>]+>[^<]+<\/time> · )?スライド12枚 · 6件の取り組み<\/p>/);
    expect(index).toMatch(/<p class="meta">[^<]*(<time [^>]+>[^<]+<\/time> · )?슬라이드 10장 · 과제 5개<\/p>/);
    expect(index).toMatch(/<p class="meta">[^<]*(<time [^>]+>[^<]+<\/time> · )?12 Folien · 5 Vorhaben<\/p>/);
    expect(index).toContain('alt="Folien öffnen: ');
    expect(index).toMatch(/<li class="edition" lang="ja">/);
  });
});
