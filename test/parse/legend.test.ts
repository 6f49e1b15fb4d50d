import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { readLegend } from '../../src/parse/legend.js';

describe('a page legend', () => {
  const cases: [string, string, Record<string, string>][] = [
    [
      'emoji with "="',
      '- ✅ = implemented and working\n- 🛠 = actively being worked on\n- 👀 = not yet implemented or being worked on\n',
      { '✅': 'done', '🛠': 'in-progress', '👀': 'planned' },
    ],
    ['emoji with dashes', '* 🟣 – shipped\n* 🔵 – in design\n', { '🟣': 'done', '🔵': 'in-progress' }],
    [
      'a table of symbols',
      '| Marker | Meaning |\n| - | - |\n| 🐢 | Not started yet |\n| 🐇 | Work in progress |\n',
      { '🐢': 'planned', '🐇': 'in-progress' },
    ],
    [
      'words are not a legend (they say it themselves)',
      '* Not Started - no work has been done\n* Completed - the work is done\n',
      {},
    ],
    ['a list of named items is not a legend', '- API: stable interfaces\n- CLI: new commands\n', {}],
    [
      'a meaning that opens with its name: the name says the status, not the explanation after it',
      '| State | Meaning |\n| --- | --- |\n| ✅ | Done. |\n| 🦀 | In progress: Work is ongoing! |\n| 💤 | Paused: we are waiting until other work gets done. |\n',
      // ("Paused" is work set aside for now: future.)
      { '✅': 'done', '🦀': 'in-progress', '💤': 'future' },
    ],
  ];
  for (const [name, markdown, expected] of cases) {
    it(name, () => expect(Object.fromEntries(readLegend(parseMarkdown(markdown)))).toEqual(expected));
  }

  it('a marker it defines at either end of a title is the status, not part of the name', () => {
    const page =
      '# Kite Roadmap\n\nLegend:\n- ✔️ = implemented\n- 🏗️ = work in progress\n- :x: = work not started yet\n\n## Language\n\n- enums 🏗️\n- 🏗️ match\n- borrow checker ❌\n- the ❌ marker inside words\n- floats\n';
    const items = allInitiatives(parseRoadmap(sourceFromBytes('kite.md', Buffer.from(page))).edition);
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ['enums', 'in-progress'],
      ['match', 'in-progress'],
      ['borrow checker', 'planned'],
      ['the ❌ marker inside words', 'unknown'],
      ['floats', 'unknown'],
    ]);
  });

  it("gives a page's own markers their meaning, and is not work itself", () => {
    const page =
      '# Kite Roadmap\n\n## Features\n\n| Feature | Status | Description |\n| - | - | - |\n| Plugins | 🐢 | A plugin API |\n| Themes | 🐇 | Dark and light themes |\n\n- 🐢 = not started\n- 🐇 = under way\n';
    const items = allInitiatives(parseRoadmap(sourceFromBytes('kite.md', Buffer.from(page))).edition);
    expect(items.map((i) => [i.title, i.status])).toEqual([
      ['Plugins', 'planned'],
      ['Themes', 'in-progress'],
    ]);
  });
});
