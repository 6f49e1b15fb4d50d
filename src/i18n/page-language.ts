/**
 * Which language a page's deck speaks: the config's `lang` (for that edition,
 * else for all), else the page's front-matter `lang`, else what its script
 * says (Japanese, Korean, Chinese), else English.
 */
import { detectLanguage } from './detect.js';
import { canonicalTag, catalogueLanguage, DEFAULT_LANGUAGE, type Language } from './languages.js';

export type LanguageSource = 'config' | 'front-matter' | 'script' | 'default';

export interface PageLanguage {
  /** BCP 47 tag for `lang` attributes, the PDF and hyphenation: as given, else the detected one. */
  tag: string;
  /** The catalogue the deck's own words come from (English for a tag without one). */
  language: Language;
  source: LanguageSource;
}

interface PageLanguageInput {
  /** The config's `lang` for this edition, if any. */
  config?: string;
  /** The page's front-matter `lang`, as read (any type). */
  frontMatter?: unknown;
  /** The page's Markdown (without front matter). */
  text: string;
}

export function pageLanguage(input: PageLanguageInput): PageLanguage {
  const given: [unknown, LanguageSource][] = [
    [input.config, 'config'],
    [input.frontMatter, 'front-matter'],
  ];
  for (const [value, source] of given) {
    const tag = canonicalTag(value);
    if (tag) return { tag, language: catalogueLanguage(tag) ?? DEFAULT_LANGUAGE, source };
  }
  const detected = detectLanguage(input.text);
  if (detected) return { tag: detected, language: detected, source: 'script' };
  return { tag: DEFAULT_LANGUAGE, language: DEFAULT_LANGUAGE, source: 'default' };
}
