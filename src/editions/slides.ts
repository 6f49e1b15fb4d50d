/**
 * What a diff puts in a deck: a "What changed since …" slide, and a NEW or
 * CONTINUED badge on each initiative slide.
 */
import type { List, ListItem, PhrasingContent } from 'mdast';
import type { Block } from '../model/types.js';
import type { ChangeMark } from '../render/view.js';
import type { EditionDiff } from './diff.js';

export interface ChangeSlide {
  heading: string;
  body: Block[];
  notes: string;
}

export function changeMarks(diff: EditionDiff): Record<string, ChangeMark> {
  const marks: Record<string, ChangeMark> = {};
  for (const a of diff.added) marks[a.id] = { kind: 'new', label: 'New' };
  for (const c of diff.continued) marks[c.id] = { kind: 'continued', label: `Continued · since ${c.since}` };
  return marks;
}

const item = (children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] });
const list = (items: ListItem[]): List => ({ type: 'list', ordered: false, spread: false, children: items });
const link = (id: string, title: string): PhrasingContent => ({ type: 'link', url: `#${id}`, children: [{ type: 'text', value: title }] });
const group = (label: string, count: number, items: ListItem[]): Block[] => [
  { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: `${label} (${count})` }] }] },
  ...(items.length ? [list(items)] : [{ type: 'paragraph', children: [{ type: 'text', value: '—' }] } as Block]),
];

export function changeSlide(diff: EditionDiff): ChangeSlide {
  const body: Block[] = [
    ...group('New', diff.added.length, diff.added.map((a) => item([link(a.id, a.title)]))),
    ...group('Continued', diff.continued.length, diff.continued.map((c) => item([
      link(c.id, c.title),
      { type: 'text', value: c.how === 'fuzzy' ? ` (was “${c.previousTitle}”)` : '' },
    ]))),
    ...group('No longer listed', diff.removed.length, diff.removed.map((r) => item([{ type: 'text', value: r.title }]))),
  ];
  const notes = [
    `Compared with ${diff.previous.label}: ${diff.added.length} new, ${diff.continued.length} continued, ${diff.removed.length} no longer listed.`,
    diff.added.length ? `New: ${diff.added.map((a) => a.title).join('; ')}` : '',
    diff.continued.length ? `Continued: ${diff.continued.map((c) => `${c.title} (since ${c.since}${c.how === 'fuzzy' ? `, was "${c.previousTitle}", match ${c.score}` : ''})`).join('; ')}` : '',
    diff.removed.length ? `No longer listed: ${diff.removed.map((r) => r.title).join('; ')}` : '',
  ].filter(Boolean).join('\n\n');
  return { heading: `What changed since ${diff.previous.label}`, body, notes };
}
