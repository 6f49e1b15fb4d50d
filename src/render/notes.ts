/**
 * Speaker notes: every word of a slide in plain text, headed in the deck's
 * language, for the presenter view.
 */
import { notesComment } from '../escape/index.js';
import { wordsFor, type Words } from '../i18n/index.js';
import type { Initiative, Link, Section } from '../model/types.js';

/** A slide's notes as a Marp comment, its first line naming the slide. */
export function speakerNotes(words: Words, heading: string, text: string): string {
  return notesComment(heading, text, words.text('speakerNotes'));
}

/**
 * Speaker notes: the author's notes first (the page's comments and its notes file, as
 * written), then every word of the initiative and every link as a URL.
 */
export function initiativeNotes(initiative: Initiative, section: Section, words: Words = wordsFor()): string {
  const status =
    initiative.status === 'unknown'
      ? ''
      : words.text('notesStatus', { status: initiative.statusText ?? words.status(initiative.status) });
  const bucket = section.bucket && section.bucket.label !== section.title ? ` (${section.bucket.label})` : '';
  const where = section.implicit ? '' : words.text('notesSection', { section: `${section.title}${bucket}` });
  return [
    initiative.authorNotes ? `${words.text('notesAuthor')}\n${initiative.authorNotes}` : '',
    [where, status].filter(Boolean).join(' · '),
    initiative.text,
    linksText(initiative.links, words),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function linksText(links: Link[], words: Words): string {
  const external = links.filter((link) => link.kind === 'external');
  if (!external.length) return '';
  return [
    words.text('notesLinks'),
    ...external.map((link) => `- ${link.text === link.url ? link.url : `${link.text}: ${link.url}`}`),
  ].join('\n');
}
