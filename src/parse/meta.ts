/**
 * Parts of a page that talk about the roadmap rather than list its work:
 * how to contribute (the closing slide), what the document is and how to
 * read it, frequently asked questions, the release process, non-goals
 * and bare lists of links. They are kept (intro, closing,
 * notes) but never become initiatives. Each rule is a title vocabulary or a
 * content shape seen on several real pages; `why` says which one matched.
 */
import type { RootContent } from 'mdast';
import { isFieldLine } from './field-lists.js';
import { isLegendList, isLegendTable } from './legend.js';
import { plainText, shownBlocks } from './markdown.js';
import { readTable } from './table.js';
import { isBoardList, isLinkList, isStub, namesTrackedWork } from './meta-links.js';

export { isBoardList, isLinkList, isStub, namesTrackedWork } from './meta-links.js';

export type MetaKind = 'closing' | 'about' | 'faq' | 'process' | 'non-goals' | 'links';

export interface Meta {
  kind: MetaKind;
  why: string;
}

const CLOSING_TITLE =
  /^suggest(ions?|ing)?$|\b(influenc\w*|contribut\w*|feedback|get(ting)?\s+involved|how\s+(can\s+(i|you|we)\s+)?(to\s+)?(help|add|propose|suggest|request)|help\s+wanted|participat\w*|reach\s+(out|us)|contact(\s+us)?|credits|acknowledg\w*|thanks|thank\s+you)\b|^(our\s+)?(sponsors?|backers|supporters|funders|sponsorship)$|^(community\s+input|vot(e|ing)(\s+on\s+features?)?|propos(e|ing)\s+(new\s+)?(features?|ideas?|changes?))$/i;
/** The same in the other languages pages are written in: "参与贡献", "Mitwirken", "Contribuer", "Comentarios". */
const CLOSING_OTHER =
  /^(如何)?(参与|贡献|参与贡献|贡献指南|反馈|意见反馈|联系我们|參與|貢獻|回饋|コントリビュート|貢献|フィードバック|お問い合わせ|기여(하기)?|피드백|문의)$|^(mitwirken|mitmachen|beitragen|beiträge|rückmeldung|kontakt|contribuer|contributions?|participer|retours?|commentaires|contribuir|contribuciones|contribuições|participar|participe|comentarios|contacto|contato|agradecimientos|agradecimentos|remerciements|danksagung(en)?|dank)$|^(cómo|como|comment|wie\s+(du|sie|man))\s+(aportar|contribuir|colaborar|participar|contribuer|participer|aider|beitragen|mitmachen|helfen)$|^(致谢|鸣谢|感谢|謝辞|感謝|감사의?\s*말)$/i;
const ABOUT_TITLE =
  /\b(about\s+(this|the)\s+(document|page|roadmap)|(manag\w*|maintain\w*|maintenance|updat\w*|chang\w*)\s+(of\s+|to\s+)?(the|this|our)\s+roadmap|roadmap\s+(process|management|maintenance|updates)|using\s+(the|our|this)\s+roadmap|how\s+to\s+(use|read)|reviewing\s+and\s+updating|mission|vision|introduction|background(\s*(&|and)\s*(motivation|context|goals))?$|^background\b(?!\s+(tasks?|jobs?|sync\w*|process\w*|work\w*|services?|fetch\w*|mode|execution|upload\w*|download\w*))|purpose|disclaimers?|disclosures?|legal\s+notices?|legend|^(table\s+of\s+)?contents$|faqs?|frequently\s+asked\s+questions|glossary|^(terminology|definitions|key\s+terms)$|^general\s+info(rmation)?$|^(key\s+)?benefits(\s+of\s+(the\s+)?[\w.\s-]{1,30})?$|^what\s+(this|it)\s+means\b)\b/i;
/** The same in the other languages pages are written in: "Visión", "Leitidee", "Introducción", "愿景". */
const ABOUT_OTHER =
  /^(visión|visão|vision|misión|missão|leitidee|leitbild|introducción|introdução|einleitung|einführung|愿景|願景|ビジョン|비전)$/i;
