/**
 * Parts of a page that talk about the roadmap rather than list its work:
 * how to contribute (the closing slide), what the document is and how to read it, frequently
 * asked questions, the release process, non-goals and bare lists of links. They are kept (intro,
 * closing, notes) but never become initiatives. Each rule is a title vocabulary or a
 * content shape seen on several real pages; `why` says which one matched.
 */
import type { RootContent } from 'mdast';
import { isFieldLine } from './field-lists.js';
import { isLegendTable } from './legend.js';
import { isBoardList, isLinkList, isStub, listsTrackedItems, namesTrackedWork, pointsToABoard } from './meta-links.js';
import { plainText } from './markdown.js';
import { bucketOf, findPeriod } from './period.js';
import {
  asksOnly,
  datesReleasesOnly,
  describesTheDocument,
  hasItems,
  namesWorkInList,
  hasLink,
  invitesOnly,
  isLegendPart,
  marksEachTask,
  measuresOnly,
  namesPartedWork,
  notesOnRows,
  statementsOnly,
  unlisted,
} from './meta-shapes.js';
import {
  ABOUT_OTHER,
  ABOUT_TITLE,
  ACTION_LEAD,
  AUTHORS_TITLE,
  BOILERPLATE_TITLE,
  CLOSING_OTHER,
  callsToTakePart,
  CLOSING_TITLE,
  DONE_DEFINITION,
  GENERIC_ABOUT,
  GENERIC_OTHER,
  HAS_OR_CONCLUDES,
  HISTORY_TITLE,
  periodFirst,
  namesMeasures,
  NON_GOALS_TITLE,
  PRINCIPLES_OTHER,
  PRINCIPLES_TITLE,
  namesProcess,
  REFERENCES_TITLE,
  CURRENT_STATE,
  REQUESTS_FROM_TITLE,
  REQUESTS_TITLE,
  ROADMAP_AIM,
  ROADMAP_ITSELF,
  namesContext,
} from './meta-titles.js';
import { readTable } from './table.js';
import { statusOfSectionTitle } from './status.js';

export { isBoardList, isLinkList, isStub, namesTrackedWork } from './meta-links.js';
export { namesContext, namesHistory, opensWithAction } from './meta-titles.js';

export type MetaKind = 'closing' | 'about' | 'faq' | 'process' | 'non-goals' | 'links';

export interface Meta {
  kind: MetaKind;
  why: string;
}

/**
 * What a part of the page is, when it is not work; undefined when it may be. `inBucket`: the part is
 * under a period or status group ("Q1 2021", "Next steps"), which holds work: there its title's words
 * ("Versioning system", "Business Glossary") name a piece of work, not the document or its process.
 * `statesItsWork`: the part says how its own work stands ("Status: In progress", detail lines): it is
 * one piece of work, even one titled like a call to contribute ("Contributor documentation").
 */
