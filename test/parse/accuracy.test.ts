/**
 * The accuracy ratchet (see `npm run accuracy` for the full report): every
 * corpus page that the parser reads exactly right stays exactly right, and
 * F1 over the corpus does not drop below the recorded baseline. When a change
 * makes more pages right, record it with
 *
 *   UPDATE=1 npx vitest run test/parse/accuracy.test.ts
 *
 * which refuses to record a worse reading. Lowering the bar on purpose means
 * editing test/fixtures/corpus/accuracy-baseline.json by hand, in review.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineOf, formatBaseline, improvements, regressions, type Baseline } from '../accuracy/baseline.js';
import { BASELINE_FILE, scoreCorpus } from '../accuracy/corpus.js';
import { details } from '../accuracy/report.js';
import { summarize } from '../accuracy/score.js';
import { ROOT } from '../helpers/paths.js';

const UPDATE = process.env.UPDATE === '1';

describe('accuracy against the corpus truth', () => {
  it('loses no exactly right page and no F1', async () => {
    const scores = await scoreCorpus();
    const now = baselineOf(scores, summarize(scores));
    const recorded = existsSync(BASELINE_FILE)
      ? (JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline)
      : undefined;
    const worse = recorded ? regressions(now, recorded) : [];
    // What went wrong on each page that regressed, so the failure explains itself.
    const why = scores
      .filter((s) => worse.some((w) => w.startsWith(`${s.page} `)))
      .flatMap((s) => [s.page, ...details(s).map((l) => `  ${l}`)]);
    if (UPDATE) {
      expect(worse, `refusing to record a worse baseline:\n${why.join('\n')}`).toEqual([]);
      if (!recorded || formatBaseline(now) !== formatBaseline(recorded))
        writeFileSync(BASELINE_FILE, formatBaseline(now));
      return;
    }
    expect(recorded, 'no baseline: run UPDATE=1 npx vitest run test/parse/accuracy.test.ts').toBeDefined();
    expect(worse, why.join('\n')).toEqual([]);
    const better = improvements(now, recorded!);
    if (better.length)
      console.info(
        `accuracy improved (${better.join('; ')}): record it with UPDATE=1 npx vitest run test/parse/accuracy.test.ts`,
      );
    // It reads and scores every corpus page: more time than a unit test's, on a busy machine too.
  }, 120_000);

  it('has a baseline on disk no worse than the committed one', () => {
    // Catches a bar lowered in the working tree; in a fresh clone both are the same file.
    const path = relative(ROOT, BASELINE_FILE).split('\\').join('/');
    let committed: string;
    try {
      committed = execFileSync('git', ['show', `HEAD:${path}`], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      return; // Not a git checkout, or the baseline is not committed yet.
    }
    const onDisk = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
    expect(regressions(onDisk, JSON.parse(committed) as Baseline)).toEqual([]);
  });
});