/**
 * What the project already has, or a closing summary: "Current features", "Existing functionality",
 * "当前功能", "Conclusion", "结论", "Fazit".
 */
const HAS_OR_CONCLUDES =
  /^((current|existing|available)\s+(features|functionality|capabilities)|features\s+available\s+today|conclusions?|in\s+conclusion|fazit|conclusión|conclusão|当前功能|现有功能|已有功能|現在の機能|既存の機能|현재\s*기능|funcionalidades\s+(actuales|atuais)|fonctionnalités\s+actuelles|aktuelle\s+funktionen|结论|总结|結論|まとめ|결론)$/i;
/** A heading that is only a generic word for an introduction. */
const GENERIC_ABOUT = /^(overview|summary|preface|scope|notes?|context|motivation)$/i;
const PROCESS_TITLE =
  /\b(release\s+(cycles?|cadence|schedule|process|policy|calendar|planning)|support(ed)?\s+(policy|status|lifecycle|matrix|versions?)|^(semantic\s+)?versioning(\s+(polic(y|ies)|schemes?|strateg(y|ies)))?$|version\s+polic(y|ies)|(deprecation|stability|security|compatibility|backport(ing)?|maintenance|breaking[\s-]+changes?)\s+polic(y|ies)|governance|how\s+we\s+(work|plan|prioriti[sz]e|decide|choose|pick|select)|status\s+reports?|planning\s+process|^(project\s+|roadmap\s+)?planning$|triag(e|ing)|^(agile|methodology|(development\s+)?process|workflow|schedule|sprints?|cadence|prioriti[sz]ation)$)\b/i;
/** A title that names the roadmap itself: "Our public roadmap", "The roadmap", "Project roadmap". */
const ROADMAP_ITSELF = /^((our|the|public|project|current|active|live|full)\s+)*road\s?map$/i;
const hasLink = (block: RootContent): boolean =>
  block.type === 'link' || ('children' in block && (block.children as RootContent[]).some(hasLink));
/** A title that opens with what will be done: "Set up …", "Establish …", "Improve …", "减少 …", "完善 …". */
const ACTION_LEAD =
  /^(set\s*up|setup|establish|create|build|improve|introduce|define|add|implement|automate|adopt|streamline|migrate|enable|write|publish|launch|start|form|formali[sz]e|grow|expand|document|revamp|rework|overhaul|reduce)\b|^(减少|完善|新增|增加|提高|提升|增强|改进|改善|优化|实现|支持|重构|降低|減少|向上|導入|実装|개선|추가|향상|감소|구현)/i;

/** Whether a title opens with what will be done ("Improve testing", "Reduce bugs"): it names work. */
export const opensWithAction = (title: string): boolean => ACTION_LEAD.test(title.trim());
/** What the work depends on or risks, rather than the work: "Known Risks", "Requests to Other Teams". */
const CONTEXT_TITLE =
  /^(warnings|limitations|caveats|gotchas)$|\b(known\s+(risks|issues|limitations|divergences|gaps|bugs|caveats|problems)|risks?(\s+and\s+mitigations?)?|dependencies|requests?\s+to\s+other|asks?\s+(of|to|from)\s+other|assumptions|open\s+questions|decision\s+points|(pending|open)\s+decisions|decisions\s+to\s+make)\b/i;
