// Where the card goes: next to the mention, below its line or above it, never over it, inside the viewport.
// Pure geometry, so it is unit-tested without a browser.
//
// Written here rather than taken from @floating-ui/dom: the card is a fixed-position popover in the top layer,
// so its only boundary is the viewport and it has no clipping or scrolling ancestors to find, which is most
// of what the library does. What is left (one side or the other, shifted into view, height capped to the
// room) is a few lines, and the library cost 6 KB gzip of a content script that every page loads.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PlacementInput {
  /** The mention's boxes, one per line it covers, in reading order. */
  lines: readonly Box[];
  /** The card's width and the height its content asks for. */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
}

export interface Placement {
  x: number;
  y: number;
  side: 'below' | 'above';
  /** The room on that side: the card scrolls inside itself beyond it. */
  maxHeight: number;
}

/** Gap between the line and the card: clear of the text's descenders and its mark. */
export const GAP_PX = 6;
/** Closest the card comes to the viewport's edges. */
export const EDGE_PX = 8;
/** Below this height a card shows too little to read; it then overflows the viewport rather than shrink. */
export const MIN_HEIGHT_PX = 140;
/** The card's own cap on its height (card.css). */
export const CARD_MAX_HEIGHT_PX = 480;

/**
 * Below the mention's last line when the card fits there, else above its first line when it fits there, else
 * on the side with more room; then shifted along the line to stay inside the viewport. A mention that wraps
 * over two lines has the card below the last or above the first, so neither line is covered.
 */
export function placeCard({ lines, card, viewport }: PlacementInput): Placement {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const height = Math.min(card.height, CARD_MAX_HEIGHT_PX);
  const roomBelow = viewport.height - EDGE_PX - (last.bottom + GAP_PX);
  const roomAbove = first.top - GAP_PX - EDGE_PX;
  const side = height <= roomBelow || (height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const maxHeight = Math.max(MIN_HEIGHT_PX, Math.floor(side === 'below' ? roomBelow : roomAbove));
  const line = side === 'below' ? last : first;
  const y = side === 'below' ? last.bottom + GAP_PX : first.top - GAP_PX - Math.min(height, maxHeight);
  const x = Math.max(EDGE_PX, Math.min(line.left, viewport.width - EDGE_PX - card.width));
  return { x, y, side, maxHeight };
}
