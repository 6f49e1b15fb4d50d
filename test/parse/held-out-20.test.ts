/** Small pure rules found on the hundred-and-first and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('a box makes an item a task of its list, however it is worded', () => {
  const sentence = 'Continue to improve [the guide](https://widget.dev/guide) with best practices and scenarios.';
  const list = (box: string) =>
    `# Widget Roadmap\n\nWhat we plan to add.\n\n- ${box}[Parallel scenarios](https://github.com/acme/widget/issues/4)\n- ${box}[Central storage](https://github.com/acme/widget/issues/5)\n- ${box}[DNS outages](https://github.com/acme/widget/issues/6)\n- ${box}${sentence}\n`;

  it.each([
    ['[ ] ', 4],
    ['[x] ', 4],
    ['', 3],
  ])('a sentence among titled items with box "%s": %i pieces of work', (box, count) => {
    expect(titles(list(box))).toHaveLength(count);
  });

  it.each([
    ['Have an idea for a scenario? Open an issue and tell us about it.'],
    ['Everything in this list is planned for the 2.0 release.'],
  ])('an open box that asks or speaks of the list stays its introduction: "%s"', (line) => {
    const page = `# Widget Roadmap\n\nWhat we plan to add.\n\n- [x] [Parallel scenarios](https://github.com/acme/widget/issues/4)\n- [ ] [Central storage](https://github.com/acme/widget/issues/5)\n- [ ] [DNS outages](https://github.com/acme/widget/issues/6)\n- [ ] ${line}\n`;
    expect(titles(page)).toHaveLength(3);
  });
});

describe('a heading that tells two sections of one name apart is named as a section is', () => {
  it.each([
    ['**Feature:**', 'Feature — DevOps'],
    ['Feature', 'Feature — DevOps'],
    ['Features (in progress)', 'Features (in progress) — DevOps'],
  ])('"%s" over "DevOps" gives "%s"', (parent, name) => {
    const page = `# Widget Roadmap\n\n# v3.1\n\n## ${parent}\n\n### IAM\n\n- [ ] Login with OIDC\n\n### DevOps\n\n- [ ] Parallel pipelines\n\n# v3.0\n\n## Storage\n\n- [ ] Volume cloning\n\n## DevOps\n\n- [ ] Pipeline templates\n`;
    expect(edition(page).sections.map((s) => s.title)).toContain(name);
  });

  it.each([
    [
      'headings that differ by their status',
      '# Widget Roadmap\n\n## Desktop app (Now)\n\n### Editor\n\n- Split view\n- Minimap\n\n### Sync\n\n- Conflict resolution\n\n## Desktop app (Next)\n\n### Editor\n\n- Vim mode\n\n### Sync\n\n- End-to-end encryption\n',
      [
        'Desktop app (Now) — Editor',
        'Desktop app (Now) — Sync',
        'Desktop app (Next) — Editor',
        'Desktop app (Next) — Sync',
      ],
    ],
    [
      'each naming its one section alone',
      '# Widget Roadmap\n\n## Storage (done)\n\n### Milestones\n\n- [x] Volume cloning\n- [x] Snapshots\n\n## Storage (in progress)\n\n### Milestones\n\n- [ ] Replication\n\n## Networking\n\n### Milestones\n\n- [ ] IPv6\n',
      ['Storage (done)', 'Storage (in progress)', 'Networking'],
    ],
  ])('%s: the sections stay apart', (_what, page, names) => {
    expect(edition(page).sections.map((s) => s.title)).toEqual(names);
  });
});

describe('a heading broken with <br> keeps the anchor sites give it', () => {
  it('"## Next<br>(2025)" is "#next2025", and links to it go to its section', () => {
    const page =
      '# Acme Roadmap\n\nJump to: [Now](#now), [Next](#next2025).\n\n## Now\n\n- Plugin API: a stable API\n- Themes: dark mode\n\n## Next<br>(2025)\n\n- Sync engine: offline-first sync\n- Mobile app: iOS and Android\n';
    expect(edition(page).sections.map((s) => s.id)).toContain('next2025');
  });
});

describe('a status tag leading an item, in brackets or parentheses, after any emoji', () => {
  const item = (line: string) =>
    allInitiatives(
      edition(`# Widget Roadmap\n\n## Q1 2022\n\n* ${line}\n* 🚧 (WIP) Website revamp\n* Third thing\n`),
    )[0]!;
  it.each([
    ['✌️ (DONE) Volar support', 'Volar support', 'done'],
    ['(DONE) Volar support', 'Volar support', 'done'],
    ['🙂 (WIP) Volar support', 'Volar support', 'in-progress'],
    ['✌️ [Done] Volar support', 'Volar support', 'done'],
    ['(beta) Plugin API', 'Plugin API', 'in-progress'],
    ['(Optional) Volar support', '(Optional) Volar support', 'planned'],
    ['(2022) Volar support', '(2022) Volar support', 'planned'],
    ['🚀 (new) Faster builds', '🚀 (new) Faster builds', 'planned'],
    ['(Now available) Dark mode', '(Now available) Dark mode', 'planned'],
    ['(Next.js) App Router migration', '(Next.js) App Router migration', 'planned'],
    ['(Stable Diffusion) Image generation', '(Stable Diffusion) Image generation', 'planned'],
    ['✅ (Next) Dark mode', '(Next) Dark mode', 'done'],
    ['🚧 (WIP) Video tutorials', 'Video tutorials', 'in-progress'],
    ['✅ (DONE) Volar support', 'Volar support', 'done'],
    ['(WIP) Offline mode ✅', '(WIP) Offline mode', 'done'],
  ])('"%s" → "%s", %s', (line, title, status) => {
    expect(item(line)).toMatchObject({ title, status });
  });
});

describe('a reference leading an item tracks it; the words after it name the work', () => {
  const read = (line: string) => {
    const page = `# Widget Roadmap\n\n## Backend\n\n- release on conda\n- ${line}\n- add a hook system for kernels\n`;
    const item = allInitiatives(edition(page))[1]!;
    return { title: item.title, tracking: item.tracking?.url };
  };
  const issue = 'https://github.com/acme/widget/issues/49';
  it.each([
    [`[#49](${issue}) GPU support`, 'GPU support', issue],
    [`[#49](${issue})\n  cookiecutter for pip-installable specs`, 'cookiecutter for pip-installable specs', issue],
    [`[#49](${issue}): GPU support`, 'GPU support', issue],
    [`[acme/widget#49](${issue}) - GPU support`, 'GPU support', issue],
    [`[#49](${issue}), [#50](${issue}0) GPU support`, 'GPU support', undefined],
    [`[GPU support](${issue}): kernels on the GPU`, 'GPU support', issue],
    [`[#49](${issue})`, '#49', issue],
    [`[#49](${issue}) tracks the migration to ESM`, '#49 tracks the migration to ESM', issue],
    [`[#49](${issue}) and [#50](${issue}0) fixed the crash`, '#49 and #50 fixed the crash', undefined],
    [`[#49](${issue}) (closed)`, '#49 (closed)', issue],
    [`[#49](${issue}) on Windows only`, '#49 on Windows only', issue],
    [`[#49](${issue}) Done`, '#49 Done', issue],
    ['[2023](./roadmap-2023.md) roadmap and results', '2023 roadmap and results', undefined],
    ['[https://play.acme.dev](https://play.acme.dev)\n  An online playground', 'https://play.acme.dev', undefined],
  ])('%j → %j', (line, title, tracking) => {
    expect(read(line)).toEqual({ title, tracking });
  });
});

describe('bullets indented under a numbered item by too few spaces are its sub-items', () => {
  const page = (sub: string, gap = '') =>
    `# Widget Roadmap\n\nOur plans.\n\n1. **Maintenance and docs**\n${gap}${sub}- Fix bugs as time permits.\n${sub}- Rework the notebooks.\n\n2. **GPU support**\n${gap}${sub}- Kernels on the GPU.\n`;
  it.each([
    ['two spaces', page('  '), ['Maintenance and docs', 'GPU support']],
    ['one space', page(' '), ['Maintenance and docs', 'GPU support']],
    ['three spaces (CommonMark nests them)', page('   '), ['Maintenance and docs', 'GPU support']],
    [
      'a blank line between: a list of its own',
      page('  ', '\n'),
      ['Maintenance and docs', 'Fix bugs as time permits', 'Rework the notebooks', 'GPU support', 'Kernels on the GPU'],
    ],
    [
      'not indented: a list of its own',
      page(''),
      ['Maintenance and docs', 'Fix bugs as time permits', 'Rework the notebooks', 'GPU support', 'Kernels on the GPU'],
    ],
  ])('%s', (_what, markdown, expected) => {
    expect(titles(markdown)).toEqual(expected);
  });

  it('numbered labels over such sub-lists group them, as when the bullets are indented enough', () => {
    const labels = (indent: string) =>
      `# Widget Roadmap\n\n## Releases\n\n1. v1.2\n${indent}- Plugin API\n${indent}- Dark mode\n2. v1.3\n${indent}- Offline mode\n${indent}- Sync engine\n`;
    const read = (indent: string) =>
      edition(labels(indent)).sections.map((s) => [s.title, s.initiatives.map((i) => i.title)]);
    expect(read('  ')).toEqual(read('   '));
    expect(read('  ')).toEqual([
      ['v1.2', ['Plugin API', 'Dark mode']],
      ['v1.3', ['Offline mode', 'Sync engine']],
    ]);
  });
});

describe('a status sub-item keeps its note; only a reference in parentheses goes', () => {
  it.each([
    ['Planned (Q3 2024)', 'Planned (Q3 2024)'],
    ['In progress (50%)', 'In progress (50%)'],
    ['Beta (v1.29), GA in v1.33', 'Beta (v1.29)'],
    ['DONE ([#4575](https://github.com/acme/widget/pull/4575))', 'DONE'],
    ['DONE. Released in 0.15.0', 'DONE'],
  ])('"Status: %s" reads "%s"', (status, text) => {
    const page = `# Widget Roadmap\n\n## Core\n\n- Pod-level resources\n  - Status: ${status}\n- In-place resize\n  - Status: started\n`;
    expect(allInitiatives(edition(page))[0]!.statusText).toBe(text);
  });
});

describe('a line that names the tracker, in the languages pages are written in', () => {
  const issue = 'https://github.com/acme/widget/issues/4';
  it.each([
    [`**追跡：** [widget#4](${issue})`, issue],
    [`跟踪：[widget#4](${issue})`, issue],
    [`**Seguimiento:** [el issue](${issue})`, issue],
    [`Suivi : [le ticket](${issue})`, issue],
    [`**Tracking:** [the issue](${issue})`, issue],
    [`**メモ：** [widget#4](${issue}) と [widget#5](${issue}0)`, undefined],
  ])('%s', (line, tracking) => {
    const page = `# Widget\n\n## 短期\n\n### Faster sync\n\nSync in half the time, with a new protocol.\n\n${line}\n\n### Plugin API\n\nA stable API for plugins, with docs.\n`;
    const [first] = allInitiatives(edition(page));
    expect(first!.tracking?.url).toBe(tracking);
    // A line that only names the tracker is shown once, on the slide's tracking line.
    if (tracking) expect(first!.text).not.toContain('widget#4');
  });
});
