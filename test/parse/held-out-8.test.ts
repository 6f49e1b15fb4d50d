/** Small rules found on the eighth held-out set: a release's checklist. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';

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
