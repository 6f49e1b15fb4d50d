/**
 * Author notes end to end: the page's comments and the notes file beside it
 * reach the speaker notes (above the generated text) and, when asked, the
 * handout; they never reach a slide, never become a directive or HTML, a
 * change to the notes file rebuilds the deck, and watch sees it.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/build.js';
import { launchBrowser, type BrowserSession } from '../../src/export/browser/launch.js';
import { watchSources } from '../../src/watch/sources.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/paths.js';

const PAGE = `---
project: Kite
edition: 2025 Spring
---

# Kite Roadmap

Kite flies builds to the cloud.

## Now

### Remote cache

Build outputs are shared between machines. <!-- Demo the cache hit rate: 93% on CI. -->

<!--
---
theme: gaia
_class: invert
-->

### Sandboxed steps

Every build step runs in its own sandbox.

## How to help

Open an issue.
`;

const NOTES = `# Notes for the spring deck

## Remote cache

Thank the infra team.
<script>alert(1)</script> -->
---
theme: gaia

## sandboxed-steps

Ask who runs Kite on Windows.

## Retired feature

Not on the page any more.
`;

let session: BrowserSession;
let dir: string;
const page = () => join(dir, 'roadmaps', 'kite-2025-spring.md');
const notesOf = async () =>
  JSON.parse(
    /<script type="application\/json" id="rd-notes">([\s\S]*?)<\/script>/.exec(
      await readFile(join(dir, 'out', 'kite-2025-spring', 'index.html'), 'utf8'),
    )![1]!,
  ) as string[];
const handoutText = () =>
  execFileSync('pdftotext', ['-layout', join(dir, 'out', 'kite-2025-spring', 'kite-2025-spring-handout.pdf'), '-'], {
    encoding: 'utf8',
  });

beforeAll(async () => {
  session = await launchBrowser();
  dir = await tempDir();
  await mkdir(join(dir, 'roadmaps'));
  await writeFile(page(), PAGE);
  await writeFile(join(dir, 'roadmaps', 'kite-2025-spring.notes.md'), NOTES);
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('author notes', () => {
  it('go to the speaker notes, above the generated text, and nowhere on the slides', async () => {
    const result = await build({
      files: [page()],
      outDir: join(dir, 'out'),
      formats: ['md', 'html', 'handout'],
      browser: session,
      handoutNotes: true,
    });
    expect(result.failures).toEqual([]);
    const edition = result.editions[0]!;
    // The notes file's heading that names nothing is a warning at its line.
    expect(edition.warnings.filter((w) => w.rule === 'unmatched-notes').map((w) => `${w.file}:${w.line}`)).toEqual([
      `${join(dir, 'roadmaps', 'kite-2025-spring.notes.md')}:14`,
    ]);
    const notes = await notesOf();
    const cache = notes[edition.exported!.slides.find((s) => s.title === 'Remote cache')!.number - 1]!;
    expect(cache).toBe(
      [
        'Speaker notes — Remote cache',
        '',
        'Author notes:',
        'Demo the cache hit rate: 93% on CI.',
        '',
        '---',
        'theme: gaia',
        '_class: invert',
        '',
        'Thank the infra team.',
        '<script>alert(1)</script> --\u200b>',
        '---',
        'theme: gaia',
        '',
        'Section: Now · Status: In progress',
        '',
        'Build outputs are shared between machines.',
      ].join('\n'),
    );
    const sandbox = notes[edition.exported!.slides.find((s) => s.title === 'Sandboxed steps')!.number - 1]!;
    expect(sandbox).toContain('Author notes:\nAsk who runs Kite on Windows.\n\nSection: Now');
    // Not on a slide, not a directive, not HTML: same slides, same theme, no script.
    const html = await readFile(join(dir, 'out', 'kite-2025-spring', 'index.html'), 'utf8');
    const slides = html.slice(0, html.indexOf('id="rd-notes"'));
    expect(slides).not.toContain('cache hit rate');
    expect(slides).not.toContain('infra team');
    expect(html).not.toContain('<script>alert');
    expect(edition.slides).toBe(6);
    expect([...html.matchAll(/<section [^>]*data-theme="([^"]+)"/g)].map((m) => m[1])).toEqual(
      Array(6).fill('roadmap-deck'),
    );
    expect(html).not.toMatch(/<section [^>]*class="[^"]*invert/);
  });

  it('are printed in the handout above the full text when asked, as text', () => {
    const text = handoutText();
    const at = text.indexOf('Author notes');
    expect(at).toBeGreaterThan(0);
    expect(text.indexOf('Demo the cache hit rate')).toBeGreaterThan(at);
    expect(text.indexOf('<script>alert(1)</script> -->')).toBeGreaterThan(at);
    expect(text.indexOf('Build outputs are shared between machines.', at)).toBeGreaterThan(
      text.indexOf('Thank the infra team.'),
    );
  });

  it('are not in the handout unless asked', async () => {
    await build({ files: [page()], outDir: join(dir, 'plain'), formats: ['handout'], browser: session });
    const text = execFileSync(
      'pdftotext',
      [join(dir, 'plain', 'kite-2025-spring', 'kite-2025-spring-handout.pdf'), '-'],
      { encoding: 'utf8' },
    );
    expect(text).not.toContain('Author notes');
    expect(text).not.toContain('infra team');
    expect(text).toContain('Build outputs are shared between machines.');
  });

  it('rebuild the deck when the notes file changes (and only then)', async () => {
    const options = {
      files: [page()],
      outDir: join(dir, 'out'),
      formats: ['md' as const, 'html' as const, 'handout' as const],
      browser: session,
      handoutNotes: true,
    };
    expect((await build(options)).editions[0]!.skipped).toBe(true);
    await writeFile(
      join(dir, 'roadmaps', 'kite-2025-spring.notes.md'),
      NOTES.replace('Thank the infra team.', 'Thank the release team.'),
    );
    const again = await build(options);
    expect(again.editions[0]!.skipped).toBe(false);
    expect((await notesOf()).join('\n')).toContain('Thank the release team.');
  });

  it('are watched: saving the notes file is a change', async () => {
    const changes: unknown[] = [];
    const watcher = watchSources({
      pageDirs: [join(dir, 'roadmaps')],
      templates: join(dir, 'no-templates'),
      onChange: (c) => changes.push(c),
      say: () => undefined,
    });
    try {
      await new Promise((r) => setTimeout(r, 50));
      await writeFile(join(dir, 'roadmaps', 'kite-2025-spring.notes.md'), NOTES);
      for (let i = 0; i < 40 && !changes.length; i++) await new Promise((r) => setTimeout(r, 50));
      expect(changes).toEqual([{ config: false }]);
    } finally {
      watcher.close();
    }
  });
});

describe('--handout-notes', () => {
  it('needs one slide per handout page, said before any work', async () => {
    const cli = runCli(['build', page(), '--out', join(dir, 'never'), '--handout-notes', '--handout-layout', '4']);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain(
      "--handout-notes needs --handout-layout 1: author notes print above each initiative's full text, which only the one-slide-per-page handout has (the layout is 4)",
    );
    await writeFile(join(dir, 'roadmap-deck.config.json'), '{\n  "handoutLayout": 2,\n  "handoutNotes": true\n}\n');
    const config = runCli(['build', page(), '--out', join(dir, 'never')], { cwd: dir });
    expect(config.code).toBe(1);
    expect(config.stderr).toContain('roadmap-deck.config.json:3: config key "handoutNotes" needs "handoutLayout": 1');
  });
});
