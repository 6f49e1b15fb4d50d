/**
 * Roadmaps as people write them: 18 real pages and the two Backstage
 * editions. Every expected value below was written by reading the page
 * (counting its items, copying titles from it), not from the program.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/index.js';
import { readSource } from '../../src/load/read-source.js';
import { allInitiatives, type Status } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { CORPUS, SEED_2022, SEED_2024 } from '../helpers/paths.js';

interface Expected {
  file: string;
  initiatives: number;
  titles: string[];
  /** Names of the sections with a divider (sections of initiatives outside any heading are left out). */
  sections: string[];
  label: string;
  statuses?: Record<string, Status>;
}

const c = (name: string) => join(CORPUS, name);

const TABLE: Expected[] = [
  {
    file: SEED_2024,
    initiatives: 9,
    label: '2024 Fall',
    titles: ['Backend System 1.0', 'MUI v5 Green-light', 'Catalog Observability'],
    sections: ['2024 Fall Roadmap'],
  },
  {
    file: SEED_2022,
    initiatives: 10,
    label: 'July–September 2022',
    titles: ['Backend Services (MVP)', 'More SIGs', 'Ease of onboarding', 'Telemetry'],
    sections: ["What's next", 'Future work'],
    statuses: { 'Backstage Threat Model': 'planned', 'Creator experience': 'future' },
  },
  {
    // Release headings (v2.2, v2.3 and beyond) are the roadmap's content, not its edition: no label of its own.
    file: c('argo-cd-docs-roadmap.md'),
    initiatives: 24,
    label: 'argo-cd-docs-roadmap',
    titles: ['Argo CD Extensions', 'Web Shell', 'Projects Enhancements'],
    sections: ['v2.2', 'v2.3 and beyond', 'Completed'],
    statuses: { Performance: 'done', 'Core Functionality Bug Fixes': 'done' },
  },
  {
    file: c('backstage-docs-overview-roadmap.md'),
    initiatives: 23,
    label: 'backstage-docs-overview-roadmap',
    titles: [
      'Phase 1: Extensible frontend platform',
      'TechDocs v1',
      'Plugin marketplace',
      'CI plugins: CircleCI, Jenkins, GitHub Actions and TravisCI',
    ],
    sections: ['Phases', 'Ongoing work', 'Future work', 'Completed milestones'],
    statuses: {
      'Phase 1: Extensible frontend platform': 'done',
      'TechDocs v1': 'in-progress',
      'Global search': 'future',
      'TechDocs v0': 'done',
    },
  },
  {
    file: c('cert-manager-ROADMAP.md'),
    initiatives: 20,
    label: 'cert-manager-ROADMAP',
    titles: ['Service Mesh Integration', 'CSR API', 'Trust root distribution'],
    sections: [
      'Integration with other projects in the cloud-native landscape',
      'Adoption of upstream APIs',
      'Extensibility',
      'PKI lifecycle',
      'End-user experience',
      'Developer experience',
      'Shrinking Core',
    ],
  },
  {
    file: c('containerd-ROADMAP.md'),
    initiatives: 7,
    label: 'containerd-ROADMAP',
    titles: ['GRPC API', 'Storage', 'Distribution', 'Phase 4'],
    sections: ['Phase 1', 'Phase 2', 'Phase 3'],
    statuses: { 'GRPC API': 'in-progress', Runtime: 'in-progress', Distribution: 'planned', 'Phase 4': 'planned' },
  },
  {
    // Releases that have shipped (headings linking to their published release) are one initiative
    // each, their bullets what they delivered; the upcoming release and the roadmap list their work.
    file: c('crossplane-ROADMAP.md'),
    initiatives: 35,
    label: 'crossplane-ROADMAP',
    titles: [
      'v0.1 - Proof of Concept',
      'v0.10.0 backup/restore, resource composition, Open Application Model',
      'Versioning and upgrade support',
    ],
    sections: ['v0.11.0', 'Roadmap'],
    statuses: { 'v0.1 - Proof of Concept': 'done' },
  },
  {
    // Each milestone is one initiative (its bullets are what it delivers, like the last milestone's
    // prose); the page's own "Last Updated" date labels it.
    file: c('envoy-gateway-roadmap.md'),
    initiatives: 6,
    label: 'April 2023',
    titles: ['v0.2.0: Establish a Solid Foundation', 'v0.6.0: Preparation for GA', 'v1.0.0: Envoy Gateway goes GA'],
    sections: ['Details'],
  },
  {
    // Each milestone states its own status and goal: its bold categories and their checklists are
    // what it consists of; the RFC checklist is one part of its own.
    file: c('flux-website-roadmap.md'),
    initiatives: 4,
    label: 'flux-website-roadmap',
    titles: ['v2.5 (Q1 2025)', 'v2.6 (Q2 2025)', 'v2.7 (Q3 2025)', 'Request for comments'],
    sections: ['Milestones'],
    statuses: { 'v2.5 (Q1 2025)': 'in-progress', 'v2.6 (Q2 2025)': 'planned' },
  },
  {
    file: c('flux2-docs-roadmap-index.md'),
    initiatives: 5,
    label: 'flux2-docs-roadmap-index',
    titles: [
      'Stabilize the image automation APIs',
      'Improve the documentation',
      'Flux read-only feature parity',
      'Helm v3 feature parity',
    ],
    sections: ['The road to Flux v2 GA', 'The road to Flux v1 feature parity'],
    statuses: { 'Flux read-only feature parity': 'done', 'Flux image update feature parity': 'done' },
  },
  {
    file: c('harbor-ROADMAP.md'),
    initiatives: 21,
    label: 'June 2022',
    titles: ['Harbor for Edge', 'SBoM support', 'Security Analysis', 'Image Signing'],
    sections: ['Current Roadmap', 'Completed Items'],
    statuses: { Deployment: 'future', 'Harbor for Edge': 'planned', 'Image Signing': 'done' },
  },
  {
    file: c('jupyterhub-docs-roadmap.md'),
    initiatives: 3,
    label: 'jupyterhub-docs-roadmap',
    titles: ['HubShare', 'resource monitoring and management', 'real-time collaboration'],
    sections: ['Now', 'Soon', 'Later'],
    statuses: {
      HubShare: 'in-progress',
      'resource monitoring and management': 'planned',
      'real-time collaboration': 'future',
    },
  },
  {
    file: c('kubernetes-docs-roadmap.md'),
    initiatives: 41,
    label: 'April 20, 2015',
    titles: ['Consistent v1 API', 'Scheduling throughput', 'Accurate and complete API documentation', 'HA masters'],
    sections: ['APIs and core features', 'Reliability and performance', 'Project', 'Platforms', 'Beyond 1.0'],
    statuses: {
      'Consistent v1 API': 'done',
      'Persistent storage support': 'in-progress',
      'Allow live cluster upgrades': 'in-progress',
      'Error reporting': 'unknown',
    },
  },
  {
    // Known risks and requests to other teams are context, not deliverables.
    file: c('kubernetes-sig-release-roadmap.md'),
    initiatives: 14,
    label: '2021',
    titles: [
      'Consumable',
      'Formalize supported release platforms (Introspectable)',
      'Signing of release artifacts (Secure)',
    ],
    sections: ['Primary Focus', 'Deliverables'],
  },
  {
    file: c('opentelemetry-specification-milestones.md'),
    initiatives: 5,
    label: 'opentelemetry-specification-milestones',
    titles: ['Alpha v0.2', 'Alpha v0.2 release validation', 'Getting to release'],
    sections: ['Milestones'],
  },
  {
    file: c('prometheus-docs-roadmap.md'),
    initiatives: 6,
    label: 'prometheus-docs-roadmap',
    titles: ['Hierarchical federation', 'Long-term storage', 'More client libraries and exporters'],
    sections: [],
  },
  {
    file: c('spire-ROADMAP.md'),
    initiatives: 15,
    label: 'spire-ROADMAP',
    titles: ['AWS Support', 'Improve health-check subsystem', 'Key Revocation and Forced Rotation'],
    sections: ['Recently completed', 'Near-Term and Medium-Term', 'Long-Term'],
    statuses: {
      'AWS Support': 'done',
      'Provide a turn-key Kubernetes experience that adheres to security best practices': 'in-progress',
      'Key Revocation and Forced Rotation': 'future',
    },
  },
  {
    // Each "Goal: …" heading is one goal; its bullets are what it consists of.
    // "2023 Goals" names the plan; the 2021 Roadmap below it is kept "for historic purposes".
    file: c('tekton-community-roadmap.md'),
    initiatives: 11,
    label: '2023',
    titles: [
      'Goal: Cultivate a Healthy OSS Community',
      'Goal: Improve our own Infrastructure',
      'Release and dogfooding',
    ],
    sections: ['2023 Goals', '2021 Roadmap'],
  },
  {
    file: c('vitess-website-roadmap.md'),
    initiatives: 11,
    label: 'Jan 16, 2024',
    titles: ['Query serving', 'Vitess operator', 'Distributed Transactions'],
    sections: ['Short Term (1-4 months)', 'Medium / Long Term (4-18 months)'],
    statuses: { 'Query serving': 'planned', 'Read-After-Write consistency': 'future' },
  },
];

describe('a page whose only tables are release schedules', () => {
  it('has no initiatives, and says so', async () => {
    const source = await readSource(c('keda-ROADMAP.md'));
    expect(() => parseRoadmap(source)).toThrow(/no initiatives found/);
  });
});

describe.each(TABLE)('$file', (expected) => {
  it('parses into the initiatives, sections, label and statuses a reader sees', async () => {
    const { edition } = parseRoadmap(await readSource(expected.file));
    const initiatives = allInitiatives(edition);
    const titles = initiatives.map((i) => i.title);
    expect(initiatives).toHaveLength(expected.initiatives);
    for (const title of expected.titles) expect(titles).toContain(title);
    expect(edition.sections.filter((s) => !s.implicit).map((s) => s.title)).toEqual(expected.sections);
    expect(edition.label).toBe(expected.label);
    for (const [title, status] of Object.entries(expected.statuses ?? {})) {
      expect({ title, status: initiatives.find((i) => i.title === title)?.status }).toEqual({ title, status });
    }
  });

  it('lints without errors', async () => {
    const { diagnostics } = await lintFile(expected.file);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
