/** The parts that make up one piece of work, and the parts that only repeat it. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

const titles = (page: string) =>
  allInitiatives(parseRoadmap(sourceFromBytes('roadmap.md', Buffer.from(page))).edition).map((i) => i.title);

const work = (name: string, fields: string[]) =>
  `## ${name}\n\n${fields.map((field) => `### ${field}\n\nSome words on ${name.toLowerCase()}.\n\n- one step\n- another step\n`).join('\n')}`;

describe('detail sub-headings repeated under each piece of work', () => {
  it.each([
    ['keys ending in a colon', ['Objective:', 'Steps:', 'Milestone:']],
    ['keys named as detail lines are', ['Goal', 'Deliverables', 'Status']],
    ['a key of its own beside named keys', ['Motivation', 'Scope:', 'Owner']],
  ])('are the details of the heading above them: %s', (_, fields) => {
    const page = `# Roadmap 2024\n\n${work('1. Connector tests', fields)}\n${work('2. Helm documentation', fields)}`;
    expect(titles(page)).toEqual(['1. Connector tests', '2. Helm documentation']);
  });

  it('but a page with one such heading keeps its parts as they are', () => {
    const page = `# Roadmap\n\n## Goals\n\n### Faster builds\n\nCaching for every step.\n\n### Smaller images\n\nDistroless bases.\n\n## Milestones\n\n### Beta\n\nA first public build.\n\n### GA\n\nA stable API.\n`;
    expect(titles(page)).toEqual(['Faster builds', 'Smaller images', 'Beta', 'GA']);
  });
});

describe('a table that recaps the headings above it', () => {
  const phases =
    '## Development Phases\n\n### Phase 1: Foundation\nStabilize the framework.\n- Fix sizing\n- Theme refinements\n\n### Phase 2: Content\nRicher content.\n- Diagrams\n- Layouts\n\n### Phase 3: Deployment\nShip it.\n- Docker module\n- Mobile layout\n';

  it('is their summary, not three more pieces of work', () => {
    const page = `# Roadmap\n\n${phases}\n## Progress Summary\n\n| Phase | Focus | Status |\n|---|---|---|\n| Phase 1 | Foundation & Polish | In Progress |\n| Phase 2 | Content & Layouts | Planned |\n| Phase 3 | Config & Deployment | Planned |\n`;
    expect(titles(page)).not.toContain('Foundation & Polish');
    expect(titles(page)).not.toContain('Content & Layouts');
    expect(titles(page)).toContain('Diagrams');
  });

  it('a table of other work after them stays work', () => {
    const page = `# Roadmap\n\n${phases}\n## Later\n\n| Area | Feature | Status |\n|---|---|---|\n| Core | Plugin system | Planned |\n| Core | Search | Planned |\n| UI | Graph view | Planned |\n`;
    expect(titles(page)).toEqual(expect.arrayContaining(['Plugin system', 'Search', 'Graph view']));
  });
});
