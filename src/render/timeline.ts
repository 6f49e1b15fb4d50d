/**
 * The timeline: for a page whose sections or initiatives name at least two
 * dated periods (quarters, halves, months, seasons, years), the periods in
 * time order on one axis with their initiatives, and the edition's date
 * marked when it falls among them. Versions carry no date and give no
 * timeline.
 */
import { findPeriod, parseLooseDate, type Period, type PeriodKind } from '../parse/period.js';
import type { Initiative, RoadmapEdition } from '../model/types.js';
import { bucketFor } from './board.js';

const DATED: PeriodKind[] = ['month-range', 'season', 'quarter', 'half', 'month', 'year'];

/** Months a period of each kind lasts (a month range: until the next period starts, at least a month). */
const MONTHS: Record<PeriodKind, number> = {
  'month-range': 1,
  season: 3,
  quarter: 3,
  half: 6,
  month: 1,
  year: 12,
  version: 0,
};

export interface TimelinePeriod {
  label: string;
  kind: PeriodKind;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** First day after the period, YYYY-MM-DD. */
  end: string;
  initiatives: Initiative[];
}

function addMonths(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

/** The dated period an initiative belongs to: its own or its section's bucket, else its section's title. */
function periodOf(edition: RoadmapEdition, initiative: Initiative): Period | undefined {
  const section = edition.sections.find((s) => s.initiatives.includes(initiative))!;
  const bucket = bucketFor(initiative, section);
  const period = bucket ? findPeriod(bucket.label, DATED) : undefined;
  return period?.date ? period : section.implicit ? undefined : findPeriod(section.title, DATED);
}

/**
 * The periods of the page in time order (a longer period before a shorter
 * one starting the same day: "2025" before "Q1 2025"); undefined when fewer
 * than two distinct dated periods are named.
 */
export function timelinePeriods(edition: RoadmapEdition): TimelinePeriod[] | undefined {
  const byLabel = new Map<string, TimelinePeriod>();
  for (const initiative of edition.sections.flatMap((s) => s.initiatives)) {
    const period = periodOf(edition, initiative);
    if (!period?.date) continue;
    const known = byLabel.get(period.label);
    if (known) known.initiatives.push(initiative);
    else
      byLabel.set(period.label, {
        label: period.label,
        kind: period.kind,
        start: period.date,
        end: addMonths(period.date, MONTHS[period.kind]),
        initiatives: [initiative],
      });
  }
  if (byLabel.size < 2) return undefined;
  return orderPeriods([...byLabel.values()]);
}

export function orderPeriods(periods: TimelinePeriod[]): TimelinePeriod[] {
  return [...periods].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
}

/** The edition's own date: its "last updated" date, else the date its label names. */
export function editionDay(edition: RoadmapEdition): string | undefined {
  return (edition.lastUpdated && parseLooseDate(edition.lastUpdated)) || edition.date;
}

/**
 * Where "today" (the edition's date) falls: the index of the last period that
 * contains it and how far into it (0–9, tenths); undefined outside the axis.
 */
export function todayOn(
  periods: TimelinePeriod[],
  day: string | undefined,
): { index: number; tenth: number } | undefined {
  if (!day) return undefined;
  let found: { index: number; tenth: number } | undefined;
  periods.forEach((p, index) => {
    if (p.start <= day && day < p.end) {
      const span = Date.parse(p.end) - Date.parse(p.start);
      const into = Date.parse(day) - Date.parse(p.start);
      found = { index, tenth: Math.min(9, Math.max(0, Math.floor((into / span) * 10))) };
    }
  });
  return found;
}
