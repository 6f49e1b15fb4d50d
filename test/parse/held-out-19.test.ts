/** Small pure rules found on the eighty-ninth and later held-out sets. */
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { allInitiatives } from '../../src/model/types.js';
import { isFieldKeyTitle } from '../../src/parse/field-lists.js';
import { parseRoadmap } from '../../src/parse/index.js';

const edition = (markdown: string) => parseRoadmap(sourceFromBytes('page.md', Buffer.from(markdown))).edition;
const titles = (markdown: string) => allInitiatives(edition(markdown)).map((i) => i.title);

describe('an emoji before a heading decorates it: the words say what the part is', () => {
  it.each([
    ['🎯 Goal', true],
    ['🎯 Goals:', true],
    ['📌 Status', true],
    ['✨ Deliverables ✨', true],
    ['🎯 Goals for the plugin API', false],
    ['🚀 Storage', false],
  ])('%s: %s', (title, key) => {
    expect(isFieldKeyTitle(title)).toBe(key);
  });

  it('a goal told in prose beside the plan is not a piece of work, with or without its emoji', () => {
    const page = (goal: string) =>
      `# Roadmap\n\nWhat we plan for Widgetry.\n\n## ${goal}\n\nThe main goal for Widgetry is to make building sites easy for people who do not write front-end code, using only the shell.\n\n## Releases\n\nWidgetry releases about once every two months; patch releases come when they are needed.\n\n## Plan\n\n### Registration page\n\nA registration page beside the login page, with e-mail checks and a welcome message.\n\n### WebSockets\n\nOutput actions sent over WebSockets, so that they happen on the fly instead of after a reload.\n`;
    expect(titles(page('🎯 Goal'))).toEqual(['Registration page', 'WebSockets']);
    expect(titles(page('Goal'))).toEqual(['Registration page', 'WebSockets']);
  });
});
