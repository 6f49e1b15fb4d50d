import { describe, expect, it } from 'vitest';
import { LimitExceededError } from '../../src/errors.js';
import { MAX_INLINE_MARKUP, precheckInlineMarkup } from '../../src/parse/guard.js';

const many = (unit: string, n: number) => unit.repeat(n);

describe('precheckInlineMarkup', () => {
  const cases: [string, string, number | undefined][] = [
    ['ordinary prose', '# T\n\nSome *emphasis* and a [link](https://x.org).\n', undefined],
    ['at the limit in one paragraph', `# T\n\n${many('*a', MAX_INLINE_MARKUP)}\n`, undefined],
    ['over the limit in one paragraph', `# T\n\n${many('*a', MAX_INLINE_MARKUP + 1)}\n`, 3],
    ['over the limit with ] and ~', `# T\n\ntext\n${many('a]', 3000)}${many('~a', 3000)}\n`, 3],
    ['the same markup split by blank lines', `# T\n\n${many('*a', 3000)}\n\n${many('*a', 3000)}\n`, undefined],
    ['a blank line of spaces splits too', `# T\n\n${many('_a', 3000)}\n   \n${many('_a', 3000)}\n`, undefined],
    ['the offending block is named', `# T\n\n${many('*a', 10)}\n\n\n${many('`a', MAX_INLINE_MARKUP + 1)}\n`, 6],
  ];
  for (const [name, text, line] of cases) {
    it(name, () => {
      const check = () => precheckInlineMarkup(text, 'page.md');
      if (line === undefined) {
        expect(check).not.toThrow();
      } else {
        expect(check).toThrow(LimitExceededError);
        try {
          check();
        } catch (error) {
          expect((error as LimitExceededError).line).toBe(line);
        }
      }
    });
  }
});
