/**
 * i18n: the deck's own words in the page's language. `pageLanguage` decides
 * the language of a page, `wordsFor` gives the words.
 */
export { countScripts, detectLanguage } from './detect.js';
export {
  canonicalTag,
  catalogueLanguage,
  DEFAULT_LANGUAGE,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
} from './languages.js';
export { pageLanguage, type LanguageSource, type PageLanguage } from './page-language.js';
export { fill, wordsFor, type CountKey, type TextKey, type Values, type Words } from './words.js';
