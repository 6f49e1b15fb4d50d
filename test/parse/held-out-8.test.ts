/** Small rules found on the eighth held-out set: a release's checklist, months before a colon. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { isPeriodLabel } from '../../src/parse/leads.js';

const read = (markdown: string) =>
  parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition.sections.map((s) => [
    s.title,
    s.initiatives.map((i) => `${i.title} (${i.status})`),
  ]);

describe('a release heading whose whole text is a checklist', () => {
  it('holds one initiative per item, as the period groups beside it do', () => {
    expect(
      read(
        '# Acme Roadmap\n\n## v0.1\n\n- [x] Dev mode\n- [x] Port forwarding\n\n## v0.2\n\n- [ ] File sync\n- [ ] Debugging\n\n## Long-term\n\n- [ ] Mesh spaces\n',
      ),
    ).toEqual([
      ['v0.1', ['Dev mode (done)', 'Port forwarding (done)']],
      ['v0.2', ['File sync (planned)', 'Debugging (planned)']],
      ['Long-term', ['Mesh spaces (future)']],
    ]);
  });

  it('an area heading over a checklist stays one piece of work with its steps', () => {
    expect(
      read(
        '# Acme Roadmap\n\n## SQL layer\n\n- [x] Parser\n- [ ] Planner\n\n## Storage\n\n- [ ] Compaction\n- [ ] Snapshots\n',
      ).flatMap(([, items]) => items),
    ).toEqual(['SQL layer (unknown)', 'Storage (planned)']);
  });
});

describe('a month, quarter or year before a colon says when', () => {
  it.each([
    ['Nov', true],
    ['Q3 2025', true],
    ['Early 2024', true],
    ['2019', true],
    ['Sept', true],
    ['Early', false],
    ['Plugin API', false],
    ['May 2025 release plan', false],
  ])('%s → %s', (label, expected) => {
    expect(isPeriodLabel(label)).toBe(expected);
  });

  it('the words after it name the item; a dated group over a nested list dates its items', () => {
    const edition = parseRoadmap(
      sourceFromBytes(
        'page.md',
        Buffer.from(
          '# Acme Roadmap\n\n## 2020\n\n - Jan: Text datatype [#2](https://x.org/2)\n - Mar: https://acme.dev\n - Aug:\n   - Peer awareness\n   - Prometheus metrics\n - Q4 2020: Undo API\n',
        ),
      ),
    ).edition;
    const items = edition.sections.flatMap((s) => s.initiatives);
    expect(items.map((i) => i.title)).toEqual([
      'Text datatype',
      'https://acme.dev',
      'Peer awareness',
      'Prometheus metrics',
      'Undo API',
    ]);
    expect(items[4]!.bucket?.label).toBe('Q4 2020');
  });
});

describe('a heading ending in a colon', () => {
  it('names its part without the colon, as section and as initiative', () => {
    expect(
      read('# Acme Roadmap\n\n## Upgrade:\n\n### IAM:\n\nSingle sign-on.\n\n### Logging:\n\nStructured logs.\n'),
    ).toEqual([['Upgrade', ['IAM (unknown)', 'Logging (unknown)']]]);
  });
});
