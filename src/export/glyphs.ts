/**
 * Characters that no installed font can draw, found in Chromium itself: text
 * that would print as empty boxes ("tofu"). Fonts are not guessed from their
 * names; each character is drawn on a canvas in the font its text uses, and
 * compared with what Chromium draws for a character that no font has (an
 * unassigned code point): when no font in the stack or in the system's
 * fallback has a glyph, Chromium draws the first font's `.notdef` box for
 * both, pixel for pixel the same.
 */
import type { Page } from 'puppeteer-core';
import type { Diagnostic } from '../model/types.js';
import { codePointLabel, fontPackageFor, scriptName } from '../i18n/scripts.js';

/** Text to check, in the CSS font it is shown in. `where` is a slide number, or 0. */
interface GlyphSample {
  text: string;
  font: string;
  where: number;
}

export interface MissingGlyph {
  char: string;
  /** Slide numbers it appears on (0: outside the slides, e.g. the notes of no slide). */
  where: number[];
}

interface CheckArgs {
  samples: GlyphSample[];
  /** Also check the deck in the page: every slide's text, the notes and the viewer's words. */
  deck: boolean;
}

/** Runs in the page; keep it free of closures over module scope. */
function missingGlyphsInPage(args: CheckArgs): MissingGlyph[] {
  // Letters, digits, punctuation, symbols and private-use characters are drawn; spaces,
  // joiners and marks are not on their own. ASCII is in every text font.
  const drawn = /[\p{L}\p{N}\p{P}\p{S}\p{Co}]/u;
  const samples: GlyphSample[] = [...args.samples];
  if (args.deck) {
    const fontOf = (el: Element) => {
      const style = getComputedStyle(el);
      return `${style.fontStyle} ${style.fontWeight} 40px ${style.fontFamily}`;
    };
    const sections = Array.from(document.querySelectorAll('.marpit > svg > foreignObject > section'));
    sections.forEach((section, i) => {
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.nodeValue ?? '';
        if (/[\u0080-\u{10ffff}]/u.test(text) && node.parentElement)
          samples.push({ text, font: fontOf(node.parentElement), where: i + 1 });
      }
    });
    const notesBox = document.getElementById('rd-presenter-notes');
    const notes = JSON.parse(document.getElementById('rd-notes')?.textContent || '[]') as string[];
    if (notesBox) for (const [i, text] of notes.entries()) samples.push({ text, font: fontOf(notesBox), where: i + 1 });
    const ui = document.querySelector('.rd-ui');
    if (ui)
      samples.push({
        text: `${ui.textContent ?? ''} ${document.querySelector('.rd-presenter-bar')?.textContent ?? ''}`,
        font: fontOf(ui),
        where: 0,
      });
  }

  const canvas = document.createElement('canvas');
  canvas.width = 96;
  canvas.height = 64;
  document.body.appendChild(canvas);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.textBaseline = 'top';
  const draw = (char: string) => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.fillText(char, 8, 8);
    return context.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
  };
  const byFont = new Map<string, Map<string, Set<number>>>();
  for (const sample of samples) {
    let chars = byFont.get(sample.font);
    if (!chars) {
      chars = new Map();
      byFont.set(sample.font, chars);
    }
    for (const char of sample.text) {
      if (char.charCodeAt(0) < 0x80 || !drawn.test(char)) continue;
      let where = chars.get(char);
      if (!where) {
        where = new Set();
        chars.set(char, where);
      }
      where.add(sample.where);
    }
  }
  const missing = new Map<string, Set<number>>();
  for (const [font, chars] of byFont) {
    context.font = font;
    // Two code points no font has: U+0378 (unassigned) and U+2FFFD (unassigned, plane 2).
    const boxes = ['\u0378', '\u{2FFFD}'];
    const boxWidths = boxes.map((box) => context.measureText(box).width);
    const boxPictures = boxes.map(draw);
    for (const [char, where] of chars) {
      // A width unlike the box's is a glyph; the same width is looked at pixel by pixel.
      const width = context.measureText(char).width;
      if (!boxWidths.some((w) => Math.abs(w - width) < 0.01)) continue;
      if (!boxPictures.includes(draw(char))) continue;
      const seen = missing.get(char) ?? new Set<number>();
      for (const w of where) seen.add(w);
      missing.set(char, seen);
    }
  }
  canvas.remove();
  return [...missing].map(([char, where]) => ({ char, where: [...where].sort((a, b) => a - b) }));
}

/** Characters of the deck in `page` (and of `samples`) that no installed font can draw. */
export async function findMissingGlyphs(
  page: Page,
  options: { samples?: GlyphSample[]; deck?: boolean } = {},
): Promise<MissingGlyph[]> {
  return page.evaluate(missingGlyphsInPage, { samples: options.samples ?? [], deck: options.deck ?? true });
}

/**
 * One warning per font package that would help, naming the writing systems
 * it covers, at the first line of the page that holds one of their
 * characters (line 1 when only the deck's own words do).
 */
export function glyphWarnings(missing: MissingGlyph[], file: string, sourceText = ''): Diagnostic[] {
  const lines = sourceText.split('\n');
  const lineOf = (char: string) => {
    const index = lines.findIndex((line) => line.includes(char));
    return index === -1 ? undefined : index + 1;
  };
  const groups = new Map<string, { chars: string[]; systems: Set<string>; line?: number }>();
  for (const { char } of missing) {
    const pkg = fontPackageFor(char);
    const group = groups.get(pkg) ?? { chars: [], systems: new Set<string>() };
    group.chars.push(char);
    group.systems.add(scriptName(char));
    const line = lineOf(char);
    if (line !== undefined && (group.line === undefined || line < group.line)) group.line = line;
    groups.set(pkg, group);
  }
  return [...groups]
    .map(([pkg, group]): Diagnostic => {
      const shown = group.chars.slice(0, 8).join('');
      const what =
        group.chars.length === 1
          ? `"${shown}" (${codePointLabel(shown)})`
          : `${group.chars.length} characters such as "${shown}"`;
      const systems = [...group.systems];
      const named =
        systems.length > 1 ? `${systems.slice(0, -1).join(', ')} or ${systems[systems.length - 1]}` : systems[0];
      return {
        file,
        line: group.line ?? 1,
        column: 1,
        severity: 'warning',
        rule: 'missing-glyphs',
        message: `no installed font has ${named}: ${what} would show as empty boxes; install one (Debian: apt-get install ${pkg})`,
      };
    })
    .sort((a, b) => a.line - b.line);
}
