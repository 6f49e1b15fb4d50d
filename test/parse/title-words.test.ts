/**
 * What a page's title says: generic or its own, the deck title a generic one
 * becomes after the project's name, and the project a title names. Rows are
 * titles real roadmap pages use.
 */
import { describe, expect, it } from 'vitest';
import { genericDeckTitle, isGenericTitle, nameInTitle } from '../../src/parse/title-words.js';

describe('a generic title', () => {
  const generic = [
    'Roadmap',
    'ROADMAP',
    '🗺️ Roadmap',
    'Roadmap Overview',
    'Roadmap & Feature-set',
    'Project roadmap',
    'Overview',
    'Introduction',
    'Roadmap and Vision',
    'Specification Roadmap',
    'Upcoming features',
    'Our Vision',
    'Detailed roadmap',
    'Quarterly roadmap',
    'Roadmap 2024',
    '2024 Fall Roadmap',
    'Public Roadmap',
    'Mission and Roadmap',
    "What's next",
  ];
  it.each(generic)('%s', (title) => expect(isGenericTitle(title)).toBe(true));

  const own = [
    'Terminal 2023 Roadmap',
    'OpenTelemetry: A Roadmap to Convergence',
    'Bazel roadmap',
    'The Backstage Roadmap',
    'Status Reports',
    'SIG Release Roadmap for 2021 and beyond',
    'Contributing to the Roadmap',
  ];
  it.each(own)('not %s', (title) => expect(isGenericTitle(title)).toBe(false));
});

describe('the deck title a generic title becomes after the project name', () => {
  const cases: [string, string][] = [
    ['Roadmap', 'Roadmap'],
    ['🗺️ Roadmap', 'Roadmap'],
    ['Roadmap Overview', 'Roadmap'],
    ['Roadmap & Feature-set', 'Roadmap'],
    ['Our roadmap', 'Roadmap'],
    ['Overview', 'Roadmap'],
    ['Introduction', 'Roadmap'],
    ['Project roadmap', 'Project roadmap'],
    ['Specification Roadmap', 'Specification Roadmap'],
  ];
  it.each(cases)('%s → <Project> %s', (title, deck) => expect(genericDeckTitle(title)).toBe(deck));
});

describe('the project a title names', () => {
  const cases: [string, string | undefined][] = [
    ['Bazel roadmap', 'Bazel'],
    ['Cluster API Roadmap', 'Cluster API'],
    ['The JupyterHub roadmap', 'JupyterHub'],
    ['Dispatch Project Roadmap', 'Dispatch'],
    ['Tekton Mission and Roadmap', 'Tekton'],
    ['OpenTelemetry: A Roadmap to Convergence', 'OpenTelemetry'],
    ['Roadmap for the Widget project', 'Widget'],
    ['SIG Release Roadmap for 2021 and beyond', 'SIG Release'],
    ['🗺️ Roadmap', undefined],
    ['Project roadmap', undefined],
    ['Specification Roadmap', undefined],
    ['Detailed roadmap', undefined],
    ['Quarterly roadmap', undefined],
    ['2021 Roadmap', undefined],
    ['Terminal 2023 Roadmap', undefined],
    ['Contributing to the Roadmap', undefined],
    ['How to influence the roadmap', undefined],
    ['Using the roadmap', undefined],
    ['Dear Me - Product Roadmap', 'Dear Me'],
    ['Rustls development roadmap', 'Rustls'],
    ['Eclipse ioFog Current Roadmap', 'Eclipse ioFog'],
    ['NodeRoll Development Roadmap', 'NodeRoll'],
    ['Kubernetes SIG Release Roadmap', 'Kubernetes SIG Release'],
  ];
  it.each(cases)('%s → %s', (title, name) => expect(nameInTitle(title)).toBe(name));
});
