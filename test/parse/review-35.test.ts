/**
 * Pages a review wrote to probe the rules of held-out-35. The regressions it found are mended and asserted
 * here, each as it read before those rules: a leading "Status:" line under a release, milestone, sprint or
 * codename (r1-codename-release, r1-milestone-heading, r1-more-groups) or over features named in bold
 * (r1-status-then-bold-features); process and history words that are features or work ("Guidelines",
 * "Code Standards", "Resource Allocation", "Resource Planning", "Support timeline", "Archive", "Unsupported
 * versions": r4-*, r5-*). Probes the rules read better are asserted too (r1-status-emoji,
 * r1-status-sentence-in-area, r2-*, r3-release-kinds, r5-older-versions-should-fire), and one judgement
 * call (r1-area-headings).
 */
import { describe, expect, it } from 'vitest';
import { readProbe } from '../helpers/probes.js';

/** A probe page's name, what it checks, and its initiatives as "title | status". */
type Probe = [string, string, string[]];

const probes: Probe[] = [
  [
    'r1-area-headings',
    "a leading state over an area's short points: the area is one piece with that state (a judgement call)",
    ['Mobile app | in-progress', 'Web dashboard | planned', 'API | in-progress'],
  ],
  [
    'r1-codename-release',
    'a leading "Status:" under a release named by its codename is the release\'s: its features stay the work',
    [
      'Status: in progress | unknown',
      'Faster cold start | unknown',
      'New plugin API | unknown',
      'Drop Python 3.8 | unknown',
      'Status: planned | unknown',
      'GPU rendering | unknown',
      'Remote workspaces | unknown',
    ],
  ],
  [
    'r1-milestone-heading',
    'so under "Milestone: …"',
    [
      'Status: in progress | unknown',
      'Sign-up flow with email verification | unknown',
      'Billing with two plans | unknown',
      'Usage dashboard | unknown',
      'Status: planned | unknown',
      'SSO for teams | unknown',
      'Audit trail | unknown',
    ],
  ],
  [
    'r1-more-groups',
    'so under a sprint, a release named "… release"; an epic with its state is one piece',
    [
      'Status: in progress | unknown',
      'Password reset by SMS | unknown',
      'Profile photos | unknown',
      'Status: planned | unknown',
      'Plugin signing | unknown',
      'Theme store | unknown',
      'Epic: Payments | in-progress',
    ],
  ],
  [
    'r1-status-emoji',
    'a leading "Status: 🚧" line is no piece of work',
    [
      'Custom fields on tickets | unknown',
      'Ticket templates | unknown',
      'Email-to-ticket gateway | unknown',
      'SLA timers | unknown',
    ],
  ],
  [
    'r1-status-sentence-in-area',
    '"State: early prototype only" is no piece of work',
    [
      'Fuzzy matching on titles | unknown',
      'Search inside attachments | unknown',
      'Saved searches | unknown',
      'Public links with expiry | unknown',
      'Password-protected links | unknown',
    ],
  ],
  [
    'r1-status-then-bold-features',
    'a leading "Status:" over features each named in bold: the features stay the work',
    [
      'Status | unknown',
      'Split panes | unknown',
      'Minimap | unknown',
      'Vim keys | unknown',
      'Status | unknown',
      'Tabs | unknown',
      'Profiles | unknown',
    ],
  ],
  [
    'r2-per-edge',
    '"per #team", "per minute" and "#1 to #10" stay',
    [
      'Limit invites to 20 | planned',
      'One workspace per #team channel | planned',
      'Rate limit of 100 requests per minute | planned',
      'Leaderboard rank #1 to #10 shown per season | planned',
    ],
  ],
  [
    'r2-pointers',
    'pointers before plain issue numbers go with them',
    [
      'Side-scrolling levels | planned',
      'Co-op mode for two players | planned',
      'Rebind any key | planned',
      'Support the C# scripting API | planned',
      'Sound mixer | planned',
      'Charge one credit per # | planned',
      'Save slots | planned',
    ],
  ],
  [
    'r3-release-kinds',
    'kinds of change under a shipped release hold its work; an area there stays one piece',
    [
      'Scheduled exports | planned',
      'Team templates | planned',
      'Calendar sync | done',
      'Markdown notes | done',
      'Crash when a note title is empty | done',
      'Wrong time zone on reminders | done',
      'Editor | done',
    ],
  ],
  [
    'r4-code-standards-work',
    '"Code Standards" over a checklist in a quarter is work',
    ['Code Standards | planned', 'Performance | planned'],
  ],
  [
    'r4-guidelines-feature',
    '"Guidelines" as a feature of a drawing tool is work',
    [
      'Drag guidelines out of the rulers | planned',
      'Snap shapes to guidelines | planned',
      'Lock and hide guidelines | planned',
      'Layer groups | planned',
      'Blend modes per layer | planned',
    ],
  ],
  [
    'r4-resource-allocation-feature',
    '"Resource Allocation" as a feature of a scheduler is work',
    [
      'Fractional GPU sharing between jobs | unknown',
      'Memory overcommit with eviction | unknown',
      'Per-queue CPU quotas | unknown',
      'Gang scheduling | unknown',
      'Job preemption by priority | unknown',
    ],
  ],
  [
    'r4-resource-planning-feature',
    '"Resource Planning" as a feature of a planning tool is work',
    [
      'Team capacity chart per week | unknown',
      'Drag tasks between people | unknown',
      'Holiday calendar import | unknown',
      'Invoice from tracked time | unknown',
      'Recurring invoices | unknown',
    ],
  ],
  [
    'r4-support-timeline-feature',
    '"Support timeline" as a feature of a helpdesk is work',
    ['Support timeline | planned', 'Macros | planned'],
  ],
  [
    'r5-archive-feature',
    '"Archive" as a feature under a release to come is work',
    [
      'Archive finished boards instead of deleting them | done',
      'Restore a board from the archive | done',
      'Search inside archived boards | done',
      'Colour labels on cards | planned',
      'Filter cards by label | planned',
    ],
  ],
  [
    'r5-archive-ideas',
    '"Archive" over shelved ideas to revive stays as it was',
    [
      'Faster search indexing | in-progress',
      'Tag autocomplete | in-progress',
      'Shared notebooks | planned',
      'Web clipper | planned',
      'Voice notes with transcription | done',
      'Handwriting recognition | done',
      'Plugin marketplace | done',
    ],
  ],
  [
    'r5-older-versions-should-fire',
    '"Older versions" over past releases is their history',
    ['Streaming parser | planned', 'Typed configuration | planned'],
  ],
  [
    'r5-unsupported-versions-work',
    '"Unsupported versions" over work for their users is work',
    [
      'New importer for spreadsheet files | planned',
      'Bulk tagging | planned',
      'Publish a migration tool from 1.x to 3.x | unknown',
      'Write an upgrade guide for 2.x users | unknown',
    ],
  ],
];

describe('pages a review wrote to probe the rules of held-out-35', () => {
  it.each(probes)('%s: %s', (name, _what, items) => {
    expect(readProbe('review-35', name).items).toEqual(items);
  });
});
