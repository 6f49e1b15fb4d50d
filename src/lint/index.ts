/**
 * lint: diagnostics for a roadmap file, from its source and its model. Also
 * predicts which initiatives will need shortening on a slide.
 */
import { loadAuthorNotes } from '../load/author-notes.js';
import { readSource, type RoadmapSource } from '../load/read-source.js';
import { repositoryHints } from '../load/repository.js';
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import { allInitiatives } from '../model/types.js';
import { parseInThread } from '../build/parse-thread.js';
import type { ParseOptions } from '../parse/index.js';
import { toRoadmapError } from '../errors.js';
import { canonicalTag, catalogueLanguage, LANGUAGES } from '../i18n/index.js';
import { unitCount } from '../render/fit-plan.js';
import { workKeyOf } from '../parse/front-matter-work.js';

/** Front-matter keys that roadmap-deck reads. */
const OWN_KEYS = ['title', 'description', 'edition', 'date', 'url', 'project', 'lang'];
/** Keys site generators use (Docusaurus, Hugo, Jekyll, MkDocs, Pelican…): known, not ours, harmless. */
const SITE_KEYS = [
  'id',
  'slug',
  'sidebar_label',
  'sidebar_position',
  'sidebar_class_name',
  'tags',
  'keywords',
  'image',
  'hide_title',
  'hide_table_of_contents',
  'pagination_label',
  'pagination_next',
  'pagination_prev',
  'custom_edit_url',
  'displayed_sidebar',
  'linkTitle',
  'weight',
  'type',
  'draft',
  'aliases',
  'menu',
  'layout',
  'toc',
  'toc_hide',
  'categories',
  'author',
  'authors',
  'permalink',
  'sort_rank',
  'nav_order',
  'parent',
  'has_children',
  'summary',
  'lastmod',
  'last_update',
  'publishDate',
  'template',
  'hide',
  'search',
  'status',
  'sidebar',
  'order',
  'lang',
  'comments',
  'redirect_from',
  'icon',
  'cascade',
  // Pelican and MultiMarkdown metadata lines ("Modified: 2021-06-10", "Save_as: roadmap.html").
  'modified',
  'save_as',
  'category',
  'translation',
];
/** Marp global directives: a roadmap page cannot restyle the deck with them. */
const MARP_KEYS = [
  'marp',
  'theme',
  'paginate',
  'headingDivider',
  'style',
  'size',
  'math',
  'class',
  'backgroundColor',
  'backgroundImage',
  'color',
  'header',
  'footer',
  'lang',
  'transition',
];

/** Rough capacity of a slide in words, at full text size (1280×720, default theme). */
const WORDS_PER_SLIDE = 140;
const MIN_SCALE = 0.6;

export interface LintResult {
  file: string;
  diagnostics: Diagnostic[];
  edition?: RoadmapEdition;
}

