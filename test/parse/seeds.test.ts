/**
 * The two Backstage editions, parsed. Expected values were written by
 * reading the pages, not taken from the program's output.
 */
import { describe, expect, it } from 'vitest';
import { readSource } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { BACKSTAGE_URL, SEED_2022, SEED_2024 } from '../helpers/paths.js';

async function parse(file: string) {
  return parseRoadmap(await readSource(file), { baseUrl: BACKSTAGE_URL }).edition;
}

describe('Backstage 2024 Fall edition', () => {
  it('has the label, title and nine initiatives under one section', async () => {
    const edition = await parse(SEED_2024);
    expect(edition.label).toBe('2024 Fall');
    expect(edition.labelSource).toBe('period');
    expect(edition.title).toBe('Roadmap');
    expect(edition.project).toBe('Backstage');
    expect(edition.sections.map((s) => s.title)).toEqual(['2024 Fall Roadmap']);
    expect(allInitiatives(edition).map((i) => i.title)).toEqual([
      'Backend System 1.0',
      'New Frontend System - Ready for Adoption',
      'Backstage Security Audit',
      'Plugin Metadata',
      'MUI v5 Green-light',
      'Configuration Improvements',
      'Versioned Documentation',
      'Rework Pull Request & Issue Process',
      'Catalog Observability',
    ]);
  });

  it('resolves relative doc links Docusaurus-style and picks out the meta issue', async () => {
    const edition = await parse(SEED_2024);
    const backend = allInitiatives(edition)[0]!;
    expect(backend.links.map((l) => l.url)).toEqual([
      'https://backstage.io/docs/backend-system/',
      'https://github.com/backstage/backstage/issues/24493',
    ]);
    expect(backend.tracking?.url).toBe('https://github.com/backstage/backstage/issues/24493');
    expect(backend.tracking?.text).toBe('meta issue');
    const frontend = allInitiatives(edition)[1]!;
    expect(frontend.links[0]!.url).toBe('https://backstage.io/docs/frontend-system/');
    expect(frontend.tracking?.url).toBe('https://github.com/backstage/backstage/issues/19545');
    expect(allInitiatives(edition)[2]!.tracking).toBeUndefined();
  });

  it('keeps every word of an initiative and every link absolute', async () => {
    const edition = await parse(SEED_2024);
    const backend = allInitiatives(edition)[0]!;
    expect(backend.text).toContain('The goal of this initiative is the stable 1.0 release of the new backend system.');
    expect(backend.text).toContain(
      'The goal is to provide a more flexible and scalable way to extend backend services.',
    );
    for (const link of edition.links) expect(link.url).toMatch(/^https:\/\//);
  });

  it('turns "How to influence the roadmap" into the closing', async () => {
    const edition = await parse(SEED_2024);
    expect(edition.closing?.title).toBe('How to influence the roadmap');
    expect(edition.closing?.links.map((l) => l.text)).toEqual(['CONTRIBUTING', 'issue', 'Discord', 'book time']);
  });
});

describe('Backstage July–September 2022 edition', () => {
  it('reads the label from the prose and ten initiatives in two sections', async () => {
    const edition = await parse(SEED_2022);
    expect(edition.label).toBe('July–September 2022');
    expect(edition.date).toBe('2022-07-01');
    expect(edition.sections.map((s) => s.title)).toEqual(["What's next", 'Future work']);
    expect(edition.sections[0]!.initiatives.map((i) => i.title)).toEqual([
      'Backend Services (MVP)',
      'Backstage Security Audit',
      'Backstage Threat Model',
      'Software Catalog pagination',
      'More SIGs',
    ]);
    expect(edition.sections[1]!.initiatives.map((i) => i.title)).toEqual([
      'Ease of onboarding',
      'Composable Homepage 1.0',
      'Creator experience',
      'GraphQL support',
      'Telemetry',
    ]);
  });

  it('splits bold-led bullets into title and description', async () => {
    const edition = await parse(SEED_2022);
    const onboarding = edition.sections[1]!.initiatives[0]!;
    expect(onboarding.text).toBe(
      'A faster (with less development) and easier setup of Backstage and the most relevant/adopted plugins.',
    );
    const graphql = edition.sections[1]!.initiatives[3]!;
    expect(graphql.links[0]).toMatchObject({ text: 'GraphQL', url: 'https://graphql.org/' });
  });

  it('gives statuses from the section names', async () => {
    const edition = await parse(SEED_2022);
    expect(new Set(edition.sections[0]!.initiatives.map((i) => i.status))).toEqual(new Set(['planned']));
    expect(new Set(edition.sections[1]!.initiatives.map((i) => i.status))).toEqual(new Set(['future']));
  });

  it('points in-page anchors at the sections they name', async () => {
    const edition = await parse(SEED_2022);
    const anchors: string[] = [];
    const visit = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { type?: string; url?: string; children?: unknown[] };
      if (n.type === 'link' && n.url?.startsWith('#')) anchors.push(n.url);
      n.children?.forEach(visit);
    };
    edition.intro.forEach(visit);
    expect(anchors).toEqual(['#whats-next', '#future-work']);
    expect(edition.sections.map((s) => s.id)).toEqual(['whats-next', 'future-work']);
  });
});
