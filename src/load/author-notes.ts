/**
 * The author-notes file beside a page: `roadmaps/<edition>.notes.md` holds one
 * `## <initiative title>` section per initiative (its title as the page
 * writes it, matched as the editions are matched, or its id), whose text goes
 * to that initiative's speaker notes. Never an edition itself. Read like a
 * page: a regular file only, to a size limit, not through a symbolic link
 * out of the page's folder. Its text stays text: it never reaches a slide.
 */
import { basename, dirname, extname, join } from 'node:path';
import { normalizeTitle } from '../editions/match.js';
import { isNotesFile, leavesFolder, NOTES_SUFFIX } from '../inputs.js';
import type { Diagnostic, RoadmapEdition } from '../model/types.js';
import { allInitiatives } from '../model/types.js';
import { describeRefusal, readRegularFile, ReadRefusedError } from './read-bounded.js';

/** Notes beyond this size are refused (a page may have 5 MB; its notes need far less). */
export const MAX_NOTES_BYTES = 1024 * 1024;

export { isNotesFile, NOTES_SUFFIX };

/** The author-notes file of a page: `roadmaps/x.md` → `roadmaps/x.notes.md`. */
export function notesFileOf(page: string): string {
  const name = basename(page);
  return join(dirname(page), `${name.slice(0, name.length - extname(name).length)}${NOTES_SUFFIX}`);
}

export interface NotesSection {
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  text: string;
}

/** The `##` sections of a notes file (headings inside fenced code are text). */
export function splitNotes(text: string): NotesSection[] {
  const sections: NotesSection[] = [];
  let current: { heading: string; line: number; lines: string[] } | undefined;
  let fence: string | undefined;
  const close = () => {
    if (current)
      sections.push({
        heading: current.heading,
        line: current.line,
        text: current.lines
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim(),
      });
  };
  text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, i) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length)))
        fence = fence ? undefined : marker;
      const heading = fence || marker ? undefined : /^ {0,3}(#{1,2})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
      if (heading) {
        close();
        // A `#` title names the file; only `##` sections hold notes.
        current =
          heading[1] === '##' && heading[2]?.trim()
            ? { heading: heading[2].trim(), line: i + 1, lines: [] }
            : undefined;
      } else {
        current?.lines.push(line);
      }
    });
  close();
  return sections;
}

/** A heading as words: inline markup and link targets dropped, then normalized as titles are across editions. */
function headingKey(heading: string): string {
  return normalizeTitle(heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]*>/g, ''));
}

/**
 * Gives each section's text to its initiative (after the notes the page's
 * comments gave it); a heading that names no initiative is a warning at its line.
 */
export function attachNotes(edition: RoadmapEdition, sections: NotesSection[], file: string): Diagnostic[] {
  const initiatives = allInitiatives(edition);
  const given = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const section of sections) {
    const key = headingKey(section.heading);
    const id = section.heading.replace(/^#/, '');
    const byTitle = initiatives.filter((i) => normalizeTitle(i.title) === key);
    const initiative = initiatives.find((i) => i.id === id) ?? byTitle.find((i) => !given.has(i.id)) ?? byTitle[0];
    if (!initiative) {
      diagnostics.push({
        file,
        line: section.line,
        column: 1,
        severity: 'warning',
        rule: 'unmatched-notes',
        message: `"${section.heading}" names no initiative of ${basename(edition.source.file)}; its notes are not used (write the initiative's title, or its id)`,
      });
      continue;
    }
    given.add(initiative.id);
    if (!section.text) continue;
    initiative.authorNotes = initiative.authorNotes ? `${initiative.authorNotes}\n\n${section.text}` : section.text;
  }
  return diagnostics;
}

/**
 * Reads the page's author-notes file, if there is one, into the edition's
 * initiatives. No file is no notes; a file that may not be read is a warning.
 */
export async function loadAuthorNotes(edition: RoadmapEdition, page: string): Promise<Diagnostic[]> {
  const file = notesFileOf(page);
  const warn = (message: string): Diagnostic[] => [
    { file, line: 1, column: 1, severity: 'warning', rule: 'notes-file', message },
  ];
  if (await leavesFolder(file, dirname(file)))
    return warn(`is a symbolic link to a file outside ${dirname(file)}; its notes are not read`);
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_NOTES_BYTES);
  } catch (error) {
    if (error instanceof ReadRefusedError && error.refusal.kind === 'missing') return [];
    return warn(
      `${error instanceof ReadRefusedError ? describeRefusal(error.refusal) : (error as Error).message}; its notes are not read`,
    );
  }
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('binary');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return warn('is not UTF-8 text; its notes are not read');
  }
  return attachNotes(edition, splitNotes(text), file);
}
