/** The handout's full text as print HTML: what the page says, escaped, with its checklists' boxes. */
import { describe, expect, it } from 'vitest';
import { blocksToPrintHtml } from '../../src/export/html/handout-html.js';
import { parseMarkdown } from '../../src/parse/read-markdown.js';

const html = (markdown: string) => blocksToPrintHtml(parseMarkdown(markdown).children);

describe('print HTML of a checklist', () => {
  it('shows each box where the bullet would be, not a bullet and a box', () => {
    const out = html('- [x] Ship it\n- [ ] Tell Q&A\n- Plain point\n');
    expect(out).toContain('<li class="task"><span class="task-box">☑</span> ');
    expect(out).toContain('<li class="task"><span class="task-box">☐</span> ');
    expect(out).toContain('Tell Q&amp;A');
    expect(out).toMatch(/<li>(<p>)?Plain point/);
  });
});
