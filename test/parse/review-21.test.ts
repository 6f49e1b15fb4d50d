/** Pages a review wrote to probe the rules of the hundred-and-seventh round: each must read as it did before them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const read = (name: string) => {
  const file = new URL(`../fixtures/review-21/${name}.md`, import.meta.url);
  return parseRoadmap(sourceFromBytes(`${name}.md`, readFileSync(file))).edition;
};

describe('pages that probe the new rules read as before them', () => {
  it.each([
    [
      'F1a',
      'planned integrations with chat products are work',
      ['Send alerts to Slack', 'Send alerts to Discord', 'Telegram bot', 'Post to X', 'Email alerts', 'Webhooks'],
    ],
    [
      'F1b',
      'bridges to chats and a port of a repository are work',
      ['Official Gitter bridge', 'Matrix bridge', 'Port acme/legacy-plugin', 'Retry queue', 'Templating'],
    ],
    ['F2a', 'a heading over links, with a rule drawn under it, is work', ['Sync engine', 'Theme engine', 'Search']],
    ['F3a', 'components named "box" are work, not a key', ['Search box', 'Combo box', 'Dialog box', 'Grid', 'Stack']],
    ['F3b', '"checked" and "unchecked" in the names of work are not a key', ['Language', 'Tooling']],
    ['F4a', 'a key of status words under the title is not work', ['Plugin API', 'Theme engine', 'Sync']],
    ['F4b', 'the steps of a definition of done are not work', ['Plugin API', 'Theme engine', 'Sync']],
    ['F4c', 'a summary checklist of the parts below is not work again', ['Plugin API', 'Theme engine']],
    ['F5a', 'planning calls in discussions are not work', ['Options pages', 'Migrations']],
    ['F5b', 'searches of issues are not work', ['Options pages', 'Migrations']],
    [
      'F6a',
      'work on licensing is work',
      ['Plugin API', 'Theme engine', 'Relicense to Apache-2.0', 'Add SPDX headers', 'Publish a CLA'],
    ],
    ['F6b', 'adopting a code of conduct is work', ['Code of Conduct', 'Mentorship']],
    [
      'F6c',
      'design work tracked by issues is work',
      ['Tutorials', 'API reference', 'Write the storage design', 'Write the sync design'],
    ],
    ['F7', 'a schedule of releases by quarter is no board', ['Plugin API', 'Theme engine']],
    ['F8', 'exponents stay in titles', ['Area in m2', 'Volume in m3']],
    ['F9a', 'a project named like a season keeps its name', ['Plugin store', 'Themes']],
    ['F10', 'checklists of "Key: value" boxes are no list of facts', ['Editor', 'Performance', 'Server', 'Scaling']],
  ])('%s: %s', (name, _what, titles) => {
    expect(allInitiatives(read(name)).map((i) => i.title)).toEqual(titles);
  });

  it('F9a: the project named like a season is named', () => {
    expect(read('F9a').project).toBe('Inverno');
  });
});
