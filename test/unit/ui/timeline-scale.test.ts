import { describe, expect, it } from 'vitest';
import { layoutTimeline, yearFraction } from '../../../src/ui/timeline-scale';

const item = (date: string) => ({ date, text: date, source: 's' });

describe('timeline layout', () => {
  it('reads full and partial dates as years, a partial one in the middle of its span', () => {
    expect(yearFraction('1994')).toBe(1994.5);
    expect(yearFraction('2023-01')).toBeCloseTo(2023 + 0.5 / 12);
    expect(yearFraction('2023-07-01')).toBeCloseTo(2023 + (6 + 0.5 / 31) / 12);
    expect(yearFraction('2024-12-31')).toBeLessThan(2025);
  });

  it('spreads items from the left edge to the right edge in date order, proportionally', () => {
    const { points, firstYear, lastYear } = layoutTimeline([item('2020-07-02'), item('2000-07-02'), item('2010-07-02')], 10, 310);
    expect(points.map((p) => p.item.date)).toEqual(['2000-07-02', '2010-07-02', '2020-07-02']);
    expect(points[0]!.x).toBe(10);
    expect(points[2]!.x).toBe(310);
    expect(points[1]!.x).toBeCloseTo(160, 0);
    expect([firstYear, lastYear]).toEqual([2000, 2020]);
  });

  it('puts a single date in the middle and handles no items', () => {
    expect(layoutTimeline([item('2023-07-11')], 0, 100).points[0]!.x).toBe(50);
    expect(layoutTimeline([item('2023-07-11'), item('2023-07-11')], 0, 100).points.map((p) => p.x)).toEqual([50, 50]);
    expect(layoutTimeline([], 0, 100).points).toEqual([]);
  });
});
