/**
 * Parts of a page that only point elsewhere: lists of links to documents,
 * boards and repositories, and release entries whose whole text points to
 * their notes. Read by ./meta.ts; a list of links to tracked work is work.
 */
import type { List, ListItem, PhrasingContent, RootContent } from 'mdast';
import { linksIn } from './item-lists.js';
import { plainText } from './markdown.js';

/** Blocks that are only links: each paragraph or list item is nothing but link text. */
export function isLinkList(blocks: RootContent[]): boolean {
  const units: (RootContent | undefined)[] = [];
  for (const [i, block] of blocks.entries()) {
    if (block.type === 'list') units.push(...block.children.map((item) => item.children[0]));
    // A sentence that introduces the list ("… set out in the following documents:") is not one of its links.
    else if (!(block.type === 'paragraph' && blocks[i + 1]?.type === 'list' && /:\s*$/.test(plainText(block))))
      units.push(block);
  }
  if (units.length < 2) return false;
  return units.every((unit) => {
    if (unit?.type !== 'paragraph') return false;
    const links = unit.children.filter((node) => node.type === 'link' || node.type === 'linkReference');
    const rest = unit.children.filter((node) => node.type !== 'link' && node.type !== 'linkReference');
    return links.length > 0 && plainText(rest).replace(/[\s,;:·|()–—-]+/g, '') === '';
  });
}

