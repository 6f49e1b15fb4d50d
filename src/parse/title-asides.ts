/**
 * Asides in parentheses at a title's end that hold links ("… ([spec](…))", "… (see [RFC](…))"): they
 * point to more about the work and leave the title. Asides that give examples stay in it.
 */
import type { Link, PhrasingContent, Text } from 'mdast';
import { plainText } from './markdown.js';
import { isFiller, isRefLink, SEE, words } from './ref-links.js';

/**
 * The parenthesised aside a title ends with, when it holds a link and at least two words stay
 * before it. A stray closing parenthesis after it ("…(see [doc](…)))") is left out.
 */
function linkAside(head: PhrasingContent[]): { before: PhrasingContent[]; aside: PhrasingContent[] } | undefined {
  const last = head[head.length - 1];
  if (last?.type !== 'text' || !/\)[\s.,;]*$/.test(last.value)) return undefined;
  const texts = head
    .filter((n): n is Text => n.type === 'text')
    .map((n) => n.value)
    .join('');
  let stray = (texts.match(/\)/g) ?? []).length - (texts.match(/\(/g) ?? []).length;
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    const node = head[i]!;
    if (node.type !== 'text') continue;
    for (let j = node.value.length - 1; j >= 0; j--) {
      const c = node.value[j];
      if (c === ')') {
        if (stray > 0 && depth === 0 && i === head.length - 1) stray--;
        else depth++;
      } else if (c === '(' && --depth === 0) {
        const before = [...head.slice(0, i), { ...node, value: node.value.slice(0, j) }];
        const aside = [{ ...node, value: node.value.slice(j) }, ...head.slice(i + 1)];
        const inside: PhrasingContent[] = [{ type: 'text', value: node.value.slice(j + 1) }, ...head.slice(i + 1)];
        const onlyRefs = inside.every((n) => isFiller(n) || isRefLink(n));
        // "(See #96, #750)" after even a one-word name ("Pagination") points to its issues: never part of it.
        const seeRefs = inside.every((n) => isFiller(n) || isRefLink(n) || (n.type === 'text' && SEE.test(n.value)));
        const least = seeRefs && !onlyRefs ? 1 : 2;
        return aside.some((n) => n.type === 'link') && !onlyRefs && !namesExamples(inside) && words(before) >= least
          ? { before, aside }
          : undefined;
      }
    }
  }
  return undefined;
}

/** Link texts that point to more about the work, not to things it names: "spec", "design", "our RFC". */
const POINTER_TEXT =
  /\b(specs?|specifications?|rfcs?|keps?|designs?|docs?|documentation|discussions?|threads?|issues?|prs?|proposals?|here|links?|blogs?|posts?|notes?|details?|tracking|epics?|milestones?|boards?|plans?|drafts?|guides?|wiki|readme|comments?|demos?|prototypes?|more)\b/i;

/**
 * What an aside holds is part of the name when it gives examples, each link a name and none a pointer
 * to more: after "e.g." ("(e.g. [Cap](…))"), or two or more linked names alone ("([Rhino](…), [Nashorn](…))").
 */
function namesExamples(inside: PhrasingContent[]): boolean {
  const links = inside.filter((n): n is Link => n.type === 'link');
  const named = links.every((link) => {
    const text = plainText(link).trim();
    return !isRefLink(link) && !POINTER_TEXT.test(text) && words([link]) <= 3;
  });
  if (!named) return false;
  const opening = inside[0]?.type === 'text' ? inside[0].value : '';
  if (/^\s*(e\.\s?g\.?|for\s+example|such\s+as|like|including|incl\.)[\s,:]/i.test(opening)) return true;
  // Alone, each is written as a name: "Rhino", "Nashorn", not "our notes".
  return (
    links.length >= 2 &&
    links.every((link) => /^[\p{Lu}\p{N}]/u.test(plainText(link).trim())) &&
    inside.every((n) => n.type === 'link' || (n.type === 'text' && /^[\s,;/&)]*(?:(?:and|or)\s+)?$/i.test(n.value)))
  );
}

/**
 * The closing asides of a title, one after another ("… ([spec](…))([Widgets issue #9](…))"): each holds a
 * link, and the words before them stay a name.
 */
export function linkAsides(
  head: PhrasingContent[],
): { before: PhrasingContent[]; aside: PhrasingContent[] } | undefined {
  let found = linkAside(head);
  if (!found) return undefined;
  for (let next = linkAside(found.before); next; next = linkAside(found.before))
    found = { before: next.before, aside: [...next.aside, ...found.aside] };
  return found;
}

/**
 * An aside opened in the title and left open ("… (", "[spec](…)"): its opening parenthesis is the last one
 * not closed, and a link follows it. Undefined when every parenthesis is closed or no link follows.
 */
export function openAside(
  head: PhrasingContent[],
): { before: PhrasingContent[]; aside: PhrasingContent[] } | undefined {
  let depth = 0;
  for (let i = head.length - 1; i >= 0; i--) {
    const node = head[i]!;
    if (node.type !== 'text') continue;
    for (let j = node.value.length - 1; j >= 0; j--) {
      if (node.value[j] === ')') depth++;
      else if (node.value[j] === '(' && --depth < 0) {
        const after = [{ ...node, value: node.value.slice(j) }, ...head.slice(i + 1)];
        const before = [...head.slice(0, i), { ...node, value: node.value.slice(0, j) }];
        return after.some((n) => n.type === 'link') && words(before) >= 1 ? { before, aside: after } : undefined;
      }
    }
  }
  return undefined;
}
