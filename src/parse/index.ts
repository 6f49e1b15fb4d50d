/**
 * parse: RoadmapSource → RoadmapEdition. A pure function of the source text
 * and options; the file system is never touched here.
 */
import { untrackShared } from './shared-trackers.js';
import type { Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import { LimitExceededError, NoInitiativesError } from '../errors.js';
import { parsePage } from './content-tabs.js';
import { checkNesting, MAX_INITIATIVES, precheckInlineMarkup, precheckNesting } from './guard.js';
import type { RoadmapSource } from '../load/read-source.js';
import { frontMatterString } from '../load/front-matter.js';
import type { Diagnostic, RoadmapEdition, Section } from '../model/types.js';
import { cleanTree } from './clean.js';
import { commentNotes, readComments } from './author-comments.js';
import { linkReferences } from './references.js';
import { revealHiddenInLinks, revealReorderingInTitles } from './hidden-characters.js';
import { legendMarkerIn, legendStatus, readLegend, type Legend } from './legend.js';
import { editionMetaOf, type Naming } from './edition-meta.js';
import { linksIn } from './item-lists.js';
import { resolveUrl } from './links.js';
import { anchorText, positionOf, walk } from './markdown.js';
import { markTermKeys } from './term-keys.js';
import { markTablesAlike } from './tables-alike.js';
import { buildOutline } from './outline.js';
import { readWikiLinks } from './wikilinks.js';
import { extractStructure, type Explanation, type SectionDraft, type StructureOptions } from './structure/index.js';
import { isCalendarDate, parseLooseDate } from './period.js';
import { collectLinks, dedupeLinks, LinkResolver } from './resolve-links.js';
import { toClosing, toSection } from './to-model.js';
import { tellSectionsApart } from './section-names.js';
import { frontMatterWork } from './front-matter-work.js';

const countInitiatives = (sections: SectionDraft[]) => sections.reduce((n, s) => n + s.initiatives.length, 0);

export { MAX_INITIATIVES, MAX_NESTING } from './guard.js';

export interface ParseOptions {
  /** Published URL of the page, for relative links. Overrides front matter `url`. */
  baseUrl?: string;
  title?: string;
  label?: string;
  project?: string;
  date?: string;
  /**
   * Names of the repository the page lives in (package.json name, git remote,
   * folder; see load/repository.ts). A hint only: used where the page itself writes one.
   */
  repository?: string[];
  /**
   * The GitHub repository ("owner/name") whose clone holds the page, from its git remote. GitHub
   * shows a bare "#123" in the page as a link to that repository's issue; so does the deck.
   */
  gitHubRepository?: string;
  /** Where the initiatives are, when the page's config says so instead of inference. */
  initiatives?: Omit<StructureOptions, 'exclude'>;
  /** Headings and items (by title, `*` wildcard) that are not initiatives. */
  exclude?: string[];
}

export interface ParseResult {
  edition: RoadmapEdition;
  /** Problems found while parsing (unresolvable links…), for `lint` and `build` warnings. */
  diagnostics: Diagnostic[];
  /** How the page was read: candidate levels, every decision and its reason (`inspect --explain`). */
  explanation: Explanation;
  /** How the title, project name and label were chosen (`inspect --explain`). */
  naming: Naming;
}

export function parseRoadmap(source: RoadmapSource, options: ParseOptions = {}): ParseResult {
  const diagnostics: Diagnostic[] = [];
  precheckNesting(source.body, source.file);
  precheckInlineMarkup(source.body, source.file);
  const root = parsePage(source.body);
  checkNesting(root, source.file);
  // Comments are the author's notes; cleaning drops them, so they are read first.
  const comments = readComments(root);
  readWikiLinks(root);
  const cleaned = cleanTree(root);
  revealHiddenInLinks(root);
  linkReferences(root, options.gitHubRepository);
  markTermKeys(root);
  markTablesAlike(root);
  const structureOptions: StructureOptions = {
    ...options.initiatives,
    ...(options.exclude ? { exclude: options.exclude } : {}),
  };
  let structure = extractStructure(buildOutline(root), structureOptions);
  // A page whose body holds no work, with its roadmap kept as data in the front matter for the site's
  // layout: the entries are read as headings after the body's own lines (front-matter-work.ts).
  if (!countInitiatives(structure.sections)) {
    const work = frontMatterWork(source.frontMatter);
    if (work?.length) {
      // Its values are cleaned as the body is: no HTML, comment or hidden character gets through.
      const data: Root = { type: 'root', children: work };
      cleanTree(data);
      revealHiddenInLinks(data);
      markTermKeys(data);
      root.children.push(...data.children);
      structure = extractStructure(buildOutline(root), structureOptions);
    }
  }
  for (const ambiguity of structure.explanation.ambiguities) {
    const readings = ambiguity.readings.map((r) => `${r.reading}: ${r.config}`).join('; ');
    diagnostics.push({
      file: source.file,
      line: ambiguity.line,
      column: 1,
      severity: 'info',
      rule: 'ambiguous-structure',
      message: `${ambiguity.message} — pick one in the config: ${readings}`,
    });
  }
  for (const message of structure.explanation.unused) {
    diagnostics.push({ file: source.file, line: 1, column: 1, severity: 'warning', rule: 'config-unused', message });
  }
  applyLegend(structure.sections, readLegend(root));
  for (const heading of structure.empty) {
    diagnostics.push({
      file: source.file,
      ...heading.position,
      severity: 'warning',
      rule: 'empty-section',
      message: `"${heading.title}" has nothing under it`,
    });
  }
  const fm = withValidDate(source, diagnostics);
  const baseUrl = publishedUrl(source, options.baseUrl, diagnostics);
  const meta = editionMetaOf({
    frontMatter: fm,
    stem: source.stem,
    root,
    titleHeadings: structure.titleHeadings,
    sectionHeadings: structure.sectionHeadings,
    lastUpdated: cleaned.lastUpdated,
    overrides: options,
    ...(options.repository ? { repository: options.repository } : {}),
  });

  const total = countInitiatives(structure.sections);
  if (total === 0) {
    const generated = findGenerated(root);
    throw new NoInitiativesError(
      generated
        ? `no initiatives found: the work on this page is filled in by its site's templates (line ${generated}), so its Markdown holds none to read`
        : 'no initiatives found: expected headings, list items or table rows describing the work',
      { file: source.file, line: generated ?? 1 },
    );
  }
  if (total > MAX_INITIATIVES) {
    throw new LimitExceededError(`${total} initiatives; at most ${MAX_INITIATIVES} are supported in one edition`, {
      file: source.file,
      line: 1,
    });
  }

  // Ids follow the page's own heading anchors (GitHub/Docusaurus slugs), so `#anchor` links keep working.
  const slugger = new GithubSlugger();
  const headingIds = new Map<string, string>();
  walk(root, (node) => {
    if (node.type === 'heading') headingIds.set(`${positionOf(node).line}`, slugger.slug(anchorText(node)));
  });
  // A heading's anchor goes to the first part made from it: a heading that is both a section and
  // the initiative for its own text gives the initiative an id of its own.
  const given = new Set<string>();
  const idFor = (line: number, title: string, fromHeading: boolean) => {
    const anchor = fromHeading ? headingIds.get(`${line}`) : undefined;
    const id = anchor && !given.has(anchor) ? anchor : slugger.slug(title || 'initiative');
    given.add(id);
    return id;
  };

  const resolver = new LinkResolver(source.file, baseUrl, diagnostics);
  const sections: Section[] = structure.sections.map((draft) =>
    toSection(draft, meta.title, idFor, resolver, meta.date),
  );
  tellSectionsApart(sections, structure.sections);
  untrackShared(sections.flatMap((s) => s.initiatives));
  const anchors = new Set<string>([
    ...sections.map((s) => s.id),
    ...sections.flatMap((s) => s.initiatives.map((i) => i.id)),
  ]);
  // Anchor links can only be checked once every id is known.
  resolver.finishAnchors(anchors);

  const intro = resolver.blocks(structure.intro);
  const closing = toClosing(structure.closing, resolver);
  const initiatives = sections.flatMap((s) => s.initiatives);
  const notes = commentNotes(
    comments,
    initiatives.map((i) => i.position.line),
    [...sections.map((s) => s.position.line), ...(closing ? [closing.position.line] : [])],
  );
  for (const initiative of initiatives) {
    const note = notes.get(initiative.position.line);
    if (note) initiative.authorNotes = note;
  }
  const edition: RoadmapEdition = {
    schemaVersion: 1,
    title: meta.title,
    titleSource: meta.titleSource,
    ...(meta.project
      ? { project: meta.project, ...(meta.projectSource ? { projectSource: meta.projectSource } : {}) }
      : {}),
    label: meta.label,
    labelSource: meta.labelSource,
    ...(meta.date ? { date: meta.date } : {}),
    ...(cleaned.lastUpdated ? { lastUpdated: cleaned.lastUpdated } : {}),
    ...(frontMatterString(fm, 'description') ? { description: frontMatterString(fm, 'description') } : {}),
    source: { file: source.file, stem: source.stem, ...(baseUrl ? { baseUrl } : {}) },
    intro,
    sections,
    ...(closing ? { closing } : {}),
    links: dedupeLinks([
      ...collectLinks(intro),
      ...sections.flatMap((s) => [...collectLinks(s.intro), ...s.initiatives.flatMap((i) => i.links)]),
      ...(closing?.links ?? []),
    ]),
  };
  revealReorderingInTitles(edition);
  return { edition, diagnostics, explanation: structure.explanation, naming: meta.naming };
}

/** Statuses written with the page's own markers take the meaning its legend gives them. */
function applyLegend(sections: SectionDraft[], legend: Legend): void {
  if (!legend.size) return;
  for (const draft of [...sections, ...sections.flatMap((s) => s.initiatives)]) {
    const status = legendStatus(legend, draft.statusText);
    if (status) draft.status = status;
  }
  // A marker the legend defines, left at either end of an initiative's title, is its status, not its name.
  for (const draft of sections.flatMap((s) => s.initiatives)) {
    const marked = legendMarkerIn(draft.titleRich, legend);
    if (!marked) continue;
    draft.titleRich = marked.titleRich;
    if (!draft.statusText) {
      draft.status = marked.status;
      draft.statusText = marked.marker;
    }
  }
}

/**
 * The page's published URL (config `url`, else front matter `url`): it becomes a link on the
 * title and closing slides and the base of relative links, so only an absolute http(s) URL is
 * taken. Anything else (`javascript:`, `smb://`, `ms-msdt:`, a relative path) is dropped with a
 * warning at its line, and no link is made from it.
 */
function publishedUrl(
  source: RoadmapSource,
  configured: string | undefined,
  diagnostics: Diagnostic[],
): string | undefined {
  const raw = configured ?? frontMatterString(source.frontMatter.data, 'url');
  if (raw === undefined) return undefined;
  const resolved = resolveUrl(raw);
  if (resolved.kind === 'external' && /^https?:\/\/[^/]/.test(resolved.url)) return resolved.url;
  const where = configured !== undefined ? 'config' : 'front-matter';
  diagnostics.push({
    file: source.file,
    line: configured !== undefined ? 1 : (source.frontMatter.keyLines.url ?? 1),
    column: 1,
    severity: 'warning',
    rule: 'unsafe-link',
    message: `${where} url "${raw}" is not an http(s) URL; the deck does not link to it and relative links stay text`,
  });
  return undefined;
}

/**
 * The front matter with its `date` only when that is a real date: a date
 * such as 2024-13-45 is reported at its line and not used to order editions.
 */
function withValidDate(source: RoadmapSource, diagnostics: Diagnostic[]): Record<string, unknown> {
  const data = source.frontMatter.data;
  const date = frontMatterString(data, 'date');
  if (date === undefined || isCalendarDate(date) || (!/^\d{4}-\d/.test(date) && parseLooseDate(date))) return data;
  diagnostics.push({
    file: source.file,
    line: source.frontMatter.keyLines.date ?? 1,
    column: 1,
    severity: 'warning',
    rule: 'invalid-date',
    message: `front-matter date "${date}" is not a real date (YYYY-MM-DD); it is ignored`,
  });
  const { date: _ignored, ...rest } = data;
  return rest;
}

export { linksIn };

/** The line of the first part a site template fills in, if any. */
function findGenerated(root: Root): number | undefined {
  let line: number | undefined;
  walk(root, (node) => {
    if (line === undefined && node.type === 'paragraph' && node.data?.generated) line = node.position?.start.line;
  });
  return line;
}
