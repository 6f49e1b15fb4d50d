/**
 * A status written beside a title's words: a tag leading it ("[Done] Plugin API", "(WIP) Video
 * tutorials"), or one in brackets or after a dash at its end ("Plugin API (In Progress)", "Storage layer
 * - ✓ DONE"). Only words that read as a status count; the vocabulary is ./status.ts's.
 */
import type { Status } from '../model/types.js';
import { isWholeStatus, normalizeStatus, statusEmojiOf } from './status.js';

/**
 * A parenthesized status at the end of a title or sentence: "(In Progress)",
 * "(Done ✅)", "(New!)", "(in progress, likely v1.1)".
 */
export function trailingStatusOf(text: string): { status: Status; statusText: string; rest: string } | undefined {
  const signed = signedStatusOf(text);
  if (signed) return signed;
  const bracketed = /\s*\(([^()]{1,40})\)\s*$/.exec(text) ?? /\s*\[([^[\]]{1,30})\]\s*$/.exec(text);
  // "Storage layer - ✓ DONE", "Plugin API — in progress": a status after a dash, its words a status
  // too ("v2.0 - Better Output 📋" is a name and an icon, not a status).
  const dashed = bracketed ? null : /\s+[-–—]\s+([^()[\]\-–—]{1,30}?)\s*$/.exec(text);
  const match = bracketed ?? dashed;
  if (!match) return undefined;
  const inner = match[1]!.trim();
  const status = normalizeStatus(inner);
  if (status === 'unknown' || !looksLikeStatus(inner)) return undefined;
  const words = inner.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim();
  // After a dash, only words that are a status and nothing else ("v1.0 — Stable Release" names a release).
  if (dashed && words && (normalizeStatus(words) === 'unknown' || !isWholeStatus(words))) return undefined;
  return { status, statusText: inner, rest: text.slice(0, match.index).trim() };
}

/**
 * A sign and its status words at the end of a title after its name ("Wait-time profiling ✅ Done (basic)",
 * "Loader ✅ Complete", "Plugin system 🌟 Future"): the words say; a remark after them goes with them.
 */
export function signedStatusOf(text: string): { status: Status; statusText: string; rest: string } | undefined {
  const signed = /\s+(\p{Extended_Pictographic})\uFE0F?\s*(\p{L}[\p{L} -]{0,24}?)(\s*\([^()]{1,30}\))?\s*$/u.exec(text);
  // (Any sign: the words say the status, the sign decorates them, "Plugin system 🌟 Future".)
  if (!signed || !isWholeStatus(signed[2]!)) return undefined;
  const status = normalizeStatus(signed[2]!);
  const rest = text.slice(0, signed.index).trim();
  if (status === 'unknown') return undefined;
  return { status, statusText: `${signed[2]}${signed[3] ?? ''}`.trim(), rest };
}

/**
 * An inline tag leading a title: "[Done] Plugin API", "[In-progress] Faster builds", "(WIP) Video
 * tutorials", "✌️ (DONE) Volar support" (an emoji before the tag decorates it: the tag's words say).
 */
export function leadingTagStatusOf(text: string): { status: Status; statusText: string; rest: string } | undefined {
  const match =
    /^\s*((?:\p{Extended_Pictographic}[\uFE0F\u200D\p{Emoji_Modifier}]*\s*)*)(?:\[([^[\]]{1,30})\]|\(([^()]{1,30})\))\s*(?=\S)/u.exec(
      text,
    );
  if (!match) return undefined;
  const inner = (match[2] ?? match[3])!.trim();
  const status = normalizeStatus(inner);
  if (status === 'unknown' || !looksLikeStatus(inner)) return undefined;
  // A status emoji before the tag that says otherwise ("✅ (Next) Dark mode") speaks first: it is
  // read as such, not here. One that agrees ("🚧 (WIP)") goes with the tag.
  const emoji = match[1] ? statusEmojiOf(match[1]) : undefined;
  if (emoji && emoji.status !== status) return undefined;
  // Words in parentheses are an aside as often as a tag: only a status and nothing else is one
  // ("(WIP)", "(Done)"; not "(Next.js)", "(Now available)", "(Stable Diffusion)").
  // Nor where a status emoji in the words would say otherwise ("(WIP) Offline mode ✅").
  if (match[3] !== undefined && (!isWholeStatus(inner) || statusEmojiOf(text.slice(match[0].length)))) return undefined;
  return { status, statusText: inner, rest: text.slice(match[0].length) };
}

/** Status words lead the phrase: "In Progress, likely v1.1" yes, "alpha released" only as a whole. */
function looksLikeStatus(inner: string): boolean {
  return (
    /^(\W*)(done|complete[d]?|in[\s-]+progress|work\s+in\s+progress|wip|ongoing|planned|next|later|future|not\s+started|started|begun|(in|under)\s+development|in\s+design|new!?|provisional|proposed|shipped|released|stable|beta|alpha\s+released|ga|soon|now|blocked|on\s+hold|to\s*do|todo)\b/i.test(
      inner,
    ) || statusEmojiOf(inner) !== undefined
  );
}
