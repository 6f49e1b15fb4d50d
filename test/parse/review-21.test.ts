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

describe('pages of the second review read as before the rules they probed', () => {
  it.each([
    [
      'R2-D',
      'a period described in words, dated, still groups its work',
      ['Plugin store', 'Themes', 'Dark mode', 'Offline sync', 'Audit log'],
      ['planned', 'planned', 'planned', 'future', 'future'],
    ],
    [
      'R2-F',
      'a rule at the top of a page, after a blank line, is no front matter',
      ['Plugin store', 'Themes'],
      ['in-progress', 'planned'],
    ],
    [
      'R2-L',
      'a hard-wrapped list is one sentence per item',
      [
        'Improve the speed of the query planner when it runs on PostgreSQL and MySQL backends',
        'Add first-class support for deploying the server on Kubernetes, with an official Helm chart',
      ],
      ['planned', 'planned'],
    ],
    [
      'R2-N',
      'work on what will not be supported is work',
      ['Plugin store', 'Deprecation warnings for APIs that will not be supported in 3.0'],
      ['planned', 'planned'],
    ],
    ['R2-P', 'acknowledgements by year are no work', ['Plugin store', 'Themes'], ['planned', 'planned']],
    ['R2-Q', 'a question about the legend is a question', ['Plugin store', 'Themes'], ['in-progress', 'in-progress']],
    [
      'R2-S',
      'work under way that is "not finished" is in progress',
      ['Plugin store', 'Themes'],
      ['in-progress', 'in-progress'],
    ],
    [
      'R2-d4',
      '"what we are working on this quarter (Q3 2024)" groups its work',
      ['Plugin store', 'Themes', 'Dark mode', 'Offline sync', 'Audit log'],
      ['unknown', 'unknown', 'unknown', 'planned', 'planned'],
    ],
    [
      'R2-f1',
      'a rule at the top of a longer page is no front matter',
      ['Plugin store', 'Themes', 'Dark mode'],
      ['in-progress', 'planned', 'planned'],
    ],
    [
      'R2-l2',
      'a hard-wrapped German list is one sentence per item',
      [
        'Unterstützung für mehrere Datenbanken und Schemas gleichzeitig',
        'Eine neue Oberfläche für die Verwaltung der Benutzer und Rollen',
        'Bessere Fehlermeldungen beim Import von CSV-Dateien',
      ],
      ['planned', 'planned', 'planned'],
    ],
    [
      'R2-n2',
      'clear errors for formats we will not support is work',
      ['Plugin store', 'Clear errors for formats we will not support', 'Themes'],
      ['unknown', 'unknown', 'unknown'],
    ],
    [
      'R2-p3',
      'setup steps and meeting dates under "How to contribute" are no work',
      ['Plugin store', 'Themes'],
      ['planned', 'planned'],
    ],
    [
      'R2-q4',
      'what happens after a feature ships is a question',
      ['Plugin store', 'Themes', 'Dark mode', 'Offline sync'],
      ['in-progress', 'in-progress', 'planned', 'planned'],
    ],
    [
      'R2-q5',
      'a question answered in prose is a question',
      ['Plugin store', 'Themes', 'Dark mode', 'Offline sync'],
      ['in-progress', 'in-progress', 'planned', 'planned'],
    ],
    [
      'R2-s2',
      'statuses qualified by "not finished" keep their state',
      ['Plugin store', 'Themes', 'Dark mode', 'Offline sync'],
      ['in-progress', 'done', 'done', 'planned'],
    ],
    [
      'R2-s3',
      'a title that says "in progress, not done yet" is in progress',
      ['Plugin store', 'Themes', 'Dark mode'],
      ['in-progress', 'in-progress', 'done'],
    ],
  ])('%s: %s', (name, _what, titles, statuses) => {
    const page = read(name);
    expect(allInitiatives(page).map((i) => i.title)).toEqual(titles);
    expect(allInitiatives(page).map((i) => i.status ?? '')).toEqual(statuses);
  });
});

describe('pages of the third review read as the mended rules read them', () => {
  it.each([
    [
      'R3-r4a',
      'a rule under the first of several horizon headings leaves its work',
      ['Plugin system', 'Theme support', 'Cloud sync'],
    ],
    [
      'R3-r4e',
      'short- and long-term roadmaps under H1s, a rule between them, keep their work',
      [
        'Plugin API for third-party extensions',
        'Light and dark themes',
        'Cloud sync between devices',
        'Mobile app for Android and iOS',
      ],
    ],
    [
      'R3-r5a',
      'work that says "stay updated" in its title is work',
      ['Plugin API', 'Keeping up to date with upstream LLVM', 'Dark mode'],
    ],
    [
      'R3-r5c',
      '"Stay in touch with users" under a period is work',
      [
        'Plugin API',
        'Dark mode',
        'Cloud sync',
        'Mobile app',
        'Monthly community calls',
        'A public feedback board',
        'A newsletter for each release',
      ],
    ],
    [
      'R3-r2k',
      'releases filled in from one template: no "Stable Release" status',
      ['1. v0.2 — Core Maturity', '2. v0.9 — Production Candidate', '3. v1.0 — Stable Release'],
    ],
    [
      'R3-r3a',
      'a long-term vision of principles is no work',
      [
        'Plugin API for third-party extensions',
        'Dark mode',
        'Faster search',
        'Cloud sync between devices',
        'Mobile app',
      ],
    ],
    [
      'R3-r3d',
      'planned changes to the roadmap are no work',
      [
        'Plugin API for third-party extensions',
        'Dark mode',
        'Faster search',
        'Cloud sync between devices',
        'Mobile app',
      ],
    ],
    ['R3-r7a', 'a release cadence told with emoji is no work', ['Plugin API', 'Dark mode']],
    ['R3-r7b', 'how we prioritize, told with emoji, is no work', ['Plugin API', 'Dark mode']],
    ['R3-r7c', 'governance told with emoji is no work', ['Plugin API', 'Dark mode']],
    ['R3-r6a', 'a "See also" list under a period is no work', ['Plugin API', 'Dark mode', 'Cloud sync', 'Mobile app']],
    [
      'R3-r6g',
      'release managers under a period are no work',
      [
        'Plugin API',
        'Dark mode',
        'Cloud sync',
        'Mobile app',
        'Crash on start-up with large files',
        'Memory leak in search',
      ],
    ],
    [
      'R3-r6h',
      'guiding principles under a period are no work',
      [
        'Plugin API',
        'Dark mode',
        'Cloud sync',
        'Mobile app',
        'Crash on start-up with large files',
        'Memory leak in search',
      ],
    ],
    ['R3-r1a', "marked bold lines: the reviewer's first page", ['Plugin API', 'Themes', 'Cloud sync']],
    ['R3-r1a2', 'a warning marked with an emoji is no part', ['Plugin API', 'Dark mode', 'Cloud sync']],
    ['R3-r1v5', '"Star the repo" marked with an emoji is no part', ['Plugin API', 'Dark mode', 'Cloud sync']],
    ['R3-r1v6', '"Last updated" marked with an emoji is no part', ['Plugin API', 'Dark mode', 'Cloud sync']],
    [
      'R3-r8b',
      'a second variation selector in link text is shown',
      ['❤️ Sponsor page', '❤️⟨U+FE0F⟩ Sponsor page', '🇫🇷 French docs', '🇫🇷⟨U+FE0F⟩ French docs'],
    ],
  ])('%s: %s', (name, _what, titles) => {
    expect(allInitiatives(read(name)).map((i) => i.title)).toEqual(titles);
  });
});
