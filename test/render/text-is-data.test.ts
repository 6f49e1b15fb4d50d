/**
 * Roadmap text is data: it never becomes a slide break, a Marp directive,
 * a template expression, HTML or script.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown, inlineToMarkdown, notesComment } from '../../src/escape/index.js';
import { readSource } from '../../src/load/read-source.js';
import { createMarp, renderMarp } from '../../src/marp/index.js';
import { allInitiatives } from '../../src/model/types.js';
import { parseRoadmap } from '../../src/parse/index.js';
import { loadTemplates, renderDeck } from '../../src/render/index.js';
import { FIXTURES } from '../helpers/paths.js';

describe('escaping', () => {
  it('escapes Markdown and Marp syntax in inline text', () => {
    expect(inlineToMarkdown('---')).toBe('\\---');
    expect(inlineToMarkdown('<!-- _class: lead -->')).toBe('\\<!-- \\_class: lead -->');
    expect(inlineToMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(inlineToMarkdown('{{x}} {{{y}}}')).toBe('{{x}} {{{y}}}');
  });

  it('writes a list the page put in a table cell on the cell’s one line', () => {
    const cell = (children: unknown[]) => ({ type: 'tableCell', children });
    const list = {
      type: 'list',
      ordered: false,
      spread: false,
      children: ['Jira', 'Trello'].map((value) => ({
        type: 'listItem',
        spread: false,
        children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
      })),
    };
    const table = {
      type: 'table',
      align: [null, null],
      children: [
        {
          type: 'tableRow',
          children: [cell([{ type: 'text', value: 'Area' }]), cell([{ type: 'text', value: 'Tools' }])],
        },
        {
          type: 'tableRow',
          children: [cell([{ type: 'text', value: 'Issues' }]), cell([{ type: 'text', value: 'Sources:' }, list])],
        },
      ],
    };
    const md = blocksToMarkdown([table] as never);
    expect(md.split('\n')).toHaveLength(3);
    expect(md).toContain('| Issues | Sources: Jira; Trello |');
  });

  it('a link whose text is an address stays one link, whatever follows it', () => {
    const marp = createMarp(loadTemplates().themeCss);
    const url = 'https://x.org/issues/27[#27';
    const md = inlineToMarkdown([
      { type: 'text', value: '(see ' },
      { type: 'link', url, children: [{ type: 'text', value: url }] },
      { type: 'text', value: '])' },
    ]);
    const paragraph = /<p>(.*?)<\/p>/s.exec(renderMarp(marp, md).html)?.[1] ?? '';
    expect(paragraph).toBe('(see <a href="https://x.org/issues/27%5B#27">https://x.org/issues/27[#27</a>])');
  });

  it("shows a checklist's boxes in the theme's box span, and a page's own span as text", () => {
    const marp = createMarp(loadTemplates().themeCss);
    const item = (checked: boolean, value: string) => ({
      type: 'listItem' as const,
      checked,
      spread: false,
      children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }],
    });
    const md = blocksToMarkdown([
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: [item(true, 'Ship it'), item(false, '<span class="task-box">x</span>')],
      },
    ]);
    const html = renderMarp(marp, md).html;
    expect(html).toContain('<span class="task-box">☑</span> Ship it');
    expect(html).toContain('<span class="task-box">☐</span> &lt;span class=&quot;task-box&quot;&gt;x&lt;/span&gt;');
  });

  it('drops rules and demotes headings in slide bodies', () => {
    const md = blocksToMarkdown([
      { type: 'paragraph', children: [{ type: 'text', value: 'a' }] },
      { type: 'thematicBreak' },
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Big' }] },
    ]);
    expect(md).toBe('a\n\n**Big**');
  });

  it('writes notes that cannot close early or parse as directives', () => {
    const note = notesComment('theme: gaia', 'paginate: false\n\n--> <!-- x -->');
    expect(note.startsWith('<!--\n')).toBe(true);
    expect(note.endsWith('\n-->')).toBe(true);
    expect(note.slice(4, -3)).not.toContain('-->');
    expect(note.slice(4, -3)).not.toContain('<!--');
  });
});

describe('a roadmap full of syntax', () => {
  it('renders one slide per model slide and shows the text as written', async () => {
    const { edition } = parseRoadmap(await readSource(join(FIXTURES, 'text-is-data.md')));
    expect(allInitiatives(edition).map((i) => i.title)).toEqual(['Initiative with rules', '{{evil}} title']);
    const templates = loadTemplates();
    const { markdown, slides } = renderDeck(edition, templates);
    const out = renderMarp(createMarp(templates.themeCss), markdown);
    expect(out.slideCount).toBe(slides.length);
    expect(out.html).toContain('{{ not.a.helper }}');
    expect(out.html).toContain('{{evil}} title');
    expect(out.html).toContain('{{{triple}}}');
    expect(out.html).not.toMatch(/<script/i);
    expect(out.html).not.toMatch(/\son\w+=/i);
    expect(out.html).not.toMatch(/class="[^"]*\blead\b/);
    expect(out.html).not.toMatch(/background-color:\s*red/i);
    // The page's Marp front matter (theme, paginate, headingDivider) has no effect.
    expect(markdown).toMatch(/^---\nmarp: true\ntheme: roadmap-deck\n/);
    expect(out.html).toContain('data-theme="roadmap-deck"');
  });
});
