/**
 * Edition title, project name, label and date, each with its documented
 * fallback order.
 *
 * Title: option; the first of front matter title, H1 (or opening heading) and
 * page-wrapping heading that is not generic; else the generic one, shown after
 * the project's name ("Roadmap Overview" → "Acme Roadmap"); else the file name.
 * Project: option; front matter `project`; a name in the page's title
 * ("Acme roadmap"); else the name the page uses for itself in its prose
 * (project-name.ts), helped by the enclosing repository's names where the page
 * writes them; else a name in the file name. A title of its own ("Console 2023
 * Roadmap") takes a project from the prose only when the title contains it.
 * Label: option; front matter `edition`; the page's own period (edition-label.ts);
 * its "Last updated" date; the file name.
 */
import type { Heading, Root } from 'mdast';
import type { LabelSource, ProjectSource, TitleSource } from '../model/types.js';
import { frontMatterString } from '../load/front-matter.js';
import { labelOf, type LabelReading } from './edition-label.js';
import { plainText } from './markdown.js';
import type { OutlineHeading } from './outline.js';
import { bucketOf, findPeriod, isReleaseNumber, parseLooseDate } from './period.js';
import type { NameCandidate } from './project-name.js';
import { isWholeStatus, statusOfSectionTitle } from './status.js';
import { withoutLocaleTag } from '../model/label.js';
import { genericDeckTitle, isGenericTitle, nameInTitle, sameButForNumbers } from './title-words.js';
import { projectOf } from './edition-project.js';

export interface EditionMetaInput {
  frontMatter: Record<string, unknown>;
  stem: string;
  root: Root;
  titleHeadings: OutlineHeading[];
  sectionHeadings: OutlineHeading[];
  lastUpdated?: string;
  overrides: { title?: string; label?: string; project?: string; date?: string };
  /** Names of the repository the page lives in (package name, remote, folder): used only where the page writes them. */
  repository?: string[];
}

export interface EditionMeta {
  title: string;
  titleSource: TitleSource;
  project?: string;
  projectSource?: ProjectSource;
  label: string;
  labelSource: LabelSource;
  date?: string;
  naming: Naming;
}

/** Why the title, project and label are what they are, for `inspect --explain`. */
export interface Naming {
  /** The page's own title text, before a generic one was completed with the project's name. */
  pageTitle: string;
  generic: boolean;
  /** The best candidates for the project's name read from the prose, when the prose was read. */
  candidates?: NameCandidate[];
  /** Which rule gave a period label. */
  labelRule?: LabelReading['why'];
}

export interface TitleChoice {
  title: string;
  titleSource: TitleSource;
  /** Only generic words ("Roadmap Overview"), or the file name: the project's name must come from elsewhere. */
  generic: boolean;
}

/**
 * Title: option; then the first non-generic of the front matter title, the H1
 * (the opening heading when there is neither), and a heading that wraps the
 * whole page and names a project's roadmap ("## SIG X Roadmap for 2021" under
 * "# Roadmap and Vision"); else the first generic one; else the file name.
 * Where the front matter has a title, site generators show it as the page's
 * H1: a lower heading in the body is a section, never the title.
 */
