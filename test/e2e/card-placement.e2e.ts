// Where the card appears, in real Chromium: next to the mention, below or above its line and never over it,
// inside the viewport at its edges, for a mention that wraps over lines, above a page's modal dialog and in
// fullscreen (both make the rest of the page inert), and a mention inside a link stays a link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARE_AFTER_MS } from '../../src/page/card-session';
import { cardBox, cardIsOpen, focusedNode, onCard, overlaps } from './card-support';
import { openWatched, pointOf, startHarness, stopHarness, textBoxes, waitForCard, waitForMarks, type Box, type Harness } from './support';

const PAGE = '/card-layout.html';
/** The gap the card keeps from the line (card-host.tsx), with a pixel of rounding either way. */
const GAP = 6;
const EDGE = 8;

function centre(b: Box) {
  return { x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 };
}

describe('card placement', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  async function openAt(elementId: string, text: string) {
    const { page, errors } = await openWatched(h, PAGE);
    await waitForMarks(page, 6);
    const at = await pointOf(page, elementId, text);
    await page.mouse.click(at.x, at.y);
    await waitForCard(page);
    return { page, errors, mention: await textBoxes(page, elementId, text), card: await cardBox(page) };
  }

  it('opens below the line, next to the mention, without covering it', async () => {
    const { page, mention, card, errors } = await openAt('top', 'NATO');
    const [line] = mention;
    expect(overlaps(card, line!)).toBe(false);
    expect(card.top - line!.bottom).toBeGreaterThanOrEqual(GAP - 1);
    expect(card.top - line!.bottom).toBeLessThanOrEqual(GAP + 1);
    expect(Math.abs(card.left - line!.left)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stays next to its mention when the page scrolls under it', async () => {
    const { page, mention, card } = await openAt('top', 'NATO');
    await page.mouse.wheel(0, 40);
    await expect.poll(async () => (await textBoxes(page, 'top', 'NATO'))[0]!.top).toBeLessThan(mention[0]!.top - 20);
    const [line] = await textBoxes(page, 'top', 'NATO');
    await expect.poll(async () => (await cardBox(page)).top - line!.bottom).toBeGreaterThanOrEqual(GAP - 1);
    const moved = await cardBox(page);
    expect(moved.top - line!.bottom).toBeLessThanOrEqual(GAP + 1);
    expect(moved.top).toBeLessThan(card.top);
    expect(await cardIsOpen(page)).toBe(true);
    await page.close();
  });

  it('flips above the line near the bottom of the viewport', async () => {
    const { page, mention, card } = await openAt('bottom', 'Membership Action Plan');
    const [line] = mention;
    expect(card.bottom).toBeLessThanOrEqual(line!.top - GAP + 1);
    expect(line!.top - card.bottom).toBeLessThanOrEqual(GAP + 1);
    expect(card.top).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('shifts to stay inside the viewport at its right edge', async () => {
    const { page, mention, card } = await openAt('right', 'Kyiv');
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(mention[0]!.right).toBeGreaterThan(width - EDGE - 1); // the mention really is at the edge
    expect(card.right).toBeLessThanOrEqual(width - EDGE + 1);
    expect(card.left).toBeGreaterThanOrEqual(EDGE - 1);
    expect(overlaps(card, mention[0]!)).toBe(false);
    expect(card.top).toBeGreaterThanOrEqual(mention[0]!.bottom);
    await page.close();
  });

  it('covers neither line of a mention that wraps, and sits next to one of them', async () => {
    const { page, mention, card } = await openAt('wrap', 'North Atlantic Treaty Organization');
    expect(mention.length).toBeGreaterThanOrEqual(2);
    for (const line of mention) expect(overlaps(card, line)).toBe(false);
    const below = card.top - mention.at(-1)!.bottom;
    const above = mention[0]!.top - card.bottom;
    expect(Math.min(Math.abs(below - GAP), Math.abs(above - GAP))).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('shows above a modal dialog of the page, usable from the keyboard; Escape closes the card, not the dialog', async () => {
    const { page, errors } = await openWatched(h, PAGE);
    await waitForMarks(page, 6);
    await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal());
    const at = await pointOf(page, 'in-dialog', 'Lithuania');
    await page.mouse.click(at.x, at.y);
    expect((await waitForCard(page))!.name).toBe('Lithuania');
    const card = await cardBox(page);
    // What is on top at the card's centre is the card's host, not the dialog beneath it.
    const { x, y } = centre(card);
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.matches('[popover]:popover-open') ?? false, [x, y])).toBe(true);
    // Not inert: focus is in the card and moves through it.
    expect((await focusedNode(page))?.role).toBe('dialog');
    await page.keyboard.press('Tab');
    expect(await focusedNode(page)).toEqual({ role: 'button', name: 'Close card' });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    expect(await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).open)).toBe(true);
    // Focus is back where the click had put it, inside the page's dialog (not lost to the page beneath).
    expect(await page.evaluate(() => document.activeElement?.closest('dialog')?.id)).toBe('dialog');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows above a fullscreen element, and closes when fullscreen ends', async () => {
    const { page } = await openWatched(h, PAGE);
    await waitForMarks(page, 6);
    await page.evaluate(() => document.getElementById('stage')!.requestFullscreen());
    await page.waitForFunction(() => document.fullscreenElement?.id === 'stage');
    const at = await pointOf(page, 'stage', 'Vilnius summit');
    await page.mouse.click(at.x, at.y);
    await waitForCard(page);
    const { x, y } = centre(await cardBox(page));
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.matches('[popover]:popover-open') ?? false, [x, y])).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await waitForCard(page, false);
    await page.close();
  });

  it('gives the pointer time to move into a hover card, and pins it on a click inside', async () => {
    const { page } = await openWatched(h, PAGE);
    await waitForMarks(page, 6);
    const at = await pointOf(page, 'top', 'NATO');
    await page.mouse.move(at.x, at.y);
    await waitForCard(page);
    const inside = centre(await cardBox(page));
    await page.mouse.move(inside.x, inside.y, { steps: 4 });
    await page.waitForTimeout(800); // well past the grace period: the pointer is in the card, so it stays
    expect(await cardIsOpen(page)).toBe(true);
    await page.mouse.click(inside.x, inside.y);
    await page.mouse.move(1000, 700, { steps: 4 });
    await page.waitForTimeout(800); // pinned: leaving no longer closes it
    expect(await cardIsOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    await page.close();
  });

  it('keeps a mention inside a link a link: hover shows the card, a click follows the link', async () => {
    const { page } = await openWatched(h, PAGE);
    await waitForMarks(page, 6);
    const at = await pointOf(page, 'link', 'NATO');
    await page.mouse.move(at.x, at.y);
    expect((await waitForCard(page))!.name).toBe('NATO');
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => location.hash === '#target');
    await waitForCard(page, false);
    await page.close();
  });
  it('readies the card out of sight and out of reach (pointer and keyboard) while the pointer rests, and opens it in place on the click', async () => {
    const { page, card, errors } = await openAt('top', 'NATO');
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);
    const at = await pointOf(page, 'top', 'NATO');
    const readied = () =>
      page.evaluate(([x, y]) => {
        const host = document.querySelector(':popover-open');
        if (!host) return null;
        return { right: host.getBoundingClientRect().right, hit: document.elementFromPoint(x!, y!) === host, ariaHidden: host.getAttribute('aria-hidden') };
      }, [(card.left + card.right) / 2, (card.top + card.bottom) / 2]);
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(PREPARE_AFTER_MS + 60);
    // Readied: in the top layer, yet off the screen, not under the pointer where the card will show, and
    // hidden from assistive technology. One quick look, well within the hover delay; a click now reveals it.
    const before = await readied();
    await page.mouse.down();
    await page.mouse.up();
    await waitForCard(page);
    expect(before).toMatchObject({ hit: false, ariaHidden: 'true' });
    expect(before!.right).toBeLessThanOrEqual(0);
    const shown = await cardBox(page);
    for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(Math.abs(shown[side] - card[side])).toBeLessThanOrEqual(1);
    expect(await focusedNode(page)).toMatchObject({ role: 'dialog' });
    expect(await onCard(page, (el) => getComputedStyle(el).animationName)).toBe('card-in');
    expect(await readied()).toMatchObject({ hit: true, ariaHidden: null });
    // Resting and then leaving without a click drops the readied card.
    await page.keyboard.press('Escape');
    await page.mouse.move(2, 2);
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(PREPARE_AFTER_MS + 60);
    expect(await readied()).not.toBeNull();
    await page.mouse.move(2, 2);
    await expect.poll(readied).toBeNull();
    // Out of the keyboard's reach too: Tab from the page's last control does not go into a readied card.
    await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('a[href], button, input')].at(-1)!.focus({ preventScroll: true }));
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(PREPARE_AFTER_MS + 60);
    await page.keyboard.press('Tab');
    const tabbed = await page.evaluate(() => ({ intoCard: document.activeElement?.matches(':popover-open') ?? false, readied: document.querySelector(':popover-open')?.getAttribute('aria-hidden') }));
    expect(tabbed).toEqual({ intoCard: false, readied: 'true' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
