/**
 * The page's published URL (front matter or config `url`) becomes a link on
 * the title and closing slides and the base of relative links: only an
 * absolute http(s) URL is taken, anything else is a warning at its line and
 * no link in any output.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { tempDir } from '../helpers/paths.js';

const page = (url: string) =>
  `---\ntitle: Acme Roadmap\nurl: ${JSON.stringify(url)}\n---\n\n# Acme Roadmap\n\n## Now\n\n### One\n\nSee [the notes](notes.md).\n`;
const parse = (url: string, baseUrl?: string) =>
  parseRoadmap(sourceFromBytes('page.md', Buffer.from(page(url))), baseUrl ? { baseUrl } : {});

describe('published url', () => {
  const refused = [
    'smb://evil.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'mailto:a@example.org',
    'notes/page',
    '/absolute/path',
    'https://',
  ];
  it.each(refused)('%j is no link, with a warning at the front matter line', (url) => {
    const { edition, diagnostics } = parse(url);
    expect(edition.source.baseUrl).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ file: 'page.md', line: 3, severity: 'warning', rule: 'unsafe-link' }),
    );
    expect(JSON.stringify(edition)).not.toMatch(/smb:|ms-msdt|javascript|data:|file:|mailto/i);
  });

  it('an http(s) URL is taken, and relative links resolve against it', () => {
    const { edition, diagnostics } = parse('https://acme.example/roadmap/');
    expect(edition.source.baseUrl).toBe('https://acme.example/roadmap/');
    expect(edition.links.map((l) => l.url)).toContain('https://acme.example/roadmap/notes');
    expect(diagnostics.filter((d) => d.rule === 'unsafe-link')).toEqual([]);
  });

  it("the config's url is held to the same rule", () => {
    const { edition, diagnostics } = parse('https://acme.example/', 'smb://evil.example/share');
    expect(edition.source.baseUrl).toBeUndefined();
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ rule: 'unsafe-link', message: expect.stringContaining('config url') }),
    );
  });
});

describe('in every output', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('a smb:, ms-msdt: or javascript: url reaches no deck, PDF, handout or index page', async () => {
    const dir = await tempDir();
    const urls = { smb: 'smb://evil.example/share', msdt: 'ms-msdt:/id PCWDiagnostic', js: 'javascript:alert(1)' };
    for (const [name, url] of Object.entries(urls)) await writeFile(join(dir, `${name}.md`), page(url));
    const outDir = join(dir, 'out');
    const result = await build({
      files: Object.keys(urls).map((name) => join(dir, `${name}.md`)),
      outDir,
      browser: session,
      formats: ['md', 'html', 'pdf', 'handout'],
      diff: false,
    });
    expect(result.failures).toEqual([]);
    for (const edition of result.editions) {
      expect(edition.warnings).toContainEqual(expect.objectContaining({ rule: 'unsafe-link', line: 3 }));
      for (const file of edition.files) {
        const text = file.endsWith('.pdf')
          ? execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) + (await readFile(file, 'latin1'))
          : await readFile(file, 'utf8');
        expect({ file, hit: /smb:|ms-msdt|javascript:/i.exec(text)?.[0] }).toEqual({ file, hit: undefined });
      }
    }
    expect(await readFile(join(outDir, 'index.html'), 'utf8')).not.toMatch(/smb:|ms-msdt|javascript:/i);
  });
});
