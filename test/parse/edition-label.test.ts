/**
 * The edition label comes from the period the page gives this edition, in its
 * own words; a schedule of releases or a history of past periods is content,
 * not the edition's name. Each row is a small page shaped like real ones.
 */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { parseRoadmap } from '../../src/parse/index.js';

const parse = (markdown: string, file = 'widget-roadmap.md') =>
  parseRoadmap(sourceFromBytes(file, new TextEncoder().encode(markdown)));

interface Row {
  what: string;
  page: string;
  label: string;
  source: 'period' | 'last-updated' | 'file-name';
  rule?: string;
}

const items = '- **Faster sync:** sync in half the time.\n- **Plugin API:** a stable API for plugins.\n';

const rows: Row[] = [
  {
    what: 'a period in the title',
    page: `# Widget 2023 Roadmap\n\nWhat we plan.\n\n## Core\n\n${items}`,
    label: '2023',
    source: 'period',
    rule: 'title',
  },
  {
    what: "a heading that names the plan's period; an older plan below is history",
    page: `# Widget Roadmap\n\n## 2023 Goals\n\n### Goal: grow the community\n\nMore maintainers.\n\n### Goal: faster builds\n\nHalf the time.\n\n## 2021 Roadmap\n\n*Kept for historic purposes.*\n\n${items}`,
    label: '2023',
    source: 'period',
    rule: 'plan heading',
  },
  {
    what: "newest period first, older ones kept below: the first is the edition's",
    page: `# Widget Roadmap\n\n## Q1 2024\n\n${items}\n## Q4 2023\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: 'Q1 2024',
    source: 'period',
    rule: 'section headings',
  },
  {
    what: 'consecutive periods of one kind, in order: one plan over all of them',
    page: `# Widget Roadmap\n\n## Q1 2025\n\n${items}\n## Q2 2025\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: 'Q1–Q2 2025',
    source: 'period',
    rule: 'section headings',
  },
  {
    what: 'both halves of one year, in order: the year',
    page: `# Widget Roadmap\n\n## 2024 H1\n\n${items}\n## 2024 H2\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: '2024',
    source: 'period',
    rule: 'section headings',
  },
  {
    what: 'all four quarters of one year, in order: the year',
    page: `# Widget Roadmap\n\n## Q1 2025\n\n${items}\n## Q2 2025\n\n- Docs.\n\n## Q3 2025\n\n- Speed.\n\n## Q4 2025\n\n- GPU support.\n`,
    label: '2025',
    source: 'period',
    rule: 'section headings',
  },
  {
    what: 'halves of two years stay a range',
    page: `# Widget Roadmap\n\n## 2024 H2\n\n${items}\n## 2025 H1\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: '2024 H2 – 2025 H1',
    source: 'period',
    rule: 'section headings',
  },
  {
    what: 'release headings date releases, not the edition: the page\'s "Last updated" stands in',
    page: `# Widget Roadmap\n\n*Last updated: March 2021*\n\n## v0.3.7 ~ June/July 2020\n\n${items}\n## v0.4 ~ Q4 2020\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: 'March 2021',
    source: 'last-updated',
  },
  {
    what: 'a "Last updated" line that says more after a separator: the date only',
    page: `# Widget Roadmap\n\n> Last updated: 2026-04-24 | Current release: v0.1.0-beta.7\n\n## v0.3.7 ~ June/July 2020\n\n${items}\n## v0.4 ~ Q4 2020\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: '2026-04-24',
    source: 'last-updated',
  },
  {
    what: 'a "Last updated" line followed by another on the next line: the date only',
    page: `# Widget Roadmap\n\n## v0.3.7 ~ June/July 2020\n\n${items}\n## v0.4 ~ Q4 2020\n\n- Improve the docs.\n- Apple GPU support.\n\n---\n\n**Last updated:** 2026-01-24\n**Next review:** 2026-02-24\n`,
    label: '2026-01-24',
    source: 'last-updated',
  },
  {
    what: 'a "Last updated" line under another line of the same quote: the date, the other line kept',
    page: `# Widget Roadmap\n\n> This roadmap may change with feedback.  \n> Last updated: 2025-07-24\n\n## v0.3.7 ~ June/July 2020\n\n${items}\n## v0.4 ~ Q4 2020\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: '2025-07-24',
    source: 'last-updated',
  },
  {
    what: 'an item that says what was updated ("Updated to Sass 3.3") is work, not the date of the page',
    page: `# Widget Roadmap\n\n## v2.0\n\n- Updated to Sass 3.3 (maps for settings).\n- Switch to Gulp.\n`,
    label: 'widget-roadmap',
    source: 'file-name',
  },
  {
    what: 'a range over release headings is not a label',
    page: `# Widget Roadmap\n\n## v2.2\n\n${items}\n## v2.3 and beyond\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: 'widget-roadmap',
    source: 'file-name',
  },
  {
    what: 'periods of different kinds are a schedule, not a label',
    page: `# Widget Roadmap\n\n## June 2020\n\n${items}\n## Q4 2020\n\n- Improve the docs.\n- Apple GPU support.\n`,
    label: 'widget-roadmap',
    source: 'file-name',
  },
  {
    what: 'a period stated in the intro',
    page: `# Widget Roadmap\n\nThis roadmap spans the time window from August 2020 to August 2021.\n\n## Compliance\n\n${items}`,
    label: 'August 2020–August 2021',
    source: 'period',
    rule: 'intro',
  },
  {
    what: 'a version with its date in the intro stays whole',
    page: `# Widget Roadmap\n\nThe features below are targeted for Widget v1.4 (July 2020).\n\n## Storage\n\n${items}`,
    label: 'v1.4 (July 2020)',
    source: 'period',
    rule: 'intro',
  },
  {
    what: 'a heading naming one release is not the edition (it is as often what comes after it)',
    page: `# Widget Roadmap\n\n## Workloads\n\n${items}\n## Beyond 1.0\n\n- Federation.\n- Plugins.\n`,
    label: 'widget-roadmap',
    source: 'file-name',
  },
  {
    what: "a release estimate inside a section is that release's, not the edition's",
    page: `# Widget Roadmap\n\n*Last updated: March 2021*\n\n## 3.4\n\n**Estimated release:** Q1 2021\n\n${items}\n## 3.5\n\n**Estimated release:** Q2 2021\n\n- Improve the docs.\n`,
    label: 'March 2021',
    source: 'last-updated',
  },
];

describe('the edition label', () => {
  it.each(rows)('$what', ({ page, label, source, rule }) => {
    const { edition, naming } = parse(page);
    expect(edition.label).toBe(label);
    expect(edition.labelSource).toBe(source);
    expect(naming.labelRule).toBe(rule);
  });
});
