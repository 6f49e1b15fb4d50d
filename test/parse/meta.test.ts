/** Parts of a page that are about the roadmap, not work in it. */
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/read-markdown.js';
import { metaOf } from '../../src/parse/meta.js';

describe('metaOf', () => {
  const cases: [string, string, string | undefined][] = [
    ['How to influence the roadmap', 'Open an issue.', 'closing'],
    ['How can I add something to the roadmap?', 'Open an issue.', 'closing'],
    ['How should I use this document?', 'Read it top to bottom.', 'faq'],
    ['Overview', 'This document outlines the plan for 2023.', 'about'],
    [
      'Overview',
      '| Deliverable | State | Owner |\n| - | - | - |\n| Async traits | In progress | @ann |\n| Scoped tasks | Paused | |\n| Async iteration | In progress | @bo |\n',
      undefined,
    ],
    ['Release cadence', 'We release every quarter.', 'process'],
    ['Release Cycle', 'We follow semver.', 'process'],
    ['Known Risks', '1. **We rely on others**', 'about'],
    ['Requests to Other Teams', '1. **SIG Architecture**', 'about'],
    ['Non-Goals', '- A GUI', 'non-goals'],
    ['Status Reports', 'Reports on progress.', 'process'],
    ['Agile', 'We work on a 2-week sprint cycle.', 'process'],
    ['Stability Policy', 'We never remove a stable API.', 'process'],
    ['Background & Motivation', 'We built this for clusters that scale up.', 'about'],
    ['Background', 'How the project started.', 'about'],
    ['Background tasks', 'Run code in the background while the app is closed.', undefined],
    ['Network Policy', 'Enforce network policies between pods.', undefined],
    ['Methodology', 'We ship small changes often.', 'process'],
    ['Schedule', 'We will publish a tentative schedule.', 'process'],
    ['Schedule a job from the UI', 'Pick a time for a job.', undefined],
    ['Useful links', '[Documentation Progress](https://x.org/1)\n\n[Rendering](https://x.org/2)', 'links'],
    ['v1.2', 'See [the release notes](https://x.org/releases/v1.2).', 'links'],
    ['Plugin API', 'A stable API for plugins, see [the RFC](https://x.org).', undefined],
    [
      'Plugin API',
      'See [the RFC](https://x.org) for the design we settled on after the spring discussions.',
      undefined,
    ],
    ['Release automation', 'Automate the release process end to end.', undefined],
    ['Streamline releases with consolidated versioning & branching', 'One version for all packages.', undefined],
    ['Faster startup', '- Lazy loading\n- Smaller bundles', undefined],
    ['🧭 Notes', '- Progress will be tracked directly in this document.', 'about'],
    ['Overview 📋', 'This document outlines the plan for 2023.', 'about'],
    ['❓ How should I use this document?', 'Read it top to bottom.', 'faq'],
    ['🚀 Faster startup', '- Lazy loading\n- Smaller bundles', undefined],
    ['Non-Features (Out of Scope)', '- **Real-time editing** (not a docs competitor).', 'non-goals'],
    ['Big Wishlist (might be out of scope)', '- Plugins', undefined],
    ['Exporter (PDF)', '- Page sizes', undefined],
    ['Status', 'Current stable milestone: `v0.5.4`.', 'about'],
    ['Current State', '**Phase 6 Complete** - the foundation is solid.', 'about'],
    ['Current Status', '- ✅ Distance calculations\n- ✅ Unit support', undefined],
    ['Current Focus: Publishing', 'This roadmap outlines the move from a journal to a publishing engine.', 'about'],
    ['Publishing', 'This roadmap item adds targets for three site generators.', undefined],
    ['Decision Points', '**Resolved:**\n\n1. RPM first', 'about'],
    ['💡 Feature Requests', 'Have an idea? [Open an issue](https://x.org/new).', 'closing'],
    ['Feature requests', '- Dark mode\n- Export to CSV', undefined],
    ['Version History', '| Version | Date |\n|---|---|\n| 0.1.0 | 2026-01-10 |', 'about'],
    ['History', '- M1: Nov 2015\n- M2: Jan 2016', 'about'],
    ['History', 'The idea came in 2020; the code followed in 2022.', undefined],
    ['History (2016-2021)', 'Priorities identified:\n\n- Hazard scenarios\n- Vulnerability functions', 'about'],
    [
      'References',
      '- [PRD.md](PRD.md) - Product requirements\n- [CHANGELOG.md](CHANGELOG.md) - Release history',
      'links',
    ],
    ['Table of Contents', '- [Intro](#intro)', 'about'],
    ['[x] Table of contents with progress counts', 'TOC showing completion status per section', undefined],
    ['Table of contents with progress counts', 'TOC showing completion status per section', undefined],
    ['How we decide what to build', 'ProContext follows a spec-first process.', 'process'],
    ['How we prioritize', 'Agents first.', 'process'],
    ['Governance', 'The project is run by its maintainers.', 'process'],
    [
      'Our public roadmap',
      'The project tracks its roadmap on a [board](https://github.com/orgs/acme/projects/1) with its major initiatives.',
      'links',
    ],
    ['Roadmap', 'A faster query planner, written from scratch for 2.0.', undefined],
    ['Setup Community Governance', '1. Developer Document\n2. Contribution Guideline', undefined],
    ['Improve triage', '- Label new issues within a week', undefined],
  ];
  for (const [title, body, kind] of cases) {
    it(`${title} → ${kind ?? 'work'}`, () =>
      expect(metaOf(title, parseMarkdown(body).children, false)?.kind).toBe(kind));
  }
});
