/**
 * The prose of a Markdown page, for language detection: its text with code,
 * comments, link targets, bare URLs and HTML tags blanked out (their letters
 * are not the page's language).
 *
 * One pass, left to right, and every character is examined a bounded number
 * of times whatever the page holds. The regular expressions this replaces
 * rescanned to the end of the file for each unclosed `<!--`, `](`, `<tag` or
 * fence — quadratic, on the main thread, outside the parser's deadline (400 KB
 * of `<!--` held a build for a minute). Here a construct that does not close
 * remembers where its search ended, so a later opener before that point is
 * known not to close either.
 */

export interface Prose {
  text: string;
  /** Characters examined: at most a small multiple of the page's length (tests hold it to that). */
  steps: number;
}

const BACKTICK = 0x60;
const TILDE = 0x7e;
const NEWLINE = 0x0a;
const WORD = /\w/;
const LETTER = /[A-Za-z]/;
/** Where a construct may start: a fence at a line start, a backtick, `<`, `](`, a URL. */
const OPENER = /^[`~]|[`<]|\]\(|https?:\/\//gm;

/** What `\s` matches, by code (a regular expression per character was the slow part of a scan). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(String.fromCharCode(code)));
}

export function proseOf(markdown: string): Prose {
  const n = markdown.length;
  const out: string[] = [];
  let steps = 0;
  let copied = 0;
  const blank = (from: number, to: number): number => {
    out.push(markdown.slice(copied, from), ' ');
    copied = to;
    return to;
  };
  // From these positions on, the construct is known not to close.
  let noCommentCloseFrom = Infinity;
  let linkFailsBefore = 0;
  let tagFailsBefore = 0;

  /** Fenced code at a line start: its end (after the closing line, or the end of the page), or -1. */
  const fenceEnd = (start: number): number => {
    const fence = markdown.charCodeAt(start);
    let run = 0;
    while (markdown.charCodeAt(start + run) === fence) run++;
    steps += run;
    if (run < 3) return -1;
    let lineEnd = markdown.indexOf('\n', start + run);
    if (lineEnd === -1) lineEnd = n;
    steps += lineEnd - start - run;
    // A backtick fence's info string has no backtick (else it is a code span: CommonMark).
    if (fence === BACKTICK && markdown.slice(start + run, lineEnd).includes('`')) return -1;
    for (let line = lineEnd + 1; line < n; ) {
      let closing = 0;
      while (markdown.charCodeAt(line + closing) === fence) closing++;
      let end = markdown.indexOf('\n', line);
      if (end === -1) end = n;
      steps += end - line + 1;
      if (closing >= run && markdown.slice(line + closing, end).trim() === '') return end;
      line = end + 1;
    }
    // Never closed: code to the end of the page, as Markdown reads it.
    return n;
  };

  for (let i = 0; i < n; ) {
    // Straight to the next place where something may start (a native search, fast on plain prose).
    OPENER.lastIndex = i;
    const next = OPENER.exec(markdown);
    if (!next) break;
    steps += next.index - i + 1;
    i = next.index;
    const c = markdown.charCodeAt(i);
    const lineStart = i === 0 || markdown.charCodeAt(i - 1) === NEWLINE;
    if (lineStart && (c === BACKTICK || c === TILDE)) {
      const end = fenceEnd(i);
      if (end !== -1) {
        i = blank(i, end);
        continue;
      }
    }
    if (c === BACKTICK) {
      // A code span closes on its line; the characters passed over hold no backtick to start another.
      let j = i + 1;
      while (j < n && markdown.charCodeAt(j) !== BACKTICK && markdown.charCodeAt(j) !== NEWLINE) j++;
      steps += j - i;
      if (j < n && markdown.charCodeAt(j) === BACKTICK && j > i + 1) {
        i = blank(i, j + 1);
        continue;
      }
    } else if (markdown.startsWith('<!--', i)) {
      if (i < noCommentCloseFrom) {
        const close = markdown.indexOf('-->', i + 4);
        steps += (close === -1 ? n : close + 3) - i;
        if (close !== -1) {
          i = blank(i, close + 3);
          continue;
        }
        noCommentCloseFrom = i;
      }
    } else if (markdown.startsWith('](', i)) {
      if (i >= linkFailsBefore) {
        const end = linkDestinationEnd(i + 2);
        if (typeof end === 'number') {
          i = blank(i, end);
          continue;
        }
        // Any `](` up to where this one stopped stops there too, and fails alike.
        linkFailsBefore = end.stoppedAt;
      }
    } else if (
      c === 0x68 /* h */ &&
      (markdown.startsWith('http://', i) || markdown.startsWith('https://', i)) &&
      !(i > 0 && WORD.test(markdown[i - 1]!))
    ) {
      let j = markdown.indexOf('//', i) + 2;
      const from = j;
      while (j < n && !isSpace(markdown.charCodeAt(j))) j++;
      steps += j - i;
      if (j > from) {
        i = blank(i, j);
        continue;
      }
    } else if (
      c === 0x3c /* < */ &&
      i >= tagFailsBefore &&
      (LETTER.test(markdown[i + 1] ?? '') || (markdown[i + 1] === '/' && LETTER.test(markdown[i + 2] ?? '')))
    ) {
      let j = i + 1;
      while (j < n && markdown[j] !== '>' && markdown.charCodeAt(j) !== NEWLINE) j++;
      steps += j - i;
      if (markdown[j] === '>') {
        i = blank(i, j + 1);
        continue;
      }
      tagFailsBefore = j;
    }
    i++;
  }
  out.push(markdown.slice(copied));
  return { text: out.join(''), steps };

  /** `](dest)` or `](dest "title")`: the end after `)`, or where the destination stopped when it does not close. */
  function linkDestinationEnd(from: number): number | { stoppedAt: number } {
    let j = from;
    while (j < n && markdown.charCodeAt(j) !== 0x29 && !isSpace(markdown.charCodeAt(j))) j++;
    steps += j - from + 2;
    if (markdown[j] === ')') return j + 1;
    const stoppedAt = j;
    while (j < n && isSpace(markdown.charCodeAt(j))) j++;
    steps += j - stoppedAt;
    if (j > stoppedAt && markdown[j] === '"') {
      const quote = markdown.indexOf('"', j + 1);
      steps += (quote === -1 ? n : quote) - j;
      if (quote !== -1 && markdown[quote + 1] === ')') return quote + 2;
    }
    return { stoppedAt };
  }
}
