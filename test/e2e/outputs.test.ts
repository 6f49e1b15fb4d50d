/**
 * What a presenter gets besides the deck: PDF metadata and bookmarks, slide
 * pictures and a preview on the index page, QR codes for tracking links,
 * and a build report for scripts.
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import qrcode from 'qrcode-generator';
import { qrDataUrl } from '../../src/render/qr.js';
import { runCli } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { SEED_2022, SEED_2024, tempDir } from '../helpers/paths.js';

let dir: string;
let report: { ok: boolean; editions: { stem: string; slides: number; files: string[]; warnings: unknown[] }[] };

beforeAll(async () => {
  dir = await tempDir();
  await (await import('node:fs/promises')).writeFile(
    join(dir, 'roadmap-deck.config.json'),
    JSON.stringify({
      author: 'The Backstage maintainers',
      editions: { 'backstage-*': { url: 'https://backstage.io/docs/overview/roadmap', project: 'Backstage' } },
    }),
  );
  const result = runCli(['build', SEED_2022, SEED_2024, '--out', 'out', '--format', 'md,html,pdf,png', '--json'], {
    cwd: dir,
  });
  expect(result.code).toBe(0);
  report = JSON.parse(result.stdout);
}, 120_000);

describe('PDF metadata and navigation', () => {
  it('has title, subject, author, keywords (the sections), language, tags and bookmarks section → initiative', async () => {
    const file = join(dir, 'out', 'backstage-2022-q3', 'backstage-2022-q3.pdf');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Backstage Roadmap — July–September 2022$/m);
    expect(info).toMatch(/^Subject:\s+Roadmap of Backstage$/m);
    expect(info).toMatch(/^Author:\s+The Backstage maintainers$/m);
    expect(info).toMatch(/^Keywords:\s+Backstage, July–September 2022, What's next, Future work$/m);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const pdf = await readPdf(file);
    expect(pdf.info).toMatchObject({
      Title: 'Backstage Roadmap — July–September 2022',
      Author: 'The Backstage maintainers',
      Language: 'en',
      Creator: 'roadmap-deck',
    });
    const sections = pdf.outline.filter((o) => o.items.length);
    expect(sections.map((s) => s.title)).toEqual(["What's next", 'Future work']);
    expect(sections[1]!.items.map((i) => i.title)).toEqual([
      'Ease of onboarding',
      'Composable Homepage 1.0',
      'Creator experience',
      'GraphQL support',
      'Telemetry',
    ]);
  });
});

describe('pictures', () => {
  it('writes one PNG per slide, and a preview that the index page shows', async () => {
    for (const e of report.editions) {
      const pngs = (await readdir(join(dir, 'out', e.stem, 'slides'))).filter((f) => f.endsWith('.png'));
      expect(pngs).toHaveLength(e.slides);
      const first = await readFile(join(dir, 'out', e.stem, 'slides', pngs.sort()[0]!));
      expect(first.readUInt32BE(16)).toBe(1280);
      expect(first.readUInt32BE(20)).toBe(720);
      const preview = await readFile(join(dir, 'out', e.stem, 'preview.png'));
      expect(preview.readUInt32BE(16)).toBe(640);
    }
    const index = await readFile(join(dir, 'out', 'index.html'), 'utf8');
    expect(
      index.match(/<a class="preview" href="[^"]+"><img alt="Open the slides: [^"]+" src="data:image\/png;base64,/g),
    ).toHaveLength(2);
  });
});

describe('QR codes', () => {
  it('encode the tracking link, are on its slide, and go away with --no-qr', async () => {
    const md = await readFile(join(dir, 'out', 'backstage-2024-fall', 'backstage-2024-fall.md'), 'utf8');
    const qr = qrDataUrl('https://github.com/backstage/backstage/issues/24493');
    expect(md).toContain(`![QR code for the tracking link](${qr})`);
    // The PNG holds the same modules as the code it was made from.
    const png = Buffer.from(qr.split(',')[1]!, 'base64');
    const size = png.readUInt32BE(16);
    const idat = png.subarray(png.indexOf('IDAT') + 4, png.indexOf('IEND') - 8);
    const pixels = inflateSync(idat);
    const code = qrcode(0, 'M');
    code.addData('https://github.com/backstage/backstage/issues/24493', 'Byte');
    code.make();
    const modules = code.getModuleCount();
    const scale = size / (modules + 4);
    for (let r = 0; r < modules; r++) {
      for (let c = 0; c < modules; c++) {
        const y = Math.floor((r + 2) * scale + scale / 2);
        const x = Math.floor((c + 2) * scale + scale / 2);
        expect(pixels[y * (size + 1) + 1 + x] === 0).toBe(code.isDark(r, c));
      }
    }
    const html = await readFile(join(dir, 'out', 'backstage-2024-fall', 'index.html'), 'utf8');
    expect(html.match(/alt="QR code for the tracking link"/g)).toHaveLength(2);
    const without = runCli(['build', SEED_2024, '--out', 'out-noqr', '--format', 'md', '--no-qr'], { cwd: dir });
    expect(without.code).toBe(0);
    expect(
      await readFile(join(dir, 'out-noqr', 'backstage-2024-fall', 'backstage-2024-fall.md'), 'utf8'),
    ).not.toContain('QR code');
  });
});

describe('the terminal', () => {
  it('gives a JSON report with slides, warnings, files and times', () => {
    expect(report.ok).toBe(true);
    expect(report.editions.map((e) => e.stem)).toEqual(['backstage-2022-q3', 'backstage-2024-fall']);
    expect(report.editions[0]).toMatchObject({ slides: 15, warnings: expect.any(Array), seconds: expect.any(Number) });
    expect(report.editions[1]!.files.some((f) => f.endsWith('backstage-2024-fall.pdf'))).toBe(true);
  });

  it('prints only errors with --quiet, plain lines off a terminal, and documents exit codes', () => {
    const quiet = runCli(['build', SEED_2024, '--out', 'out-quiet', '--format', 'md', '--quiet'], { cwd: dir });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    const plain = runCli(['build', SEED_2024, '--out', 'out-plain', '--format', 'md'], { cwd: dir });
    expect(plain.stdout).toMatch(/^✓ backstage-2024-fall {2}2024 Fall {2}\d+ slides/m);
    expect(plain.stdout + plain.stderr).not.toMatch(/\u001b\[/);
    // A format that does not exist is a mistake in the arguments: wrong usage.
    expect(runCli(['build', '--format', 'nope'], { cwd: dir }).code).toBe(2);
    expect(runCli(['no-such-command'], { cwd: dir }).code).toBe(2);
    expect(runCli(['--help']).stdout).toMatch(
      /^Exit codes:\n {2}0 +success\n {2}1 +bad input.*\n {2}2 +wrong usage\n {2}3 +no usable browser\n/m,
    );
  });
});

describe('pages reused between editions', () => {
  it('start each edition in a new document: nothing from the last one (its CSP) applies', () => {
    // One page for both editions: the second deck loads where the first handout was printed.
    const result = runCli(
      ['build', SEED_2022, SEED_2024, '--out', 'out-reuse', '--format', 'html,handout', '--concurrency', '1', '--json'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const reused = JSON.parse(result.stdout) as typeof report;
    expect(reused.editions).toHaveLength(2);
    for (const e of reused.editions) expect(e.warnings).toEqual([]);
    expect(result.stderr).not.toMatch(/blocked/);
  });
});