export async function lintFile(file: string, options: ParseOptions = {}): Promise<LintResult> {
  let source: RoadmapSource;
  try {
    source = await readSource(file);
  } catch (error) {
    return { file, diagnostics: [fatal(file, error)] };
  }
  const diagnostics: Diagnostic[] = [];
  const fm = source.frontMatter;
  // The list a site keeps its roadmap in is read as the page's work, when the body holds none.
  const workKey = workKeyOf(fm.data);
  for (const key of Object.keys(fm.data)) {
    const line = fm.keyLines[key] ?? 1;
    if (MARP_KEYS.includes(key) && !OWN_KEYS.includes(key)) {
      diagnostics.push({
        file,
        line,
        column: 1,
        severity: 'warning',
        rule: 'marp-directive-ignored',
        message: `front-matter key "${key}" is a Marp directive; decks are styled by roadmap-deck's own configuration, so it is ignored`,
      });
    } else if (!OWN_KEYS.includes(key) && !SITE_KEYS.includes(key) && key !== workKey) {
      diagnostics.push({
        file,
        line,
        column: 1,
        severity: 'warning',
        rule: 'unknown-front-matter-key',
        message: `unknown front-matter key "${key}" (roadmap-deck reads: ${OWN_KEYS.join(', ')})`,
      });
    }
  }
  const lang = languageProblem(fm.data.lang);
  if (lang)
    diagnostics.push({
      file,
      line: fm.keyLines.lang ?? 1,
      column: 1,
      severity: 'warning',
      rule: 'language',
      message: lang,
    });
  let edition: RoadmapEdition;
  try {
    const parsed = await parseInThread(source, undefined, { ...(await repositoryHints(file)), ...options });
    edition = parsed.edition;
    // An ambiguous page is worth a warning here (build keeps quiet about it); what is read as
    // context rather than work is named, so nothing leaves the deck unnoticed.
    diagnostics.push(
      ...parsed.diagnostics.map((d) => (d.rule === 'ambiguous-structure' ? { ...d, severity: 'warning' as const } : d)),
    );
    for (const d of parsed.explanation.decisions) {
      if (d.reading !== 'context' && d.reading !== 'excluded') continue;
      diagnostics.push({
        file,
        line: d.line,
        column: 1,
        severity: 'info',
        rule: 'not-work',
        message: `"${d.title}" is not an initiative (${d.why}); it is kept in the introduction and the speaker notes`,
      });
    }
  } catch (error) {
    return { file, diagnostics: [...diagnostics, fatal(file, error)] };
  }
  diagnostics.push(...modelDiagnostics(edition));
  // The author notes beside the page: headings that name no initiative, a file that may not be read.
  diagnostics.push(...(await loadAuthorNotes(edition, file)));
  diagnostics.sort(
    (a, b) => Number(a.file !== file) - Number(b.file !== file) || a.line - b.line || a.column - b.column,
  );
  return { file, diagnostics, edition };
}

/** What is wrong with a front-matter `lang`, if anything. */
function languageProblem(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const tag = canonicalTag(value);
  if (!tag)
    return `front-matter "lang" is not a language tag (got ${JSON.stringify(value)}); use one such as ${LANGUAGES.join(', ')}`;
  if (!catalogueLanguage(tag))
    return `the deck's own words are not translated into "${tag}": they will be in English (translated: ${LANGUAGES.join(', ')})`;
  return undefined;
}

function fatal(file: string, error: unknown): Diagnostic {
  const e = toRoadmapError(error, { file });
  return {
    file: e.file ?? file,
    line: e.line ?? 1,
    column: e.column ?? 1,
    severity: 'error',
    message: e.message,
    rule: e.code.toLowerCase().replace(/^e_/, '').replace(/_/g, '-'),
  };
}

function modelDiagnostics(edition: RoadmapEdition): Diagnostic[] {
  const file = edition.source.file;
  const out: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const initiative of allInitiatives(edition)) {
    const where = { file, line: initiative.position.line, column: initiative.position.column };
    if (!initiative.text.trim()) {
      out.push({
        ...where,
        severity: 'warning',
        rule: 'missing-description',
        message: `initiative "${initiative.title}" has no description`,
      });
    }
    // Letters and digits of any script: two Japanese titles are not the same because neither has Latin letters.
    const key = initiative.title
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const first = seen.get(key);
    if (first !== undefined) {
      out.push({
        ...where,
        severity: 'warning',
        rule: 'duplicate-title',
        message: `initiative "${initiative.title}" has the same title as the one on line ${first}`,
      });
    } else {
      seen.set(key, initiative.position.line);
    }
    const units = unitCount(initiative.body);
    const capacity = WORDS_PER_SLIDE / (MIN_SCALE * MIN_SCALE);
    if (initiative.words > capacity || units > 24) {
      out.push({
        ...where,
        severity: 'warning',
        rule: 'initiative-too-long',
        message: `initiative "${initiative.title}" (${initiative.words} words) is too long for one slide even at ${MIN_SCALE * 100}% text size; the slide will be shortened and the full text kept in the notes and handout`,
      });
    } else if (initiative.words > WORDS_PER_SLIDE || units > 12) {
      out.push({
        ...where,
        severity: 'info',
        rule: 'initiative-long',
        message: `initiative "${initiative.title}" (${initiative.words} words) will be shown in smaller text to fit its slide`,
      });
    }
  }
  return out;
}
