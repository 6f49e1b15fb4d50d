/**
 * The project a page is about: named by the config, the front matter, a "Project:" line, the page's
 * title, or its prose (read by ./project-name.ts), in that order; a file name only when the prose names none.
 */
import type { Root } from 'mdast';
import type { ProjectSource } from '../model/types.js';
import { frontMatterString } from '../load/front-matter.js';
import type { EditionMetaInput, TitleChoice } from './edition-meta.js';
import { plainText } from './markdown.js';
import { pageTextOf } from './page-text.js';
import { readProjectName, type NameReading } from './project-name.js';
import { nameInTitle } from './title-words.js';

export interface ProjectChoice {
  project?: string;
  projectSource?: ProjectSource;
  /** The prose's reading, when the prose was read. */
  naming?: NameReading;
}

export function projectOf(input: EditionMetaInput, choice: TitleChoice, introEnd: number | undefined): ProjectChoice {
  if (input.overrides.project) return { project: input.overrides.project, projectSource: 'option' };
  const fm = frontMatterString(input.frontMatter, 'project');
  if (fm) return { project: fm, projectSource: 'front-matter' };
  const line = projectLineOf(input.root, introEnd);
  if (line) return { project: line, projectSource: 'project-line' };
  // Only text that titles the whole page: the title, title headings, the front matter title.
  const titles =
    choice.titleSource === 'file-name'
      ? []
      : [choice.title, ...input.titleHeadings.map((h) => h.title), frontMatterString(input.frontMatter, 'title') ?? ''];
  for (const title of titles) {
    const name = nameInTitle(title);
    if (name) return { project: name, projectSource: 'title' };
  }
  const meta = ['title', 'description'].map((key) => frontMatterString(input.frontMatter, key) ?? '');
  const page = pageTextOf({ root: input.root, introEndLine: introEnd, meta });
  const naming = readProjectName(page, { hints: input.repository });
  const name = naming.name;
  // A file name says less than the page: it names the project only when the prose does not.
  const fromFile = choice.titleSource === 'file-name' ? nameInTitle(choice.title) : undefined;
  if (!name) return fromFile ? { project: fromFile, projectSource: 'title', naming } : { naming };
  // A title of the page's own keeps its words; a name from the prose must agree with it.
  if (!choice.generic && !choice.title.toLowerCase().includes(name.toLowerCase())) return { naming };
  const fromRepository = naming.candidates
    .find((c) => c.name === name)
    ?.why.some((why) => why.startsWith('names its repository'));
  return { project: name, projectSource: fromRepository ? 'repository' : 'prose', naming };
}

/**
 * "**Project:** Acme CLI" on a line of its own before the work: the page names its project as a
 * field, as front matter would. A short name only (at most five words).
 */
export function projectLineOf(root: Root, introEnd: number | undefined): string | undefined {
  for (const block of root.children) {
    if (introEnd !== undefined && (block.position?.start.line ?? 0) > introEnd) break;
    if (block.type !== 'paragraph') continue;
    for (const line of plainText(block).split('\n')) {
      const value = /^\s*project(?:\s+name)?\s*:\s*(\S.*?)\s*$/i.exec(line)?.[1];
      // A name, not a path or an address ("Project: /_project.yaml" is a site generator's setting).
      if (value && value.split(/\s+/).length <= 5 && /^\p{L}[\p{L}\p{N} &+_'’-]*$/u.test(value)) return value;
    }
  }
  return undefined;
}
