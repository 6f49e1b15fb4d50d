/**
 * A roadmap kept as data in the front matter, drawn by the site's layout ("roadmap:" a list of entries,
 * each with its title, status, description and lists of features), while the Markdown below holds only a
 * few framing lines. Each entry becomes a heading over its own lines, built as Markdown nodes, so that
 * the page's structure is read the one way every page is. Asked only when the body itself holds no work.
 *
 * The values are data: each one is read as one line of inline Markdown (its links and emphasis), never
 * as blocks, HTML that runs, or anything else.
 */
import type { Heading, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { type FrontMatter, WORK_LIST_KEY } from '../load/front-matter.js';
import type { Status } from '../model/types.js';
import { parseMarkdown } from './read-markdown.js';
import { statusOfSectionTitle } from './status.js';

/** Keys that name an entry, in the order they are tried. */
const NAME_KEYS = [
  'title',
  'name',
  'phase',
  'stage',
  'initiative',
  'epic',
  'feature',
  'milestone',
  'release',
  'version',
  'heading',
  'label',
];
/** Keys whose text describes the entry. */
const TEXT_KEYS = /^(description|desc|summary|details?|body|text|content|about|goal|notes?)$/i;
/** Keys that say how the entry stands. */
const STATUS_KEYS = /^(status|state|stage|progress|checked|done|complete|completed|finished|shipped)$/i;
/** Keys whose web address is the entry's own issue, epic or board. */
const LINK_KEYS = /^(url|link|href|issue|tracking|epic|github|board)$/i;

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

const scalar = (value: unknown): string | undefined => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return String(value);
  return undefined;
};

/** The name of an entry: its first name key with text. */
const nameOf = (entry: Entry): { key: string; name: string } | undefined => {
  for (const key of NAME_KEYS) {
    const name = scalar(entry[key]);
    if (name) return { key, name };
  }
  return undefined;
};

/**
 * The top-level key whose list holds the page's work: a key that says so ("roadmap", "milestones"), over
 * two entries or more, most of them mappings with a name. The list with most entries wins; undefined
 * when none.
 */
export function workKeyOf(data: Record<string, unknown>): string | undefined {
  let best: { key: string; count: number } | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!WORK_LIST_KEY.test(key) || !Array.isArray(value)) continue;
    const named = value.filter((entry) => isEntry(entry) && nameOf(entry));
    if (named.length < 2 || named.length < value.length / 2) continue;
    if (!best || named.length > best.count) best = { key, count: named.length };
  }
  return best?.key;
}

/** One value as inline Markdown: its links, emphasis and code, never a block (a heading, a list, HTML). */
function inline(text: string, line: number): PhrasingContent[] {
  const single = text.replace(/\s*\n\s*/g, ' ');
  // After a word joiner written as an entity, whatever the value opens with ("# …", "- …", "<div>") is
  // inside one paragraph; the joiner is taken out again.
  const root = parseMarkdown(`&#x2060;${single}`);
  const only = root.children.length === 1 && root.children[0]!.type === 'paragraph' ? root.children[0] : undefined;
  const children: PhrasingContent[] = only ? only.children : [{ type: 'text', value: single }];
  const [first, ...rest] = children;
  const lead = first?.type === 'text' ? first.value.replace(/^\u2060/, '') : undefined;
  const opened = first?.type === 'text' ? [...(lead ? [{ ...first, value: lead }] : []), ...rest] : children;
  return opened.map((child) => placed(child, line));
}

/** A node, and every node under it, set at the entry's line in the file. */
function placed<T extends RootContent | PhrasingContent | ListItem>(node: T, line: number): T {
  const at = { start: { line, column: 1 }, end: { line, column: 1 } };
  const copy = { ...node, position: at } as T & { children?: unknown[] };
  if (Array.isArray(copy.children)) copy.children = copy.children.map((child) => placed(child as RootContent, line));
  return copy;
}

const keyWords = (key: string): string => {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const line = (children: PhrasingContent[], at: number): Paragraph => placed({ type: 'paragraph', children }, at);

const WORDS: Record<Status, string | undefined> = {
  done: 'Done',
  'in-progress': 'In progress',
  planned: 'Planned',
  future: 'Future',
  unknown: undefined,
};

/**
 * How a status key's value reads as a status line: `true` is done; `false` is not done yet, so planned,
 * unless the entry's name says how it stands ("Future ideas"); a code ("in_progress", "progress") in words.
 */
function statusWords(value: unknown, name: string): string | undefined {
  if (value === true) return WORDS.done;
  if (value === false) return WORDS[statusOfSectionTitle(name)] ?? WORDS.planned;
  const text = scalar(value)?.replace(/[_-]+/g, ' ');
  return text && /^progress(ing)?$/i.test(text) ? 'In progress' : text;
}

/** The lines an entry's fields make under its heading, in the order the entry gives them. */
function fieldsOf(entry: Entry, named: { key: string; name: string }, at: number): RootContent[] {
  const blocks: RootContent[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (key === named.key || value === null || value === undefined) continue;
    if (STATUS_KEYS.test(key) && !Array.isArray(value)) {
      const words = statusWords(value, named.name);
      if (words) blocks.push(line([{ type: 'text', value: 'Status: ' }, ...inline(words, at)], at));
      continue;
    }
    if (Array.isArray(value)) {
      const items = value.map(scalar).filter((v): v is string => v !== undefined);
      if (!items.length) continue;
      blocks.push(line([{ type: 'text', value: `${keyWords(key)}:` }], at));
      blocks.push(
        placed(
          {
            type: 'list',
            ordered: false,
            spread: false,
            children: items.map(
              (item): ListItem => ({
                type: 'listItem',
                spread: false,
                children: [{ type: 'paragraph', children: inline(item, at) }],
              }),
            ),
          },
          at,
        ),
      );
      continue;
    }
    const text = scalar(value);
    if (!text) continue;
    if (TEXT_KEYS.test(key)) blocks.push(line(inline(text, at), at));
    else if (LINK_KEYS.test(key) && /^https?:\/\/\S+$/.test(text))
      blocks.push(
        line(
          [
            { type: 'text', value: 'Tracking: ' },
            { type: 'link', url: text, children: [{ type: 'text', value: text }] },
          ],
          at,
        ),
      );
    else blocks.push(line([{ type: 'text', value: `${keyWords(key)}: ` }, ...inline(text, at)], at));
  }
  return blocks;
}

/**
 * The front matter's work as headings of `depth` over their lines, each set at its entry's line; undefined
 * when the front matter holds no list of work.
 */
export function frontMatterWork(frontMatter: FrontMatter, depth: Heading['depth'] = 2): RootContent[] | undefined {
  const key = workKeyOf(frontMatter.data);
  if (!key) return undefined;
  const entries = frontMatter.data[key] as unknown[];
  const lines = frontMatter.itemLines?.[key];
  const fallback = frontMatter.keyLines[key] ?? 1;
  return entries.flatMap((entry, index) => {
    if (!isEntry(entry)) return [];
    const named = nameOf(entry);
    if (!named) return [];
    const at = lines?.[index] ?? fallback;
    const heading: Heading = placed({ type: 'heading', depth, children: inline(named.name, at) }, at);
    return [heading, ...fieldsOf(entry, named, at)];
  });
}
