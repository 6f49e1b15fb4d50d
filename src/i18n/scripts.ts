/**
 * Which writing system a character belongs to, for messages about missing
 * fonts ("Korean (Hangul) text has no font"), and the Debian package that
 * has a font for it. Noto covers every script: CJK in fonts-noto-cjk, colour
 * emoji in fonts-noto-color-emoji, every other script in fonts-noto-core
 * (checked against the package's file list).
 */

/** Unicode script names as `\p{Script=…}` knows them; Common and Inherited come last (they are no one's). */
const SCRIPT_NAMES = (
  'Latin Greek Cyrillic Han Hiragana Katakana Hangul Bopomofo Arabic Hebrew Devanagari Bengali Thai Armenian Georgian ' +
  'Ethiopic Tamil Telugu Kannada Malayalam Gujarati Gurmukhi Oriya Sinhala Khmer Lao Myanmar Tibetan Mongolian Thaana ' +
  'Syriac Nko Tifinagh Ol_Chiki Cherokee Canadian_Aboriginal Yi Vai Adlam Javanese Balinese Sundanese Tai_Le Tai_Tham ' +
  'Tai_Viet New_Tai_Lue Lisu Miao Chakma Meetei_Mayek Limbu Lepcha Saurashtra Kayah_Li Rejang Batak Buginese Buhid ' +
  'Hanunoo Tagalog Tagbanwa Cham Osage Bamum Bassa_Vah Mende_Kikakui Medefaidrin Wancho Hanifi_Rohingya Sora_Sompeng ' +
  'Warang_Citi Syloti_Nagri Newa Tirhuta Sharada Takri Khojki Khudawadi Mahajani Modi Siddham Grantha Dogra Masaram_Gondi ' +
  'Gunjala_Gondi Nandinagari Zanabazar_Square Soyombo Pau_Cin_Hau Pahawh_Hmong Nyiakeng_Puachue_Hmong Duployan SignWriting ' +
  'Braille Runic Ogham Gothic Coptic Glagolitic Old_Italic Deseret Shavian Osmanya Linear_A Linear_B Cypriot Cuneiform ' +
  'Egyptian_Hieroglyphs Anatolian_Hieroglyphs Phoenician Ugaritic Old_Persian Avestan Samaritan Mandaic Imperial_Aramaic ' +
  'Nabataean Palmyrene Hatran Manichaean Psalter_Pahlavi Inscriptional_Pahlavi Inscriptional_Parthian Old_South_Arabian ' +
  'Old_North_Arabian Old_Turkic Old_Hungarian Old_Permic Old_Sogdian Sogdian Elymaic Chorasmian Yezidi Kharoshthi Brahmi ' +
  'Kaithi Bhaiksuki Marchen Phags_Pa Tangut Nushu Khitan_Small_Script Lycian Lydian Carian Caucasian_Albanian Elbasan ' +
  'Vithkuqi Meroitic_Cursive Meroitic_Hieroglyphs Multani Makasar Dives_Akuru Ahom Mro Tangsa Toto Cypro_Minoan ' +
  'Old_Uyghur Kawi Nag_Mundari Common Inherited'
).split(' ');

/** Each name Node.js's regular expressions know, with its test. */
let scripts: { name: string; test: RegExp }[] | undefined;
function scriptTests(): { name: string; test: RegExp }[] {
  scripts ??= SCRIPT_NAMES.flatMap((name) => {
    try {
      return [{ name, test: new RegExp(`^\\p{Script=${name}}`, 'u') }];
    } catch {
      return []; // a script newer than this Node.js
    }
  });
  return scripts;
}

const EMOJI = /^\p{Extended_Pictographic}/u;
const CJK = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Bopomofo']);
/**
 * Punctuation that only CJK text uses (、。「」ー, full-width forms): its script is Common, but
 * CJK fonts are where it is drawn.
 */
const CJK_PUNCTUATION =
  /^[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const LANGUAGE_OF_SCRIPT: Record<string, string> = {
  Hangul: 'Korean (Hangul)',
  Hiragana: 'Japanese (kana)',
  Katakana: 'Japanese (kana)',
  Han: 'Chinese characters (Han)',
};

function scriptOf(char: string): string {
  if (EMOJI.test(char)) return 'emoji';
  const script = scriptTests().find((s) => s.test.test(char))?.name;
  if (script && script !== 'Common' && script !== 'Inherited') return script;
  return CJK_PUNCTUATION.test(char) ? 'CJK punctuation' : 'symbols';
}

/** How a message names the writing system of a character: "Ol Chiki", "Korean (Hangul)", "emoji", "symbols". */
export function scriptName(char: string): string {
  const script = scriptOf(char);
  return LANGUAGE_OF_SCRIPT[script] ?? script.replace(/_/g, ' ');
}

/** The Debian package with a font for a character. */
export function fontPackageFor(char: string): string {
  const script = scriptOf(char);
  if (script === 'emoji') return 'fonts-noto-color-emoji';
  return CJK.has(script) || script === 'CJK punctuation' ? 'fonts-noto-cjk' : 'fonts-noto-core';
}

/** `U+1C5A`. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
