// Where the dots of a timeline drawing go. Pure: dates in, x positions out.
import type { TimelineItem } from '../kb/schema';

/**
 * An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as a year with a fraction. A date known only to the year or the
 * month sits in the middle of that year or month, where its real day most likely is.
 */
export function yearFraction(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const year = y!;
  if (m === undefined) return year + 0.5;
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const dayPart = d === undefined ? 0.5 : (d - 0.5) / daysInMonth;
  return year + (m - 1 + dayPart) / 12;
}

export interface TimelinePoint {
  item: TimelineItem;
  /** Horizontal position in the drawing's coordinates. */
  x: number;
}

export interface TimelineLayout {
  points: TimelinePoint[];
  firstYear: number;
  lastYear: number;
}

/** Places items on a line from `left` to `right`, in date order; one item (or one date) sits in the middle. */
export function layoutTimeline(items: readonly TimelineItem[], left: number, right: number): TimelineLayout {
  const dated = items.map((item) => ({ item, t: yearFraction(item.date) })).sort((a, b) => a.t - b.t);
  if (dated.length === 0) return { points: [], firstYear: NaN, lastYear: NaN };
  const min = dated[0]!.t;
  const max = dated[dated.length - 1]!.t;
  const span = max - min;
  return {
    points: dated.map(({ item, t }) => ({ item, x: span === 0 ? (left + right) / 2 : left + ((t - min) / span) * (right - left) })),
    firstYear: Math.floor(min),
    lastYear: Math.floor(max),
  };
}
