/**
 * Plain text of rich text: what titles, bodies and summaries are made of.
 * Words that stand on lines or items of their own stay apart.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/parse/markdown.js';

const tree = (markdown: string) =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe('plain text keeps words apart where the page breaks a line or an item', () => {
  it.each([
    [
      'a cell broken with <br>',
      '| Q1 |\n|---|\n| Set-up GraphDB<br /> Grafana POC |\n',
      'Q1 Set-up GraphDB Grafana POC',
    ],
    [
      'a cell listing items in inline tags',
      '| Features |\n|---|\n| <ul><li>List command</li><li>Upgrade command</li></ul> |\n',
      'Features List command Upgrade command',
    ],
    ['list items', '- Rest API\n- Status: started\n', 'Rest API Status: started'],
    ['paragraphs of one item', '- Rest API\n\n  Status: started\n', 'Rest API Status: started'],
    ['a hard line break', 'New year, new roadmap\\\nThis document', 'New year, new roadmap This document'],
    ['inline tags that do not break a line join', 'H<sub>2</sub>O and <b>bold</b> words', 'H2O and bold words'],
    ['emphasis and links join as written', '**Plug**ins and [the API](https://x.test)s', 'Plugins and the APIs'],
    ['an image gives its alt text', 'Logo ![widget](logo.png) here', 'Logo widget here'],
  ])('%s', (_what, markdown, text) => {
    expect(plainText(tree(markdown).children)).toBe(text);
  });
});