export function metaOf(
  title: string,
  blocks: RootContent[],
  hasChildren: boolean,
  inBucket = false,
  statesItsWork = false,
): Meta | undefined {
  // Words only: an emoji or symbol at either end ("📝 Notes", "FAQ ❓"), or the number of a numbered
  // part ("1. Current features", "2) FAQ"; not a release, "2.0 Roadmap"), decorates the title.
  const t = title
    .trim()
    .replace(/^[^\p{L}\p{N}([]+/u, '')
    .replace(/^\d{1,2}[.)]\s+(?=\p{L})/u, '')
    .replace(/[^\p{L}\p{N}?)\]]+$/u, '');
  // A remark in parentheses after a title qualifies it: "Design Principles (Invariant)" names principles.
  // (A remark of more than five words, or one that says when, how far or what is done, "Strategy (H2
  // 2025)", "Conclusion (next steps)", is more than a qualifier.)
  const remark = /\s*\(([^()]*)\)\s*$/.exec(t);
  const bare =
    remark &&
    remark[1]!.trim().split(/\s+/).length <= 5 &&
    !findPeriod(remark[1]!) &&
    !ACTION_LEAD.test(remark[1]!.trim()) &&
    statusOfSectionTitle(remark[1]!) === 'unknown'
      ? t.slice(0, remark.index)
      : t;
  // A release named by its number first, then its theme ("v0.4.0 — Governance & Contribution", "1.0 Vision")
  // is a release, whatever its theme's words: they say what it brings, not how to take part or read the page.
  const releaseFirst = /^(?:(?:version|release)\s+)?v?\d+\.\d+(?:\.\d+)*(?=[\s:,;)]|$)/i.test(t);
  // So is a time set off before its theme, or one dated in a remark (./meta-titles.ts): the plan for then.
  const timeFirst = periodFirst(t, hasItems(blocks), hasChildren);
  // Details of an item ("Outcomes: …", "Status: …", "Issue: …") make the part a piece of work,
  // even one named like the project's ways ("Governance", "Codifications to our release process",
  // "Contributor documentation"). So does a checkbox written in its title ("[x] Contents page").
  const ownDetails = statesItsWork || blocks.filter(isFieldLine).length >= 2 || /^\[( |x|X)\]\s/.test(t);
  const isWork = inBucket || ownDetails;
  const callToTakePart = callsToTakePart(t);
  // "Events & Participation": a name joined to the call word, not opening with it, may title an area of
  // work told part by part; "How to contribute" and "Feedback & Contributions" stay calls.
  const joinedToCall = /\s(&|and)\s/i.test(t) && !CLOSING_TITLE.test(t.split(/\s+/)[0]!);
  // Under a period or status group among others ("Ongoing quality tracks" › "Contributor experience"), an
  // area of the contributors' side names work; "How to contribute", "Contributors wanted" there are still calls.
  const areaForContributors =
    inBucket &&
    /^contributors?\s+(experience|onboarding|tooling|growth|retention|ladder|programs?|health|pathways?|recognition)$/i.test(
      t,
    ) &&
    !invitesOnly(blocks);
  // "Roadmap / Help Wanted" over a list: a title that names the roadmap beside the call is the roadmap,
  // its call an aside. (Over a sentence that asks for feedback, it is the call.)
  const namesTheRoadmapToo =
    hasItems(blocks) && t.split(/\s+(?:[/&|+]|and)\s+/i).some((part) => ROADMAP_ITSELF.test(part.trim()));
  if (
    (callToTakePart || CLOSING_OTHER.test(t)) &&
    !ownDetails &&
    !releaseFirst &&
    !namesTheRoadmapToo &&
    !areaForContributors &&
    !(joinedToCall && namesPartedWork(blocks))
  )
    return { kind: 'closing', why: 'its title asks for contributions or feedback' };
  // "## License" over "Licensed under MIT", "## Authors" over their names: the end of a README, not work.
  // Work about them says what it does ("Relicense to Apache-2.0", "Adopt the Contributor Covenant").
  const prose = blocks
    .map((b) => plainText(b))
    .join(' ')
    .trim();
  if (
    !hasChildren &&
    !isWork &&
    ((BOILERPLATE_TITLE.test(bare) && !hasItems(blocks) && !ACTION_LEAD.test(prose)) || AUTHORS_TITLE.test(bare))
  )
    return { kind: 'closing', why: "its title names a part of the repository's README: its license or authors" };
  // "Feature Requests" over a sentence that says where to send them ("Community requests" with a link
  // there); over a list, they are the requests.
  const sendsThere = REQUESTS_TITLE.test(t) || (REQUESTS_FROM_TITLE.test(t) && blocks.some(hasLink));
  if (sendsThere && !hasChildren && !hasItems(blocks))
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
  // A generic word over sub-headings ("## Summary" over the plan's parts) groups them; alone, it introduces
  // (in the page's language, "Übersicht", not over a list of short names of work: that list is the work).
  if (
    (ABOUT_TITLE.test(t) ||
      ABOUT_OTHER.test(bare) ||
      HAS_OR_CONCLUDES.test(bare) ||
      (GENERIC_ABOUT.test(t) && !hasChildren && !workTable) ||
      (GENERIC_OTHER.test(bare) && !hasChildren && !workTable && !namesWorkInList(blocks))) &&
    !(isWork || releaseFirst || timeFirst)
  )
    return { kind: 'about', why: 'its title introduces the document' };
  // "A Note about GitHub issues" (a list of reasons or not), "Note on the 1.0.0 release" in prose: a remark
  // on the page or the project ("Notes on performance" over a list of work stays work).
  if (
    (/^a\s+note\s+(about|on|regarding)\s/i.test(t) ||
      ((/^notes?\s+(about|on|regarding)\s/i.test(t) || ROADMAP_AIM.test(t)) && !hasItems(blocks))) &&
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
  if (CURRENT_STATE.test(t) && hasChildren && !isWork && !inBucket)
    return { kind: 'about', why: 'its title says where the project stands; its parts say how far each area is' };
  // A part whose only text is the document describing itself ("This roadmap outlines…").
  if (!hasChildren && !isWork && describesTheDocument(blocks))
    return { kind: 'about', why: 'its text describes the document itself' };
  // A title that asks is a question ("How can I help?", "Interested?", "Ideas?"); one that only doubts
  // when ("Maybe?", "Someday?"), or a release by its number ("v3.1: Plugin store?"), is work it is unsure of.
  // One that asks what the team works on now, did, or does next groups that work ("What is the team
  // working on right now?", "What did we just complete?", "What's next?").
  if (/\?\s*$/.test(t) && !TENTATIVE.test(t) && !ASKS_ABOUT_THE_WORK.test(t) && !releaseFirst)
    return { kind: 'faq', why: 'its title is a question' };
  // "Version History", "Changelog" over a list or table of past releases: what was delivered before
  // this edition, kept as context. (A "History" told in prose is a chapter of the story.)
  // (Any remark qualifies it, a dated one too: "History (2016-2021)".)
  if (HISTORY_TITLE.test(t.replace(/\s*\([^()]*\)\s*$/, '')) && !hasChildren && !isWork && hasItems(blocks))
    return { kind: 'about', why: 'its title names the history of past releases' };
  // "Values" over statements ("Performance trumps functionality.") holds principles; over names of
  // work ("Typed chart values") it is an area of work.
  const statedValues = /^values$/i.test(bare) && statementsOnly(blocks);
  if ((PRINCIPLES_TITLE.test(bare) || PRINCIPLES_OTHER.test(bare) || statedValues) && !isWork && !inBucket)
    return { kind: 'about', why: 'its title names principles to keep, not work' };
  if (namesMeasures(bare, (hasChildren || measuresOnly(blocks)) && !isWork && !inBucket))
    return { kind: 'about', why: 'its title names measures of success, not work' };
  // (Items that each track their own issue are work, whatever the part is called: "## Design documents"
  // over "- Write the storage design (#12)".)
  if (REFERENCES_TITLE.test(t) && !hasChildren && !isWork && !listsTrackedItems(blocks))
    return { kind: 'links', why: 'its title names references or links' };
  // "Known Risks", "Dependencies on other teams"; not "Integrate with a scheduler to support job dependencies".
  if (namesContext(t) && !inBucket)
    return { kind: 'about', why: 'its title names risks, dependencies or requests, not work' };
  // "Release cadence" names how the project works; "Streamline releases with consolidated versioning and
  // branching" is a piece of work about it. So is a title that sets out to do something about it ("Set up
  // community governance", "Improve triage"), a part that lists issues, one per item ("### Planning" over
  // "- Plugin architecture (#1489)"), or items that each say how they stand and what to do ("- 🟢 Set up a security team").
  const aboutIt = ACTION_LEAD.test(t) || isWork || releaseFirst || listsTrackedItems(blocks) || marksEachTask(blocks);
  if (namesProcess(t) && (t.split(/\s+/).length <= 5 || /^how\s+we\b/i.test(t)) && !aboutIt)
    return { kind: 'process', why: 'its title names how the project works, not a piece of work' };
  if (DONE_DEFINITION.test(t) && !isWork)
    return { kind: 'process', why: 'its title says when work counts as done: a rule of the project, not work' };
  if (hasChildren) return undefined;
  // A part whose work a site template fills in from data ("{% for issue in roadmap %}"): none written here.
  if (blocks.some((b) => b.type === 'paragraph' && b.data?.generated) && !hasItems(blocks))
    return { kind: 'about', why: "its work is filled in by the site's templates, not written on the page" };
  // "Our public roadmap" over a few sentences and a link: where the roadmap is kept, not work in it.
  if (ROADMAP_ITSELF.test(t) && !hasItems(blocks) && !isWork && blocks.some(hasLink))
    return { kind: 'links', why: 'its title names the roadmap and its text points to where it is kept' };
  if (isLegendPart(blocks)) return { kind: 'about', why: 'it explains the status words or markers the page uses' };
  if (datesReleasesOnly(blocks) && !isWork) return { kind: 'about', why: 'its items only date releases: a schedule' };
  if (/^questions$/i.test(t) && asksOnly(blocks)) return { kind: 'about', why: 'it lists questions still to decide' };
  if (isLinkList(blocks) && !namesTrackedWork(blocks)) return { kind: 'links', why: 'it only lists links' };
  // (A release whose text points to its milestones, "v1.0.0: goes GA", is still that release.)
  if (!isWork && !releaseFirst && pointsToABoard(blocks))
    return { kind: 'links', why: 'its whole text sends readers to the board where the work is tracked' };
  if (/\bv?\d+\.\d+/.test(t) && isStub(blocks))
    return { kind: 'links', why: 'a release whose whole text points to its notes' };
  // "## Next steps" over "- Refer to the [Changelog](…) to see what's new": a period or horizon whose
  // whole text points elsewhere holds no work. (A piece of work pointing to its design is still work.)
  if (bucketOf(t) && isStub(unlisted(blocks)))
    return { kind: 'links', why: 'a period or horizon whose whole text points elsewhere' };
  if (
    blocks.some((b) => b.type === 'list') &&
    blocks.every((b) => (b.type === 'list' ? isBoardList(b) : b.type === 'paragraph')) &&
    blocks.filter((b) => b.type === 'paragraph').length <= 2
  ) {
    return { kind: 'links', why: 'it points to boards or repositories where the work is tracked' };
  }
  return undefined;
}

/** A question about the work itself and when it comes: what is under way ("What's brewing?"), done, or next. */
const ASKS_ABOUT_THE_WORK =
  /^what(?:'s|’s|\s+is)\s+(?:next|coming|cooking|brewing|planned|in\s+progress|in\s+the\s+works|on\s+the\s+horizon|ahead)\b|^what\s+are\s+we\s+(?:building|planning|working\s+on)\b|^what\s+(?:is|are)\s+(?:[\w-]+\s+){0,4}working\s+on\b|^what\s+(?:did|have|has)\s+(?:[\w-]+\s+){0,4}(?:just\s+)?(?:complete|completed|finish|finished|ship|shipped|deliver|delivered)\b|^what\s+will\s+(?:[\w-]+\s+){0,4}(?:prioriti[sz]e|work\s+on|build|ship|deliver)\b/i;

/** A label that only doubts when its work comes: "Maybe?", "Maybe maybe?", "Someday?", "Perhaps later?". */
const TENTATIVE = /^(?:(?:maybe|perhaps|possibly|someday|some\s+day|eventually|later)[\s,/]*)+\?$/i;
