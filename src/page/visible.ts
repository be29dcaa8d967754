// The part of the page in view, found without walking the page: elements under a grid of points in the
// viewport, widened to their paragraphs. Marking these first puts marks where the reader looks within a
// slice of the script starting, whatever the page's size.
import { paragraphElement } from './text-nodes';

/** 5 columns × 10 rows: enough to hit every paragraph taller than a tenth of the viewport. */
const COLUMNS = 5;
const ROWS = 10;

export function visibleParagraphs(doc: Document): Element[] {
  const view = doc.documentElement;
  const width = view.clientWidth;
  const height = view.clientHeight;
  const found = new Set<Element>();
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const el = doc.elementFromPoint(((col + 0.5) / COLUMNS) * width, ((row + 0.5) / ROWS) * height);
      const block = el && paragraphElement(el);
      // The body itself is the whole page, not the part in view.
      if (block && block !== doc.body && block !== view) found.add(block);
    }
  }
  // Drop blocks inside other found blocks: they are scanned with them.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}
