/**
 * The status vocabulary, in one place: status as pages write it ("**Status:**
 * In Progress", "(Done ✅)", 🚧, `:construction:`, "[WIP]", [x], a
 * "Completed" section, a release heading linked to its published release…)
 * normalized to five values. A page's own legend ("👀 = not yet implemented")
 * is read by ./legend.ts and applied over this vocabulary; a tag written beside
 * a title's words ("[Done] …", "… (WIP)") by ./status-tags.ts, in these words.
 */
import type { PhrasingContent } from 'mdast';
import type { Status } from '../model/types.js';
import { plainText } from './markdown.js';
import { setAsideFirst, titleSetsAside } from './status-set-aside.js';

/** "Beyond" as a time: "Beyond", "Beyond 1.0", "2025 and beyond", "Beyond this release"; not "Beyond the CLI". */
export const BEYOND_A_TIME = String.raw`beyond(?=\s*$|\s*[\d(.:!,)–-]|\s+(?:v\d|that|this|then|the\s+(?:current|next)|[qh][1-4]|(?:19|20)\d\d)\b)`;
/**
 * "Post" before a release's number ("Post 1.0 work", "Future (post-v2)"): the time after that release, a
 * horizon of the page; not after a word ("Blog post 1.0"). It says when: its work is future unless the
 * title says otherwise ("Post-1.0 cleanup ✅" is done).
 */
export const POST_A_RELEASE = String.raw`(?<![a-z0-9]\s)post[\s-]*(?:v\d+(?:\.\d+)*|\d+\.\d+(?:\.\d+)*)(?![\w.])`;
const AFTER_A_RELEASE = new RegExp(String.raw`\b${POST_A_RELEASE}`, 'i');

const EMOJI: [RegExp, Status][] = [
  // Traffic-light circles read as status boards do: green done, yellow under way, white not started.
  [/[✅✔✓☑🎉🟢]/u, 'done'],
  [/[🚧🏗👷⏳🔨🛠🔄🟡]/u, 'in-progress'],
  [/[🔮💭🌅]/u, 'future'],
  [/[📅🗓📋🔜⚪]|(?<![🟩🟨🟧🟥🟦🟪🟫⬛⬜])[⬜🔲☐](?!\uFE0F?[🟩🟨🟧🟥🟦🟪🟫⬛⬜])/u, 'planned'],
];

/** Phrases in the order they are tried: the first match wins. */
const PHRASES: [RegExp, Status][] = [
  [/\b(not\s+(yet\s+)?(started|implemented|begun)|to[\s-]*do|todo|unstarted)\b/i, 'planned'],
  [
    /\b((close\s+to|almost|nearly)\s+(becoming\s+)?(done|complete|stable|ready|finished)|in[\s-]+progress|(?<!\b(?:not|nothing)\s+)in\s+the\s+works|wip|work\s+in\s+progress|ongoing|under\s*way|(in|under)\s+development|in\s+design|in\s+review|(?<!\bnot\s+)ready\s+(to|for)\s+(merge|review)(?=\s*(?:$|[.,;:)(\]!]))|started|begun|active(ly)?|current(ly)?|now|doing|implementing|(being\s+)?worked\s+on|working\s+on|beta|alpha(\s+released)?|experimental|preview|prototyp\w*|incubating)\b/i,
    'in-progress',
  ],
  [
    /\b(done|complete[d]?|finished|shipped|released|delivered|landed|stable|ga|graduated|recently\s+completed|achieved|merged|implemented|(?<!-|\b(?:not|be)\s+)resolved(?=\s*(?:$|[.,;:)(\]!✅])))\b/i,
    'done',
  ],
  [
    new RegExp(
      String.raw`\b(future|later|long(er)?[\s-]*term|someday|backlogs?|on\s+the\s+radar|ideas?|exploratory|wishlist|not\s+scheduled|unscheduled|medium\s*\/\s*long)\b|\b${BEYOND_A_TIME}`,
      'i',
    ),
    'future',
  ],
  [
    /^\s*(?:in\s+(?:the\s+)?)?plan\s*$|\b(planned|planning|next|soon|upcoming|scheduled|short[\s-]*term|near[\s-]*term|(?:medium|mid)[\s-]*term|provisional|proposed|committed|targeted)\b/i,
    'planned',
  ],
];

/**
 * The same statuses as pages in other languages write them (German, Spanish,
 * French, Portuguese, Japanese, Korean, Chinese), tried after the English
 * phrases. `\b` does not work around CJK or accented letters, so these match
 * as plain substrings of short status texts.
 */
