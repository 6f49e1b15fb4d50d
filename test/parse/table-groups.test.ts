/** A first column written once per group and blank below: the rows' groups. */
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { readTable } from '../../src/parse/table.js';
import { carriedGroups } from '../../src/parse/table-groups.js';

const tableOf = (markdown: string) => parseMarkdown(markdown).children.find((b) => b.type === 'table') as Table;

function groupsOf(markdown: string): (string | undefined)[] {
  const table = tableOf(markdown);
  const reading = readTable(table);
  if (reading.kind !== 'items') throw new Error(`a table of ${reading.kind}, not of items`);
  const { titleCol, roles } = reading;
  const rows = table.children.slice(1);
  const groups = carriedGroups(rows, titleCol, roles);
  return rows.map((row) => groups.get(row)?.title);
}

describe('carriedGroups', () => {
  it.each([
    [
      'a release written once over its tasks',
      '| Target | Task | Done |\n|---|---|---|\n| v13 | Keyboard input dialog | ✓ |\n| | Save window geometry | ✓ |\n| | Menu re-design | |\n| v14 | Plugin API | |\n',
      ['v13', 'v13', 'v13', 'v14'],
    ],
    [
      'a kind written once over its features',
      '| kind | feature | status |\n|---|---|---|\n| gateway | support for namespaces | doing |\n| | default gateway class | doing |\n| encryption | ipsec | |\n| | wireGuard | |\n',
      ['gateway', 'gateway', 'encryption', 'encryption'],
    ],
  ])('%s', (_, markdown, groups) => {
    expect(groupsOf(markdown)).toEqual(groups);
  });

  it.each([
    [
      'every cell filled: a column of its own, no groups',
      '| Area | Feature | Status |\n|---|---|---|\n| UI | Dark mode | Done |\n| API | Webhooks | Planned |\n| CLI | Completion | Planned |\n',
    ],
    [
      'a value that comes back: a repeated label, not carried',
      '| Area | Feature | Status |\n|---|---|---|\n| UI | Dark mode | Done |\n| | Themes | Done |\n| API | Webhooks | Planned |\n| UI | Icons | Planned |\n',
    ],
    [
      'first cell blank: nothing to carry',
      '| Area | Feature | Status |\n|---|---|---|\n| | Dark mode | Done |\n| API | Webhooks | Planned |\n| | Completion | Planned |\n',
    ],
    [
      'a status column left blank says no status, not "as above"',
      '| Status | Feature | Notes |\n|---|---|---|\n| Done | Dark mode | shipped in 2.0 |\n| | Webhooks | needs design |\n| | Completion | for bash and zsh |\n',
    ],
  ])('%s', (_, markdown) => {
    expect(groupsOf(markdown).every((group) => group === undefined)).toBe(true);
  });

  it('gives the rows their sections on the slides', () => {
    const page = `# Roadmap\n\n| Target | Task | Done |\n|---|---|---|\n| v13 | Keyboard input dialog | ✓ |\n| | Save window geometry | ✓ |\n| | Menu re-design | |\n| v14 | Plugin API | |\n`;
    const { edition } = parseRoadmap(sourceFromBytes('page.md', Buffer.from(page)));
    expect(edition.sections.map((s) => [s.title, s.initiatives.map((i) => i.title)])).toEqual([
      ['v13', ['Keyboard input dialog', 'Save window geometry', 'Menu re-design']],
      ['v14', ['Plugin API']],
    ]);
  });
});