function titleOf(input: EditionMetaInput, wrappers: Heading[]): TitleChoice {
  if (input.overrides.title) return { title: input.overrides.title, titleSource: 'option', generic: false };
  const choices: { title: string; titleSource: TitleSource }[] = [];
  const fm = frontMatterString(input.frontMatter, 'title');
  if (fm) choices.push({ title: fm, titleSource: 'front-matter' });
  // A heading that only names a period ("# 2025", "## Q1 2026") heads a section, not the page.
  const headings = input.root.children.filter(
    (node): node is Heading => node.type === 'heading' && !!plainText(node) && !namesOnlyAPeriod(plainText(node)),
  );
  const opening = input.root.children.find((node) => node.type !== 'html' && node.type !== 'definition');
  // Beside a front-matter title, an H1 titles the page only where it opens the body, as site
  // generators read it; an H1 further down ("# Main tasks" after the intro) heads a group.
  // With a front-matter title, H1s that come several times in the body are its parts, the first too.
  const h1s = headings.filter((node) => node.depth === 1).length;
  // An H1 that only names a release beside another that does ("# Version 0.3" before "# Version 0.4")
  // is a part of the page, as a period is.
  const releases = headings.filter((node) => node.depth === 1 && namesOnlyARelease(plainText(node))).length;
  // So are H1s alike but for the release or period each names ("# Plan for v0.3", "# Plan for v2").
  const alike = sameButForNumbers(headings.filter((node) => node.depth === 1).map((node) => plainText(node)));
  // So is an H1 among others that only names a group of work by when or how it stands ("# Ideas",
  // "# Done"); "# Acme Roadmap 2025" or "# Planned features for Quill" still titles the page. The H1s
  // after such a group are its peers ("# V3 - Contributors wanted" after "# Beta - In progress"): a
  // page's title comes before its groups.
  const h1Groups = headings.filter((node) => node.depth === 1 && h1s > 1 && namesOnlyAGroup(plainText(node)));
  const afterGroup = (node: Heading) =>
    !!h1Groups[0] && headings.indexOf(h1Groups[0]) < headings.indexOf(node) && !ROADMAP_WORD.test(plainText(node));
  const h1 = headings.find(
    (node) =>
      node.depth === 1 &&
      (!fm || (node === opening && h1s === 1)) &&
      !(releases > 1 && namesOnlyARelease(plainText(node))) &&
      !alike.has(plainText(node)) &&
      !h1Groups.includes(node) &&
      !afterGroup(node),
  );
  if (h1) choices.push({ title: plainText(h1), titleSource: 'h1' });
  // Else the heading the page opens with, when it is one of those and wraps the page: an
  // opening heading with siblings at its level ("### [Done] v0.1: Prototype" before "### v0.2:
  // Plugins") is the first part of the page, not its title.
  const first = headings[0];
  if (!fm && !h1 && first && first === opening && wrappers.includes(first)) {
    choices.push({ title: plainText(first), titleSource: 'heading' });
  }
  const wrapping = wrappers
    .map((h) => plainText(h))
    .filter((title) => !namesOnlyAPeriod(title) && !!nameInTitle(title) && !choices.some((c) => c.title === title));
  const own = [...choices, ...wrapping.map((title) => ({ title, titleSource: 'heading' as const }))].find(
    (choice) => !isGenericTitle(choice.title),
  );
  if (own) return { ...own, generic: false };
  if (choices[0]) return { ...choices[0], generic: true };
  // "acme-roadmap_2026" reads as "Acme roadmap 2026".
  const words = withoutLocaleTag(input.stem).replace(/[-_]+/g, ' ').trim();
  return {
    title: words ? words.charAt(0).toUpperCase() + words.slice(1) : input.stem,
    titleSource: 'file-name',
    generic: true,
  };
}

const ROADMAP_WORD = /\broadmaps?\b/i;

/** Headings that wrap the whole page: the first heading while no later one is at its level or above. */
function wrappingHeadings(root: Root): Heading[] {
  const headings = root.children.filter((node): node is Heading => node.type === 'heading');
  const wrappers: Heading[] = [];
  for (const [i, heading] of headings.entries()) {
    if (headings.slice(i + 1).some((other) => other.depth <= heading.depth)) break;
    wrappers.push(heading);
  }
  return wrappers;
}

