/**
 * Edition title, project name, label and date, each with its documented
 * fallback order.
 */
import type { Heading, Root } from 'mdast';
import type { LabelSource, TitleSource } from '../model/types.js';
import { frontMatterString } from '../load/front-matter.js';
import { plainText } from './markdown.js';
import type { OutlineHeading } from './outline.js';
import { findPeriod, parseLooseDate, type Period, type PeriodKind } from './period.js';

export interface EditionMetaInput {
  frontMatter: Record<string, unknown>;
  stem: string;
  root: Root;
  titleHeadings: OutlineHeading[];
  sectionHeadings: OutlineHeading[];
  lastUpdated?: string;
  overrides: { title?: string; label?: string; project?: string; date?: string };
}

export interface EditionMeta {
  title: string;
  titleSource: TitleSource;
  project?: string;
  label: string;
  labelSource: LabelSource;
  date?: string;
}

/** Title: option, front matter, H1, first heading, file name. */
function titleOf(input: EditionMetaInput): { title: string; titleSource: TitleSource } {
  if (input.overrides.title) return { title: input.overrides.title, titleSource: 'option' };
  const fm = frontMatterString(input.frontMatter, 'title');
  if (fm) return { title: fm, titleSource: 'front-matter' };
  // A heading that only names a period ("# 2025", "## Q1 2026") heads a section, not the page.
  const headings = input.root.children.filter((node): node is Heading => node.type === 'heading' && !!plainText(node) && !namesOnlyAPeriod(plainText(node)));
  const h1 = headings.find((node) => node.depth === 1);
  if (h1) return { title: plainText(h1), titleSource: 'h1' };
  // Else the heading the page opens with, when it is one of those.
  const first = headings[0];
  if (first && first === input.root.children.find((node) => node.type !== 'html' && node.type !== 'definition')) return { title: plainText(first), titleSource: 'heading' };
  // "acme-roadmap_2026" reads as "Acme roadmap 2026".
  const words = input.stem.replace(/[-_]+/g, ' ').trim();
  return { title: words ? words.charAt(0).toUpperCase() + words.slice(1) : input.stem, titleSource: 'file-name' };
}

const PERIOD_WORDS = /\b((?:19|20)\d{2}|q[1-4]|h[12]|fy\s*'?\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|spring|summer|fall|autumn|winter|through|thru|to|and|of)\b/gi;

function namesOnlyAPeriod(text: string): boolean {
  return !!findPeriod(text) && text.replace(PERIOD_WORDS, ' ').replace(/[\s\p{P}\p{S}]+/gu, '') === '';
}

const PROJECT_PATTERNS = [
  /^(.+?):\s+(?:a\s+|the\s+)?roadmap\b/i,
  /^(?:the\s+)?(.+?)(?:'s)?\s+(?:project\s+)?(?:mission\s+and\s+)?roadmap\b/i,
  /^roadmap\s+(?:of|for)\s+(?:the\s+)?(.+?)(?:\s+project)?$/i,
];

/** Words that qualify a roadmap rather than name a project ("Detailed roadmap", "Our roadmap"). */
const NOT_A_PROJECT = /^(the|our|this|my|your|a|an|project|product|public|community|technical|detailed|current|overall|official|updated|new|draft|high[\s-]level|short[\s-]term|long[\s-]term|future|release|\d{4}|sig|using\s+(the|our)|contributing\s+to(\s+the)?|about(\s+the)?|how\s+to\s+\w+(\s+the)?)$/i;

function projectOf(input: EditionMetaInput, title: string): string | undefined {
  if (input.overrides.project) return input.overrides.project;
  const fm = frontMatterString(input.frontMatter, 'project');
  if (fm) return fm;
  // Only text that titles the whole page: title headings, the title, a heading that opens the page.
  const opening = input.root.children.find((n) => n.type !== 'html' && n.type !== 'definition');
  const candidates = [
    ...input.titleHeadings.map((h) => h.title),
    title,
    ...(opening?.type === 'heading' ? [plainText(opening)] : []),
  ];
  // A description names the project only as "roadmap of/for <Name>".
  const description = /\broadmap\s+(?:of|for)\s+(?:the\s+)?((?:[A-Z0-9][\w.+-]*)(?:\s+[A-Z0-9][\w.+-]*){0,3})/.exec(frontMatterString(input.frontMatter, 'description') ?? '');
  for (const text of candidates) {
    for (const pattern of PROJECT_PATTERNS) {
      const name = pattern.exec(text.trim())?.[1]?.trim().replace(/[:,]$/, '');
      if (name && name.split(/\s+/).length <= 4 && !NOT_A_PROJECT.test(name) && !findPeriod(name)) return name;
    }
  }
  return description?.[1]?.replace(/[.,;:]+$/, '');
}

const LABEL_KINDS: PeriodKind[] = ['season', 'month-range', 'quarter', 'half', 'year', 'version'];

/** A period for the whole edition from the section headings: one period, or a first–last range. */
function labelFromHeadings(headings: OutlineHeading[]): Period | undefined {
  for (const kind of LABEL_KINDS) {
    const periods = headings.map((h) => findPeriod(h.title, [kind])).filter((p): p is Period => !!p);
    const distinct = [...new Map(periods.map((p) => [p.label, p])).values()];
    if (!distinct.length) continue;
    if (distinct.length === 1) return distinct[0];
    const sorted = [...distinct].sort(comparePeriods);
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    return { kind, label: `${first.label} – ${last.label}`, date: first.date };
  }
  return undefined;
}

function comparePeriods(a: Period, b: Period): number {
  if (a.date && b.date) return a.date.localeCompare(b.date);
  const va = a.label.replace(/^v/, '').split('.').map(Number);
  const vb = b.label.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < Math.max(va.length, vb.length); i++) {
    const d = (va[i] ?? 0) - (vb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** The first specific period named in the page's prose, before the first section. */
function labelFromProse(root: Root): Period | undefined {
  for (const node of root.children) {
    if (node.type !== 'paragraph') continue;
    const period = findPeriod(plainText(node), ['month-range', 'season', 'quarter', 'half']);
    if (period) return period;
  }
  return undefined;
}

export function editionMetaOf(input: EditionMetaInput): EditionMeta {
  const { title, titleSource } = titleOf(input);
  const project = projectOf(input, title);
  let label: string;
  let labelSource: LabelSource;
  let period: Period | undefined;
  const fmEdition = frontMatterString(input.frontMatter, 'edition');
  if (input.overrides.label) {
    label = input.overrides.label;
    labelSource = 'option';
  } else if (fmEdition) {
    label = fmEdition;
    labelSource = 'front-matter';
  } else if ((period = labelFromHeadings([...input.titleHeadings, ...input.sectionHeadings]) ?? labelFromProse(input.root))) {
    label = period.label;
    labelSource = 'period';
  } else if (input.lastUpdated) {
    label = input.lastUpdated;
    labelSource = 'last-updated';
  } else {
    label = input.stem;
    labelSource = 'file-name';
  }
  const date = input.overrides.date
    ?? frontMatterString(input.frontMatter, 'date')
    ?? period?.date
    ?? (labelSource === 'option' || labelSource === 'front-matter' ? parseLooseDate(label) : undefined)
    ?? (input.lastUpdated ? parseLooseDate(input.lastUpdated) : undefined);
  return { title, titleSource, project, label, labelSource, date };
}
