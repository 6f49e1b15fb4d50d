/**
 * A site generator's markup in a page's text, read as the text it shows: Hugo shortcodes and Liquid
 * tags go (an icon the site draws for a status stays as that status's sign), attribute lists go, and
 * GitHub's and MkDocs' icon codes become the emoji they show.
 */
import EMOJI from 'markdown-it-emoji/lib/data/full.mjs';
import type { Status } from '../model/types.js';
import { isWholeStatus, normalizeStatus, STATUS_SHORTCODES } from './status.js';

const ATTRIBUTE = String.raw`(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[\w.-]+))`;
const ATTRIBUTE_LIST = new RegExp(String.raw`[ \t]*\{[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*[ \t]*\}`, 'g');

/** Removes Hugo shortcodes such as `{{% alert %}}`, `{{< info >}}`, Liquid tags (`{% link … %}`), kramdown attribute lists and MkDocs icon codes. */
export function stripShortcodes(value: string): string {
  return (
    value
      // An icon the site draws for a status ("{{< iconplanned >}}", "{{< icon-done >}}") is that status's sign.
      .replace(/\{\{[%<]\s*([\w-]+)\s*[%>]\}\}/g, (_, name: string) => statusIconSign(name))
      // …and so is a status a site's status tag is given ("{{< roadmap-status stage=\"complete\" >}}",
      // "{% include status.html is='wip' %}").
      .replace(/\{\{[%<]\s*([\w.-]+)((?:\s+[\w-]+=(?:"[^"\n]*"|'[^'\n]*'))+)\s*[%>]\}\}/g, statusTagWord)
      .replace(/\{%-?\s*include\s+([\w./-]+)((?:\s+[\w-]+=(?:"[^"\n]*"|'[^'\n]*'))+)\s*-?%\}/g, statusTagWord)
      .replace(/\{\{[%<][\s\S]*?[%>]\}\}/g, '')
      // A link whose target is a site generator's tag ("[Spec]({% link docs/spec.md %})", which Markdown
      // does not read as a link) is its text; a tag left alone in text ("{% include note.html %}") goes.
      .replace(/\[([^\]\n]+)\]\(\{%[^%\n]*%\}[^)\n]*\)/g, '$1')
      .replace(/\{%[^%\n]*%\}/g, '')
      // Kramdown attribute lists after a link or a block (`{:target="_blank"}`, `{: .note}`) style the site's page.
      .replace(/\{:[^{}\n]*\}/g, '')
      // …and those of Python-Markdown and markdown-it-attrs (`{ .text-caption }`, `{ #labs }`, `{ id="labs" }`).
      .replace(ATTRIBUTE_LIST, '')
      // GitHub's shortcodes (":construction:", ":atom_symbol:") as the emoji they show, from the table
      // the slides are rendered with: the model's text is the slide's text.
      .replace(/:([a-z0-9_+-]+):/g, (code, name: string) => STATUS_SHORTCODES[name] ?? EMOJI[name] ?? code)
      .replace(/:(?:material|fontawesome|octicons|simple)-([a-z0-9-]+):/g, (_, name: string) =>
        name.includes('check') ? '✓' : '',
      )
  );
}

/** The emoji the slides show for a status, by the status an icon's name gives ("iconinprogress" → 🚧). */
const STATUS_SIGN: Partial<Record<Status, string>> = { done: '✅', 'in-progress': '🚧', planned: '📅', future: '🔮' };

function statusIconSign(name: string): string {
  const words = /^icon[-_]?(.+)$|^(.+?)[-_]?icon$/i.exec(name);
  const rest = (words?.[1] ?? words?.[2] ?? '')
    .replace(/[-_]+/g, ' ')
    .replace(/^inprogress$/i, 'in progress')
    .trim();
  // Status words as a whole; a stage of a release ("icon-preview", "icon-stable") says what kind of
  // release, which the section around it may say otherwise.
  if (!rest || !isWholeStatus(rest) || RELEASE_STAGE.test(rest)) return '';
  return STATUS_SIGN[normalizeStatus(rest)] ?? '';
}

/**
 * The status a site's status tag is given as a written value, as the page's own word in brackets
 * ("(complete)", "(wip)"), which a title or a line of its own reads as its status. Only a tag named for
 * one item's status ("roadmap-status", "status.html", "progress-bar"), not one that lists work by
 * status ("features-by-status"); its other arguments (a version, a date) say nothing of it, nor does a
 * value the site fills in ("status=p.status").
 */
function statusTagWord(tag: string, name: string, args: string): string {
  if (!isStatusTag(name)) return tag;
  const values = [...args.matchAll(/[\w-]+=(?:"([^"\n]*)"|'([^'\n]*)')/g)].map((m) => (m[1] ?? m[2] ?? '').trim());
  const value = values.find((v) => v && isWholeStatus(v) && !RELEASE_STAGE.test(v));
  return value ? ` (${value}) ` : tag;
}

function isStatusTag(name: string): boolean {
  const parts = name
    .replace(/\.html?$/i, '')
    .toLowerCase()
    .split(/[-_./]+/)
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  return (
    parts.length <= 3 &&
    /^(status|state|progress|badge|bar|pill|label|icon)$/.test(last) &&
    parts.some((part) => /^(status|state|progress)$/.test(part)) &&
    !parts.some((part) => /^(by|list|filter|table|all|features|items)$/.test(part))
  );
}

const RELEASE_STAGE = /^(alpha|beta|preview|experimental|stable|ga|incubating|prototype)$/i;