const NON_GOALS_TITLE =
  /\b(non[\s-]?(goals?|features?)|out\s+of\s+scope|not\s+in\s+scope|not\s+planned|won[’']?t\s+(do|fix)|frozen|feature\s+freeze)\b|fuera\s+de(l)?\s+(alcance|scope)|no\s+planificad[oa]s?|no\s+planead[oa]s?|fora\s+do\s+escopo|hors\s+(du\s+)?(périmètre|scope)|nicht\s+geplant|außerhalb\s+des\s+(umfangs|scope)|(明确)?不做|不在(计划|范围)|范围之外|やらないこと|対象外|범위\s*(밖|외)/i;

/** Principles, not work: "Things to keep in mind", "Core principles", "Guiding principles". */
const PRINCIPLES_TITLE =
  /^((things\s+to\s+)?keep\s+in\s+mind|((core|guiding|design|planning|roadmap)\s+)?principles|strateg(y|ies)(\s+for\s+(adoption|growth|success))?|our\s+strategy|our\s+values)$/i;
/** The same in the other languages pages are written in: "基本原则", "Grundsätze", "Principes directeurs". */
const PRINCIPLES_OTHER =
  /^(基本|核心|指导|設計|设计)?(原则|原則)$|^(기본\s*|핵심\s*)?원칙$|^(grundsätze|[\p{L}-]*prinzipien|leitlinien|principes(\s+directeurs)?|principios(\s+rectores)?|princípios)$/iu;
/** Measures of success, not work: "Metrics & Goals", "Performance Targets", "Success metrics", "KPIs". */
const METRICS_TITLE =
  /^(((success|quality|performance|key)\s+)(metrics|targets)|(metrics|targets)\s+(&|and)\s+(goals|targets)|kpis?|measures\s+of\s+success)$/i;

/** Most of a part's list items state a measure ("**Latency**: < 50ms", "Test coverage > 95%"). */
function measuresOnly(blocks: RootContent[]): boolean {
  const items = blocks.flatMap((b) => (b.type === 'list' ? b.children : []));
  const measured = items.filter((item) => /[<>≤≥%]|\d/.test(plainText(item)));
  return items.length > 0 && measured.length * 2 >= items.length;
}
const HISTORY_TITLE =
  /^((version|release)\s+history|change\s?log|history|past\s+releases|previous\s+releases|registro\s+de\s+cambios|historial(\s+de\s+(cambios|versiones))?|(cambios|mudanças|changements|änderungen)\s+(publicad[oa]s|publiés|veröffentlicht)|histórico(\s+de\s+versões)?|historique(\s+des\s+versions)?|änderungsprotokoll|versionshistorie|更新日志|更新记录|版本历史|变更日志|変更履歴|更新履歴|변경\s*(이력|내역))$/i;
/** Whether a title names the history of past releases ("Version History", "Changelog", "更新日志"). */
export const namesHistory = (title: string): boolean =>
  HISTORY_TITLE.test(title.trim().replace(/\s*\([^()]*\)\s*$/, ''));
const REFERENCES_TITLE =
  /^(references?|resources|links|useful\s+links|see\s+also|further\s+reading|related\s+(links|projects|resources|documents|pages|docs|reading))$/i;

/** A title about the work's risks or dependencies: the words lead it, or it is only a few words. */
export function namesContext(title: string): boolean {
  const match = CONTEXT_TITLE.exec(title);
  if (!match) return false;
  const before = title
    .slice(0, match.index)
    .replace(/^[\d.\s]+/, '')
    .trim();
  return before === '' || title.split(/\s+/).length <= 4;
}

/**
 * What a part of the page is, when it is not work; undefined when it may be. `inBucket`: the part is
 * under a period or status group ("Q1 2021", "Next steps"), which holds work: there its title's words
 * ("Versioning system", "Business Glossary") name a piece of work, not the document or its process.
 * `statesItsWork`: the part says how its own work stands ("Status: In progress", detail lines): it is
 * one piece of work, even one titled like a call to contribute ("Contributor documentation").
 */
/**
 * A list whose items each lead with the name of a table's row ("**Smart copy** - the plain-text write
 * works; …" under a matrix with a "Smart copy (Markdown, HTML)" row): notes on those rows.
 */
function notesOnRows(list: RootContent, tables: RootContent[]): boolean {
  if (list.type !== 'list') return false;
  const rows = tables.flatMap((t) =>
    t.type === 'table' ? t.children.slice(1).map((row) => plainText(row.children[0] ?? row).toLowerCase()) : [],
  );
  return list.children.every((item) => {
    const [first] = item.children;
    const lead =
      first?.type === 'paragraph' && first.children[0]?.type === 'strong' ? plainText(first.children[0]) : '';
    const name = lead
      .replace(/[:：]\s*$/, '')
      .trim()
      .toLowerCase();
    return name.length > 0 && rows.some((row) => row === name || row.startsWith(`${name} `));
  });
}

export function metaOf(
  title: string,
  blocks: RootContent[],
  hasChildren: boolean,
  inBucket = false,
  statesItsWork = false,
): Meta | undefined {
  // Words only: an emoji or symbol at either end ("📝 Notes", "FAQ ❓") decorates the title.
  const t = title
    .trim()
    .replace(/^[^\p{L}\p{N}([]+/u, '')
    .replace(/[^\p{L}\p{N}?)\]]+$/u, '');
  // Details of an item ("Outcomes: …", "Status: …", "Issue: …") make the part a piece of work,
  // even one named like the project's ways ("Governance", "Codifications to our release process",
  // "Contributor documentation"). So does a checkbox written in its title ("[x] Contents page").
  const ownDetails = statesItsWork || blocks.filter(isFieldLine).length >= 2 || /^\[( |x|X)\]\s/.test(t);
  const isWork = inBucket || ownDetails;
  // A call to take part is short, or opens with it ("Feedback", "Give us feedback", "How to contribute
  // to the project"); "Improved Hot Reload and Development Feedback Loops" names work.
  const callToTakePart =
    CLOSING_TITLE.test(t) && (t.split(/\s+/).length <= 5 || CLOSING_TITLE.test(t.split(/\s+/).slice(0, 3).join(' ')));
  // "Events & Participation": a name joined to the call word, not opening with it, may title an area of
  // work told part by part; "How to contribute" and "Feedback & Contributions" stay calls.
  const joinedToCall = /\s(&|and)\s/i.test(t) && !CLOSING_TITLE.test(t.split(/\s+/)[0]!);
  if ((callToTakePart || CLOSING_OTHER.test(t)) && !ownDetails && !(joinedToCall && namesPartedWork(blocks)))
    return { kind: 'closing', why: 'its title asks for contributions or feedback' };
  // "Feature Requests" over a sentence that says where to send them; over a list, they are the requests.
  if (/^(feature\s+)?requests?$|^requesting\s+(a\s+)?features?$/i.test(t) && !hasChildren && !hasItems(blocks))
    return { kind: 'closing', why: 'its title asks for requests and its text says where to send them' };
  if (!hasChildren && !isWork && invitesOnly(blocks))
    return { kind: 'closing', why: 'its text only asks readers to open issues or send changes' };
  // A remark in parentheses qualifies the title: "Big Wishlist (might be out of scope)" is a wishlist.
  // A remark that is only such words labels the part: "Extras (out of scope)".
  const remarks = [...t.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.trim());
  if (
    NON_GOALS_TITLE.test(t.replace(/\([^()]*\)/g, ' ')) ||
    remarks.some((remark) => remark.split(/\s+/).length <= 3 && NON_GOALS_TITLE.test(remark))
  )
    return { kind: 'non-goals', why: 'its title says it is not planned work' };
  // "Overview" over a table of the work, each row with its state ("Deliverable | State | Owner"): the
  // roadmap itself, seen whole. (A table that sums up parts described elsewhere is caught before.)
  const tables = blocks.flatMap((b) => (b.type === 'table' ? [{ table: b, kind: readTable(b).kind }] : []));
  const workTable = tables.some(
    ({ table, kind }) => table.children.length > 3 && kind === 'items' && !isLegendTable(table),
  );
  // A part whose only table is a support matrix ("Provider | Read | Tick off" with ✅ marks) says what
  // the project already works with, not work.
  const matrixOnly =
    tables.some(({ kind }) => kind === 'matrix') &&
    !tables.some(({ kind }) => kind === 'items') &&
    !blocks.some(
      (b) =>
        b.type === 'list' &&
        !notesOnRows(
          b,
          tables.map(({ table }) => table),
        ),
    );
  if (matrixOnly && !hasChildren && !isWork)
    return { kind: 'about', why: 'its table says what is supported where: what the project has, not work' };
  // A generic word over sub-headings ("## Summary" over the plan's parts) groups them; alone, it introduces.
  if (
    (ABOUT_TITLE.test(t) ||
      ABOUT_OTHER.test(t) ||
      HAS_OR_CONCLUDES.test(t) ||
      (GENERIC_ABOUT.test(t) && !hasChildren && !workTable)) &&
    !isWork
  )
    return { kind: 'about', why: 'its title introduces the document' };
  // "A Note about GitHub issues" (a list of reasons or not), "Note on the 1.0.0 release" in prose: a remark
  // on the page or the project ("Notes on performance" over a list of work stays work).
  if (
    (/^a\s+note\s+(about|on|regarding)\s/i.test(t) ||
      (/^notes?\s+(about|on|regarding)\s/i.test(t) && !hasItems(blocks))) &&
    !hasChildren &&
    !isWork
  )
    return { kind: 'about', why: 'its title makes a remark on the page or the project' };
  // "Status", "Current state" in prose: where the project stands, not a piece of work.
  if (
    /^(project\s+|current\s+)?(status|state)$|^(estado\s+(actual|atual)|état\s+actuel|aktueller\s+stand|现状|現状|현재\s*상태)$|^where\s+(we('re|\s+are)(\s+(at|now|today))?|we\s+stand|things\s+stand)$/i.test(
      t,
    ) &&
    !hasChildren &&
    !hasItems(blocks) &&
    !isWork
  )
    return { kind: 'about', why: 'its title and prose say where the project stands' };
  // …and "Current state" over parts that each say how far an area is: where it stands, not the plan.
  if (
    /^(current\s+(status|state)|estado\s+(actual|atual)|état\s+actuel|aktueller\s+stand|现状|現状|현재\s*상태)$/i.test(
      t,
    ) &&
    hasChildren &&
    !isWork &&
    !inBucket
  )
    return { kind: 'about', why: 'its title says where the project stands; its parts say how far each area is' };
  // A part whose only text is the document describing itself ("This roadmap outlines…").
  if (!hasChildren && !isWork && describesTheDocument(blocks))
    return { kind: 'about', why: 'its text describes the document itself' };
  if (/\?\s*$/.test(t)) return { kind: 'faq', why: 'its title is a question' };
  // "Version History", "Changelog" over a list or table of past releases: what was delivered before
  // this edition, kept as context. (A "History" told in prose is a chapter of the story.)
  if (HISTORY_TITLE.test(t.replace(/\s*\([^()]*\)\s*$/, '')) && !hasChildren && !isWork && hasItems(blocks))
    return { kind: 'about', why: 'its title names the history of past releases' };
  if ((PRINCIPLES_TITLE.test(t) || PRINCIPLES_OTHER.test(t)) && !isWork && !inBucket)
    return { kind: 'about', why: 'its title names principles to keep, not work' };
  if (METRICS_TITLE.test(t) && (hasChildren || measuresOnly(blocks)) && !isWork && !inBucket)
    return { kind: 'about', why: 'its title names measures of success, not work' };
  if (REFERENCES_TITLE.test(t) && !hasChildren && !isWork)
    return { kind: 'links', why: 'its title names references or links' };
  // "Known Risks", "Dependencies on other teams"; not "Integrate with a scheduler to support job dependencies".
  if (namesContext(t) && !inBucket)
    return { kind: 'about', why: 'its title names risks, dependencies or requests, not work' };
  // "Release cadence" names how the project works; "Streamline releases with consolidated versioning
  // and branching" is a piece of work about it.
  // So is a title that sets out to do something about it ("Set up community governance", "Improve triage").
  if (
    PROCESS_TITLE.test(t) &&
    (t.split(/\s+/).length <= 5 || /^how\s+we\b/i.test(t)) &&
    !ACTION_LEAD.test(t) &&
    !isWork
  )
    return { kind: 'process', why: 'its title names how the project works, not a piece of work' };
  if (hasChildren) return undefined;
  // A part whose work a site template fills in from data ("{% for issue in roadmap %}"): none written here.
  if (blocks.some((b) => b.type === 'paragraph' && b.data?.generated) && !hasItems(blocks))
    return { kind: 'about', why: "its work is filled in by the site's templates, not written on the page" };
  // "Our public roadmap" over a few sentences and a link: where the roadmap is kept, not work in it.
  if (ROADMAP_ITSELF.test(t) && !hasItems(blocks) && !isWork && blocks.some(hasLink))
    return { kind: 'links', why: 'its title names the roadmap and its text points to where it is kept' };
  if (isLegendPart(blocks)) return { kind: 'about', why: 'it explains the status words or markers the page uses' };
  if (isLinkList(blocks) && !namesTrackedWork(blocks)) return { kind: 'links', why: 'it only lists links' };
  if (/\bv?\d+\.\d+/.test(t) && isStub(blocks))
    return { kind: 'links', why: 'a release whose whole text points to its notes' };
  if (
    blocks.some((b) => b.type === 'list') &&
    blocks.every((b) => (b.type === 'list' ? isBoardList(b) : b.type === 'paragraph')) &&
    blocks.filter((b) => b.type === 'paragraph').length <= 2
  ) {
    return { kind: 'links', why: 'it points to boards or repositories where the work is tracked' };
  }
  return undefined;
}

/** Asking readers to take part: "Open an issue describing…", "Pull requests are welcome". */
const INVITATION =
  /\b((open|file|raise)\s+(an?|a\s+new|new)\s+(issue|discussion|pull\s+request)s?|pull\s+requests\s+are\s+(also\s+)?welcome|contributions\s+are\s+(always\s+)?welcome)\b/i;

/** A short part of paragraphs only (at most three, 80 words) that invites readers to take part. */
function invitesOnly(blocks: RootContent[]): boolean {
  const shown = shownBlocks(blocks);
  const text = shown.map((b) => plainText(b)).join(' ');
  return (
    shown.length >= 1 &&
    shown.length <= 3 &&
    shown.every((b) => b.type === 'paragraph') &&
    text.split(/\s+/).length <= 80 &&
    // It opens with the invitation ("Need a feature? Open an issue…"); a piece of work described in
    // prose may end with one ("…please open an issue!").
    INVITATION.test(
      text
        .split(/(?<=[.!?])\s+/)
        .slice(0, 2)
        .join(' '),
    )
  );
}

/**
 * A list of two or more short names, each over a list of its own parts ("Event & Raid Scheduling" over
 * "Time zone–aware scheduling", "Automatic reminders"): pieces of work told part by part, which a call to
 * take part never holds, whatever its heading says ("Events & Participation").
 */
function namesPartedWork(blocks: RootContent[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'list' &&
      block.children.filter((item) => {
        const [name, parts, ...rest] = item.children;
        return (
          !rest.length &&
          name?.type === 'paragraph' &&
          plainText(name).trim().split(/\s+/).length <= 6 &&
          parts?.type === 'list' &&
          parts.children.length >= 2
        );
      }).length >= 2,
  );
}

function hasItems(blocks: RootContent[]): boolean {
  return blocks.some((b) => b.type === 'list' || b.type === 'table');
}

const SELF_DESCRIPTION =
  /^(this|the)\s+(roadmap|document|page|file)\s+(outlines|describes|lists|captures|contains|covers|presents|summari[sz]es|gives|is)\b/i;

/** One or two paragraphs, the first of which is the document speaking of itself, and nothing else. */
function describesTheDocument(blocks: RootContent[]): boolean {
  const shown = shownBlocks(blocks);
  return (
    shown.length >= 1 &&
    shown.length <= 2 &&
    shown.every((b) => b.type === 'paragraph') &&
    SELF_DESCRIPTION.test(plainText(shown[0]!).trim())
  );
}

/** A legend (list or table of markers and what they mean), with at most a sentence leading to it. */
function isLegendPart(blocks: RootContent[]): boolean {
  const legends = blocks.filter(
    (b) => (b.type === 'table' && isLegendTable(b)) || (b.type === 'list' && isLegendList(b)),
  );
  const rest = blocks.filter((b) => !legends.includes(b));
  return legends.length > 0 && rest.every((b) => b.type === 'paragraph') && rest.length <= 1;
}
