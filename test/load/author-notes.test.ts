/**
 * The author-notes file beside a page: its sections, how they find their
 * initiative, how it is read (safely, like a page), and that it is never an
 * edition of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, isNotesFile } from '../../src/inputs.js';
import { lintFile } from '../../src/lint/index.js';
import { attachNotes, loadAuthorNotes, MAX_NOTES_BYTES, notesFileOf, splitNotes } from '../../src/load/author-notes.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives, type RoadmapEdition } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { tempDir } from '../helpers/paths.js';

const PAGE =
  '# Tool Roadmap\n\n## Now\n\n### Faster start-up\n\nLoad plugins on demand. <!-- from the page -->\n\n### Plugin API v2\n\nA stable API.\n\n### Plugin API v2\n\nThe same name again.\n';
const parse = (file = 'roadmaps/tool.md') =>
  parseRoadmap(sourceFromBytes(file, new TextEncoder().encode(PAGE))).edition;
const notes = (edition: RoadmapEdition) => allInitiatives(edition).map((i) => i.authorNotes);

describe('the notes file', () => {
  it.each([
    ['roadmaps/tool.md', 'roadmaps/tool.notes.md'],
    ['tool-2025.md', 'tool-2025.notes.md'],
    ['/abs/x.MD', '/abs/x.notes.md'],
  ])('of %s is %s', (page, file) => {
    expect(notesFileOf(page)).toBe(file);
    expect(isNotesFile(file)).toBe(true);
    expect(isNotesFile(page)).toBe(false);
  });

  it('has one section per ## heading; a # title, text before the first section and headings in code are not sections', () => {
    expect(
      splitNotes(
        '# Notes for the spring deck\n\nIgnored.\n\n## First ##\n\nOne.\n\n```md\n## not a heading\n```\n\n### A sub-heading stays text\n\n## Second\nTwo.\n\n\n\nThree.\n##\n## \n',
      ),
    ).toEqual([
      { heading: 'First', line: 5, text: 'One.\n\n```md\n## not a heading\n```\n\n### A sub-heading stays text' },
      { heading: 'Second', line: 15, text: 'Two.\n\nThree.' },
    ]);
  });

  it("gives each section to its initiative: by title as editions are matched, or by id; after the page's comments", () => {
    const edition = parse();
    const diagnostics = attachNotes(
      edition,
      splitNotes(
        '## faster START-UP!\n\nSay it is twice as fast.\n\n## [Plugin API v2](https://example.org)\n\nFirst one.\n\n## Plugin API v2\n\nSecond one.\n\n## #plugin-api-v2\n\nBy id.\n',
      ),
      'roadmaps/tool.notes.md',
    );
    expect(diagnostics).toEqual([]);
    expect(notes(edition)).toEqual([
      'from the page\n\nSay it is twice as fast.',
      'First one.\n\nBy id.',
      'Second one.',
    ]);
  });

  it('warns at the line of a heading that names no initiative', () => {
    const edition = parse();
    expect(
      attachNotes(
        edition,
        splitNotes('## Faster start-up\n\nOk.\n\n## Dropped work\n\nNot on the page.\n'),
        'roadmaps/tool.notes.md',
      ),
    ).toEqual([
      {
        file: 'roadmaps/tool.notes.md',
        line: 5,
        column: 1,
        severity: 'warning',
        rule: 'unmatched-notes',
        message:
          '"Dropped work" names no initiative of tool.md; its notes are not used (write the initiative\'s title, or its id)',
      },
    ]);
  });
});

describe('reading the notes file', () => {
  const setUp = async () => {
    const dir = await tempDir();
    const pages = join(dir, 'roadmaps');
    await mkdir(pages);
    await writeFile(join(dir, 'outside.md'), '## Faster start-up\n\nSecret from outside.\n');
    return { dir, pages };
  };

  it('reads the file beside the page; no file is no notes', async () => {
    const { pages } = await setUp();
    const edition = parse(join(pages, 'tool.md'));
    expect(await loadAuthorNotes(edition, join(pages, 'tool.md'))).toEqual([]);
    expect(notes(edition)[0]).toBe('from the page');
    await writeFile(join(pages, 'tool.notes.md'), '## Faster start-up\r\n\r\nFrom the file.\r\n');
    expect(await loadAuthorNotes(edition, join(pages, 'tool.md'))).toEqual([]);
    expect(notes(edition)[0]).toBe('from the page\n\nFrom the file.');
  });

  it('follows a symbolic link inside the folder', async () => {
    const { pages } = await setUp();
    await writeFile(join(pages, 'shared-notes.txt'), '## Faster start-up\n\nShared.\n');
    await symlink(join(pages, 'shared-notes.txt'), join(pages, 'tool.notes.md'));
    const edition = parse(join(pages, 'tool.md'));
    expect(await loadAuthorNotes(edition, join(pages, 'tool.md'))).toEqual([]);
    expect(notes(edition)[0]).toBe('from the page\n\nShared.');
  });

  it.each([
    [
      'a symbolic link out of the folder',
      async (dir: string, file: string) => symlink(join(dir, 'outside.md'), file),
      /is a symbolic link to a file outside .*roadmaps; its notes are not read/,
    ],
    [
      'a named pipe',
      async (_: string, file: string) => {
        execFileSync('mkfifo', [file]);
      },
      /is a named pipe, not a regular file; its notes are not read/,
    ],
    [
      'a device',
      async (_: string, file: string) => symlink('/dev/zero', file),
      /is a symbolic link to a file outside|is a device/,
    ],
    [
      'too large',
      async (_: string, file: string) => writeFile(file, `## Faster start-up\n\n${'x'.repeat(MAX_NOTES_BYTES)}`),
      /is over 1 MB; its notes are not read/,
    ],
    [
      'not UTF-8',
      async (_: string, file: string) => writeFile(file, Buffer.from([0x23, 0x23, 0x20, 0xff, 0xfe])),
      /is not UTF-8 text; its notes are not read/,
    ],
    ['a folder', async (_: string, file: string) => mkdir(file), /is a directory, not a regular file/],
  ])('refuses %s with a warning, at once', async (_, make, message) => {
    const { dir, pages } = await setUp();
    const file = join(pages, 'tool.notes.md');
    await make(dir, file);
    const edition = parse(join(pages, 'tool.md'));
    const started = Date.now();
    const diagnostics = await loadAuthorNotes(edition, join(pages, 'tool.md'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file, line: 1, severity: 'warning', rule: 'notes-file' });
    expect(diagnostics[0]!.message).toMatch(message);
    expect(notes(edition)[0]).toBe('from the page');
  });
});

describe('never an edition', () => {
  it('a glob passes over notes files; one named on its own is refused', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'tool.md'), PAGE);
    await writeFile(join(dir, 'tool.notes.md'), '## Faster start-up\n\nHi.\n');
    const refused: string[] = [];
    const unmatched: string[] = [];
    expect(await expandInputs(['*.md'], dir, (file, reason) => refused.push(`${file}: ${reason}`))).toEqual([
      expect.stringMatching(/tool\.md$/),
    ]);
    expect(await expandInputs(['*.notes.md'], dir, undefined, (p) => unmatched.push(p))).toEqual([]);
    expect(unmatched).toEqual(['*.notes.md']);
    expect(await expandInputs([join(dir, 'tool.notes.md')], dir, (_file, reason) => refused.push(reason))).toEqual([]);
    expect(refused).toEqual(['is the author notes of tool.md, not an edition; build that page to use them']);
  });

  it('lint names a heading that matches nothing, by file and line', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'tool.md'), PAGE);
    await writeFile(join(dir, 'tool.notes.md'), '# Notes\n\n## Faster start-up\n\nHi.\n\n## Fast start-up\n\nTypo.\n');
    const result = await lintFile(join(dir, 'tool.md'));
    const unmatched = result.diagnostics.filter((d) => d.rule === 'unmatched-notes');
    expect(unmatched.map((d) => `${d.file}:${d.line}`)).toEqual([`${join(dir, 'tool.notes.md')}:7`]);
  });
});
