/**
 * The roadmap model: the contract between parsing and rendering.
 *
 * A roadmap page is parsed into one `RoadmapEdition`; templates receive this
 * model (escaped, see `src/escape`) and nothing else. Rich text is kept as a
 * small, position-free subset of mdast so that it can be rendered to slides,
 * notes and handouts without re-reading the page. `schema/roadmap.schema.json`
 * describes the same shape for `roadmap-deck inspect --json`.
 */
import type { BlockContent, PhrasingContent, ListItem, TableRow, TableCell } from 'mdast';

/** Normalized progress of an initiative or a section. */
export type Status = 'done' | 'in-progress' | 'planned' | 'future' | 'unknown';

export const STATUSES: readonly Status[] = ['done', 'in-progress', 'planned', 'future', 'unknown'];

/** A block of rich text: a subset of mdast block content, without positions. */
export type Block = BlockContent | ListItem | TableRow | TableCell;
/** A run of inline rich text: a subset of mdast phrasing content. */
export type Inline = PhrasingContent;

/** 1-based line and column in the roadmap file (front matter included). */
export interface Position {
  line: number;
  column: number;
}

export type LinkKind = 'external' | 'anchor';

/** A link found in the page, resolved. */
export interface Link {
  /** Link text as plain text (the URL itself for bare URLs). */
  text: string;
  /** Absolute URL, or `#anchor` for a link to a part of the same page. */
  url: string;
  kind: LinkKind;
  /** Id of the section or initiative an anchor link points to. */
  target?: string;
  /** True for the link that tracks the work (a meta issue, milestone, project board…). */
  tracking?: boolean;
  position?: Position;
}

/** What a time bucket is: how the page groups its work. */
export type BucketKind =
  | 'version'
  | 'quarter'
  | 'half'
  | 'year'
  | 'season'
  | 'month'
  | 'horizon'
  | 'phase'
  | 'status'
  | 'theme';

export interface Bucket {
  kind: BucketKind;
  /** The bucket as written in the page, e.g. "Q1 2025", "v0.2", "Now". */
  label: string;
}

export interface Initiative {
  /** Unique within the edition; also its in-page anchor. */
  id: string;
  /** Plain-text title. */
  title: string;
  /** Title as rich text (links, code spans and emphasis kept). */
  titleRich: Inline[];
  status: Status;
  /** How the page states the status, e.g. "In Progress", "✅", "[x]". */
  statusText?: string;
  /** Time bucket of this initiative when it differs from its section's (table rows). */
  bucket?: Bucket;
  /** Category or theme given next to the initiative (first table column, bold lead). */
  category?: string;
  /** The initiative's description as rich text. */
  body: Block[];
  /** Every word of the description, as plain text (paragraphs separated by blank lines). */
  text: string;
  /** Every link in title and body, resolved. */
  links: Link[];
  /** The link that tracks the work, if the page gives one. */
  tracking?: Link;
  /** Word count of title and description. */
  words: number;
  /**
   * Notes for the presenter, as plain text (never HTML, never Markdown to render): the HTML
   * comments inside the initiative's part of the page, then its section of the author-notes
   * file beside the page (`<page>.notes.md`). Speaker notes, and the handout when asked; never a slide.
   */
  authorNotes?: string;
  position: Position;
  /** Content hash of title and body, for change detection and caching. */
  hash: string;
}

export interface Section {
  id: string;
  title: string;
  /** True when the page lists initiatives outside any section: no divider slide is shown. */
  implicit?: boolean;
  /** Time bucket or status group the section names, if any. */
  bucket?: Bucket;
  /** Status that applies to every initiative of the section unless they state their own. */
  status?: Status;
  statusText?: string;
  /** Prose that introduces the section. */
  intro: Block[];
  initiatives: Initiative[];
  position: Position;
}

export interface Closing {
  title: string;
  body: Block[];
  links: Link[];
  position: Position;
}

export type LabelSource = 'option' | 'front-matter' | 'period' | 'last-updated' | 'file-name';
export type TitleSource = 'option' | 'front-matter' | 'h1' | 'heading' | 'file-name';
/** Where the project's name came from: the config, front matter, the page's title, its prose, or its repository's name as the page writes it. */
export type ProjectSource = 'option' | 'front-matter' | 'project-line' | 'title' | 'prose' | 'repository';

/** Where in a repository's history an edition's page was read from. */
export interface SourceOrigin {
  /** The page's path in the repository at that commit. */
  path: string;
  /** Full commit id. */
  commit: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
}

export interface RoadmapEdition {
  /** Version of this model's shape. */
  schemaVersion: 1;
  /** Deck title, e.g. "Roadmap" or "Acme Roadmap". */
  title: string;
  titleSource: TitleSource;
  /** Project name when the page names one, e.g. "Acme". */
  project?: string;
  projectSource?: ProjectSource;
  /** Edition label, e.g. "2024 Fall" or "July–September 2022". */
  label: string;
  labelSource: LabelSource;
  /** Approximate start date of the edition (YYYY-MM-DD), used to order editions. */
  date?: string;
  /** "Last updated" date as written in the page. */
  lastUpdated?: string;
  description?: string;
  source: {
    /** Path of the roadmap file as given. */
    file: string;
    /** File name without `.md`; names the output folder. */
    stem: string;
    /** Published URL of the page, used to resolve relative links. */
    baseUrl?: string;
    /** The commit the page was read from, when the deck is built from the page's git history. */
    origin?: SourceOrigin;
  };
  /** Prose before the first section with initiatives. */
  intro: Block[];
  sections: Section[];
  /** The "how to influence / contribute" part, shown on the closing slide. */
  closing?: Closing;
  /** Every external link of the page, in order, deduplicated by URL. */
  links: Link[];
}

/** Severity of a lint diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  rule: string;
}

/**
 * The roadmap's name as slides, PDFs and pages show it: the project before the
 * page title ("Acme" + "Roadmap"), unless the title already names it.
 */
export function roadmapName(title: string, project?: string): string {
  if (!project || title.toLowerCase().includes(project.toLowerCase())) return title;
  // A project named "… Roadmap" titled "Roadmap" is not the "… Roadmap Roadmap".
  if (project.toLowerCase().endsWith(` ${title.toLowerCase()}`)) return project;
  return `${project} ${title}`;
}

/** Every initiative of an edition, in page order. */
export function allInitiatives(edition: RoadmapEdition): Initiative[] {
  return edition.sections.flatMap((section) => section.initiatives);
}
