/**
 * Template views of the board slides and the timeline slide. Every string
 * that comes from the page goes through `src/escape`; the HTML around it
 * (spans with the theme's own classes) is written here.
 */
import { inlineToMarkdown, textToMarkdown } from '../escape/index.js';
import type { Words } from '../i18n/index.js';
import type { Initiative, RoadmapEdition } from '../model/types.js';
import { boardColumns, cardWhen, type BoardCard, type BoardColumn } from './board.js';
import { splitBoard, type BoardPage, type BoardPart } from './board-split.js';
import { speakerNotes } from './notes.js';
import { editionDay, timelinePeriods, todayOn, type TimelinePeriod } from './timeline.js';
import { pageWord } from './status-word.js';

/** Periods on the timeline show at most this many titles each; the rest are counted. */
export const TIMELINE_TITLES = 5;

type LinkFn = (id: string) => string | undefined;

export interface BoardPlan {
  pages: BoardPage[];
  basis: ReturnType<typeof boardColumns>['basis'];
}

export function planBoard(edition: RoadmapEdition, width: number, density = 1, words?: Words): BoardPlan {
  const { basis, columns } = boardColumns(edition);
  const meta = (card: BoardCard) =>
    (statusWord(card.initiative, words)?.length ?? 0) + (card.initiative.bucket?.label.length ?? 0);
  return { basis, pages: splitBoard(columns, { width, density, metaLength: meta }) };
}

function statusWord(initiative: Initiative, words?: Words): string | undefined {
  if (initiative.status === 'unknown') return undefined;
  return pageWord(initiative.statusText) ?? words?.status(initiative.status);
}

export function columnHeading(column: BoardColumn, plan: BoardPlan, edition: RoadmapEdition, words: Words): string {
  if (column.status) return words.status(column.status);
  if (column.title) return column.title;
  if (plan.basis === 'single') return words.count('initiatives', edition.sections.flatMap((s) => s.initiatives).length);
  return words.text('otherGroup');
}

/** A column's heading; on a later piece of a long column, marked as going on. */
function partHeading(part: BoardPart, plan: BoardPlan, edition: RoadmapEdition, words: Words): string {
  const group = columnHeading(part.column, plan, edition, words);
  return part.continued ? words.text('columnContinued', { group }) : group;
}

function link(title: string, number: string | undefined): string {
  return number
    ? inlineToMarkdown([{ type: 'link', url: number, children: [{ type: 'text', value: title }] }])
    : textToMarkdown(title);
}

function cardLine(card: BoardCard, column: BoardColumn, slideLink: LinkFn, words: Words): string {
  const status = statusWord(card.initiative, words);
  // A "when" that only repeats the status ("Future", "Future") is said once.
  const bucket = cardWhen(card, column);
  const when = bucket && bucket.toLowerCase() !== status?.toLowerCase() ? bucket : undefined;
  const meta = [
    status ? `<span class="badge status-${card.initiative.status}">${textToMarkdown(status)}</span>` : '',
    when ? `<span class="when">${textToMarkdown(when)}</span>` : '',
  ].filter(Boolean);
  const title = link(card.initiative.title, slideLink(card.initiative.id));
  return `  - ${title}${meta.length ? ` <span class="card-meta">${meta.join(' ')}</span>` : ''}`;
}

export function boardSlides(
  edition: RoadmapEdition,
  plan: BoardPlan,
  slideLink: LinkFn,
  words: Words,
  fitClass: (n: number) => string,
  first: number,
) {
  const heading = words.text('overview');
  const total = edition.sections.reduce((n, s) => n + s.initiatives.length, 0);
  const named = edition.sections.filter((s) => !s.implicit).length;
  const initiatives = words.count('initiatives', total);
  const countLabel = named
    ? words.text('initiativesInSections', { initiatives, sections: words.count('sections', named) })
    : initiatives;
  return plan.pages.map((page, i) => {
    const title = plan.pages.length > 1 ? `${heading} (${i + 1}/${plan.pages.length})` : heading;
    const columns = page.map((part) => ({
      heading: textToMarkdown(partHeading(part, plan, edition, words)),
      cards: part.cards.map((card) => cardLine(card, part.column, slideLink, words)).join('\n'),
    }));
    const notes = page
      .map((part) =>
        words.text('notesGroup', {
          group: partHeading(part, plan, edition, words),
          titles: part.cards
            .map((c) => {
              const status = statusWord(c.initiative, words);
              return status ? `${c.initiative.title} (${status})` : c.initiative.title;
            })
            .join(words.text('listSeparator')),
        }),
      )
      .join('\n');
    return {
      heading: textToMarkdown(title),
      countLabel: textToMarkdown(countLabel),
      columnCount: Math.max(1, columns.length),
      columns,
      fitClass: fitClass(first + i),
      notes: speakerNotes(words, title, notes),
    };
  });
}

export function timelineSlide(
  edition: RoadmapEdition,
  periods: TimelinePeriod[],
  slideLink: LinkFn,
  words: Words,
  fitClass: string,
) {
  const heading = words.text('timeline');
  const today = todayOn(periods, editionDay(edition));
  const todayWord = textToMarkdown(words.text('today'));
  return {
    heading: textToMarkdown(heading),
    periodCount: periods.length,
    periods: periods.map((period, index) => {
      const shown = period.initiatives.slice(0, TIMELINE_TITLES);
      const more = period.initiatives.length - shown.length;
      return {
        label: textToMarkdown(period.label),
        today: today?.index === index ? { label: todayWord, tenth: today.tenth } : undefined,
        items: [
          ...shown.map((i) => `   - ${link(i.title, slideLink(i.id))}`),
          ...(more > 0 ? [`   - ${textToMarkdown(`+${words.count('initiatives', more)}`)}`] : []),
        ].join('\n'),
      };
    }),
    fitClass,
    notes: speakerNotes(
      words,
      heading,
      periods
        .map((p, index) =>
          words.text('notesGroup', {
            group: today?.index === index ? `${p.label} (${words.text('today')})` : p.label,
            titles: p.initiatives.map((i) => i.title).join(words.text('listSeparator')),
          }),
        )
        .join('\n'),
    ),
  };
}

export { timelinePeriods };
