/** Small pure rules found on the hundred-and-sixty-sixth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { stripShortcodes } from '../../src/parse/shortcodes.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const initiatives = (markdown: string) => allInitiatives(edition(markdown));

describe("a site's status tag given a status is that status's sign", () => {
  it.each([
    ['{{< roadmap-status stage="complete" version="v4.29.0" >}}', '✅'],
    ['{{< roadmap-status stage="in-progress" >}}', '🚧'],
    ['{{% status value="planned" %}}', '📅'],
    ["{% include status.html is='wip' %}", '🚧'],
    ["{% include status.html is='planned' %}", '📅'],
    ['{% include progress-badge.html state="done" %}', '✅'],
    // No value the page writes: the site knows it, the page does not.
    ['{{< roadmap-status >}}', ''],
    ['{% include status.html status=p.status %}', ''],
    ['{% include status.html %}', ''],
    // A tag that is not about a status, or a value that is no status as a whole.
    ['{{< figure src="done.png" >}}', ''],
    ['{% include note.html text="Done" %}', ''],
    ['{{< roadmap-status version="v4.29.0" >}}', ''],
    ['{% include status.html is="beta" %}', ''],
    ['{% include status.html name="Powder Mark" %}', ''],
  ])('%s → "%s"', (tag, sign) => {
    expect(stripShortcodes(tag).trim()).toBe(sign);
  });
});

describe("a part's first line that is only a status says how the part stands", () => {
  const read = (first: string) =>
    initiatives(
      `# Roadmap\n\n## Work\n\n### Dark mode\n\n${first}\n\nThe app follows the system theme.\n\n### Offline sync\n\nChanges are kept while offline.\n`,
    )[0]!;
  it.each([
    ['✅', 'done'],
    ['🚧 In progress', 'in-progress'],
    ['Done.', 'done'],
    ['{{< roadmap-status stage="complete" version="v4.29.0" >}}', 'done'],
    ['**Status:** Planned', 'planned'],
    // Words about the part, not only its status.
    ['Done by the design team, reviewed later.', undefined],
    ['Planned work on the theme engine', undefined],
    // A line that introduces what follows ("Delivered in 0.22:" over a list) is the list's.
    ['Delivered in 0.22:', undefined],
  ])('"%s" → %s', (first, status) => {
    const item = read(first);
    expect(item.status === 'unknown' ? undefined : item.status).toBe(status);
    // Once read, the line is the slide's badge, not a line of its text.
    if (status) expect(JSON.stringify(item.body)).not.toMatch(/✅|🚧|Done\.|complete|Planned/);
  });

  it('only the first line of the part: a status further down is part of its text', () => {
    const item = initiatives(
      '# Roadmap\n\n## Work\n\n### Dark mode\n\nThe app follows the system theme.\n\n✅\n\n### Offline sync\n\nChanges are kept.\n',
    )[0]!;
    expect(item.status).toBe('unknown');
  });
});

describe("a table cell's name on a line of its own over what it is", () => {
  const titles = (rows: string[]) =>
    initiatives(
      `# Roadmap\n\n| Feature | Status |\n|---|---|\n${rows.map((r) => `| ${r} | Planned |`).join('\n')}\n`,
    ).map((i) => i.title);

  it('a bold name and a line break: the name titles the row, the rest describes it', () => {
    expect(
      titles([
        '**Box2D Update**<br>In July 2020, Box2D received its first update in six years.',
        '**Console Support**<br>Various users have explored it.',
        '**TiledMap Extension**<br>Move it to its own repository.',
      ]),
    ).toEqual(['Box2D Update', 'Console Support', 'TiledMap Extension']);
  });

  it('a heading inside an HTML table cell is read the same way', () => {
    const page = [
      '# Roadmap',
      '',
      '<table>',
      '  <tr>',
      '    <td><h4>Box2D Update</h4>',
      '    <br>In July 2020, the original <a href="https://box2d.org">Box2D</a> received its first update.</td>',
      "    <td>{% include status.html is='planned' %}</td>",
      '  </tr>',
      '  <tr>',
      '    <td><h4 id="web">Kotlin-Compatible Web Backend</h4>',
      '    <br>A web backend that other JVM languages can use has been talked about.</td>',
      "    <td>{% include status.html is='wip' %}</td>",
      '  </tr>',
      '  <tr>',
      '    <td><h4>Console Support</h4>',
      '    <br>Various users have explored the topic of console support.</td>',
      "    <td>{% include status.html is='planned' %}</td>",
      '  </tr>',
      '</table>',
      '',
    ].join('\n');
    const read = initiatives(page);
    expect(read.map((i) => [i.title, i.status])).toEqual([
      ['Box2D Update', 'planned'],
      ['Kotlin-Compatible Web Backend', 'in-progress'],
      ['Console Support', 'planned'],
    ]);
    expect(JSON.stringify(read[0]!.body)).toContain('received its first update');
  });

  it.each([
    // Two names on two lines, or a bold word inside a sentence, stay one title.
    [['Box2D<br>Bullet physics', 'Console support', 'Web backend'], 'Box2D Bullet physics'],
    [['Update of **Box2D**<br>and its joints', 'Console support', 'Web backend'], 'Update of Box2D and its joints'],
    // A placeholder in bold names nothing.
    [['**TBD**<br>Something about physics', 'Console support', 'Web backend'], 'TBD Something about physics'],
  ])('%j → "%s"', (rows, first) => {
    expect(titles(rows)[0]).toBe(first);
  });
});