/** A link to one tracked piece of work: an issue, a pull request, an epic, a proposal. */
const WORK_ITEM =
  /\/(?:issues|pull|pulls|merge_requests|-\/issues|-\/epics|discussions|browse\/[A-Z][A-Z0-9]+-\d)(?:\/\d+)?(?:[/?#].*)?$/;

/**
 * A search of the tracker named only by a kind of ticket ("[List of known bugs](…/issues?q=label:bug)",
 * "[Feature requests](…)", "[Open issues](…)"): where tickets are listed, not a piece of work. A search
 * named by its work ("[Windows support](…/issues?q=label:windows)") tracks that work.
 */
const TICKET_KIND =
  /^(?:(?:the\s+)?(?:full\s+)?list\s+of\s+)?(?:all\s+)?(?:open\s+|known\s+|current\s+|feature\s+|help[\s-]+wanted\s+|good\s+first\s+)?(?:bugs?|bug\s+reports?|issues?|tickets?|requests?|enhancements?|ideas?|pull\s+requests?|prs|help\s+wanted)$/i;

/**
 * Link-only items whose links name the work in words and lead to where each
 * piece is tracked ("[EC2 Launch Templates](…/issues/4264)"): a list of work,
 * not of places to read.
 */
export function namesTrackedWork(blocks: RootContent[]): boolean {
  const units = blocks.flatMap((block): (RootContent | undefined)[] =>
    block.type === 'list' ? block.children.map((item) => item.children[0]) : [block],
  );
  const links = units.flatMap((unit) =>
    unit?.type === 'paragraph' ? unit.children.filter((node) => node.type === 'link') : [],
  );
  return (
    links.length >= 2 &&
    links.every(
      (link) =>
        WORK_ITEM.test(link.url) &&
        /\p{L}{3,}/u.test(plainText(link)) &&
        !/^#?\d+$/.test(plainText(link).trim()) &&
        // One item by its number, or a search named by its work; not the tracker's own page ("/issues").
        (/\/(?:\d+|[A-Z][A-Z0-9]+-\d+)(?:[/?#].*)?$/.test(link.url) ||
          (/\?/.test(link.url) && !TICKET_KIND.test(plainText(link).trim()))),
    )
  );
}

/** A link to one issue, pull request or epic by its number (not a search, a discussion or a category). */
const ONE_ITEM = /\/(?:issues|pull|merge_requests|-\/issues|-\/merge_requests|-\/epics)\/\d+(?:[/#].*)?$/;
/** A link to one issue or epic by its number: the work itself, not the change that did a step of it. */
const ONE_ISSUE = /\/(?:issues|-\/issues|-\/epics)\/\d+(?:[/#].*)?$/;
/** Words that only say what the link is: "Issue:", "Umbrella issue", "Discussion thread", "Blocked by". */
const LINK_WORDS =
  /^(issues?|tracking|tracked\s+(in|by)|prs?|pull\s+requests?|links?|see|epics?|tickets?|jira|blocked\s+by|parent|umbrella)\b|\b(issues?|epics?|threads?|tickets?|discussions?|prs?|pull\s+requests?)\s*:?$/i;

/**
 * A list of two or more items, each of which links one issue or pull request of its own in its line
 * ("- Plugin architecture ([#1489](…/issues/1489))"): work tracked item by item, whatever the part
 * it stands in is called.
 */
export function listsTrackedItems(blocks: RootContent[]): boolean {
  const lists = blocks.filter((block): block is List => block.type === 'list');
  const items = lists.flatMap((list) => list.children);
  if (items.length < 2 || blocks.some((b) => b.type !== 'list' && b.type !== 'paragraph')) return false;
  const urls = items.map((item) => {
    const line = item.children[0];
    return line?.type === 'paragraph'
      ? line.children.flatMap((node) => (node.type === 'link' && ONE_ITEM.test(node.url) ? [node.url] : []))
      : [];
  });
  return urls.every((found) => found.length > 0) && new Set(urls.flat()).size >= urls.length;
}

/**
 * Items that mostly link one issue each in their line ("- Cursor jumps after undo: https://…/issues/11"),
 * `least` of them at least: work tracked item by item, not the points of one piece. (Boxes linked to the pull
 * requests that did them are steps: checklists are weighed on their own, ./structure/checklists.ts.)
 */
export function tracksMostItems(blocks: RootContent[], least = 1): boolean {
  const lists = blocks.filter((block): block is List => block.type === 'list');
  if (lists.some((list) => list.children.some((item) => typeof item.checked === 'boolean'))) return false;
  const items = lists.flatMap((list) => list.children);
  const tracked = items.filter((item) => {
    const line = item.children[0];
    if (line?.type !== 'paragraph') return false;
    // A name of its own beside the link: "- Issue: [#347](…)" is a detail line of the work above it.
    const own = line.children
      .filter((node) => node.type !== 'link')
      .map((node) => plainText(node))
      .join(' ')
      .trim();
    return (
      own.split(/\s+/).length >= 2 &&
      !LINK_WORDS.test(own) &&
      line.children.some((node) => node.type === 'link' && ONE_ISSUE.test(node.url))
    );
  });
  return items.length >= least && tracked.length * 2 >= items.length;
}

/** A link to a whole project board, the milestones or a repository, not to one piece of work in it. */
const isPlace = (url: string): boolean => BOARD.test(url) || REPOSITORY_LINK.test(url);
const REPOSITORY_LINK = /^https?:\/\/[^/]+\/[^/]+\/[^/]+\/?(?:[?#].*)?$/;

/**
 * A part whose whole text sends readers to a board ("For detailed planning, visit our [Project
 * Board](…/projects/3)."), with perhaps a remark in italics after it: where the work is tracked, not
 * work. A paragraph that says what the work is first ("We redesign the plugin API; track it on [the
 * board](…)") is that work.
 */
export function pointsToABoard(blocks: RootContent[]): boolean {
  const [first, ...rest] = blocks.filter((block) => block.type !== 'thematicBreak');
  if (first?.type !== 'paragraph') return false;
  const remark = (block: RootContent) =>
    block.type === 'paragraph' && block.children.every((node) => node.type === 'emphasis' || !plainText(node).trim());
  const links = first.children.filter((node) => node.type === 'link');
  const text = plainText(first).trim();
  return (
    rest.every(remark) &&
    links.length > 0 &&
    links.every((link) => BOARD.test(link.url)) &&
    text.split(/\s+/).length <= 30 &&
    POINTS_TO.test(text)
  );
}

/** A board or the milestones where work is tracked (a repository is where it is made: it may be the work's own). */
const BOARD =
  /^https?:\/\/[^/]+\/(?:orgs\/[^/]+\/projects\/\d+|[^/]+\/[^/]+\/projects\/\d+|[^/]+\/[^/]+\/milestones\/?$)/;

/** The words that send readers somewhere, perhaps after what for: "For detailed planning, visit", "See". */
const POINTS_TO =
  /^(?:for\s+[^,.]{1,80},\s*)?(?:please\s+)?(?:visit|see|check(?:\s+out)?|follow|browse|head\s+(?:over\s+)?to|go\s+to|find)\b/i;

/**
 * A list whose every item leads with a link to a board or a repository
 * ("[Core](…/projects/25). This repository focuses on …"): places to look
 * for the work, not the work.
 */
export function isBoardList(list: List): boolean {
  return (
    list.children.length >= 2 &&
    (list.children.every((item) => {
      const first = item.children[0];
      const lead = first?.type === 'paragraph' ? shownInlines(first.children)[0] : undefined;
      return lead?.type === 'link' && isPlace(lead.url);
    }) ||
      (list.children.every(followsAPlace) &&
        list.children.filter((item) => urlsIn(firstLine(item)).some((url) => isChannel(url))).length * 2 >=
          list.children.length &&
        list.children.filter((item) => CALL.test(plainText(item))).length * 2 >= list.children.length) ||
      // "- [Slack](…)", "- [Twitter](…)", "- [Contact](mailto:…)": links alone, each to a place to talk.
      list.children.every(onlyAChannel))
  );
}

/** A line's inlines without the blank text between them. */
const shownInlines = (line: PhrasingContent[]) => line.filter((node) => !(node.type === 'text' && !node.value.trim()));

/** An item that is one link and nothing else, to a chat, a social account or a mail address (not a search of issues). */
function onlyAChannel(item: ListItem): boolean {
  const first = item.children[0];
  if (item.children.length !== 1 || first?.type !== 'paragraph') return false;
  const shown = shownInlines(first.children);
  return shown.length === 1 && shown[0]!.type === 'link' && TALK.test(shown[0].url);
}

/**
 * Where people talk to or follow the project: a chat's invite, a forum, its account on a social network,
 * its mail address. (A link to a chat product's documentation is not one.)
 */
const TALK =
  /^https?:\/\/(?:discord\.gg\/|(?:www\.)?discord\.com\/invite\/|[\w-]+\.slack\.com\/?$|join\.slack\.com\/|gitter\.im\/|matrix\.to\/|t\.me\/|[\w-]+\.zulipchat\.com\/?$|groups\.google\.com\/)|^https?:\/\/(?:www\.)?(?:twitter\.com|x\.com|bsky\.app\/profile|linkedin\.com\/(?:company|in)|fosstodon\.org|mastodon\.social)\/[\w@.-]+\/?$|^mailto:/;
/** The repository's discussions, releases or a search of its issues: where its users talk or follow it. */
const REPOSITORY_CHANNEL = /^https?:\/\/[^/]+\/[^/]+\/[^/]+\/(?:discussions|releases|issues)\/?(?:\?.*)?$/;
const isChannel = (url: string) => TALK.test(url) || REPOSITORY_CHANNEL.test(url);

/** Words that ask readers to follow or take part: "Join Discord", "Watch the repo", "Upvote what you need". */
const CALL =
  /\b(?:join|follow|watch|star|subscribe|chat|ask|discuss|talk|vote|upvote|share|stay|conversation|community)\b/i;

/** Every link's address in a line, in page order. */
const urlsIn = (nodes: PhrasingContent[]): string[] => linksIn(nodes).map((link) => link.url);

/** The inline content of an item's first paragraph. */
const firstLine = (item: ListItem): PhrasingContent[] =>
  item.children[0]?.type === 'paragraph' ? item.children[0].children : [];

/** A repository's own page. */
const REPOSITORY = /^https?:\/\/[^/]+\/[^/]+\/[^/]+\/?$/;

/**
 * "**Watch the repo**: [acme/widget](…)", "**[Discord](https://discord.gg/…)** - Join the conversation": a
 * short line whose every link goes to a place to talk or follow, not to a piece of work. (A list of such
 * lines is one of places when half of them at least lead to a place to talk and ask the reader to join,
 * follow or talk: "Discovering clusters created by [acme/provisioner](…)" and "Send alerts to [Slack](…)"
 * name work.)
 */
function followsAPlace(item: ListItem): boolean {
  const first = item.children[0];
  if (first?.type !== 'paragraph' || item.children.length > 1 || plainText(first).split(/\s+/).length > 12)
    return false;
  const urls = urlsIn(firstLine(item));
  // A board names the work it tracks ("API: [Widget 1.0](…/projects/3)"); a chat or a repository does not.
  return urls.length > 0 && urls.every((url) => isChannel(url) || REPOSITORY.test(url));
}

/**
 * A body that is only a pointer: "See [the release notes](…) for details", "Refer to the
 * [Changelog](…) to see what's new", "Read [the announcement](…)". The words that point come first
 * and lead straight to the link; "Read replicas for MySQL ([#413](…))" or "See who's viewing a
 * document" names work.
 */
export function isStub(blocks: RootContent[]): boolean {
  if (blocks.length !== 1 || blocks[0]!.type !== 'paragraph') return false;
  const paragraph = blocks[0];
  const text = plainText(paragraph).trim();
  const [lead, link] = paragraph.children;
  const isLink = (node: RootContent | undefined) => node?.type === 'link' || node?.type === 'linkReference';
  if (text.split(/\s+/).length > 8) return false;
  // "[See release notes](…).": the link's own words point (not "[Read-only mode](…)", nor a link to an issue).
  if (isLink(lead))
    return (
      /^(?:see|refer|read|details|check)\s/i.test(plainText(lead!)) &&
      !(lead!.type === 'link' && WORK_ITEM.test(lead.url))
    );
  // A document named by its file instead of a link: "cf TODO.md for more speculative things", "See
  // `NOTES.md` for more".
  if (DOCUMENT_POINTER.test(text)) return true;
  // After the link, only what the pointer is for ("for details", "to see what's new"): "Read [Parquet](…)
  // files directly" names work.
  const after = plainText(paragraph.children.slice(2) as never).trim();
  return (
    lead?.type === 'text' && POINTER_LEAD.test(lead.value) && isLink(link) && /^(?:$|[.,;:!)]|for\b|to\b)/i.test(after)
  );
}

/** A pointer to a document by its file name, then only what it is for: "cf TODO.md for more ideas". */
const DOCUMENT_POINTER =
  /^(?:see(?:\s+also)?|cf\.?|refer\s+to|details\s+(?:are\s+)?in|check(?:\s+out)?)\s+(?:the\s+)?[\w./-]+\.(?:md|markdown|txt|rst|adoc|org)(?:\s+(?:for|to)\b[^.!?]*)?[.!]?$/i;

/** The words of a pointer before its link: "See the", "Refer to our", "Details are in the", "Read". */
const POINTER_LEAD =
  /^\s*(?:see|refer\s+to|details\s+(?:are\s+)?in|read|check(?:\s+out)?)(?:\s+(?:also|the|our|this|these|its|their|more\s+(?:in|on|at)|at|in|on))*\s+$/i;
