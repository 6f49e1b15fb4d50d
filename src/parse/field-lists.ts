/**
 * Field lists: a list under a heading whose every line is a distinct
 * `Key: value` field of an item's details ("Description: …", "Priority:
 * High", "Issue: <url>", "Owner: @name") describes what it is under; its
 * lines are not pieces of work. They become lines of text (`**Key:** value`),
 * so that the heading above is read as one initiative with those details,
 * and its "Status:" and "Issue:" lines are read like any other. Fields with
 * no value are dropped.
 */
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { plainText } from './markdown.js';

const FIELD_KEY =
  /^(description|summary|details?|priority|issues?|tracking(\s+issue)?|tracker|epic|owners?|assignees?|leads?|contacts?|champions?|sponsors?|status|state|target(\s+(release|date|version))?|milestone|release|version|due(\s+date)?|eta|timeline|dates?|sig|teams?|area|category|prs?|pull\s+requests?|kep|proposal|design(\s+doc)?|docs?|documents?|links?|notes?|estimate|size|effort|stakeholders?|reviewers?|progress|dependencies|depends\s+on)$/i;

interface Field {
  key: string;
  value: PhrasingContent[];
}

export function fieldListsToLines(root: Root): void {
  root.children = root.children.flatMap((block): RootContent[] => {
    if (block.type !== 'list') return [block];
    const fields = fieldsOf(block);
    if (!fields) return [block];
    return fields
      .filter((field) => plainText({ type: 'paragraph', children: field.value }).trim() !== '')
      .map(
        (field): Paragraph => ({
          type: 'paragraph',
          children: [
            { type: 'strong', children: [{ type: 'text', value: `${field.key}:` }] },
            { type: 'text', value: ' ' },
            ...field.value,
          ],
          ...(block.position ? { position: block.position } : {}),
        }),
      );
  });
}

/** The fields of a list that is a field list, or undefined. */
export function fieldsOf(list: List): Field[] | undefined {
  if (list.ordered || list.children.length < 2) return undefined;
  const fields: Field[] = [];
  for (const item of list.children) {
    if (item.checked !== null && item.checked !== undefined) return undefined;
    const [first, ...rest] = item.children;
    if (rest.length || first?.type !== 'paragraph') return undefined;
    const field = fieldOf(first.children);
    if (!field || fields.some((f) => f.key.toLowerCase() === field.key.toLowerCase())) return undefined;
    fields.push(field);
  }
  return fields;
}

/** "Key: value" or "**Key:** value" / "**Key**: value", with a key from the details vocabulary. */
function fieldOf(children: PhrasingContent[]): Field | undefined {
  const [head, ...tail] = children;
  if (head?.type === 'strong') {
    const key = plainText(head).trim();
    const next = tail[0];
    const colonInside = key.endsWith(':');
    const name = key.replace(/:$/, '').trim();
    if (!FIELD_KEY.test(name)) return undefined;
    if (colonInside) return { key: name, value: trimStart(tail) };
    if (next?.type === 'text' && /^\s*:/.test(next.value))
      return { key: name, value: trimStart([{ ...next, value: next.value.replace(/^\s*:/, '') }, ...tail.slice(1)]) };
    return undefined;
  }
  if (head?.type !== 'text') return undefined;
  const match = /^\s*([^:\n]{1,30}?)\s*:(\s|$)/.exec(head.value);
  if (!match || !FIELD_KEY.test(match[1]!)) return undefined;
  return { key: match[1]!, value: trimStart([{ ...head, value: head.value.slice(match[0].length) }, ...tail]) };
}

function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (out[0]?.type === 'text' && out[0].value.trim() === '') out.shift();
  if (out[0]?.type === 'text') out[0] = { ...out[0], value: out[0].value.replace(/^\s+/, '') };
  return out;
}
