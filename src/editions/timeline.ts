/**
 * The roadmap over time: initiatives as rows, editions as columns, each cell
 * the initiative's status in that edition; where an initiative stops being
 * listed, a cell says whether it was delivered or dropped. Rows follow an
 * initiative across editions the way "What changed" does (by title, renames
 * included). The HTML is a table with row and column headers, every cell
 * written out in words (colour only repeats them), in a scrollable region
 * that takes keyboard focus.
 */
import { escapeHtml } from '../export/html/handout-html.js';
import { wordsFor, type Words } from '../i18n/index.js';
import type { ListItem } from 'mdast';
import { allInitiatives, type Block, type Initiative, type RoadmapEdition, type Status } from '../model/types.js';
import { type Outcome, outcomeOf } from './diff.js';
import { matchInitiatives } from './match.js';

export type TimelineCell = { status: Status } | { outcome: Outcome } | null;

export interface Timeline {
  editions: { label: string; stem: string; date?: string }[];
  rows: { title: string; cells: TimelineCell[] }[];
}

export function timeline(editions: { stem: string; edition: RoadmapEdition }[]): Timeline {
  const rows: Timeline['rows'] = [];
  let rowOf = new Map<Initiative, number>();
  editions.forEach(({ edition }, column) => {
    const current = allInitiatives(edition);
    const next = new Map<Initiative, number>();
    const previous = column > 0 ? allInitiatives(editions[column - 1]!.edition) : [];
    const matching = matchInitiatives(previous, current);
    for (const m of matching.matches) next.set(m.current, rowOf.get(m.previous)!);
    for (const c of current) {
      if (next.has(c)) continue;
      next.set(c, rows.length);
      rows.push({ title: c.title, cells: Array(editions.length).fill(null) });
    }
    for (const [initiative, row] of next) {
      rows[row]!.cells[column] = { status: initiative.status };
      // The newest title names the row.
      rows[row]!.title = initiative.title;
    }
    for (const r of matching.removed) rows[rowOf.get(r)!]!.cells[column] = { outcome: outcomeOf(r) };
    rowOf = next;
  });
  return {
    editions: editions.map(({ stem, edition }) => ({
      label: edition.label,
      stem,
      ...(edition.date ? { date: edition.date } : {}),
    })),
    rows,
  };
}

/** Text and background of each kind of cell: every pair at least 7:1. */
export const TIMELINE_CSS = `
.timeline { margin: 8px 0 40px; }
.timeline .scroll { overflow-x: auto; border: 1px solid #cbd5e1; border-radius: 10px; background: #fff; }
.timeline .scroll:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.timeline table { border-collapse: collapse; font-size: 0.875rem; min-width: 100%; }
.timeline th, .timeline td { border-bottom: 1px solid #e2e8f0; padding: 6px 10px; text-align: left; vertical-align: top; }
.timeline thead th { white-space: nowrap; background: #f1f5f9; color: #0f172a; }
.timeline tbody th { font-weight: 600; color: #0f172a; min-width: 14em; }
.timeline td { white-space: nowrap; color: #334155; }
.timeline .done { background: #dcfce7; color: #14532d; }
.timeline .in-progress { background: #dbeafe; color: #1e3a8a; }
.timeline .planned { background: #fef9c3; color: #713f12; }
.timeline .future { background: #f3e8ff; color: #581c87; }
.timeline .unknown { background: #f1f5f9; color: #1e293b; }
.timeline .delivered { background: #14532d; color: #ffffff; font-weight: 600; }
.timeline .dropped { background: #fee2e2; color: #7f1d1d; font-weight: 600; }
`;

export function timelineHtml(data: Timeline, words: Words = wordsFor()): string {
  const head = data.editions
    .map(
      (e) =>
        `<th scope="col"><a href="${escapeHtml(encodeURIComponent(e.stem))}/">${escapeHtml(e.label)}</a>${
          e.date ? `<br><time datetime="${escapeHtml(e.date)}">${escapeHtml(e.date)}</time>` : ''
        }</th>`,
    )
    .join('');
  const cell = (c: TimelineCell) => {
    if (!c) return '<td></td>';
    if ('outcome' in c) {
      const text = words.text(c.outcome === 'delivered' ? 'removedDelivered' : 'removedDropped');
      return `<td class="${c.outcome}">${c.outcome === 'delivered' ? '✓ ' : '✗ '}${escapeHtml(text)}</td>`;
    }
    return `<td class="${c.status}">${escapeHtml(words.status(c.status) || words.text('timelineListed'))}</td>`;
  };
  const body = data.rows
    .map((r) => `<tr><th scope="row">${escapeHtml(r.title)}</th>${r.cells.map(cell).join('')}</tr>`)
    .join('\n');
  const heading = escapeHtml(words.text('timelineHeading'));
  return `<div class="timeline"><h2 id="timeline">${heading}</h2>
<div class="scroll" role="region" aria-labelledby="timeline" tabindex="0"><table>
<thead><tr><th scope="col">${escapeHtml(words.text('timelineInitiative'))}</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div></div>`;
}

/** Editions a slide has room for: the newest ones. */
const SLIDE_EDITIONS = 6;

/**
 * The same picture as a slide (`build --history-slide`, newest deck): the
 * editions it covers, then a line per initiative with its statuses in order
 * ("Backend System 1.0: Planned → Done → ✓ Delivered"), which flows into the
 * slide's columns where a table would not fit; the notes say which edition
 * said what.
 */
export function timelineSlide(
  data: Timeline,
  words: Words = wordsFor(),
): { heading: string; body: Block[]; notes: string } {
  const from = Math.max(0, data.editions.length - SLIDE_EDITIONS);
  const editions = data.editions.slice(from);
  // Initiatives listed in the span; one whose only mark there is its end was gone before it.
  const rows = data.rows.filter((r) => r.cells.slice(from).some((c) => c && 'status' in c));
  const said = (c: TimelineCell) =>
    !c
      ? ''
      : 'outcome' in c
        ? `${c.outcome === 'delivered' ? '✓' : '✗'} ${words.text(c.outcome === 'delivered' ? 'removedDelivered' : 'removedDropped')}`
        : words.status(c.status) || words.text('timelineListed');
  const item = (r: Timeline['rows'][number]): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: r.title }] },
          { type: 'text', value: `: ${r.cells.slice(from).filter(Boolean).map(said).join(' → ')}` },
        ],
      },
    ],
  });
  const body: Block[] = [
    {
      type: 'paragraph',
      children: [{ type: 'emphasis', children: [{ type: 'text', value: editions.map((e) => e.label).join(' → ') }] }],
    },
    { type: 'list', ordered: false, spread: false, children: rows.map(item) },
  ];
  const notes = rows
    .map((r) =>
      [r.title, ...r.cells.slice(from).map((c, i) => (c ? `${editions[i]!.label}: ${said(c)}` : ''))]
        .filter(Boolean)
        .join(' — '),
    )
    .join('\n');
  return { heading: words.text('timelineHeading'), body, notes };
}
