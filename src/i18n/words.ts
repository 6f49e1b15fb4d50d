/**
 * The deck's own words in one language: texts with their values filled in,
 * counts in the right plural form, numbers and dates formatted by `Intl`.
 */
import type { Status } from '../model/types.js';
import { CATALOGUES, type Catalogue, type Plural } from './catalogue/index.js';
import { catalogueLanguage, DEFAULT_LANGUAGE, type Language } from './languages.js';

type KeysOf<T> = { [K in keyof Catalogue]: Catalogue[K] extends T ? K : never }[keyof Catalogue];
export type TextKey = KeysOf<string>;
export type CountKey = KeysOf<Plural>;
export type Values = Record<string, string | number>;

export interface Words {
  /** BCP 47 tag for `lang` attributes and the PDF. */
  readonly tag: string;
  readonly language: Language;
  /** A text with its `{values}` filled in (numbers formatted for the language). */
  text(key: TextKey, values?: Values): string;
  /** A count in its plural form: `count('initiatives', 3)` → "3 initiatives". */
  count(key: CountKey, n: number): string;
  /** The standard label of a status; empty for `unknown`. */
  status(status: Status): string;
  /** A YYYY-MM-DD date in words ("3 March 2025", "2025年3月3日"); any other text as written. */
  date(text: string): string;
}

const STATUS_KEYS: Record<Exclude<Status, 'unknown'>, TextKey> = {
  done: 'statusDone',
  'in-progress': 'statusInProgress',
  planned: 'statusPlanned',
  future: 'statusFuture',
};

/** Fills `{name}` placeholders; a placeholder without a value stays as it is, so a mistake shows. */
export function fill(template: string, values: Values, format: (value: string | number) => string = String): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? format(values[name]!) : whole));
}

const cache = new Map<string, Words>();

/** The words for a language tag; a tag without a catalogue gets English words (and keeps its tag). */
export function wordsFor(tag: string = DEFAULT_LANGUAGE): Words {
  let words = cache.get(tag);
  if (!words) {
    words = createWords(tag);
    cache.set(tag, words);
  }
  return words;
}

function createWords(tag: string): Words {
  const language = catalogueLanguage(tag) ?? DEFAULT_LANGUAGE;
  const catalogue = CATALOGUES[language];
  // Formatting follows the page's own tag (de-CH writes numbers the Swiss way), the words its catalogue.
  const locale = safeLocale(tag, language);
  const numbers = new Intl.NumberFormat(locale);
  const plurals = new Intl.PluralRules(locale);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const format = (value: string | number) => (typeof value === 'number' ? numbers.format(value) : value);
  return {
    tag,
    language,
    text: (key, values = {}) => fill(catalogue[key], values, format),
    count: (key, n) => {
      const forms = catalogue[key];
      return fill(forms[plurals.select(n)] ?? forms.other, { n }, format);
    },
    status: (status) => (status === 'unknown' ? '' : catalogue[STATUS_KEYS[status]]),
    date: (text) => {
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
      if (!iso) return text;
      const time = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
      // 2025-02-30 is not a day: it stays as written rather than become 2 March.
      return new Date(time).getUTCDate() === Number(iso[3]) ? dates.format(time) : text;
    },
  };
}

function safeLocale(tag: string, fallback: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
