/**
 * Probe pages a review wrote (test/fixtures/review-*): each read by the parser, and what a test compares
 * of it: the deck's title, label and project, and each initiative as "title | status" (or, for the later
 * reviews, the edition and each initiative's title, status and tracking).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives, type RoadmapEdition as Edition } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';

export type ProbeHead = { title: string; label: string; project?: string };
/** A probe page's name, why it reads as it does, its head and its initiatives. */
export type ProbeRow = [string, string, ProbeHead, string[]];

/** What of the page `name` in test/fixtures/`folder` a probe test compares. */
export function readProbe(folder: string, name: string): { head: ProbeHead; items: string[] } {
  const file = new URL(`../fixtures/${folder}/${name}.md`, import.meta.url);
  const edition = parseRoadmap(sourceFromBytes(`${name}.md`, readFileSync(file))).edition;
  return {
    head: { title: edition.title, label: edition.label, ...(edition.project ? { project: edition.project } : {}) },
    items: allInitiatives(edition).map((i) => `${i.title} | ${i.status}`),
  };
}

/** The edition read from the page `file` (its name with ".md") in test/fixtures/`folder`. */
export function readProbePage(folder: string, file: string): Edition {
  const path = new URL(`../fixtures/${folder}/${file}`, import.meta.url);
  return parseRoadmap(sourceFromBytes(file, readFileSync(path))).edition;
}

/** Each initiative of an edition as [title, status, tracking URL or null]. */
export const trackedItems = (edition: Edition): [string, string, string | null][] =>
  allInitiatives(edition).map((i) => [i.title, i.status, i.tracking?.url ?? null]);

/** A probe page's file name, the deck's title, and each initiative as [title, status, tracking URL or null]. */
export type TrackedProbeRow = [string, string, [string, string, string | null][]];

/** One test per probe page of test/fixtures/`folder`: it reads as its row says. */
export function expectProbes(folder: string, rows: TrackedProbeRow[]): void {
  it.each(rows)('%s', (name, title, items) => {
    const edition = readProbePage(folder, name);
    expect(edition.title).toBe(title);
    expect(trackedItems(edition)).toEqual(items);
  });
}
