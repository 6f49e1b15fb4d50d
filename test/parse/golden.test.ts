/**
 * Golden models of the 28 corpus pages and the two seeds
 * (test/fixtures/corpus/<page>.model.json): every change in how the parser
 * reads a page shows as a diff here. When the change is intended, review the
 * diff and accept it with
 *
 *   UPDATE=1 npx vitest run test/parse/golden.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusPages, parsePage } from '../accuracy/corpus.js';
import { goldenOf } from '../accuracy/golden.js';

const UPDATE = process.env.UPDATE === '1';
const pages = corpusPages();

describe('golden models', () => {
  it.each(pages.map((page) => [page.name, page] as const))('%s reads as its golden model', async (_, page) => {
    const actual = goldenOf(await parsePage(page));
    const expected = existsSync(page.golden) ? readFileSync(page.golden, 'utf8') : undefined;
    if (UPDATE) {
      if (actual !== expected) writeFileSync(page.golden, actual);
      return;
    }
    expect(
      expected,
      `${page.name}.model.json is missing: run UPDATE=1 npx vitest run test/parse/golden.test.ts`,
    ).toBeDefined();
    expect(
      actual,
      `${page.name}: the model changed. Review the diff; if it is intended, run UPDATE=1 npx vitest run test/parse/golden.test.ts`,
    ).toBe(expected);
  });

  it('keeps no golden model for a page that is gone', () => {
    const names = new Set(pages.map((page) => `${page.name}.model.json`));
    expect(readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.model.json') && !names.has(f))).toEqual([]);
  });
});
