/**
 * What a diff puts in a deck: a "What changed since …" slide, and a NEW or
 * CONTINUED badge on each initiative slide, in the deck's language.
 */
import type { List, ListItem, PhrasingContent } from 'mdast';
import { wordsFor, type Words } from '../i18n/index.js';
import type { Block } from '../model/types.js';
import type { ChangeMark } from '../render/view.js';
import { type EditionDiff, outcomeOf } from './diff.js';

interface ChangeSlide {
  heading: string;
  body: Block[];
  notes: string;
}

export function changeMarks(diff: EditionDiff, words: Words = wordsFor()): Record<string, ChangeMark> {
  const marks: Record<string, ChangeMark> = {};
  for (const a of diff.added) marks[a.id] = { kind: 'new', label: words.text('badgeNew') };
  for (const c of diff.continued)
    marks[c.id] = { kind: 'continued', label: words.text('badgeContinued', { label: c.since }) };
  return marks;
}

const item = (children: PhrasingContent[]): ListItem => ({
  type: 'listItem',
  spread: false,
  children: [{ type: 'paragraph', children }],
});
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const link = (id: string, title: string): PhrasingContent => ({
  type: 'link',
  url: `#${id}`,
  children: [{ type: 'text', value: title }],
});

export function changeSlide(diff: EditionDiff, words: Words = wordsFor()): ChangeSlide {
  const group = (name: string, items: ListItem[]): Block[] => [
    {
      type: 'paragraph',
      children: [
        {
          type: 'strong',
          children: [{ type: 'text', value: words.text('groupCount', { group: name, n: items.length }) }],
        },
      ],
    },
    ...(items.length ? [list(items)] : [{ type: 'paragraph', children: [{ type: 'text', value: '—' }] } as Block]),
  ];
  const body: Block[] = [
    ...group(
      words.text('groupNew'),
      diff.added.map((a) => item([link(a.id, a.title)])),
    ),
    ...group(
      words.text('groupContinued'),
      diff.continued.map((c) =>
        item([
          link(c.id, c.title),
          { type: 'text', value: c.how === 'fuzzy' ? words.text('renamedFrom', { title: c.previousTitle }) : '' },
        ]),
      ),
    ),
    ...removedGroup(diff, words, group),
  ];
  const line = (name: string, titles: string[]) =>
    titles.length ? words.text('notesGroup', { group: name, titles: titles.join(words.text('listSeparator')) }) : '';
  const notes = [
    words.text('notesComparedWith', {
      label: diff.previous.label,
      new: words.count('countNew', diff.added.length),
      continued: words.count('countContinued', diff.continued.length),
      removed: words.count('countRemoved', diff.removed.length),
    }),
    line(
      words.text('groupNew'),
      diff.added.map((a) => a.title),
    ),
    line(
      words.text('groupContinued'),
      diff.continued.map((c) =>
        c.how === 'fuzzy'
          ? words.text('notesRenamedItem', {
              title: c.title,
              label: c.since,
              previous: c.previousTitle,
              score: String(c.score),
            })
          : words.text('notesContinuedItem', { title: c.title, label: c.since }),
      ),
    ),
    line(
      words.text('removedDelivered'),
      diff.removed.filter((r) => outcomeOf(r) === 'delivered').map((r) => r.title),
    ),
    line(
      words.text('removedDropped'),
      diff.removed.filter((r) => outcomeOf(r) === 'dropped').map((r) => r.title),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
  return { heading: words.text('changedSince', { label: diff.previous.label }), body, notes };
}

/**
 * "No longer listed" with its count, then delivered apart from dropped: a line
 * and a list for each kind there is.
 */
function removedGroup(diff: EditionDiff, words: Words, group: (name: string, items: ListItem[]) => Block[]): Block[] {
  const titled = (entries: EditionDiff['removed']) => entries.map((r) => item([{ type: 'text', value: r.title }]));
  const all = group(words.text('groupRemoved'), titled(diff.removed));
  if (!diff.removed.length) return all;
  const blocks: Block[] = [all[0]!];
  for (const kind of ['delivered', 'dropped'] as const) {
    const entries = diff.removed.filter((r) => outcomeOf(r) === kind);
    if (!entries.length) continue;
    const name = words.text(kind === 'delivered' ? 'removedDelivered' : 'removedDropped');
    blocks.push(
      {
        type: 'paragraph',
        children: [
          {
            type: 'emphasis',
            children: [{ type: 'text', value: words.text('groupCount', { group: name, n: entries.length }) }],
          },
        ],
      },
      list(titled(entries)),
    );
  }
  return blocks;
}
