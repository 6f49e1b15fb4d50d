/**
 * Which editions a build must render: an edition whose inputs (its page, its model, the previous
 * edition's diff, templates, brand, config, formats, options and this version) are as they were
 * when its outputs were made is skipped, its result taken from the cache.
 */
import { readFile } from 'node:fs/promises';
import type { EditionResult, BuildEvent, BuildOptions } from '../build.js';
import type { RoadmapDeckConfig } from '../config.js';
import type { EditionDiff } from '../editions/diff.js';
import type { ExportOptions } from '../export/edition.js';
import type { Format } from '../formats.js';
import { stemOf } from '../inputs.js';
import type { RoadmapEdition } from '../model/types.js';
import type { BrandStyle } from '../render/brand.js';
import type { RenderOptions } from '../render/index.js';
import { VERSION } from '../version.js';
import { cacheKey, isFresh, type BuildCache } from './cache.js';
import type { Engine, Todo } from './export-all.js';
import type { LoadedEdition } from './load-editions.js';

/** True when some input file is not in the cache as it is now (so a browser will be needed). */
export async function anySourceChanged(files: string[], formats: Format[], cache: BuildCache): Promise<boolean> {
  for (const file of files) {
    const stem = stemOf(file);
    const entry = cache[`${stem}|${formats.join(',')}`];
    if (!entry?.sourceHash) return true;
    try {
      const text = (await readFile(file, 'utf8')).replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
      if (cacheKey([text]) !== entry.sourceHash) return true;
    } catch {
      // Unreadable: the build will report it; no browser needed for that.
    }
  }
  return false;
}

/** The "What changed" slide and NEW / CONTINUED badges, when there is a previous edition. */
function renderDiff(diff: EditionDiff | undefined, engine: Engine, lang: string): RenderOptions {
  if (!diff) return {};
  const words = engine.wordsFor(lang);
  return { changes: engine.changeMarks(diff, words), extraSlides: [engine.changeSlide(diff, words)] };
}

export interface FreshnessInput {
  engine: Engine;
  diffs: Map<RoadmapEdition, EditionDiff>;
  cache: BuildCache;
  force: boolean;
  extraSlides: BuildOptions['extraSlides'];
  exportOptions: ExportOptions;
  templateSources: unknown;
  brand: BrandStyle | undefined;
  config: RoadmapDeckConfig;
  formats: Format[];
  onEvent: ((event: BuildEvent) => void) | undefined;
}

/** Results of the editions that are fresh (reported as done), and the work for the others. */
export async function sortByFreshness(
  editions: LoadedEdition[],
  input: FreshnessInput,
): Promise<{ results: EditionResult[]; todo: Todo[] }> {
  const { engine, diffs, cache, exportOptions, templateSources, brand, config, formats } = input;
  const results: EditionResult[] = [];
  const todo: Todo[] = [];
  for (const e of editions) {
    const diff = diffs.get(e.edition);
    const lang = e.language.tag;
    const render: RenderOptions = { ...exportOptions.render, ...renderDiff(diff, engine, lang), lang };
    const extra = input.extraSlides?.[e.edition.source.stem];
    if (extra) render.extraSlides = [...(render.extraSlides ?? []), ...extra];
    const key = cacheKey([
      extra,
      VERSION,
      e.source.text,
      e.edition,
      diff,
      templateSources,
      brand,
      config,
      formats,
      exportOptions,
    ]);
    const slot = `${e.edition.source.stem}|${formats.join(',')}`;
    const entry = cache[slot];
    if (!input.force && (await isFresh(entry, key))) {
      const result: EditionResult = {
        file: e.file,
        stem: e.edition.source.stem,
        edition: e.edition,
        slides: entry!.slides,
        files: entry!.files,
        warnings: [
          ...e.diagnostics,
          ...entry!.warnings.filter((w) => !e.diagnostics.some((d) => d.rule === w.rule && d.line === w.line)),
        ],
        blocked: [],
        seconds: 0,
        skipped: true,
        ...(diff ? { diff } : {}),
      };
      results.push(result);
      input.onEvent?.({ type: 'edition-done', file: e.file, result });
    } else {
      const renderKey = cacheKey([e.edition, render, templateSources, brand]);
      todo.push({ loaded: e, key, renderKey, render, slot, sourceHash: cacheKey([e.source.text]) });
    }
  }
  return { results, todo };
}
