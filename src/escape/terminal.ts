/**
 * Text for a terminal or a CI log. Page text reaches both: titles in
 * `inspect`, file names and picture paths in warnings, messages that quote
 * the page. Printed raw, a control character acts: ESC starts sequences that
 * clear lines, move the cursor, retitle the window or write hidden links
 * (OSC 8), a carriage return overwrites the line, and a newline followed by
 * `::error file=…::` or `::add-mask::` is a GitHub Actions workflow command.
 * Bidirectional controls reorder what the line shows.
 *
 * So every control character (C0, C1, DEL), bidirectional control, line or
 * paragraph separator and zero-width character is written out as `⟨U+001B⟩`
 * (the notation link text uses), and a line whose text starts like a CI
 * command (`::`, `##[`) has its first character written out too. Joiners and
 * variation selectors stay: emoji and many scripts are drawn with them.
 */

const UNPRINTABLE = /[\p{Cc}\p{Bidi_Control}\p{Zl}\p{Zp}\u200b\u2060-\u2064\ufeff\u{e0000}-\u{e007f}]/gu;
/** The colours `paint` writes (SGR codes): the only escape sequences a line may keep, and only when colour is on. */
const OWN_STYLE = /(\u001b\[\d{1,2}m)/;
/** How workflow commands start: GitHub Actions (`::name …::`, `##[name]`) and Azure Pipelines (`##vso[`, anywhere). */
const COMMAND_START = /^(\s*)([:#])(?=:|#\[)/;
const AZURE_COMMAND = /##vso\[/gi;

const codePoint = (c: string) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/** Page text made safe to print inside a line: every control and invisible character written out. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, codePoint);
}

/**
 * One line as printed: `printable`, keeping the colour codes this program
 * wrote when `color` is on, and never starting like a CI command.
 */
export function terminalLine(line: string, options: { color?: boolean } = {}): string {
  const shown = options.color
    ? line
        .split(OWN_STYLE)
        .map((part, i) => (i % 2 ? part : printable(part)))
        .join('')
    : printable(line);
  return shown
    .replace(COMMAND_START, (_, space: string, first: string) => `${space}${codePoint(first)}`)
    .replace(AZURE_COMMAND, (found) => `#${codePoint('#')}${found.slice(2)}`);
}

/** Text of several lines as printed: each line by `terminalLine`. */
export function terminalText(text: string, options: { color?: boolean } = {}): string {
  return text
    .split('\n')
    .map((line) => terminalLine(line, options))
    .join('\n');
}

/**
 * JSON for a terminal: what `printable` would write out is kept as a `\uXXXX`
 * escape instead, so the data reads back unchanged and no character acts.
 */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNPRINTABLE, (c) => {
    // Raw newlines are JSON's own layout: inside strings JSON.stringify has escaped them already.
    if (c === '\n') return c;
    let escaped = '';
    for (let i = 0; i < c.length; i++) escaped += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return escaped;
  });
}
