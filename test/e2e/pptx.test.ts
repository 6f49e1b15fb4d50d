/**
 * `--format pptx`: the package is opened and its XML read. One slide per deck
 * slide, each initiative's title and text in its slide's runs, notes with the
 * full text and URLs, absolute hyperlink targets, editable text (never a
 * single picture), sections and document properties.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

let dir: string;
let report: { ok: boolean; editions: { stem: string; slides: number; files: string[] }[] };
const zips: Record<string, JSZip> = {};

const texts = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
const words = (s: string) => s.replace(/\s+/g, '');

async function part(stem: string, name: string): Promise<string> {
  const file = zips[stem]!.file(name);
  if (!file) throw new Error(`${stem}.pptx has no ${name}`);
  return file.async('string');
}

beforeAll(async () => {
  dir = await tempDir();
  const result = runCli(['build', SEED_2022, SEED_2024, '--out', 'out', '--format', 'md,pptx', '--json'], { cwd: dir });
  expect(result.code).toBe(0);
  report = JSON.parse(result.stdout);
  for (const e of report.editions)
    zips[e.stem] = await JSZip.loadAsync(await readFile(join(dir, 'out', e.stem, `${e.stem}.pptx`)));
}, 120_000);

describe('pptx', () => {
  it('is listed in the build report and has one slide per deck slide', () => {
    for (const e of report.editions) {
      expect(
        e.files.some((f) => f.endsWith(`${e.stem}/${e.stem}.pptx`)),
        e.files.join(),
      ).toBe(true);
      const slides = Object.keys(zips[e.stem]!.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
      expect(slides).toHaveLength(e.slides);
    }
  });

  it("has each initiative's title and text in its slide's runs, editable (text boxes, never one picture)", async () => {
    const md = await readFile(join(dir, 'out', 'backstage-2022-q3', 'backstage-2022-q3.md'), 'utf8');
    expect(md).toContain('Backstage Threat Model');
    const slide6 = await part('backstage-2022-q3', 'ppt/slides/slide6.xml');
    expect(texts(slide6)).toContain('Backstage Threat Model');
    expect(words(texts(slide6))).toContain(words('Understand where security investment and attention is needed.'));
    expect(slide6).toMatch(/<a:buChar /);
    for (const [stem, zip] of Object.entries(zips)) {
      for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
        const xml = await part(stem, name);
        expect(xml.match(/<p:sp>/g)?.length ?? 0, `${stem} ${name}`).toBeGreaterThan(1);
        expect(xml).toMatch(/<p:txBody>/);
      }
    }
    // One box per block: the 2024 Backend System slide's long paragraph is one shape, not one per line.
    const slide5 = await part('backstage-2024-fall', 'ppt/slides/slide5.xml');
    const bodies = slide5.split('<p:sp>').filter((s) => s.includes('stable 1.0 release'));
    expect(bodies).toHaveLength(1);
    expect(words(texts(bodies[0]!))).toContain(words('and includes API reviews and refactoring efforts'));
  });

  it("draws the board as shapes: a box per card, its status edge, and the card's title in a text box of its own", async () => {
    // Slide 2 of the July–September 2022 deck is its board: ten cards in two columns.
    const board = await part('backstage-2022-q3', 'ppt/slides/slide2.xml');
    const shapes = board.split('<p:sp>').slice(1);
    const titles = ['Backend Services (MVP)', 'Backstage Threat Model', 'Ease of onboarding', 'Telemetry'];
    for (const title of titles)
      expect(
        shapes.filter((sp) => texts(sp).trim() === title),
        title,
      ).toHaveLength(1);
    // A card and its coloured edge: two text-less rectangles per card.
    const boxes = shapes.filter((sp) => /prstGeom prst="rect"/.test(sp) && !/<a:t>/.test(sp));
    expect(boxes.length).toBeGreaterThanOrEqual(20);
    expect(texts(board)).toContain('Future work');
  });

  it('carries the full text and every URL in the notes, and absolute URLs in hyperlinks', async () => {
    const notes = texts(await part('backstage-2024-fall', 'ppt/notesSlides/notesSlide5.xml'));
    expect(notes).toContain('Backend System 1.0');
    expect(words(notes)).toContain(words('The goal is to provide a more flexible and scalable way to extend'));
    expect(notes).toContain('https://github.com/backstage/backstage/issues/24493');
    const rels = await part('backstage-2024-fall', 'ppt/slides/_rels/slide5.xml.rels');
    const targets = [...rels.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]*)"/g)].map((m) => m[1]!);
    expect(targets).toContain('https://github.com/backstage/backstage/issues/24493');
    for (const stem of Object.keys(zips))
      for (const name of Object.keys(zips[stem]!.files).filter((n) => n.endsWith('.rels'))) {
        const xml = await part(stem, name);
        for (const m of xml.matchAll(/Type="[^"]*\/hyperlink" Target="([^"]*)"/g))
          expect(m[1], `${stem} ${name}`).toMatch(/^(https?:\/\/|mailto:)/);
      }
  });

  it('has sections for the dividers and document properties', async () => {
    const presentation = await part('backstage-2022-q3', 'ppt/presentation.xml');
    const sections = [...presentation.matchAll(/<p14:section name="([^"]*)"/g)].map((m) => m[1]);
    expect(sections.some((s) => s?.includes("What's next") || s?.includes('What&apos;s next'))).toBe(true);
    expect(sections.some((s) => s?.includes('Future work'))).toBe(true);
    const core = await part('backstage-2022-q3', 'docProps/core.xml');
    expect(core).toContain('<dc:title>Backstage Roadmap — July–September 2022</dc:title>');
    expect(core).toMatch(/<cp:keywords>[^<]*Future work[^<]*<\/cp:keywords>/);
    expect(core).toContain('<dc:language>en</dc:language>');
  });
});
