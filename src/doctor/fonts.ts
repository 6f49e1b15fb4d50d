/**
 * doctor's font checks: is there a CJK font, and can every character of the
 * pages about to be built be drawn? The pages are checked in Chromium, with
 * the deck's own font stack and each page's language, the same way a build
 * checks its decks (src/export/glyphs.ts); without a browser, fontconfig is
 * asked for one character of each writing system instead.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type BrowserSession, launchBrowser } from '../export/browser/launch.js';
import { findMissingGlyphs, glyphWarnings, type MissingGlyph } from '../export/glyphs.js';
import { CATALOGUES } from '../i18n/catalogue/index.js';
import { LANGUAGE_NAMES, pageLanguage, type PageLanguage } from '../i18n/index.js';
import { scriptName } from '../i18n/scripts.js';
import { readSource, type RoadmapSource } from '../load/read-source.js';
import type { Diagnostic } from '../model/types.js';
import { BUILTIN_TEMPLATES } from '../render/templates.js';

const run = promisify(execFile);

interface FontCheck {
  name: string;
  ok: boolean;
  detail: string;
  hint?: string;
  /** Debian packages that would fix it. */
  packages?: string[];
}

export interface PageToCheck {
  file: string;
  /** The config's language for it, if any. */
  configLang?: string;
}

/** The fonts fontconfig has for a language (`ja`, `ko`, `zh-cn`); undefined without fc-list. */
async function hasFontFor(lang: string): Promise<boolean | undefined> {
  try {
    const { stdout } = await run('fc-list', [`:lang=${lang}`, 'family'], { timeout: 15_000 });
    return stdout.trim() !== '';
  } catch {
    return undefined;
  }
}

/** The font fontconfig picks for sans-serif text in a language: the one a deck falls back to. */
async function fontFor(lang: string): Promise<string> {
  try {
    const { stdout } = await run('fc-match', [`sans-serif:lang=${lang}`, 'family'], { timeout: 15_000 });
    return stdout.trim().split(',')[0] ?? '';
  } catch {
    return '';
  }
}

/** Whether any installed font has a character, by fontconfig. */
async function fontconfigHas(char: string): Promise<boolean> {
  try {
    const { stdout } = await run('fc-list', [`:charset=${char.codePointAt(0)!.toString(16)}`, 'family'], {
      timeout: 15_000,
    });
    return stdout.trim() !== '';
  } catch {
    return true; // cannot tell: say nothing
  }
}

const CJK_LANGUAGES: [string, string][] = [
  ['ja', 'Japanese'],
  ['ko', 'Korean'],
  ['zh-cn', 'Chinese'],
];

/** The CJK font check: not a failure unless some page needs one (the page check says so then). */
export async function cjkFontCheck(): Promise<FontCheck> {
  const found = await Promise.all(
    CJK_LANGUAGES.map(async ([lang, name]) => ({ name, has: await hasFontFor(lang), font: await fontFor(lang) })),
  );
  if (found.some((f) => f.has === undefined))
    return { name: 'CJK font', ok: true, detail: 'fc-list not available; cannot check' };
  const missing = found.filter((f) => !f.has).map((f) => f.name);
  if (!missing.length)
    return { name: 'CJK font', ok: true, detail: found.map((f) => `${f.name}: ${f.font}`).join(', ') };
  return {
    name: 'CJK font',
    ok: true,
    detail: `none for ${missing.join(', ')}: such text would show as empty boxes (needed only for such pages)`,
    hint: 'install one: sudo apt-get install -y fonts-noto-cjk (Debian/Ubuntu), or run: npx roadmap-deck doctor --fix',
    packages: ['fonts-noto-cjk'],
  };
}

/** The font family of the deck's slides, from its theme (the first `font-family` of `section`). */
function themeFontFamily(themeCss: string): string {
  return /section\s*\{[^}]*?font-family:\s*([^;]+);/.exec(themeCss)?.[1]?.trim() ?? 'sans-serif';
}

interface ReadPage {
  file: string;
  source: RoadmapSource;
  language: PageLanguage;
}

