#!/usr/bin/env node
/**
 * npm run bench — roadmap-deck measured against marp-cli and against a floor,
 * in one run. Every measurement is a fresh process, as a user would run it;
 * medians of --runs (default 5). Ratios travel between machines; absolute
 * times do not.
 *
 *   npm run bench                   everything
 *   npm run bench -- --quick        skip the largest scaling runs
 *   npm run bench -- --only seeds   one part: seeds | watch | scaling
 *   npm run bench -- --only watch --watch-samples 40   more saves per rate (default 20)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, MARP, ROOT, browserPath, fmt, median, timed, verdict } from './lib.mjs';
import { measureWatchLatency } from './watch-latency.mjs';

const args = process.argv.slice(2);
/** @param {string} name */
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 5);
const only = option('--only');
const quick = args.includes('--quick');
/** @param {'seeds' | 'watch' | 'scaling'} name */
const part = (name) => !only || only === name;
const chrome = browserPath();
const work = mkdtempSync(join(tmpdir(), 'roadmap-deck-bench-'));
const seeds = ['roadmaps/backstage-2022-q3.md', 'roadmaps/backstage-2024-fall.md'].map((f) => join(ROOT, f));
/** @param {string[]} files @param {string} out */
const ours = (files, out, formats = 'md,html,pdf') =>
  timed(process.execPath, [BIN, 'build', ...files, '--format', formats, '--out', out, '--force', '-q'], { node: true });

