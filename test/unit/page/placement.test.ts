import { describe, expect, it } from 'vitest';
import { CARD_MAX_HEIGHT_PX, EDGE_PX, GAP_PX, MIN_HEIGHT_PX, placeCard, type Box } from '../../../src/page/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const line = (left: number, top: number, width = 80, height = 20): Box => ({ left, top, right: left + width, bottom: top + height });

describe('card placement', () => {
  it('goes below the line, starting at the mention', () => {
    expect(placeCard({ lines: [line(100, 200)], card, viewport })).toEqual({ x: 100, y: 220 + GAP_PX, side: 'below', maxHeight: 800 - EDGE_PX - 226 });
  });

  it('flips above the line when the card does not fit below', () => {
    const p = placeCard({ lines: [line(100, 700)], card, viewport });
    expect(p.side).toBe('above');
    expect(p.y + card.height).toBe(700 - GAP_PX);
  });

  it('takes the side with more room when it fits on neither, and caps its height to that room', () => {
    const tall = { width: 360, height: 2000 };
    const p = placeCard({ lines: [line(100, 300)], card: tall, viewport: { width: 1000, height: 500 } });
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(300 - GAP_PX - EDGE_PX);
    expect(p.y).toBe(EDGE_PX);
  });

  it('counts the card by its own cap, not the length of its content', () => {
    const long = { width: 360, height: 5000 };
    const p = placeCard({ lines: [line(100, 200)], card: long, viewport: { width: 1000, height: 800 } });
    expect(p.side).toBe('below');
    expect(CARD_MAX_HEIGHT_PX).toBeLessThanOrEqual(p.maxHeight);
  });

  it('shifts along the line to stay inside the viewport', () => {
    expect(placeCard({ lines: [line(900, 200)], card, viewport }).x).toBe(1000 - EDGE_PX - card.width);
    expect(placeCard({ lines: [line(-50, 200)], card, viewport }).x).toBe(EDGE_PX);
  });

  it('covers neither line of a mention that wraps: below the last, or above the first', () => {
    const lines = [line(700, 200, 200), line(20, 220, 60)];
    const below = placeCard({ lines, card, viewport });
    expect(below).toMatchObject({ side: 'below', x: 20, y: 240 + GAP_PX });
    const high = [line(700, 660, 200), line(20, 680, 60)];
    const above = placeCard({ lines: high, card, viewport });
    expect(above.side).toBe('above');
    expect(above.y + card.height).toBe(660 - GAP_PX);
  });

  it('keeps a readable height and overflows the viewport rather than cover the line', () => {
    const p = placeCard({ lines: [line(100, 50)], card: { width: 360, height: 400 }, viewport: { width: 1000, height: 120 } });
    expect(p.maxHeight).toBe(MIN_HEIGHT_PX);
    expect(p.y >= 70 + GAP_PX || p.y + MIN_HEIGHT_PX <= 50 - GAP_PX).toBe(true);
  });
});
