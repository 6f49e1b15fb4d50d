/** The status vocabulary: words, emoji, shortcodes, tags, section names and checklists. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';
import {
  isReleasedLink,
  deliveredIn,
  isStruckThrough,
  namesOnlyAStatus,
  normalizeStatus,
  statusOfChecklist,
  statusOfSectionTitle,
} from '../../src/parse/status.js';
import { leadingTagStatusOf, trailingStatusOf } from '../../src/parse/status-tags.js';
import { stripShortcodes } from '../../src/parse/clean.js';

describe('normalizeStatus', () => {
  const cases: [string, string][] = [
    ['Done ✅', 'done'],
    ['Completed', 'done'],
    ['PLAN', 'planned'],
    ['Migration plan', 'unknown'],
    ['in plan', 'planned'],
    ['In the plan', 'planned'],
    ['shipped', 'done'],
    ['In Progress', 'in-progress'],
    ['WIP', 'in-progress'],
    ['Public Beta', 'in-progress'],
    ['Alpha', 'in-progress'],
    ['Experimental', 'in-progress'],
    ['being worked on', 'in-progress'],
    ['Close to becoming stable, already released as unstable', 'in-progress'],
    ['Not started', 'planned'],
    ['not yet implemented or being worked on', 'planned'],
    // A finish denied is not begun, unless another state stands beside it.
    ['Not Done, looking for contributors', 'planned'],
    ['not yet complete', 'planned'],
    ['In progress, not finished', 'in-progress'],
    ['Implemented, docs not complete', 'done'],
    ['Planned', 'planned'],
    ['Provisional', 'planned'],
    ['Later', 'future'],
    ['Backlog', 'future'],
    ['🚧', 'in-progress'],
    ['🔮', 'future'],
    ['🟢', 'done'],
    ['a plugin API', 'unknown'],
  ];
  for (const [text, status] of cases) it(`${text} → ${status}`, () => expect(normalizeStatus(text)).toBe(status));
});

describe('statuses in titles and sections', () => {
  it('reads trailing and leading tags', () => {
    expect(trailingStatusOf('Plugin API (In Progress)')).toMatchObject({ status: 'in-progress', rest: 'Plugin API' });
    expect(trailingStatusOf('Faster builds [WIP]')).toMatchObject({ status: 'in-progress', rest: 'Faster builds' });
    expect(trailingStatusOf('Upload screen (under development)')).toMatchObject({
      status: 'in-progress',
      rest: 'Upload screen',
    });
    expect(leadingTagStatusOf('[Done] Support for backups')).toMatchObject({
      status: 'done',
      rest: 'Support for backups',
    });
    expect(trailingStatusOf('Template Stacks (alpha)')).toBeUndefined();
    expect(leadingTagStatusOf('[Plugin] Faster builds')).toBeUndefined();
  });

  it('reads section names, but not a period or a feature name as a status', () => {
    expect(statusOfSectionTitle('Completed milestones ✅')).toBe('done');
    expect(statusOfSectionTitle('Archived')).toBe('done');
    expect(statusOfSectionTitle('Beyond 1.0')).toBe('future');
    expect(statusOfSectionTitle('SIG Release Roadmap for 2021 and beyond')).toBe('unknown');
    expect(statusOfSectionTitle('Beyond')).toBe('future');
    expect(statusOfSectionTitle('Beyond Q3')).toBe('future');
    expect(statusOfSectionTitle('Beyond Pack')).toBe('unknown');
    expect(statusOfSectionTitle('Backlogs')).toBe('future');
    expect(normalizeStatus('Backlogs')).toBe('future');
    expect(normalizeStatus('Beyond the cloud')).toBe('unknown');
    expect(namesOnlyAStatus('Future work')).toBe(true);
    expect(namesOnlyAStatus('Long-term storage')).toBe(false);
  });

  it.each([
    ['Coming Soon ⏳', 'planned'],
    ['🔄 Auto-Scaling', 'in-progress'],
    ['📋 Reporting', 'planned'],
    ['⏳ Waiting', 'in-progress'],
    ['In Progress 🚧', 'in-progress'],
    ["What's already implemented", 'done'],
    ['Implemented features', 'done'],
    ['To be implemented', 'unknown'],
    ['Not yet implemented', 'unknown'],
    ["What we're planning to implement in 1.0.0", 'planned'],
    ['Planning process', 'unknown'],
    ['Where we are — v0.1.1', 'done'],
    ["Where we're going", 'unknown'],
    ['Past (from project start)', 'done'],
    ['Past priorities', 'done'],
    ['Pasta recipes', 'unknown'],
    ['things to be done sometime', 'future'],
    ['Not yet done', 'unknown'],
  ])('a section title says its status in words first, then by emoji: %s → %s', (title, status) => {
    expect(statusOfSectionTitle(title)).toBe(status);
  });

  it.each([
    ['CLI Interface (Basic Commands) - ✓ COMPLETE', 'done', 'CLI Interface (Basic Commands)'],
    ['Plugin API — in progress', 'in-progress', 'Plugin API'],
    ['Sharebox - a sharing service for the notebook', undefined, undefined],
    ['v0.3.0 - Enhanced Output 📋', undefined, undefined],
    ['v0.1.0 - Initial Release ✅', undefined, undefined],
    ['Storage ✓ (COMPLETE)', 'done', 'Storage ✓'],
  ])('a status after a dash ends a title: %s', (text, status, rest) => {
    const read = trailingStatusOf(text);
    expect(read?.status).toBe(status);
    expect(read?.rest).toBe(rest);
  });

  it.each([
    ['Implemented in v0.5.4', true],
    ['Released in 2.0', true],
    ['Implemented features', false],
    ['Implement in Rust', false],
  ])('a heading that names what a release delivered: %s', (title, done) => {
    expect(deliveredIn(title)).toBe(done);
  });

  it('reads a checkbox written in a heading as its status, and drops it from the title', () => {
    const page =
      '# Roadmap\n\n## v0.1.0\n\n### [x] Renderer package\n\nMarkdown output.\n\n### [ ] HTML output\n\nStandalone pages.\n\n### [ ] `tool init` command\n\nA starter file.\n';
    const { edition } = parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page)));
    const statuses = edition.sections.flatMap((s) => s.initiatives.map((i) => [i.title, i.status]));
    expect(statuses).toEqual([
      ['Renderer package', 'done'],
      ['HTML output', 'planned'],
      ['tool init command', 'planned'],
    ]);
  });

  it('reads "(work in progress)" after a title as its status', () => {
    expect(trailingStatusOf('User documentation (work in progress)')).toMatchObject({
      status: 'in-progress',
      rest: 'User documentation',
    });
  });

  it('reads a released link, GitHub shortcodes and checklists', () => {
    expect(isReleasedLink('https://github.com/o/r/releases/tag/v0.4.0')).toBe(true);
    expect(isReleasedLink('https://github.com/o/r/releases')).toBe(false);
    expect(stripShortcodes('Faster builds :construction:')).toBe('Faster builds 🚧');
    // Any GitHub shortcode shows as its emoji, as on GitHub and on the slide; an unknown name stays as written.
    expect(stripShortcodes('a :smile: b :atom_symbol:')).toBe('a 😄 b ⚛️');
    expect(stripShortcodes('at 10:30:45 and :not_an_emoji_name:')).toBe('at 10:30:45 and :not_an_emoji_name:');
    expect([
      statusOfChecklist([true, true]),
      statusOfChecklist([false, false]),
      statusOfChecklist([true, false]),
    ]).toEqual(['done', 'planned', undefined]);
  });
});

describe('statuses in other languages', () => {
  const cases: [string, string][] = [
    ['In Arbeit', 'in-progress'],
    ['Erledigt', 'done'],
    ['Geplant', 'planned'],
    ['En cours', 'in-progress'],
    ['Terminé', 'done'],
    ['En curso', 'in-progress'],
    ['Concluído', 'done'],
    ['進行中', 'in-progress'],
    ['完了', 'done'],
    ['予定', 'planned'],
    ['진행 중', 'in-progress'],
    ['완료', 'done'],
    ['예정', 'planned'],
    ['进行中', 'in-progress'],
    ['已完成', 'done'],
    ['计划中', 'planned'],
    ['正在开发', 'in-progress'],
    ['准备开发', 'planned'],
  ];
  for (const [text, status] of cases) it(`${text} → ${status}`, () => expect(normalizeStatus(text)).toBe(status));
  const buckets: [string, string][] = [
    ['正在迭代', 'in-progress'],
    ['正在开发', 'in-progress'],
    ['准备开发', 'planned'],
    ['未来开发', 'future'],
    ['Geplante Funktionen', 'planned'],
    ['Terminé', 'done'],
    ['Roadmap 2025', 'unknown'],
  ];
  for (const [title, status] of buckets)
    it(`bucket heading ${title} → ${status}`, () => expect(statusOfSectionTitle(title)).toBe(status));
});

describe('a line struck through as a whole is done', () => {
  const cases: [string, boolean][] = [
    ['~~Data store - etcd (follow-up)~~', true],
    ['**†** ~~Probabilistic programming~~', true],
    ['~~**Integrate deep learning**~~', true],
    ['~~Old plan~~ New plan', false],
    ['Drop ~~two~~ one dependency', false],
    ['Plain item', false],
    ['~~ ~~', false],
  ];
  for (const [line, struck] of cases) {
    it(`${line} → ${struck}`, () => {
      const first = parseMarkdown(line).children[0];
      expect(first?.type === 'paragraph' && isStruckThrough(first.children)).toBe(struck);
    });
  }

  it('over the group status; a line only partly struck keeps it', () => {
    const page = '## Future Plans\n\n1. AWS support\n2. ~~Data store~~\n3. Drop ~~two~~ one dependency\n';
    const { edition } = parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page)));
    const statuses = edition.sections.flatMap((s) => s.initiatives.map((i) => [i.title, i.status]));
    expect(statuses).toEqual([
      ['AWS support', 'future'],
      ['Data store', 'done'],
      ['Drop two one dependency', 'future'],
    ]);
  });

  it('a box speaks first: checked is done, unchecked over a struck line is dropped work, not done', () => {
    const page =
      '## Tasks\n\n- [x] Coverage report\n- [ ] ~~LLM review~~\n- [x] ~~Old release~~\n- [ ] Humble release\n';
    const { edition } = parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page)));
    const statuses = edition.sections.flatMap((s) => s.initiatives.map((i) => [i.title, i.status]));
    expect(statuses).toEqual([
      ['Coverage report', 'done'],
      ['LLM review', 'unknown'],
      ['Old release', 'done'],
      ['Humble release', 'planned'],
    ]);
  });
});
