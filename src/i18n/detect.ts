/**
 * The language of a page from the script its words are written in. Only
 * what the script tells for certain is said: kana is Japanese, Hangul is
 * Korean, Han without kana is Chinese. A page in Latin letters could be in
 * any of many languages, so it gets none here (the config or the page's
 * front matter says which). Pure: text in, a tag or undefined out.
 */
import { proseOf } from './prose.js';

// Kana by block; katakana with the prolonged sound mark (ー) and half-width forms, which belong to no one script.
const HIRAGANA = /[\u3040-\u309f]/gu;
const KATAKANA = /[\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const HAN = /\p{Script=Han}/gu;
/** A word of any other script: a run of letters (and the marks that go with them). */
const OTHER_WORD = /(?:(?![\p{Script=Han}\p{Script=Hangul}\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f])\p{L}[\p{M}'’]*)+/gu;

/**
 * A CJK character carries about half a word, so pages are weighed in words:
 * CJK characters count half, other words whole. Past this share of CJK words
 * the page is CJK. An English page that names "日本語, 한국어 and 简体中文"
 * stays below it; a Japanese page full of English product names does not.
 */
const CJK_SHARE = 0.4;
/**
 * Hiragana among kana and Han above which Han text is Japanese: running
 * Japanese is 30–60% hiragana (its particles), Chinese has none (a product
 * name in katakana does not make it Japanese).
 */
const HIRAGANA_SHARE = 0.05;

interface ScriptCounts {
  /** Words of other scripts (Latin, Cyrillic…). */
  otherWords: number;
  hiragana: number;
  katakana: number;
  hangul: number;
  han: number;
}

export function countScripts(markdown: string): ScriptCounts {
  // Code, comments, link targets, URLs and HTML are not the page's language.
  return countLetters(proseOf(markdown).text);
}

/** The letters of each script in text that is all prose. */
export function countLetters(prose: string): ScriptCounts {
  const count = (pattern: RegExp) => prose.match(pattern)?.length ?? 0;
  return {
    otherWords: count(OTHER_WORD),
    hiragana: count(HIRAGANA),
    katakana: count(KATAKANA),
    hangul: count(HANGUL),
    han: count(HAN),
  };
}

/** `ja`, `ko`, `zh-Hans` when the page's script says so; undefined otherwise. */
export function detectLanguage(markdown: string): 'ja' | 'ko' | 'zh-Hans' | undefined {
  const { otherWords, hiragana, katakana, hangul, han } = countScripts(markdown);
  const kana = hiragana + katakana;
  const cjkWords = (kana + hangul + han) / 2;
  if (cjkWords === 0 || cjkWords < CJK_SHARE * (cjkWords + otherWords)) return undefined;
  if (hangul >= kana + han) return 'ko';
  if (hiragana > HIRAGANA_SHARE * (kana + han) || katakana > han) return 'ja';
  return 'zh-Hans';
}
