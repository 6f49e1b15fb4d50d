/**
 * Words, as the project-name scorer reads them: tokens of a prose block with
 * what stands around each (sentence start, possessive, the gap to the next),
 * and the vocabularies that are never a project's name.
 */
export interface Token {
  /** As written, without a possessive ending. */
  text: string;
  /** Case-folded. */
  key: string;
  /** Whether it opens a sentence (or the block), where every word is capitalized. */
  initial: boolean;
  /** "Acme UI's", "widgets'". */
  possessive: boolean;
  /** Text between this token and the next one (or the block's end). */
  after: string;
  /** Never part of a name: a piece of a path or reference ("owner/repo#12", "@scope/name"), or a contraction ("don't"). */
  ident: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[-.+_](?=[\p{L}\p{N}]))*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const before = text.slice(previousEnd, start);
    const last = tokens[tokens.length - 1];
    if (start < previousEnd) continue;
    // An elided article or pronoun ("d'OpenBoard", "l'équipe", "Qu'on") is a word of its own: the name
    // after it stands alone. Capital on both sides of the apostrophe is a name ("D'Angelo").
    const elided = /^['’](\p{L})/u.exec(text.slice(start + match[0].length))?.[1];
    const capitals = /\p{Lu}/u.test(match[0]) && elided !== undefined && /\p{Lu}/u.test(elided);
    if (/^(?:[dljnstcm]|qu)$/i.test(match[0]) && elided && !capitals) continue;
    if (last) last.after = before;
    let end = start + match[0].length;
    let possessive = false;
    let contraction = false;
    let word = match[0];
    const tail = /^['’](s(?![\p{L}\p{N}]))?/u.exec(text.slice(end));
    const joined = /^['’]\p{L}+/u.exec(text.slice(end))?.[0];
    if (tail && (tail[1] || /s$/i.test(match[0]))) {
      possessive = true;
      end += tail[0].length;
    } else if (joined && /^.(d|ll|re|ve|t|m)$/i.test(joined)) {
      // A contraction ("We'd", "don't") is one word, and no name.
      end += joined.length;
      contraction = true;
    } else if (joined) {
      // Letters joined by an apostrophe otherwise make one word of a name: "Cap'n", "O'Reilly".
      end += joined.length;
      word += joined;
    }
    tokens.push({
      text: word,
      key: word.toLowerCase(),
      initial: !last || /[.!?:;•]/.test(before),
      possessive,
      after: '',
      ident: contraction || /[/@#]$/.test(before) || /^[/#]/.test(text.slice(end)),
    });
    previousEnd = end;
  }
  const last = tokens[tokens.length - 1];
  if (last) last.after = text.slice(previousEnd);
  return tokens;
}

/** Written like a name wherever it stands: inner capitals ("OpenZen", "gridKit") or all capitals ("ZEN"). */
export function looksLikeName(word: string): boolean {
  return (
    /^\p{L}/u.test(word) &&
    (/\p{Ll}\p{Lu}/u.test(word) || (/^[\p{Lu}\p{N}-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word)))
  );
}

export const capitalized = (word: string) => /^\p{Lu}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);

/** A version or a number: "1.0", "v2", "3.x". */
/** A version after a name ("X 1.0", "X v2"); a bare year is a date ("Juli 2020", "Summer 2022"). */
export const isVersion = (word: string) => /^v?\d+(\.(\d+|x))*$/i.test(word) && !/^(19|20)\d\d$/.test(word);

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that carry grammar, not names. */
export const FUNCTION_WORDS = words(`
  a an the this that these those it its we our ours us you your they their them i my me he she his her
  and or nor but if then else when while where how what which who whom whose why whether
  with without for from to in into on onto at by of off as about above after before below between during
  over under up down out through across within inside outside around against along toward towards upon via per
  all any each every some no not more most less least few many much other another both either neither such
  also only just so than too very even still yet already again further instead rather quite
  can could will would shall should may might must is are was were be been being am have has had do does did
  here there now today currently please thank thanks yes etc e.g i.e ie eg vs
  however although though because since until unless once whereas therefore thus hence
  first last next new one two three four five six seven eight nine ten well like let lets
`);

/**
 * Words every roadmap uses for its own parts and states: a capitalized one
 * heads a sentence or a title ("Support for …", "Release Notes"), it names
 * no project.
 */
export const ROADMAP_WORDS = words(`
  roadmap roadmaps road map project projects product products feature features release releases released
  version versions milestone milestones goal goals plan plans planned planning priority priorities phase phases
  status state support supports done complete completed in-progress progress ongoing future upcoming current
  backlog issue issues team teams community contributor contributors maintainer maintainers user users
  documentation docs doc overview introduction intro summary vision mission theme themes area areas
  description comments comment notes note details detail estimated date dates target owner link links tracking
  alpha beta ga stable experimental preview deprecated improve improved improvements improvement add added adding
  update updated updates new work working item items epic epics proposal proposals design spec specification
  initial general core main public private open source free source code developer developers development
  question questions answer faq contributing contribution contributions guide guidelines governance process
  example examples figure figures chapter chapters section sections appendix step steps part parts tutorial tutorials
  week weeks month months quarter quarters year years half time timeline schedule cadence
  enhancement enhancements bug bugs fix fixes change changes requirement requirements
  rfc rfcs kep keps pr prs api apis ui ux cli sdk sdks ide css html http https json yaml url urls dns
  cpu gpu os ci cd tls ssl sso ai ml lts eol oss tbd tba n/a na wip poc mvp
  mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
  jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
  september october november december spring summer fall autumn winter q1 q2 q3 q4 h1 h2
  early late mid end beginning
`);

/**
 * Places every project links to and talks about ("on GitHub", "join our
 * Slack"): a page about one of them still says far more about itself.
 */
export const PLATFORMS = words(`
  github gitlab bitbucket codeberg sourcehut google youtube twitter linkedin medium slack discord
  matrix gitter zulip discourse reddit mastodon bluesky zoom calendly meetup eventbrite
  npm npmjs pypi crates dockerhub quay stackoverflow wikipedia
  microsoft amazon aws azure gcp apple facebook
`);

/** Words that tell a page speaks of itself: "the X community", "X development". */
export const SELF_NOUNS = words(`
  community project team ecosystem maintainers maintainer contributors contributor developers development codebase
  repository repo organization org website site docs documentation core framework library specification spec
  implementation users user internals roadmap release releases version versions features
`);

/** What a name does as a sentence's subject: "X is", "X uses", "X follows". */
export const SUBJECT_VERBS = words(`
  is isn't was will would should can could has had does aims uses follows provides supports offers needs wants
  strives continues plans intends allows enables lets gives helps makes ships comes runs works already
`);

/** Words before a name that ends a phrase: "develop for X.", "inclusion in X.". */
export const OBJECT_WORDS = words('for in into with to at about of on using within inside across from');

/** A compound that describes, as an adjective does: "AI-powered", "cloud-native", "GPU-based", "production-ready". */
const DESCRIBING_COMPOUND =
  /-(powered|based|driven|ready|native|friendly|aware|enabled|specific|related|oriented|like|free|only|wide|level|grade|facing|safe|agnostic|centric)$/i;

/** Words that qualify what follows them ("the following features", "the latest release"): never a name. */
export const QUALIFIERS = words(`
  following latest upcoming current previous last first final initial major minor stable planned recent new next old original main whole entire same other
`);

/** Whether a word can be (part of) a project's name at all. */
export function nameWord(key: string): boolean {
  return (
    key.length > 1 &&
    !FUNCTION_WORDS.has(key) &&
    /\p{L}/u.test(key) &&
    !isVersion(key) &&
    !DESCRIBING_COMPOUND.test(key)
  );
}
