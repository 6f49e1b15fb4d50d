/**
 * parse: RoadmapSource → RoadmapEdition. A pure function of the source text
 * and options; the file system is never touched here.
 */
import GithubSlugger from 'github-slugger';
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import { LimitExceededError, NoInitiativesError } from '../errors.js';
import { checkNesting, MAX_INITIATIVES, precheckInlineMarkup, precheckNesting } from './guard.js';
import type { RoadmapSource } from '../load/read-source.js';
import { frontMatterString } from '../load/front-matter.js';
import type { Block, Closing, Diagnostic, Initiative, Inline, Link, RoadmapEdition, Section } from '../model/types.js';
import { cleanTree } from './clean.js';
import { commentNotes, readComments } from './author-comments.js';
import { linkReferences } from './references.js';
import { revealHiddenInLinks, revealReorderingInTitles } from './hidden-characters.js';
import { legendStatus, readLegend, type Legend } from './legend.js';
import { editionMetaOf, type Naming } from './edition-meta.js';
import { linksIn, splitTitleStatus, type InitiativeDraft } from './items.js';
import { splitTitleRefs } from './title-refs.js';
import { isLocalPath, pickTracking, resolveUrl } from './links.js';
import { isParent, plainText, positionOf, stripPositions, walk } from './markdown.js';
import { parseMarkdown } from './read-markdown.js';
import { buildOutline } from './outline.js';
import { extractStructure, type Explanation, type SectionDraft, type StructureOptions } from './structure/index.js';
import { isCalendarDate, parseLooseDate } from './period.js';
import { contentHash } from '../hash.js';
import { blocksToText, countWords } from './text.js';

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
  const root = parseMarkdown(source.body);
  checkNesting(root, source.file);
  // Comments are the author's notes; cleaning drops them, so they are read first.
  const comments = readComments(root);
  const cleaned = cleanTree(root);
  revealHiddenInLinks(root);
  linkReferences(root);
  const structure = extractStructure(buildOutline(root), {
    ...options.initiatives,
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
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

  const total = structure.sections.reduce((n, s) => n + s.initiatives.length, 0);
  if (total === 0) {
    throw new NoInitiativesError(
      'no initiatives found: expected headings, list items or table rows describing the work',
      { file: source.file, line: 1 },
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
    if (node.type === 'heading') headingIds.set(`${positionOf(node).line}`, slugger.slug(plainText(node)));
  });
  const idFor = (line: number, title: string, fromHeading: boolean) =>
    (fromHeading && headingIds.get(`${line}`)) || slugger.slug(title || 'initiative');

  const resolver = new LinkResolver(source.file, baseUrl, diagnostics);
  const sections: Section[] = structure.sections.map((draft) => toSection(draft, meta.title, idFor, resolver));
  // Sections of one name under different headings ("What's next" under each theme) are told
  // apart by the heading they sit under: "Performance — What's next".
  const named = new Map<string, number>();
  for (const section of sections)
    named.set(section.title.toLowerCase(), (named.get(section.title.toLowerCase()) ?? 0) + 1);
  structure.sections.forEach((draft, i) => {
    const parent = draft.context[draft.context.length - 1];
    const section = sections[i]!;
    if (parent && named.get(section.title.toLowerCase())! > 1) section.title = `${parent.title} — ${section.title}`;
  });
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

function toSection(
  draft: SectionDraft,
  editionTitle: string,
  idFor: (line: number, title: string, fromHeading: boolean) => string,
  resolver: LinkResolver,
): Section {
  const heading = draft.heading;
  const split = heading ? splitTitleStatus(heading.rich) : undefined;
  const title = split ? plainText(split.titleRich as Nodes[]) || heading!.title : editionTitle;
  const section: Section = {
    id: heading ? idFor(heading.position.line, heading.title, !heading.pseudo) : idFor(0, editionTitle, false),
    title,
    ...(heading ? {} : { implicit: true }),
    ...(draft.bucket ? { bucket: draft.bucket } : {}),
    ...(draft.status && draft.status !== 'unknown' ? { status: draft.status } : {}),
    ...(draft.statusText
      ? { statusText: draft.statusText }
      : split?.statusText
        ? { statusText: split.statusText }
        : {}),
    intro: resolver.blocks(draft.intro),
    initiatives: [],
    position: draft.position,
  };
  section.initiatives = draft.initiatives.map((d) => toInitiative(d, section, idFor, resolver));
  return section;
}

function toInitiative(
  draft: InitiativeDraft,
  section: Section,
  idFor: (line: number, title: string, fromHeading: boolean) => string,
  resolver: LinkResolver,
): Initiative {
  const split = splitTitleRefs(draft.titleRich);
  const titleRich = resolver.inlines(split.titleRich);
  const refRich = split.ref ? resolver.inlines([split.ref]) : [];
  const movedRich = split.moved.length ? resolver.inlines(split.moved) : [];
  const title = plainText(titleRich as Nodes[]);
  let body = resolver.blocks(draft.body);
  const titleLinks = collectLinks([{ type: 'paragraph', children: [...titleRich, ...refRich] }] as Block[]);
  const links = dedupeLinks([...titleLinks, ...collectLinks(body)]);
  // A tracking place of its own (a table's Issue column) decides; otherwise the links are weighed.
  const own = draft.tracking === undefined ? undefined : draft.tracking === null ? null : resolver.url(draft.tracking);
  // Links that may track the item: in its own line, on a "Tracking:" line, or in its own paragraphs
  // a reference ("#7350", a bare issue URL) or a milestone or board; not those of its sub-items.
  const references = collectLinks(body.filter((b) => b.type === 'paragraph')).filter(
    (link) =>
      /^(#\d+|[\w.-]+\/[\w.-]+#\d+|https?:\/\/\S+)$/.test(link.text.trim()) ||
      /\/(milestones?|projects?)\/\d+\/?$/.test(link.url),
  );
  const ownLinks = [
    ...collectLinks([...body.slice(0, draft.ownBlocks ?? 0), ...body.filter(isTrackingLine)]),
    ...references,
  ];
  const tracking =
    own === undefined
      ? pickTracking(ownLinks, titleLinks, links)
      : own === null
        ? undefined
        : links.find((link) => link.url === own);
  if (tracking) tracking.tracking = true;
  // What was split off the title is shown with the text, unless it is only the tracking link.
  const movedLinks = collectLinks([{ type: 'paragraph', children: movedRich }] as Block[]);
  const movedWords = plainText(movedRich as Nodes[]).replace(/[\s().,;:&-]+/g, '');
  const onlyTracking =
    movedLinks.length === 1 &&
    movedLinks[0]!.url === tracking?.url &&
    movedWords === movedLinks[0]!.text.replace(/[\s().,;:&-]+/g, '');
  const alreadyShown =
    movedLinks.length > 0 && movedLinks.every((link) => collectLinks(body).some((l) => l.url === link.url));
  if (movedRich.length && !onlyTracking && !alreadyShown)
    body = [...body, { type: 'paragraph', children: movedRich } as Block];
  const text = blocksToText(body);
  // A work item scheduled for a named period (a quarter, a half, a month) is planned.
  // A section's period says so only when it is a specific one ("Q4 2020", not "2021 Roadmap").
  const scheduled =
    (draft.bucket && ['quarter', 'half', 'month', 'season', 'year'].includes(draft.bucket.kind)) ||
    (section.bucket && ['quarter', 'half', 'month', 'month-range', 'season'].includes(section.bucket.kind))
      ? 'planned'
      : undefined;
  const status = draft.status && draft.status !== 'unknown' ? draft.status : (section.status ?? scheduled ?? 'unknown');
  return {
    id: idFor(draft.position.line, title, true),
    title,
    titleRich,
    status,
    ...(draft.statusText
      ? { statusText: draft.statusText }
      : section.statusText && status === section.status
        ? { statusText: section.statusText }
        : {}),
    ...(draft.bucket ? { bucket: draft.bucket } : {}),
    ...(draft.category ? { category: draft.category } : {}),
    body,
    text,
    links,
    ...(tracking ? { tracking } : {}),
    words: countWords(`${title} ${text}`),
    position: draft.position,
    hash: contentHash({ title, body }),
  };
}

/** A line that names the item's tracker: "Tracking: …", "GitHub issue: #9", "**Epic:** …". */
function isTrackingLine(block: Block): boolean {
  if (block.type !== 'paragraph') return false;
  const head = plainText(block.children.slice(0, 2) as Nodes[]);
  return /^(tracking(\s+issue)?|(github\s+)?issues?|epic|milestone|tracker|tracked\s+(in|by)|meta\s+issue|more\s+info(rmation)?|see|proposal|kep|rfc|project\s+board)\s*:/i.test(
    head,
  );
}

function toClosing(parts: ReturnType<typeof extractStructure>['closing'], resolver: LinkResolver): Closing | undefined {
  const first = parts[0];
  if (!first) return undefined;
  const blocks: RootContent[] = [...first.blocks];
  for (const part of parts.slice(1)) {
    blocks.push({ type: 'paragraph', children: [{ type: 'strong', children: part.heading.rich }] }, ...part.blocks);
  }
  const body = resolver.blocks(blocks);
  return { title: first.heading.title, body, links: dedupeLinks(collectLinks(body)), position: first.heading.position };
}

/** Resolves link URLs in rich text; links that cannot be resolved or are unsafe become plain text. */
class LinkResolver {
  private pendingAnchors: { parent: Parents; node: Nodes }[] = [];

  constructor(
    private file: string,
    private baseUrl: string | undefined,
    private diagnostics: Diagnostic[],
  ) {}

  /** An absolute URL for a link target, or null when it cannot be one. */
  url(raw: string): string | null {
    const resolved = resolveUrl(raw, this.baseUrl);
    return resolved.kind === 'external' ? resolved.url : null;
  }

  blocks(blocks: RootContent[]): Block[] {
    const root: Root = { type: 'root', children: blocks.map((block) => structuredClone(block)) };
    this.resolveIn(root);
    return stripPositions(root.children) as Block[];
  }

  inlines(inlines: PhrasingContent[]): Inline[] {
    const root: Root = {
      type: 'root',
      children: [{ type: 'paragraph', children: inlines.map((n) => structuredClone(n)) }],
    };
    this.resolveIn(root);
    return stripPositions((root.children[0] as { children: Inline[] }).children);
  }

  private resolveIn(root: Root): void {
    walk(root, (node, parent) => {
      if (!parent || (node.type !== 'link' && node.type !== 'image')) return;
      // A picture next to the page (./diagram.png) is read from disk by the build, not from the web.
      if (node.type === 'image' && isLocalPath(node.url)) return;
      const resolved = resolveUrl(node.url, this.baseUrl);
      const where = positionOf(node);
      if (resolved.kind === 'external') {
        node.url = resolved.url;
        return;
      }
      if (resolved.kind === 'anchor' && node.type === 'link') {
        node.url = `#${resolved.anchor}`;
        this.pendingAnchors.push({ parent, node });
        return;
      }
      if (resolved.kind === 'unresolved' || resolved.kind === 'unsafe') {
        this.diagnostics.push({
          file: this.file,
          ...where,
          severity: 'warning',
          message:
            resolved.kind === 'unsafe' ? `link dropped: ${resolved.reason}` : `unresolvable link: ${resolved.reason}`,
          rule: resolved.kind === 'unsafe' ? 'unsafe-link' : 'unresolved-link',
        });
      }
      unwrap(parent, node);
    });
  }

  /** Anchors to parts of the page that have no slide (a table of contents entry, say) become text. */
  finishAnchors(ids: Set<string>): void {
    for (const { parent, node } of this.pendingAnchors) {
      if (node.type === 'link' && !ids.has(node.url.slice(1))) unwrap(parent, node);
    }
    this.pendingAnchors = [];
  }
}

function unwrap(parent: Parents, node: Nodes): void {
  const siblings = parent.children as Nodes[];
  const index = siblings.indexOf(node);
  if (index === -1) return;
  const replacement: Nodes[] =
    node.type === 'link' ? node.children : node.type === 'image' ? [{ type: 'text', value: node.alt ?? '' }] : [];
  siblings.splice(index, 1, ...replacement);
}

function collectLinks(blocks: Block[]): Link[] {
  const links: Link[] = [];
  walk({ type: 'root', children: blocks as RootContent[] }, (node) => {
    if (node.type !== 'link') return;
    const text = plainText(node) || node.url;
    links.push(
      node.url.startsWith('#')
        ? { text, url: node.url, kind: 'anchor', target: node.url.slice(1) }
        : { text, url: node.url, kind: 'external' },
    );
  });
  return links;
}

function dedupeLinks(links: Link[]): Link[] {
  const seen = new Map<string, Link>();
  for (const link of links) if (!seen.has(link.url)) seen.set(link.url, link);
  return [...seen.values()];
}

export { linksIn };