try {
  console.log(`roadmap-deck bench — median of ${runs} fresh processes per measurement\n`);

  if (part('seeds')) {
    // The Marp Markdown both tools convert, generated once.
    const mdDir = join(work, 'md');
    ours(seeds, mdDir, 'md');
    const decks = readdirSync(mdDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(mdDir, d.name, `${d.name}.md`));
    const theme = join(work, 'theme.css');
    cpSync(join(ROOT, 'templates', 'theme.css'), theme);
    const env = { CHROME_PATH: chrome };
    /** @param {string[]} extra */
    const marp = (extra) => timed(MARP, ['--theme-set', theme, '--browser-path', chrome, ...extra], { env }).seconds;
    // Finished HTML decks for the floor.
    const htmlDir = join(work, 'html');
    ours(seeds, htmlDir, 'html');
    const htmlDecks = readdirSync(htmlDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(htmlDir, d.name, 'index.html'));

    // Warm-up for every tool alike: file-system caches and the browser binary.
    ours(seeds, join(work, 'warm'));
    marp(['--pdf', '-o', join(work, 'warm-marp'), '--input-dir', mdDir]);
    /** @type {Record<'ours' | 'oursPptx' | 'perDeckPdf' | 'perDeckHtml' | 'batchPdf' | 'batchHtml' | 'floor', number[]>} */
    const t = { ours: [], oursPptx: [], perDeckPdf: [], perDeckHtml: [], batchPdf: [], batchHtml: [], floor: [] };
    for (let i = 0; i < runs; i++) {
      t.ours.push(ours(seeds, join(work, `ours-${i}`)).seconds);
      t.oursPptx.push(ours(seeds, join(work, `ours-pptx-${i}`), 'md,html,pdf,pptx').seconds);
      t.perDeckPdf.push(
        decks.reduce((sum, md, k) => sum + marp([md, '--pdf', '-o', join(work, `deck-${i}-${k}.pdf`)]), 0),
      );
      t.perDeckHtml.push(
        decks.reduce((sum, md, k) => sum + marp([md, '--html', '-o', join(work, `deck-${i}-${k}.html`)]), 0),
      );
      t.batchPdf.push(marp(['--pdf', '-o', join(work, `marp-pdf-${i}`), '--input-dir', mdDir]));
      t.batchHtml.push(marp(['--html', '-o', join(work, `marp-html-${i}`), '--input-dir', mdDir]));
      t.floor.push(timed(process.execPath, [join(ROOT, 'bench', 'floor.mjs'), ...htmlDecks], { env }).seconds);
    }
    const m = {
      ours: median(t.ours),
      oursPptx: median(t.oursPptx),
      perDeckPdf: median(t.perDeckPdf),
      perDeckHtml: median(t.perDeckHtml),
      batchPdf: median(t.batchPdf),
      batchHtml: median(t.batchHtml),
      floor: median(t.floor),
    };
    const perDeck = m.perDeckPdf + m.perDeckHtml;
    const batch = m.batchPdf + m.batchHtml;
    console.log('Both Backstage editions (md + html + pdf, fitted):');
    console.log(`  roadmap-deck build                         ${fmt(m.ours)}`);
    console.log(
      `  roadmap-deck build, + pptx                 ${fmt(m.oursPptx)}   (pptx costs ${fmt(m.oursPptx - m.ours)})`,
    );
    console.log(
      `  marp-cli, one process per deck and format  ${fmt(perDeck)}   (pdf ${fmt(m.perDeckPdf)}, html ${fmt(m.perDeckHtml)})`,
    );
    console.log(
      `  marp-cli, one process per format           ${fmt(batch)}   (pdf ${fmt(m.batchPdf)}, html ${fmt(m.batchHtml)})`,
    );
    console.log(`  floor: load finished decks, print PDFs     ${fmt(m.floor)}`);
    console.log('Targets:');
    console.log(
      `  ours / marp-cli per deck      ${(m.ours / perDeck).toFixed(2)}×   ≤ 0.40×  ${verdict(m.ours / perDeck <= 0.4)}`,
    );
    console.log(
      `  ours / marp-cli batched       ${(m.ours / batch).toFixed(2)}×   ≤ 0.40×  ${verdict(m.ours / batch <= 0.4)}`,
    );
    console.log(
      `  ours / floor                  ${(m.ours / m.floor).toFixed(2)}×   ≤ 1.30×  ${verdict(m.ours / m.floor <= 1.3)}`,
    );
    // A build with nothing to do.
    const noopDir = join(work, 'noop');
    ours(seeds, noopDir);
    const noop = median(
      Array.from(
        { length: runs },
        () => timed(process.execPath, [BIN, 'build', ...seeds, '--out', noopDir, '-q'], { node: true }).seconds,
      ),
    );
    console.log(`  no-op build of both seeds     ${fmt(noop)}   < 1 s    ${verdict(noop < 1)}\n`);
  }

  if (part('watch')) {
    const samples = Number(option('--watch-samples') ?? 20);
    const loadBefore = loadavg()[0] ?? 0;
    const rates = await measureWatchLatency(work, seeds, samples);
    /** @param {number} s */
    const ms = (s) => `${(s * 1000).toFixed(0).padStart(4)} ms`;
    console.log(
      `watch: save → the open deck (Chromium) reloaded and showing the change; ${samples} saves per rate, formats md,html,pdf,handout:`,
    );
    for (const r of rates) {
      const ok = r.median < 0.3 && r.p95 < 0.5;
      console.log(
        `  saves ${r.name.padEnd(12)} median ${ms(r.median)}   p95 ${ms(r.p95)}   < 300 / < 500 ms  ${verdict(ok)}`,
      );
    }
    const moved = rates.reduce((n, r) => n + r.moved, 0);
    console.log(
      `  ${moved ? `the deck left its initiative on ${moved} reloads` : 'the deck stayed on its initiative through every reload'}`,
    );
    console.log(
      `  load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${(loadavg()[0] ?? 0).toFixed(2)} on ${cpus().length} cores\n`,
    );
  }

  if (part('scaling')) {
    /** @type {[editions: number, initiatives: number][]} */
    const sizes = quick
      ? [
          [1, 10],
          [1, 50],
          [10, 10],
          [10, 50],
        ]
      : [
          [1, 10],
          [1, 50],
          [1, 200],
          [10, 10],
          [10, 50],
          [10, 200],
          [50, 10],
          [50, 50],
          [50, 200],
        ];
    console.log('Scaling (md + html + pdf; one run each):');
    console.log('  editions × initiatives   slides    time    ms/slide   peak memory (Node)');
    const rows = [];
    for (const [editions, initiatives] of sizes) {
      const dir = join(work, `gen-${editions}x${initiatives}`);
      const files = generateEditions(dir, editions, initiatives);
      const run = ours(files, join(dir, 'out'));
      const slides = readdirSync(join(dir, 'out'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .reduce((sum, d) => sum + JSON.parse(readFileSync(join(dir, 'out', d.name, 'deck.json'), 'utf8')).slides, 0);
      rows.push({ editions, initiatives, slides, seconds: run.seconds, peakMb: run.peakMb });
      console.log(
        `  ${String(editions).padStart(8)} × ${String(initiatives).padEnd(12)} ${String(slides).padStart(6)}  ${fmt(run.seconds).padStart(8)}   ${((run.seconds * 1000) / slides).toFixed(1).padStart(7)}    ${run.peakMb ? `${run.peakMb.toFixed(0)} MB` : 'n/a'}`,
      );
    }
    // Linear in slides: one more slide costs the same in a small build as in a large one. The
    // cost of a slide is measured between 50 and 200 initiatives at each number of editions, so
    // that start-up and per-edition work cancel out.
    const marginal = [];
    for (const editions of [...new Set(rows.map((r) => r.editions))]) {
      const small = rows.find((r) => r.editions === editions && r.initiatives === 50);
      const large = rows.find((r) => r.editions === editions && r.initiatives === 200);
      if (small && large)
        marginal.push({ editions, ms: ((large.seconds - small.seconds) * 1000) / (large.slides - small.slides) });
    }
    if (marginal.length >= 2) {
      const spread = Math.max(...marginal.map((m) => m.ms)) / Math.min(...marginal.map((m) => m.ms));
      console.log(
        `  one more slide costs ${marginal.map((m) => `${m.ms.toFixed(1)} ms (${m.editions} edition${m.editions === 1 ? '' : 's'})`).join(', ')}`,
      );
      console.log(
        `  varies ${spread.toFixed(2)}× with the size of the build   (linear: ≤ 1.5×)  ${verdict(spread <= 1.5)}`,
      );
    }
    const largest = rows.find((r) => r.editions === 50 && r.initiatives === 200);
    if (largest?.peakMb)
      console.log(
        `  peak memory at 50 × 200: ${largest.peakMb.toFixed(0)} MB   ≤ 300 MB  ${verdict(largest.peakMb <= 300)}`,
      );
  }
} finally {
  rmSync(work, { recursive: true, force: true, maxRetries: 5 });
}

/**
 * Editions of one made-up roadmap: sections of ten initiatives, each a paragraph and a link.
 *
 * @param {string} dir
 * @param {number} editions
 * @param {number} initiatives
 */
function generateEditions(dir, editions, initiatives) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let e = 0; e < editions; e++) {
    const lines = [
      '---',
      `title: Bench roadmap`,
      `project: Bench`,
      `date: ${2000 + e}-01-01`,
      '---',
      '',
      `# Bench roadmap ${2000 + e}`,
      '',
    ];
    for (let i = 0; i < initiatives; i++) {
      if (i % 10 === 0) lines.push(`## Theme ${i / 10 + 1}`, '', 'Initiatives of this theme.', '');
      lines.push(
        `### Initiative ${(i + e * 3) % (initiatives + 5)} of theme ${Math.floor(i / 10) + 1}`,
        '',
        `This initiative improves part ${i} of the project for its users. It ships in steps, with a design review first, ` +
          `then an implementation behind a flag, and finally documentation and a release note. See the [tracking issue](https://example.org/issues/${i}).`,
        '',
      );
    }
    const file = join(dir, `bench-${String(e).padStart(3, '0')}.md`);
    writeFileSync(file, lines.join('\n'));
    files.push(file);
  }
  return files;
}
