/**
 * The languages the deck's own words are written in, and how a language tag
 * (`de-AT`, `pt`, `zh-CN`, `ja-JP`) finds its catalogue. The tag itself is
 * kept as given for the HTML `lang`, the PDF's language and hyphenation: a
 * page that says `de-CH` gets German words and Swiss hyphenation.
 */

export const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt-BR', 'ja', 'ko', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** English names, for messages (`lint`, `doctor`). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  'pt-BR': 'Portuguese (Brazil)',
  ja: 'Japanese',
  ko: 'Korean',
  'zh-Hans': 'Simplified Chinese',
};

/** A language tag in its canonical form (`ja-jp` → `ja-JP`), or undefined when it is not one. */
export function canonicalTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || !tag.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The catalogue for a tag. Portuguese is written for Brazil, the larger
 * audience; Chinese has only a Simplified catalogue, so a tag for
 * Traditional Chinese (`zh-TW`, `zh-Hant`) finds none and gets English words.
 */
export function catalogueLanguage(tag: string): Language | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
  switch (locale.language) {
    case 'en':
    case 'de':
    case 'es':
    case 'fr':
    case 'ja':
    case 'ko':
      return locale.language;
    case 'pt':
      return 'pt-BR';
    case 'zh':
      return locale.script === 'Hans' ? 'zh-Hans' : undefined;
    default:
      return undefined;
  }
}
