/** Parsing in its own thread: a page past the deadline is stopped, and the next page parses as usual. */
import { describe, expect, it } from 'vitest';
import { ParseThread } from '../../src/build/parse-thread.js';
import { LimitExceededError } from '../../src/errors.js';
import { sourceFromBytes } from '../../src/load/read-source.js';

const page = (body: string) => sourceFromBytes('page.md', Buffer.from(`# Roadmap\n\n## Now\n\n${body}\n`));
// Under the markup limit of one paragraph, but a few seconds of parsing in all.
const slow = page(Array.from({ length: 12 }, (_, i) => `- **Item ${i}:** ${'~a'.repeat(4900)}`).join('\n\n'));

describe('ParseThread', () => {
  it('returns the model, errors as their own classes, and stops a page past its deadline', async () => {
    const thread = new ParseThread();
    try {
      const { edition } = await thread.parse(page('- **First:** one\n- **Second:** two'));
      expect(edition.sections[0]!.initiatives.map((i) => i.title)).toEqual(['First', 'Second']);
      await expect(thread.parse(page('Just prose.'))).rejects.toMatchObject({
        name: 'NoInitiativesError',
        file: 'page.md',
        line: 1,
      });
      const stopped = thread.parse(slow, {}, 200);
      await expect(stopped).rejects.toThrow(LimitExceededError);
      await expect(stopped).rejects.toThrow(/parsing took more than 0.2 s and was stopped/);
      // A fresh thread takes the next page.
      const again = await thread.parse(page('- **Third:** three'));
      expect(again.edition.sections[0]!.initiatives[0]!.title).toBe('Third');
    } finally {
      await thread.close();
    }
  });
});