const OTHER_LANGUAGES: [RegExp, Status][] = [
  [/nicht\s+begonnen|no\s+iniciad|pas\s+commencé|não\s+iniciad|не\s+начат|未着手|未開始|시작\s*전|未开始/i, 'planned'],
  // Near horizons first: "短期目标 (未来 1-3 个月)" is planned, whatever "未来" (future) in its brackets.
  [
    /短期|中期|近期|下一步|下一阶段|단기|중기|curto\s+prazo|médio\s+prazo|corto\s+plazo|medio\s+plazo|court\s+terme|moyen\s+terme|kurzfristig|mittelfristig|als\s+nächstes|краткосрочн|среднесрочн|próxim|proxim|prochain|следующ|ближайш/i,
    'planned',
  ],
  [
    /in\s+arbeit|in\s+bearbeitung|en\s+curso|en\s+progreso|en\s+cours|em\s+andamento|em\s+progresso|進行中|対応中|開発中|진행\s*중|개발\s*중|进行中|开发中|正在|迭代中|в\s+работе|в\s+процессе/i,
    'in-progress',
  ],
  [
    /erledigt|abgeschlossen|fertig|implementiert|implementad|implémenté|(?<!(?:non|pas|encore)\s+)résolu|реализовано|已实现|実装済み|completad|terminad|terminé|achevé|concluíd|entreg|выполнен|готово|сделано|заверш|完了|済み|완료|已完成|完成/i,
    'done',
  ],
  [
    /zukunft|später|después|despues|depois|futuro|plus\s+tard|futur|long\s+terme|largo\s+plazo|longo\s+prazo|langfristig|будущ|позже|долгосрочн|长期|長期|장기|将来|今後|향후|나중|未来|以后/i,
    'future',
  ],
  [/geplant|planificad|previst|prévu|planejad|запланирован|планируется|予定|計画中|예정|계획|计划|准备/i, 'planned'],
];

/** A finish denied: "not done", "not yet complete", "not finished". */
const NOT_FINISHED = /\bnot\s+(?:yet\s+)?(?:done|complete[d]?|finished|resolved)\b/gi;

const PATTERNS = PHRASES.map(([pattern]) => pattern);

/** Normalizes a status phrase such as "In Progress" or "Done ✅". */
export function normalizeStatus(text: string | undefined): Status {
  if (!text) return 'unknown';
  // "Completed: Part of .NET 8.0 Preview 1": the status the text opens with decides, not its details.
  const lead = /^\s*([^:：]{1,25}?)\s*[:：]\s+\S/.exec(text);
  if (lead) {
    // Only a lead that is a status as a whole: "Stable API: not started" is not stable.
    for (const [pattern, status] of PHRASES) {
      const found = pattern.exec(lead[1]!);
      if (found && lead[1]!.replace(found[0], '').trim() === '') return status;
    }
  }
  if (setAsideFirst(text, PATTERNS)) return 'future';
  // "Not done, looking for contributors": a finish denied, with no other state beside it, is not yet
  // begun. Beside another state ("In progress, not finished"; "Implemented, docs not complete") the
  // other state speaks.
  const undenied = text.replace(NOT_FINISHED, ' ');
  if (undenied !== text) {
    const other = normalizeStatus(undenied);
    return other === 'unknown' ? 'planned' : other;
  }
  for (const [pattern, status] of PHRASES) if (pattern.test(text)) return status;
  for (const [pattern, status] of OTHER_LANGUAGES) if (pattern.test(text)) return status;
  for (const [pattern, status] of EMOJI) if (pattern.test(text)) return status;
  return 'unknown';
}

/** A status and nothing else ("Done", "🟡", "In progress"): a few words that normalize to a known status. */
export function isBareStatus(text: string): boolean {
  const value = text.replace(/[.\s]+$/, '').trim();
  return value.split(/\s+/).length <= 3 && normalizeStatus(value) !== 'unknown';
}

/**
 * A status phrase as a whole ("Done", "In progress", "🟡"): one of the status words or signs, and no
 * other word beside it. "Complete Example Set" opens with a status word but names a piece of work.
 */
export function isWholeStatus(text: string): boolean {
  const value = text.replace(/[.\s]+$/, '').trim();
  for (const [pattern, status] of [...PHRASES, ...OTHER_LANGUAGES, ...EMOJI]) {
    if (status === 'unknown' || !pattern.test(value)) continue;
    // Every match of the status words goes ("Currently in progress"), and with them when or where the
    // status holds ("Done in v1.2", "Planned for Q3", "Not started yet").
    const all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    const rest = value.replace(all, ' ').replace(STATUS_QUALIFIER, ' ');
    if (!/\p{L}/u.test(rest)) return true;
  }
  return false;
}

