/**
 * A table's title cell written as a list item is: "Name: what it is", "**Name**: what it is",
 * "[Name](issue): what it is", "Name. What it is.",
 * with perhaps a tag for the component first ("**[cli]** [Name](…): …"). The name titles the row;
 * the words after it describe it and go to the slide.
 */
import type { PhrasingContent } from 'mdast';
import { colonLeadOf, describes, firstSentence, linkLeadOf, withoutFinalStop, words } from './leads.js';
import { plainText, trimInlines } from './markdown.js';
import { bucketOf, isReleaseNumber } from './period.js';
import { isPlaceholder } from './table.js';

export interface CellLead {
  name: PhrasingContent[];
  description: PhrasingContent[];
  /** Set when the name is a bold line of its own over its description. */
  ownLine?: boolean;
}

/**
 * "**Physics update**<br>The engine had …": a bold name on a line of its own, over what it is (as a site
 * writes a cell's heading and text); the line break sets them apart as a colon does.
 */
function boldLineLeadOf(inl: PhrasingContent[]): CellLead | undefined {
  const at = inl.findIndex((node) => node.type === 'break');
  if (at < 1) return undefined;
  const name = trimInlines(inl.slice(0, at));
  const description = trimInlines(inl.slice(at + 1));
  // What it is in words of its own: more bold names below ("**M1**<br>**Auth**<br>**Billing**") are one name.
  const plainWords = description.filter((node) => node.type !== 'strong' && node.type !== 'break');
  if (
    name.length !== 1 ||
    name[0]!.type !== 'strong' ||
    !/\p{L}/u.test(plainText({ type: 'paragraph', children: plainWords }))
  )
    return undefined;
  const text = plainText(name[0]!).trim();
  // "**Breaking:**<br>Drop Python 3.8" labels its line, as a key does; it names nothing.
  if (!text || text.endsWith(':') || words(text) > 12 || isPlaceholder(text)) return undefined;
  // Nor does a release, a milestone's code or a period over the name ("**v2.0**<br>Plugin API",
  // "**M1**<br>…", "**Q1 2025**<br>…"): that says when; the words below name the work.
  if (bucketOf(text) || isReleaseNumber(text) || /^[A-Z]{1,4}[-_ ]?\d{1,4}$/.test(text)) return undefined;
  return { name: withoutFinalStop(name[0]!.children), description, ownLine: true };
}

/** A bracketed tag before the name, "**[cli]**" or "[cli]" written as text: how many nodes it spans. */
function tagLength(inl: PhrasingContent[]): number {
  const [first, second] = inl;
  const isTag = (text: string) => /^\[[^\][]{1,30}\]$/.test(text.trim());
  if (first?.type === 'strong' && isTag(plainText(first)))
    return second?.type === 'text' && !second.value.trim() ? 2 : 1;
  return 0;
}

/** "**Login page**: Built with the new forms." — a name in bold before a colon, as a list item writes it. */
function boldLeadOf(inl: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] | undefined {
  const [first, next, ...more] = inl;
  if (first?.type !== 'strong') return undefined;
  const inside = plainText(first).trim().endsWith(':');
  const colon = next?.type === 'text' && /^\s*:\s/.test(next.value) ? next : undefined;
  if (!inside && !colon) return undefined;
  const after = colon ? [{ ...colon, value: colon.value.replace(/^\s*:\s*/, '') }, ...more] : inl.slice(1);
  const name: PhrasingContent[] = inside ? [{ ...first, children: withoutColon(first.children) }] : [first];
  return [name, trimInlines(after as PhrasingContent[])];
}

/** Bold words without the colon that closes them ("Login page:" → "Login page"). */
function withoutColon(children: PhrasingContent[]): PhrasingContent[] {
  const out = trimInlines(children);
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s*:$/, '') };
  return out;
}

/** The name and description of a title cell, or undefined when the cell is one name. */
export function cellLeadOf(inl: PhrasingContent[]): CellLead | undefined {
  const tag = tagLength(inl);
  const rest = trimInlines(inl.slice(tag));
  const own = tag ? undefined : boldLineLeadOf(rest);
  if (own) return own;
  // …or "Name. What it is.": a short first sentence names the row, as it names a list item.
  const split = boldLeadOf(rest) ?? linkLeadOf(rest) ?? colonLeadOf(rest) ?? firstSentence(rest);
  // "TBD: Intro talk": a place held for a name still to come is no name.
  if (!split || !plainText(split[1]).trim() || words(plainText(split[0])) > 12 || isPlaceholder(plainText(split[0])))
    return undefined;
  const name = withoutFinalStop(trimInlines(split[0]));
  // "[Package commands - Milestone 3.](…)": the full stop inside the link ends the sentence too.
  const last = name[name.length - 1];
  if (last?.type === 'link') name[name.length - 1] = { ...last, children: withoutFinalStop(last.children) };
  return {
    name: tag ? [...inl.slice(0, tag), { type: 'text', value: ' ' }, ...name] : name,
    description: split[1],
  };
}

/**
 * The title cells of one table, split where they are written "Name: description": each cell whose
 * description says something (six words or more), and, when half the rows or more are written so,
 * the rest written alike with a shorter description. Undefined for a row that keeps its whole cell.
 */
export function cellLeads(cells: PhrasingContent[][]): (CellLead | undefined)[] {
  const leads = cells.map(cellLeadOf);
  const described = leads.map((lead) => !!lead && (lead.ownLine === true || describes(lead.description)));
  const alike = described.filter(Boolean).length * 2 >= cells.length && cells.length >= 2;
  // A lead several cells share ("Research: explore …", "Research: OTLP over HTTP") is their kind, not
  // a name: each keeps its whole cell, as list items that share a lead do.
  const nameOf = (lead: CellLead | undefined) =>
    lead ? plainText({ type: 'paragraph', children: lead.name }).trim().toLowerCase() : '';
  const shared = (lead: CellLead | undefined) =>
    !!lead && leads.filter((other) => nameOf(other) === nameOf(lead)).length >= 2;
  // Bold lines that several rows share ("**Performance**<br>…" twice) are the table's areas: then
  // each row's bold line is its area ("**DX**<br>Better errors"), and the row keeps its whole cell.
  const areas = leads.some((lead) => lead?.ownLine && shared(lead));
  return leads.map((lead, i) =>
    (described[i] || (alike && lead)) && !shared(lead) && !(areas && lead?.ownLine) ? lead : undefined,
  );
}
