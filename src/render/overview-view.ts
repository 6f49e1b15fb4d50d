/**
 * The overview as a list: sections with their counts and, for a short page,
 * every initiative's title, each a link to its slide (`overview: list` or `both`).
 */
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { textToMarkdown } from '../escape/index.js';
import type { Words } from '../i18n/index.js';
import type { Block, Initiative, RoadmapEdition } from '../model/types.js';
import { speakerNotes } from './notes.js';

type BodyFn = (number: number, blocks: Block[]) => { body: string; continued?: string };

/** Above this many initiatives the overview lists sections and counts, not every title. */
const OVERVIEW_TITLE_LIMIT = 24;

export function overviewView(
  edition: RoadmapEdition,
  slideOf: Map<string, number>,
  number: number,
  fitClass: (n: number) => string,
  body: BodyFn,
  words: Words,
) {
  const total = edition.sections.reduce((n, s) => n + s.initiatives.length, 0);
  const showTitles = total <= OVERVIEW_TITLE_LIMIT;
  const entry = (initiative: Initiative): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [linkTo(initiative.title, initiative.id, slideOf)] }],
  });
  // Initiatives outside any section are listed on their own.
  const items: ListItem[] = edition.sections.flatMap((section): ListItem[] => {
    if (section.implicit) return showTitles ? section.initiatives.map(entry) : [];
    const head: PhrasingContent[] = [
      linkTo(section.title, section.id, slideOf),
      { type: 'text', value: ` (${section.initiatives.length})` },
    ];
    const children: RootContent[] = [{ type: 'paragraph', children: head }];
    if (showTitles) {
      children.push({ type: 'list', ordered: false, spread: false, children: section.initiatives.map(entry) } as List);
    }
    return [{ type: 'listItem', spread: false, children } as ListItem];
  });
  const list: List = { type: 'list', ordered: false, spread: false, children: items };
  const shown = body(number, [list]);
  const notes = edition.sections
    .map((s) =>
      words.text('notesGroup', {
        group: s.title,
        titles: s.initiatives.map((i) => i.title).join(words.text('listSeparator')),
      }),
    )
    .join('\n');
  const named = edition.sections.filter((s) => !s.implicit).length;
  const initiatives = words.count('initiatives', total);
  const heading = words.text('overview');
  // A short list reads down one column; a long one is split in two.
  const lines = (showTitles ? total : 0) + named;
  return {
    show: true,
    heading: textToMarkdown(heading),
    countLabel: textToMarkdown(
      named
        ? words.text('initiativesInSections', { initiatives, sections: words.count('sections', named) })
        : initiatives,
    ),
    oneColumn: lines <= 8,
    ...shown,
    fitClass: fitClass(number),
    notes: speakerNotes(words, heading, notes),
  };
}

/** A link to the slide showing a model id; the renderer rewrites `#id` to the slide number. */
function linkTo(title: string, id: string, slideOf: Map<string, number>): PhrasingContent {
  return slideOf.has(id)
    ? { type: 'link', url: `#${id}`, children: [{ type: 'text', value: title }] }
    : { type: 'text', value: title };
}
