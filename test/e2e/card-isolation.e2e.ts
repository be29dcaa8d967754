// The card looks the same whatever the page does, in real Chromium: a hostile page (`all: unset !important`
// on everything, huge fonts, right-to-left text, z-index wars, rules aimed at popovers) changes nothing in
// it; its theme follows the page's background and the system; reduced motion turns its animation off.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardBox, onCard } from './card-support';
import { openWatched, pointOf, startHarness, stopHarness, waitForCard, waitForMarks, type Box, type Harness } from './support';

/** The card's height cap depends only on where the mention is (the room left below it): left out of the comparison. */
const POSITION_DEPENDENT = new Set(['max-height']);

/** Every element of the card: its tag, its box relative to the card, and every computed style property. */
function cardSnapshot(page: Page) {
  return onCard(page, (card, skip: string[]) => {
    const origin = card.getBoundingClientRect();
    return [card, ...card.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      const style: Record<string, string> = {};
      for (const p of cs) if (!skip.includes(p)) style[p] = cs.getPropertyValue(p);
      // Elements that draw nothing (an SVG <title>) have no box to compare.
      const box = el.getClientRects().length === 0 ? null : [r.left - origin.left, r.top - origin.top, r.width, r.height].map((v) => Math.round(v * 100) / 100);
      return { tag: el.tagName, box, style };
    });
  }, [...POSITION_DEPENDENT]);
}

async function openSummitCard(h: Harness, path: string, marks: number) {
  const { page, errors } = await openWatched(h, path);
  await page.emulateMedia({ reducedMotion: 'reduce' }); // compare the card at rest
  await waitForMarks(page, marks);
  const at = await pointOf(page, 'lead', 'Vilnius summit');
  await page.mouse.click(at.x, at.y);
  // Wait until the related entries (fetched after the scan) are in, so both cards show the same content.
  await expect.poll(async () => (await waitForCard(page))!.texts).toContain('Related');
  return { page, errors };
}

function inset(b: Box, by: number) {
  return { x: b.left + by, y: b.top + by, width: b.right - b.left - 2 * by, height: b.bottom - b.top - 2 * by };
}

describe('card isolation and theme', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('is the same card, style for style and pixel for pixel, on a plain page and on a hostile one', async () => {
    const plain = await openSummitCard(h, '/vilnius-article.html', 8);
    const hostile = await openSummitCard(h, '/hostile-article.html', 8);
    const [a, b] = [await cardSnapshot(plain.page), await cardSnapshot(hostile.page)];
    expect(a!.length).toBeGreaterThan(30);
    expect(b).toEqual(a);

    // The card is drawn, on top of the page's max-z-index overlay, and it looks the same.
    const [boxA, boxB] = [await cardBox(plain.page), await cardBox(hostile.page)];
    const war = await hostile.page.evaluate(() => document.getElementById('war')!.getBoundingClientRect().top);
    expect(boxB.bottom).toBeGreaterThan(war + 20); // the card reaches into the overlay's area
    const inOverlay = { x: (boxB.left + boxB.right) / 2, y: (war + boxB.bottom) / 2 };
    expect(await hostile.page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.matches('[popover]:popover-open'), [inOverlay.x, inOverlay.y])).toBe(true);
    // Inset past the rounded corners and the shadow, which blend with what is behind the card.
    const shotA = await plain.page.screenshot({ clip: inset(boxA, 10) });
    const shotB = await hostile.page.screenshot({ clip: inset(boxB, 10) });
    expect(shotB.equals(shotA)).toBe(true);
    expect(plain.errors).toEqual([]);
    expect(hostile.errors).toEqual([]);
    await plain.page.close();
    await hostile.page.close();
  });

  it('is dark on a dark page and light on a light one, whatever the system prefers', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const dark = await openWatched(h, '/dark-article.html');
      await dark.page.emulateMedia({ colorScheme: scheme });
      await waitForMarks(dark.page, 2);
      const at = await pointOf(dark.page, 'lead', 'NATO');
      await dark.page.mouse.click(at.x, at.y);
      await waitForCard(dark.page);
      expect(await onCard(dark.page, (card) => card.dataset.theme)).toBe('dark');
      await dark.page.close();

      const light = await openWatched(h, '/vilnius-article.html');
      await light.page.emulateMedia({ colorScheme: scheme });
      await waitForMarks(light.page, 8);
      const at2 = await pointOf(light.page, 'lead', 'NATO');
      await light.page.mouse.click(at2.x, at2.y);
      await waitForCard(light.page);
      expect(await onCard(light.page, (card) => card.dataset.theme)).toBe('light');
      await light.page.close();
    }
  });

  it('follows the system on a page that supports both schemes and paints no background, also while open', async () => {
    const { page } = await openWatched(h, '/scheme-article.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForMarks(page, 2);
    const at = await pointOf(page, 'lead', 'NATO');
    await page.mouse.click(at.x, at.y);
    await waitForCard(page);
    const looks = () => onCard(page, (card) => ({ theme: card.dataset.theme, background: getComputedStyle(card).backgroundColor }));
    expect(await looks()).toEqual({ theme: 'dark', background: 'rgb(22, 27, 34)' });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(looks).toEqual({ theme: 'light', background: 'rgb(255, 255, 255)' });
    await page.close();
  });

  it('animates its entrance only when the reader has not asked for reduced motion', async () => {
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page } = await openWatched(h, '/vilnius-article.html');
      await page.emulateMedia({ reducedMotion });
      await waitForMarks(page, 8);
      const at = await pointOf(page, 'lead', 'NATO');
      await page.mouse.click(at.x, at.y);
      await waitForCard(page);
      expect(await onCard(page, (card) => getComputedStyle(card).animationName)).toBe(reducedMotion === 'reduce' ? 'none' : 'card-in');
      await page.close();
    }
  });
});
