/** Small pure rules found on the hundred-and-eighty-sixth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { metaOf } from '../../src/parse/meta.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';

const edition = (markdown: string, file = 'page.md') =>
  parseRoadmap(sourceFromBytes(file, Buffer.from(markdown))).edition;

describe('a "v" before a single number names a release, whatever words follow it', () => {
  const list = parseMarkdown('- Offline sync\n- Plugin API\n').children;
  it.each([
    ['V2 - Open To Contributors', undefined],
    ['v3: Help wanted', undefined],
    ['Version 2 — Get involved', undefined],
    ['v1.0 — Contributing', undefined],
    // Without the "v", or without a number, the call stays a call.
    ['Get involved', 'closing'],
    ['Open to contributors', 'closing'],
    ['2 ways to contribute', 'closing'],
  ])('%j → %s', (title, kind) => {
    expect(metaOf(title, list, false)?.kind).toBe(kind);
  });
});

describe('among several H1s, a group that says how it stands, and the H1s after it, do not title the page', () => {
  const page = (h1s: string[]) => h1s.map((h, i) => `# ${h}\n\n- Task ${i} one\n- Task ${i} two\n`).join('\n');
  it.each([
    [['Beta - In Progress', 'V2 - Open to contributors', 'Far future'], 'Acme plan'],
    [['Launch (done)', 'Growth'], 'Acme plan'],
    // A title before the groups still titles the page.
    [['Acme Roadmap', 'Done', 'Next'], 'Acme Roadmap'],
    [['Quill Roadmap', 'Beta - In Progress', 'Later'], 'Quill Roadmap'],
    // One H1 alone titles it, whatever it says.
    [['Beta - In Progress'], 'Beta - In Progress'],
  ])('%j → %s', (h1s, title) => {
    expect(edition(page(h1s), 'acme-plan.md').title).toBe(title);
  });

  it('keeps the release after a group as a group of work, not a call', () => {
    const read = edition(page(['Beta - In Progress', 'V2 - Open to contributors']));
    expect(allInitiatives(read).map((i) => i.title)).toEqual(['Task 0 one', 'Task 0 two', 'Task 1 one', 'Task 1 two']);
  });
});