/** The deck's own words in a language: they are drawn on its slides too. */
function catalogueText(language: PageLanguage): string {
  return Object.values(CATALOGUES[language.language])
    .map((v) => (typeof v === 'string' ? v : Object.values(v).join(' ')))
    .join(' ');
}

/** Characters of each page that no font can draw, checked in Chromium; undefined when no browser starts. */
async function missingInChromium(pages: ReadPage[], family: string): Promise<MissingGlyph[][] | undefined> {
  let session: BrowserSession;
  try {
    session = await launchBrowser({ timeoutMs: 30_000 });
  } catch {
    return undefined;
  }
  try {
    const { page } = await session.newPage();
    const results: MissingGlyph[][] = [];
    for (const { source, language } of pages) {
      // The page's language picks the font fallback (Japanese or Chinese forms of Han characters).
      await page.setContent(`<!DOCTYPE html><html lang="${language.tag.replace(/[^\w-]/g, '')}"><body></body></html>`);
      const text = `${source.text}\n${catalogueText(language)}`;
      results.push(
        await findMissingGlyphs(page, {
          deck: false,
          samples: [400, 700].map((weight) => ({ text, font: `normal ${weight} 40px ${family}`, where: 0 })),
        }),
      );
    }
    return results;
  } finally {
    await session.close();
  }
}

/** Without a browser: one letter of each writing system, asked of fontconfig. */
async function missingByFontconfig(page: ReadPage): Promise<MissingGlyph[]> {
  const bySystem = new Map<string, string>();
  for (const char of `${page.source.text}${catalogueText(page.language)}`) {
    if (char.charCodeAt(0) < 0x80 || !/\p{L}/u.test(char)) continue;
    const system = scriptName(char);
    if (!bySystem.has(system)) bySystem.set(system, char);
  }
  const missing: MissingGlyph[] = [];
  for (const char of bySystem.values()) if (!(await fontconfigHas(char))) missing.push({ char, where: [0] });
  return missing;
}

/**
 * One check for the pages: each page's language, and every place where its
 * text (or the deck's words in its language) has no font, with the package to install.
 */
export async function pageFontCheck(pages: PageToCheck[], themeCss?: string): Promise<FontCheck> {
  const read: ReadPage[] = [];
  for (const { file, configLang } of pages) {
    try {
      const source = await readSource(file);
      read.push({
        file,
        source,
        language: pageLanguage({ config: configLang, frontMatter: source.frontMatter.data.lang, text: source.body }),
      });
    } catch {
      // A page that cannot be read is the build's to report.
    }
  }
  const name = 'Fonts for the pages';
  if (!read.length) return { name, ok: true, detail: 'no roadmap pages to check' };
  const family = themeFontFamily(themeCss ?? readFileSync(join(BUILTIN_TEMPLATES, 'theme.css'), 'utf8'));
  const missing = (await missingInChromium(read, family)) ?? (await Promise.all(read.map(missingByFontconfig)));
  const problems: Diagnostic[] = read.flatMap((page, i) => glyphWarnings(missing[i]!, page.file, page.source.text));
  const languages = read.map(
    (p) =>
      `${p.file} (${LANGUAGE_NAMES[p.language.language]}${p.language.tag !== p.language.language ? `, ${p.language.tag}` : ''})`,
  );
  if (!problems.length) return { name, ok: true, detail: `every character has a font: ${languages.join(', ')}` };
  const packages = fontPackagesNamed(problems);
  return {
    name,
    ok: false,
    detail: problems.map((d) => `\n    ${d.file}:${d.line}: ${d.message}`).join(''),
    hint: `install: sudo apt-get install -y ${packages.join(' ')} (Debian/Ubuntu), or run: npx roadmap-deck doctor --fix`,
    packages,
  };
}

/** The Debian packages that missing-glyph messages name. */
function fontPackagesNamed(problems: Diagnostic[]): string[] {
  return [...new Set(problems.flatMap((d) => /apt-get install (\S+)\)/.exec(d.message)?.[1] ?? []))];
}
