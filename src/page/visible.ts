// The part of the page in view, found without walking the page: elements under a few points of the viewport,
// widened to their paragraphs, and the paragraphs' siblings that are in view. Marking these first puts marks
// where the reader looks within a slice of the script starting, whatever the page's size.
import { paragraphElement } from './text-nodes';

/**
 * 3 columns (a sidebar, the article, a sidebar) × 4 rows. A hit test costs time in proportion to the children
 * of the containers it passes (about 1 ms each on the bench's 5 MB page, whose <main> holds 15,000
 * paragraphs): few points, and the paragraphs between them come from their siblings, one layout read each.
 */
const COLUMNS = 3;
const ROWS = 4;
/**
 * A point between paragraphs hits their container (an article, or a <main> holding the whole page); more
 * children than this and it is not "the part in view" but most of the page, left to the full scan.
 */
const MAX_CHILDREN = 60;
/** Siblings looked at on either side of a paragraph found by a point. */
const MAX_SIBLINGS = 40;

export function visibleParagraphs(doc: Document): Element[] {
  const view = doc.documentElement;
  const width = view.clientWidth;
  const height = view.clientHeight;
  const found = new Set<Element>();
  // The boxes of the blocks found: a point inside one needs no hit test of its own (it would find that block,
  // or one inside it); in a page of full-width paragraphs the first point finds all there are.
  const boxes: DOMRect[] = [];
  const small = (el: Element) => el !== doc.body && el !== view && !hasMoreChildren(el, MAX_CHILDREN);
  const add = (el: Element, box = el.getBoundingClientRect()) => {
    found.add(el);
    boxes.push(box);
  };
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS; col++) {
      const x = ((col + 0.5) / COLUMNS) * width;
      const y = ((row + 0.5) / ROWS) * height;
      if (boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) continue;
      const el = doc.elementFromPoint(x, y);
      const block = el && paragraphElement(el);
      if (!block || !small(block) || found.has(block)) continue;
      add(block);
      for (const step of ['nextElementSibling', 'previousElementSibling'] as const) {
        let sibling = block[step];
        for (let i = 0; sibling && i < MAX_SIBLINGS; i++, sibling = sibling[step]) {
          const box = sibling.getBoundingClientRect();
          if (box.bottom <= 0 || box.top >= height) break;
          if (small(sibling)) add(sibling, box);
        }
      }
    }
  }
  // Drop blocks inside other found blocks: they are scanned with them.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}

/** Whether `el` has more than `n` element children; `childElementCount` counts them all, O(children). */
function hasMoreChildren(el: Element, n: number): boolean {
  let child = el.firstElementChild;
  for (let i = 0; child && i < n; i++) child = child.nextElementSibling;
  return child !== null;
}
