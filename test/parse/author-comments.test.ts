/**
 * HTML comments in a page are the author's notes for the initiative whose
 * part of the page they are in, and never its text.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const parse = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', new TextEncoder().encode(markdown))).edition;
const notesOf = (markdown: string) =>
  Object.fromEntries(allInitiatives(parse(markdown)).map((i) => [i.title, i.authorNotes]));

describe('comments as author notes', () => {
  it.each([
    [
      'under a heading, until the next heading of its level or above',
      "# Tool Roadmap\n\nIntro. <!-- not an initiative's -->\n\n## Now\n\n### One\n\nFirst thing.\n\n<!-- Ask Ana about the date. -->\n\n#### Details\n\nMore. <!-- still One's -->\n\n### Two\n\nSecond thing.\n\n## FAQ\n\n<!-- the FAQ's, nobody's -->\nWhy? Because.\n",
      { One: "Ask Ana about the date.\n\nstill One's", Two: undefined },
    ],
    [
      'on the heading line, and several lines long (indentation kept relative)',
      '# Tool Roadmap\n\n## Now\n\n### One <!-- short -->\n\nFirst thing.\n\n<!--\n    Line one\n      indented\n    Line three\n-->\n\n### Two\n\nSecond.\n',
      { One: 'short\n\nLine one\n  indented\nLine three', Two: undefined },
    ],
    [
      'inside a list item, not after the list',
      "# Tool Roadmap\n\n## Now\n\n- **One:** first thing.\n  <!-- One's note -->\n- **Two:** second thing.\n\n  <!-- Two's note -->\n- **Three:** third thing.\n\n<!-- after the list: no item's -->\n",
      { One: "One's note", Two: "Two's note", Three: undefined },
    ],
    [
      'in a table row',
      '# Tool Roadmap\n\n## Now\n\n| Feature | Description |\n| --- | --- |\n| One | First thing. <!-- row note --> |\n| Two | Second thing. |\n',
      { One: 'row note', Two: undefined },
    ],
    [
      'but not the comments that steer tools',
      '# Tool Roadmap\n\n## Now\n\n### One\n\n<!-- markdownlint-disable-next-line MD013 -->\nFirst thing.\n<!-- prettier-ignore -->\n<!-- toc -->\n<!-- truncate -->\n<!-- vale off -->\n<!--  -->\n\n### Two\n\nSecond.\n',
      { One: undefined, Two: undefined },
    ],
  ])('%s', (_, markdown, expected) => {
    expect(notesOf(markdown)).toEqual(expected);
  });

  it("are never the initiative's text, its slide or its words", () => {
    const edition = parse(
      '# Tool Roadmap\n\n## Now\n\n### One\n\nFirst thing. <!-- secret: the date slips -->\n\n<!--\n---\ntheme: gaia\n-->\n\n### Two\n\nSecond.\n',
    );
    const one = allInitiatives(edition)[0]!;
    expect(one.authorNotes).toBe('secret: the date slips\n\n---\ntheme: gaia');
    expect(one.text).toBe('First thing.');
    expect(JSON.stringify(one.body)).not.toContain('secret');
    expect(one.words).toBe(3);
  });

  it('leave a page without comments as it was', () => {
    const edition = parse('# Tool Roadmap\n\n## Now\n\n### One\n\nFirst thing.\n');
    expect('authorNotes' in allInitiatives(edition)[0]!).toBe(false);
  });
});