/** When or where a status holds, beside its words: "in v1.2", "for Q3 2025", "since 2024", "yet", "now". */
const STATUS_QUALIFIER =
  /\b(?:(?:in|for|since|by|as\s+of|from|until|with)\s+(?:v?\d[\w.-]*|q[1-4](?:\s+\d{4})?|h[12](?:\s+\d{4})?|\d{4}|\p{L}+\s+\d{4})|yet|now|currently|already|fully|partially|mostly)\b/giu;

const FUTURE_GROUP = new RegExp(
  String.raw`\b(unplanned|not\s+yet\s+planned|afterwards?|thereafter|researching|research\s+(topics|areas|ideas)|(under\s+|in\s+|en\s+)?explor(ation|ing|atory)|(?<!\b(?:not|no\s+longer)\s+)under\s+consideration|(?<!\bnot\s+)being\s+considered|future|later|long(er)?[\s-]*term|down[\s-]+the[\s-]+road|further[\s-]+out(?![\w-])|someday|sometime|backlogs?|ideas?)\b|^${BEYOND_A_TIME}`,
);

/**
 * A title without its quoted words: '"Feature complete"' names a milestone; it says nothing of how it
 * stands. A status word quoted alone ('"Done"') is still that status.
 */
export const withoutQuoted = (title: string): string =>
  title.replace(/["“«]([^"“”«»]*)["”»]/g, (quoted, words: string) => (QUOTED_STATUS.test(words.trim()) ? quoted : ' '));
const QUOTED_STATUS =
  /^(completed?|done|finished|shipped|released|ongoing|in[\s-]+progress|planned|upcoming|next|now|later|future|backlog)$/i;

/** Status named by a section title such as "Completed milestones ✅", "Now", "Future work 🔮". */
export function statusOfSectionTitle(title: string): Status {
  title = withoutQuoted(title);
  const words = statusOfTitleWords(title.toLowerCase());
  if (words !== 'unknown') return words;
  // An emoji speaks where the words do not: "Coming Soon ⏳" is planned, whatever the hourglass.
  for (const [pattern, status] of EMOJI) if (pattern.test(title)) return status;
  // A bucket heading in another language ("In Arbeit", "正在开发", "完了").
  for (const [pattern, status] of OTHER_LANGUAGES) if (pattern.test(title)) return status;
  // "Post 1.0", with nothing else to say how its work stands: work for after that release.
  if (AFTER_A_RELEASE.test(title)) return 'future';
  return 'unknown';
}

/** Words that open a group's title before its state. */
export const GROUP_OF = String.raw`(?:(?:features?|work|items?|projects?|what(?:'s|’s|\s+is)|currently)\s+)?`;
/** The state itself: "in development", "under active development", "underway"; "prioritized for v2". */
export const IN_DEVELOPMENT_WORDS = String.raw`(?:in|under)\s+(?:active\s+)?development|under\s*way`;
export const PRIORITIZED_WORDS = String.raw`prioriti[sz]ed(?:\s+for\s+(?:development|work|v?\d[\w.]*))?`;
const IN_DEVELOPMENT = new RegExp(
  String.raw`^[^\p{L}]*${GROUP_OF}(?:${IN_DEVELOPMENT_WORDS})\b(?![\s-]+\p{L}+\s+\p{L})`,
  'u',
);
const PRIORITIZED = new RegExp(
  String.raw`^[^\p{L}]*${GROUP_OF}(?:${PRIORITIZED_WORDS}|prioriti[sz]ed\s+for\s+the\s+next\s+\w+)[^\p{L}]*$`,
  'u',
);

function statusOfTitleWords(t: string): Status {
  if (
    /(?<!\b(to\s+be|not(\s+yet)?|be|being|get|gets|getting)\s+)\b(completed?|done|finished|shipped|released|recently\s+completed|delivered|achieved|archived?)\b/.test(
      t,
    ) ||
    /(?<!\b(to\s+be|not(\s+yet)?|being|be)\s+)\bimplemented\b/.test(t) ||
    /^where\s+we\s+(are|stand)\b/.test(t) ||
    /^(recent|latest)\s+(updates|changes|improvements|enhancements|additions)$/.test(t) ||
    /^past\b(?!\s+(releases|versions))/.test(t)
  )
    return 'done';
  // "Current focus" is work under way; a "Current roadmap" is only the latest plan.
  if (
    /\b(in[\s-]+progress|(?<!\b(?:not|nothing)\s+)in\s+the\s+works|ongoing|currently|current\s+(focus|work|priorit\w*|efforts?|sprint|cycle|iteration)|now|active)\b/.test(
      t,
    )
  )
    return 'in-progress';
  // Opening the title only, after a word for the group ("Features under development", "What's under
  // development", "Prioritized for development", "Work prioritized for v2"); "Hot reload in development"
  // and "Prioritized job queue" name work, "No longer under development" and "De-prioritized" state none.
  if (IN_DEVELOPMENT.test(t)) return 'in-progress';
  if (PRIORITIZED.test(t)) return 'planned';
  if (FUTURE_GROUP.test(t) || titleSetsAside(t)) return 'future';
  if (
    /\b(next|soon|upcoming|planned|planning\s+to|short[\s-]*term|near[\s-]*term|(?:medium|mid)[\s-]*term|to[\s-]?do)\b/.test(
      t,
    )
  )
    return 'planned';
  // "Planning 👷" beside "Backlog" and "Wishlist": the group of work being planned.
  if (/^planning[^\p{L}\p{N}]*$/u.test(t)) return 'planned';
  return 'unknown';
}

/** A leading or trailing status emoji in a title ("✅ Performance", "Ongoing work 🚧"). */
export function statusEmojiOf(title: string): { status: Status; emoji: string } | undefined {
  for (const [pattern, status] of EMOJI) {
    const match = pattern.exec(title);
    if (match) return { status, emoji: match[0] };
  }
  return undefined;
}

/** "Implemented in v1.4", "Released in 2.0": a heading that names what a release delivered. */
export function deliveredIn(title: string): boolean {
  return /^(implemented|released|shipped|delivered|landed|completed)\s+in\s+\S/i.test(title.trim());
}

/**
 * The status a checklist states: all checked is done, none checked is
 * planned. A mix states no single status (parts are done, the rest may
 * never be): it is left to the page to say.
 */
export function statusOfChecklist(checked: boolean[]): Status | undefined {
  if (checked.length === 0) return undefined;
  const done = checked.filter(Boolean).length;
  if (done === checked.length) return 'done';
  if (done === 0) return 'planned';
  return undefined;
}

/** GitHub emoji shortcodes that pages use as status markers, as the emoji they stand for. */
export const STATUS_SHORTCODES: Record<string, string> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔',
  ballot_box_with_check: '☑',
  tada: '🎉',
  green_circle: '🟢',
  construction: '🚧',
  building_construction: '🏗',
  hourglass: '⏳',
  hourglass_flowing_sand: '⏳',
  hammer: '🔨',
  hammer_and_wrench: '🛠',
  yellow_circle: '🟡',
  crystal_ball: '🔮',
  thought_balloon: '💭',
  calendar: '📅',
  date: '📅',
  spiral_calendar: '🗓',
  soon: '🔜',
  white_circle: '⚪',
};