const PERIOD_WORDS =
  /\b((?:19|20)\d{2}|q[1-4]|h[12]|fy\s*'?\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|fall|autumn|winter|through|thru|to|and|of)\b/gi;

/**
 * "Version 0.3", "v2.0", "Release 1.4.x", "0.3": a release's number and nothing else, or with how it
 * stands ("v0.2 planned", "v0.1 (released)").
 */
function namesOnlyARelease(text: string): boolean {
  const t = text.trim().replace(/[:：]$/, '');
  if (isReleaseNumber(t) || /^(?:version|release|v)\s*\.?\s*\d+(?:\.\d+)*(?:\.x)?$/i.test(t)) return true;
  const state = /^(?:version\s+|release\s+|v)?\d+(?:\.\d+)+(?:\.x)?\s*[-–—:([]?\s*([\p{L}\s-]+?)[)\]]?$/iu.exec(t)?.[1];
  return !!state && state.split(/\s+/).length <= 2 && statusOfSectionTitle(state) !== 'unknown';
}

function namesOnlyAGroup(text: string): boolean {
  const kind = bucketOf(text)?.kind;
  if (/\broadmap/i.test(text)) return false;
  // …or a stage of work, a dash, and how it stands ("Alpha - In progress"); not a title with a
  // remark ("Kit Sync (WIP)", "Kit Mobile (beta)") or a sign ("🏗️ Platform Rebuild 2025").
  const stated = /^(.+?)\s+[-–—]\s+([^-–—]+)$/.exec(text.trim());
  return (
    ((kind === 'horizon' || kind === 'status') && text.trim().split(/\s+/).length <= 3) ||
    (!!stated && isWholeStatus(stated[2]!))
  );
}

function namesOnlyAPeriod(text: string): boolean {
  return !!findPeriod(text) && text.replace(PERIOD_WORDS, ' ').replace(/[\s\p{P}\p{S}]+/gu, '') === '';
}

/**
 * Line where the intro ends: the first section heading, else the first
 * heading below the ones that title the page.
 */
function introEndLine(input: EditionMetaInput, wrappers: Heading[]): number | undefined {
  const titleLines = new Set([
    ...input.titleHeadings.map((h) => h.position.line),
    ...wrappers.map((h) => h.position?.start.line),
  ]);
  const section = input.sectionHeadings.find((h) => !titleLines.has(h.position.line));
  if (section) return section.position.line;
  const first = input.root.children.find(
    (node) => node.type === 'heading' && !titleLines.has(node.position?.start.line ?? 0),
  );
  return first?.position?.start.line;
}

/**
 * A generic heading never titles the deck alone: it follows the project's
 * name ("Acme Roadmap"), and reads "Roadmap" where it does not say so
 * ("Introduction"). A file-name title gives way to a name from the prose.
 */
function deckTitle(choice: TitleChoice, project: string | undefined, projectSource: ProjectSource | undefined): string {
  if (!choice.generic) return choice.title;
  if (choice.titleSource === 'file-name') return project && projectSource !== 'title' ? 'Roadmap' : choice.title;
  return project || !ROADMAP_WORD.test(choice.title) ? genericDeckTitle(choice.title) : choice.title;
}

export function editionMetaOf(input: EditionMetaInput): EditionMeta {
  const wrappers = wrappingHeadings(input.root);
  const introEnd = introEndLine(input, wrappers);
  const choice = titleOf(input, wrappers);
  const { project, projectSource, naming } = projectOf(input, choice, introEnd);
  const title = deckTitle(choice, project, projectSource);
  let label: string;
  let labelSource: LabelSource;
  const fmEdition = frontMatterString(input.frontMatter, 'edition');
  const period: LabelReading | undefined =
    input.overrides.label || fmEdition
      ? undefined
      : labelOf({
          // The page's own titles; a title made from the file name is not the page's word.
          titles: [
            frontMatterString(input.frontMatter, 'title') ?? '',
            ...input.titleHeadings.map((h) => h.title),
            ...(choice.titleSource === 'file-name' ? [] : [choice.title]),
          ],
          sectionHeadings: input.sectionHeadings,
          root: input.root,
          introEndLine: introEnd,
        });
  if (input.overrides.label) {
    label = input.overrides.label;
    labelSource = 'option';
  } else if (fmEdition) {
    label = fmEdition;
    labelSource = 'front-matter';
  } else if (period) {
    label = period.label;
    labelSource = 'period';
  } else if (input.lastUpdated) {
    label = input.lastUpdated;
    labelSource = 'last-updated';
  } else {
    label = input.stem;
    labelSource = 'file-name';
  }
  const date =
    input.overrides.date ??
    frontMatterString(input.frontMatter, 'date') ??
    period?.date ??
    (labelSource === 'option' || labelSource === 'front-matter' ? parseLooseDate(label) : undefined) ??
    (input.lastUpdated ? parseLooseDate(input.lastUpdated) : undefined);
  return {
    title,
    titleSource: choice.titleSource,
    ...(project ? { project, projectSource } : {}),
    label,
    labelSource,
    ...(date ? { date } : {}),
    naming: {
      pageTitle: choice.title,
      generic: choice.generic,
      ...(naming ? { candidates: naming.candidates.slice(0, 5) } : {}),
      ...(period ? { labelRule: period.why } : {}),
    },
  };
}
