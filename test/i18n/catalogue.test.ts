/** Every catalogue says the same things as the English one: same keys, same values to fill in. */
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type Catalogue, type Plural } from '../../src/i18n/catalogue/index.js';
import { LANGUAGES } from '../../src/i18n/languages.js';
import { wordsFor, type CountKey } from '../../src/i18n/words.js';
import { STATUSES } from '../../src/model/types.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isPlural = (value: unknown): value is Plural => typeof value === 'object' && value !== null;
const english = CATALOGUES.en;
const keys = Object.keys(english) as (keyof Catalogue)[];

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the %s catalogue', (language) => {
  const catalogue = CATALOGUES[language];

  it('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('fills in the same values as English in %s', (key) => {
    const mine = catalogue[key];
    const theirs = english[key];
    if (isPlural(theirs)) {
      expect(isPlural(mine)).toBe(true);
      for (const form of Object.values(mine as Plural)) expect(placeholders(form)).toEqual(['n']);
    } else {
      expect(placeholders(mine as string)).toEqual(placeholders(theirs));
      expect((mine as string).trim()).not.toBe('');
    }
  });

  it('writes every count with its number, in every plural form the language uses', () => {
    const words = wordsFor(language);
    const counts = keys.filter((key) => isPlural(english[key])) as CountKey[];
    for (const key of counts) {
      for (const n of [0, 1, 2, 3, 5, 11, 21, 1_000_000]) {
        expect(words.count(key, n)).toContain(new Intl.NumberFormat(language).format(n));
      }
    }
  });
});

describe('words', () => {
  it('chooses plural forms with Intl.PluralRules', () => {
    expect(wordsFor('en').count('initiatives', 1)).toBe('1 initiative');
    expect(wordsFor('en').count('initiatives', 12)).toBe('12 initiatives');
    // French counts zero as singular; German "in 3 Abschnitten" is dative.
    expect(wordsFor('fr').count('initiatives', 0)).toBe('0 initiative');
    expect(
      wordsFor('de').text('initiativesInSections', {
        initiatives: wordsFor('de').count('initiatives', 9),
        sections: wordsFor('de').count('sections', 3),
      }),
    ).toBe('9 Vorhaben in 3 Abschnitten');
    expect(wordsFor('ja').count('initiatives', 9)).toBe('9件の取り組み');
    expect(wordsFor('ko').count('initiatives', 9)).toBe('과제 9개');
  });

  it('formats numbers and YYYY-MM-DD dates with Intl, and leaves dates written otherwise as they are', () => {
    expect(wordsFor('de').count('slides', 1200)).toBe('1.200 Folien');
    expect(wordsFor('en').date('2025-03-03')).toBe('March 3, 2025');
    expect(wordsFor('de').date('2025-03-03')).toBe('3. März 2025');
    expect(wordsFor('ja').date('2025-03-03')).toBe('2025年3月3日');
    expect(wordsFor('ko').date('2025-03-03')).toBe('2025년 3월 3일');
    expect(wordsFor('de').date('Frühjahr 2025')).toBe('Frühjahr 2025');
    expect(wordsFor('de').date('2025-02-30')).toBe('2025-02-30');
  });

  it('gives a tag without a catalogue English words, and keeps the tag', () => {
    const words = wordsFor('it-IT');
    expect(words.tag).toBe('it-IT');
    expect(words.language).toBe('en');
    expect(words.text('overview')).toBe('Overview');
  });

  it('translates only the standard status labels', () => {
    expect(STATUSES.map((s) => wordsFor('ja').status(s))).toEqual(['完了', '進行中', '予定', '将来', '']);
  });
});
