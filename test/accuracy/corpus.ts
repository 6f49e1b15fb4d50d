/**
 * The measured pages: every truth file in test/fixtures/corpus/truth/ names
 * its page by `file`; corpus pages sit beside the truth folder, the two seed
 * editions in roadmaps/. The only module here that reads files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editionOverrides, loadConfig } from '../../src/config.js';
import { RoadmapError } from '../../src/errors.js';
import { readSource } from '../../src/load/read-source.js';
import { isGenericFolder, repositoryNames } from '../../src/load/repository.js';
import { stemOf } from '../../src/inputs.js';
import type { RoadmapEdition } from '../../src/model/types.js';
import { parseRoadmap, type ParseOptions } from '../../src/parse/index.js';
import { CORPUS, ROADMAPS, ROOT } from '../helpers/paths.js';
import { pageModelOf } from './model.js';
import { scorePage, type PageScore } from './score.js';
import type { Truth } from './truth.js';

export const CORPUS_DIR = CORPUS;
export const TRUTH_DIR = join(CORPUS_DIR, 'truth');
export const BASELINE_FILE = join(CORPUS_DIR, 'accuracy-baseline.json');

export interface CorpusPage {
  /** File name without `.md`: the key in reports, baselines and golden files. */
  name: string;
  /** Absolute path of the roadmap page. */
  file: string;
  truth: Truth;
  /** Where the page's golden model is kept (seeds included, so roadmaps/ holds only roadmaps). */
  golden: string;
}

/** Every page that has a truth file, in file-name order. */
export function corpusPages(): CorpusPage[] {
  return readdirSync(TRUTH_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const truth = JSON.parse(readFileSync(join(TRUTH_DIR, f), 'utf8')) as Truth;
      const name = truth.file.replace(/\.md$/, '');
      const file = [join(CORPUS_DIR, truth.file), join(ROADMAPS, truth.file)].find((path) => existsSync(path));
      if (!file)
        throw new Error(`truth/${f} names ${truth.file}, which is neither in test/fixtures/corpus/ nor in roadmaps/`);
      return { name, file, truth, golden: join(CORPUS_DIR, `${name}.model.json`) };
    });
}

export type ParsedPage = { edition: RoadmapEdition } | { error: string };

/**
 * Parses a page as `roadmap-deck inspect` would. Corpus pages get no config
 * options (a new user's page, no config); the seeds get this repository's own config,
 * which is what builds them. The repository config is not applied to corpus
 * pages even where its `backstage-*` pattern would match a name: that would
 * hand the parser answers the page does not give.
 * A refusal (a RoadmapError) is a result to score; any other error is a bug and is thrown.
 */
export async function parsePage(page: CorpusPage): Promise<ParsedPage> {
  try {
    // The repository's names are passed as inspect passes them: the pages live in this
    // repository, so this also checks that a page is never named after the repository it sits in.
    const home = homeOf(page.truth);
    const options = {
      ...(page.file.startsWith(ROADMAPS) ? await seedOptions(page.name) : {}),
      ...(home
        ? { repository: isGenericFolder(home.repository) ? [] : [home.repository], gitHubRepository: home.gitHub }
        : { repository: await repositoryNames(page.file) }),
    };
    const source = await readSource(page.file);
    return { edition: parseRoadmap(home ? { ...source, stem: home.stem } : source, options).edition };
  } catch (error) {
    if (error instanceof RoadmapError) return { error: `${error.code}: ${error.message}` };
    throw error;
  }
}

/**
 * Where a real page lives: its file name there ("ROADMAP", not the fixture's
 * "owner-repo-ROADMAP") and its repository's name, as `inspect` would find them in a
 * clone of that repository (git remote, folder; the sources are GitHub repositories). From the truth's `source`,
 * "owner/repo path@commit"; undefined for pages without one.
 */
export function homeOf(truth: Truth): { stem: string; repository: string; gitHub: string } | undefined {
  const match = /^([^/\s]+)\/([^/\s]+) (\S+)@[0-9a-f]+$/.exec(truth.source ?? '');
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { repository: match[2], stem: stemOf(match[3]), gitHub: `${match[1]}/${match[2]}` };
}

let config: ReturnType<typeof loadConfig> | undefined;

async function seedOptions(stem: string): Promise<ParseOptions> {
  config ??= loadConfig({ cwd: ROOT });
  const loaded = (await config).config;
  const overrides = editionOverrides(loaded, stem);
  const options: ParseOptions = {
    baseUrl: overrides.url ?? loaded.url,
    label: overrides.label,
    title: overrides.title,
    project: overrides.project ?? loaded.project,
    date: overrides.date,
  };
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

/** Parses and scores the given pages (all of them by default), in order. */
export async function scoreCorpus(pages: CorpusPage[] = corpusPages()): Promise<PageScore[]> {
  const scores: PageScore[] = [];
  for (const page of pages) {
    const parsed = await parsePage(page);
    scores.push(scorePage(page.name, page.truth, 'edition' in parsed ? pageModelOf(parsed.edition) : parsed));
  }
  return scores;
}
