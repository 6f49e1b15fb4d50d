/**
 * The deck title is never a generic heading alone: the project's name comes
 * from the config, the front matter, the page's title, its prose, or its
 * repository where the page writes that name; a title of the page's own stays.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { roadmapName, type ProjectSource } from '../../src/model/types.js';
import { parseRoadmap, type ParseOptions } from '../../src/parse/index.js';

const ITEMS = '## Next\n\n- **Faster sync:** sync in half the time.\n- **Plugin API:** a stable API for plugins.\n';
const PROSE =
  'Tessellate is a tiling engine. This page lists what the Tessellate maintainers plan for Tessellate 2.0.\n\n';

interface Row {
  what: string;
  page: string;
  file?: string;
  options?: ParseOptions;
  deck: string;
  project?: string;
  source?: ProjectSource;
}

const rows: Row[] = [
  {
    what: 'a generic front matter title follows the name the prose uses',
    page: `---\ntitle: Roadmap\n---\n\n${PROSE}${ITEMS}`,
    deck: 'Tessellate Roadmap',
    project: 'Tessellate',
    source: 'prose',
  },
  {
    what: 'beside a front matter title, an H1 further down heads a group, not the page',
    page: `---\ntitle: Roadmap 2023\n---\n\n${PROSE}# Main tasks\n\n${ITEMS}\n# Releases\n\n- [v1.0](https://x.org/m/1)\n`,
    deck: 'Tessellate Roadmap',
    project: 'Tessellate',
    source: 'prose',
  },
  {
    what: 'beside a front matter title, an H1 that opens the body titles the page',
    page: `---\ntitle: Roadmap\n---\n\n# Tessellate Plans\n\n${PROSE}${ITEMS}`,
    deck: 'Tessellate Plans',
    source: 'prose',
  },
  {
    what: 'page words are dropped from a generic H1',
    page: `# Roadmap Overview\n\n${PROSE}${ITEMS}`,
    deck: 'Tessellate Roadmap',
    source: 'prose',
  },
  {
    what: 'a decorated generic H1',
    page: `# 🗺️ Roadmap\n\n${PROSE}${ITEMS}`,
    deck: 'Tessellate Roadmap',
    source: 'prose',
  },
  {
    what: 'a qualifier of the roadmap stays',
    page: `# Project roadmap\n\n${PROSE}${ITEMS}`,
    deck: 'Tessellate Project roadmap',
    source: 'prose',
  },
  {
    what: 'a generic heading that does not say roadmap, and no name anywhere',
    page: `# Introduction\n\nWhat we plan next.\n\n${ITEMS}`,
    deck: 'Roadmap',
  },
  {
    what: 'a generic title with no name anywhere stays as written',
    page: `# Roadmap\n\nWhat we plan next.\n\n${ITEMS}`,
    deck: 'Roadmap',
  },
  {
    what: "the config's project comes first",
    page: `# Roadmap\n\n${PROSE}${ITEMS}`,
    options: { project: 'Mosaic' },
    deck: 'Mosaic Roadmap',
    source: 'option',
  },
  {
    what: "then the front matter's project",
    page: `---\nproject: Mosaic\n---\n# Roadmap\n\n${PROSE}${ITEMS}`,
    deck: 'Mosaic Roadmap',
    source: 'front-matter',
  },
  {
    what: "a title of the page's own stays, and names the project",
    page: `# Tessellate Roadmap 2026\n\nWhat we plan.\n\n${ITEMS}`,
    deck: 'Tessellate Roadmap 2026',
    source: 'title',
  },
  {
    what: "a title of the page's own takes a name from the prose only when it contains it",
    page: `# Grid 2023 Roadmap\n\n${PROSE}${ITEMS}`,
    deck: 'Grid 2023 Roadmap',
    project: undefined,
  },
  {
    what: "a generic front matter title gives way to an H1 of the page's own",
    page: `---\ntitle: Roadmap\n---\n# Tessellate roadmap\n\n${ITEMS}`,
    deck: 'Tessellate roadmap',
    source: 'title',
  },
  {
    what: 'a section heading after a generic title is not the title',
    page: `---\ntitle: Roadmap\n---\n## Status Reports\n\nMonthly notes.\n\n${ITEMS}`,
    deck: 'Roadmap',
    project: undefined,
  },
  {
    what: "a front matter title is the page's H1: a heading below it is a section even when it names the roadmap",
    page: `---\ntitle: Roadmap\n---\n## The Tessellate Roadmap\n\n${PROSE}## Next\n\n- Faster sync\n- Plugin API\n`,
    deck: 'Tessellate Roadmap',
    source: 'prose',
  },
  {
    what: 'a lone heading that wraps the page and names its roadmap titles it',
    page: `# Roadmap and Vision\n\n## SIG Widget Roadmap for 2021 and beyond\n\nThis document holds the SIG Widget Roadmap for 2021.\n\n### Deliverables\n\n- **Signed artifacts:** sign everything.\n- **SBOM:** a bill of materials.\n\n### Risks\n\nFew people.\n`,
    deck: 'SIG Widget Roadmap for 2021 and beyond',
    source: 'title',
  },
  {
    what: 'a file-name title gives way to the name in the prose',
    page: `${PROSE}**Next**\n\n- Faster sync\n- Plugin API\n`,
    file: 'ROADMAP.md',
    deck: 'Tessellate Roadmap',
    source: 'prose',
  },
  {
    what: "the repository's name, where the page writes it",
    page: `# Roadmap\n\nPlans for the next releases of Tessellate.\n\n${ITEMS}`,
    options: { repository: ['tessellate'] },
    deck: 'Tessellate Roadmap',
    source: 'repository',
  },
  {
    what: "never the repository's name where the page does not write it",
    page: `# Roadmap\n\nPlans for the next releases.\n\n${ITEMS}`,
    options: { repository: ['roadmap-deck', 'tessellate'] },
    deck: 'Roadmap',
    project: undefined,
  },
  {
    what: 'an opening heading with siblings at its level is the first part, not the title',
    page: `---\nslug: roadmap\n---\n\n### [Done] Version 0.1.0: Proof of concept\n\nA first try.\n\n### Version 0.2.0: Plugins\n\nA plugin API.\n`,
    file: 'roadmap.md',
    deck: 'Roadmap',
    project: undefined,
    source: undefined,
  },
  {
    what: 'an opening heading that wraps the page titles it',
    page: `## Tessellate plans\n\n### Faster sync\n\nSync in half the time.\n\n### Plugin API\n\nA stable API.\n`,
    file: 'roadmap.md',
    deck: 'Tessellate plans',
    source: undefined,
  },
  {
    what: "a translation's language tag on the file name is not a title word",
    page: `**Next**\n\n- Faster sync\n- Plugin API\n`,
    file: 'roadmap_zh.md',
    deck: 'Roadmap',
    source: undefined,
  },
];

describe('the deck title', () => {
  it.each(rows)('$what', (row) => {
    const { edition } = parseRoadmap(
      sourceFromBytes(row.file ?? 'page.md', new TextEncoder().encode(row.page)),
      row.options,
    );
    expect(roadmapName(edition.title, edition.project)).toBe(row.deck);
    if ('project' in row) expect(edition.project).toBe(row.project);
    expect(edition.projectSource).toBe(row.source);
  });
});

describe('a "Project:" line before the work names the project, as front matter would', () => {
  it.each([
    ['**Project:** Structured Roadmap', 'Structured Roadmap', 'project-line'],
    ['Project name: Tessellate', 'Tessellate', 'project-line'],
    ['Project: /_project.yaml', undefined, undefined],
    ['**Project:** see the board at https://example.org/board for the details of each item.', undefined, undefined],
  ])('%s → %s', (line, project, source) => {
    const page = `# Roadmap\n\n${line}\n\n${ITEMS}`;
    const { edition } = parseRoadmap(sourceFromBytes('roadmap.md', new TextEncoder().encode(page)));
    expect(edition.project).toBe(project);
    expect(edition.projectSource).toBe(source);
  });
});

describe('a project named "… Roadmap" under a page titled "Roadmap"', () => {
  it.each([
    ['Roadmap', 'Structured Roadmap', 'Structured Roadmap'],
    ['Roadmap', 'Tessellate', 'Tessellate Roadmap'],
    ['Tessellate Roadmap', 'Tessellate', 'Tessellate Roadmap'],
  ])('%s + %s → %s', (title, project, name) => {
    expect(roadmapName(title, project)).toBe(name);
  });
});