/** A link to a published release ("…/releases/tag/v0.4.0"): what it names has shipped. */
export function isReleasedLink(url: string): boolean {
  return /\/releases\/tag\/[^/]+\/?$/.test(url);
}

/** Words that only name a status group: "Future", "Future work", "Completed items", "Long term". */
const STATUS_GROUP_WORDS =
  /\b(now|next|soon|later|future|someday|backlog|ideas?|long(er)?[\s-]*term|immediate|short[\s-]*term|near[\s-]*term|(?:medium|mid)[\s-]*term|completed?|done|finished|shipped|released|delivered|resolved|ready\s+(?:to|for)\s+(?:merge|review)|archived?|in[\s-]+progress|ongoing|current(ly)?|planned|upcoming|up\s+next|work|items?|plans?|goals?|priorities|roadmap|features?|efforts?|the|and|&|\/)\b/gi;

/** Whether a title only names a status group ("Future work"), rather than a piece of work ("Long-term storage"). */
export function namesOnlyAStatus(title: string): boolean {
  return (
    statusOfSectionTitle(title) !== 'unknown' &&
    title.replace(STATUS_GROUP_WORDS, ' ').replace(/[^\p{L}\p{N}]+/gu, '') === ''
  );
}

/**
 * A line struck through as a whole ("~~Data store - sharding~~", "**†** ~~Plugin marketplace~~"):
 * pages strike out what has been dealt with, so the item is done. Marks without letters or digits
 * around it ("†") do not count; a line with words outside the strike-through is not struck.
 */
export function isStruckThrough(inlines: PhrasingContent[]): boolean {
  let struck = false;
  for (const node of inlines) {
    if (node.type === 'delete') {
      struck ||= /[\p{L}\p{N}]/u.test(plainText(node));
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(plainText(node))) return false;
  }
  return struck;
}
