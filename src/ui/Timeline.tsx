// A small timeline: a drawing of when things happened (dots on a line between the first and last year) for
// the eye, and the same events as a list, folded away by default, for reading and for screen readers.
import type { TimelineItem } from '../kb/schema';
import { formatDate } from './format';
import { layoutTimeline } from './timeline-scale';

/** The drawing's coordinate space; it is scaled to the card's width. */
const WIDTH = 320;
const HEIGHT = 34;
const INSET = 8;
const LINE_Y = 11;

export function Timeline({ items }: { items: readonly TimelineItem[] }) {
  const { points, firstYear, lastYear } = layoutTimeline(items, INSET, WIDTH - INSET);
  if (points.length === 0) return null;
  const span = firstYear === lastYear ? String(firstYear) : `${firstYear}–${lastYear}`;
  return (
    <section class="card-timeline" aria-labelledby="cc-card-timeline-title">
      <h3 id="cc-card-timeline-title" class="card-section-title">
        Timeline
      </h3>
      {/* Hidden from assistive technology: the list below says the same in words. */}
      <svg class="card-timeline-drawing" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <line x1={INSET} x2={WIDTH - INSET} y1={LINE_Y} y2={LINE_Y} />
        {points.map(({ item, x }) => (
          <circle key={item.date + item.text} cx={x.toFixed(1)} cy={LINE_Y} r="4">
            <title>{`${formatDate(item.date)}: ${item.text}`}</title>
          </circle>
        ))}
        <text x={INSET} y={HEIGHT - 3} text-anchor="start">
          {firstYear}
        </text>
        {lastYear !== firstYear && (
          <text x={WIDTH - INSET} y={HEIGHT - 3} text-anchor="end">
            {lastYear}
          </text>
        )}
      </svg>
      <details class="card-timeline-details">
        <summary>
          {points.length} {points.length === 1 ? 'event' : 'events'}, {span}
        </summary>
        <ol class="card-timeline-list">
          {points.map(({ item }) => (
            <li key={item.date + item.text}>
              <time dateTime={item.date}>{formatDate(item.date)}</time> {item.text}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
