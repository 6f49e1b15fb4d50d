/** The deck's first and last slides: the title slide's lead and date, the closing slide. */
import { textToMarkdown } from '../escape/index.js';
import type { Words } from '../i18n/index.js';
import { withLabel, shownLabel } from '../model/label.js';
import type { Block, RoadmapEdition } from '../model/types.js';
import { roadmapName } from '../model/types.js';
import { blocksToText, countWords } from '../parse/text.js';
import { linksText, speakerNotes } from './notes.js';

export type BodyFn = (number: number, blocks: Block[]) => { body: string; continued?: string };

/** "Last updated …" on the title slide: the date as the page wrote it, or in words when it is YYYY-MM-DD. */
export function lastUpdatedView(edition: RoadmapEdition, words: Words) {
  if (!edition.lastUpdated || edition.lastUpdated === edition.label) return {};
  const date = words.date(edition.lastUpdated);
  return { lastUpdated: textToMarkdown(date), updated: textToMarkdown(words.text('lastUpdated', { date })) };
}

/** Words above which the intro's first paragraph stays in the notes instead of the title slide. */
const LEAD_MAX_WORDS = 70;

/** The title slide shows the page's opening paragraph (or its description) as a lead. */
export function titleBody(edition: RoadmapEdition, body: BodyFn, fitClass: (n: number) => string) {
  // Intro parts that came from a heading start with that heading as a bold line: skip it.
  const first = edition.intro.find(
    (block) => block.type === 'paragraph' && !(block.children.length === 1 && block.children[0]!.type === 'strong'),
  );
  // A sentence that introduces a list ("… are considered production ready:") does not stand alone.
  const standsAlone = first && !/[:：]\s*$/.test(blocksToText([first]));
  const lead =
    first && standsAlone && countWords(blocksToText([first])) <= LEAD_MAX_WORDS
      ? [first]
      : edition.description
        ? [{ type: 'paragraph', children: [{ type: 'text', value: edition.description }] } as Block]
        : [];
  return { ...body(1, lead), fitClass: fitClass(1) };
}

export function closingView(
  edition: RoadmapEdition,
  number: number,
  fitClass: (n: number) => string,
  body: BodyFn,
  words: Words,
) {
  if (edition.closing) {
    return {
      title: textToMarkdown(edition.closing.title),
      ...body(number, edition.closing.body),
      fitClass: fitClass(number),
      notes: speakerNotes(
        words,
        edition.closing.title,
        [blocksToText(edition.closing.body), linksText(edition.closing.links, words)].filter(Boolean).join('\n\n'),
      ),
    };
  }
  // No closing part in the page: thank the audience and point at the roadmap itself.
  const url = edition.source.baseUrl;
  const blocks: Block[] = url
    ? [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: words.text('theRoadmap') },
            { type: 'link', url, children: [{ type: 'text', value: url }] },
          ],
        },
      ]
    : [];
  const title = words.text('thankYou');
  return {
    title: textToMarkdown(title),
    // What the audience saw, under the thanks: the slide is not left empty.
    plain: true,
    subtitle: textToMarkdown(withLabel(roadmapName(edition.title, edition.project), edition, ' · ')),
    ...body(number, blocks),
    fitClass: fitClass(number),
    notes: speakerNotes(
      words,
      title,
      shownLabel(edition) ? words.text('notesGroup', { group: edition.title, titles: edition.label }) : edition.title,
    ),
  };
}
