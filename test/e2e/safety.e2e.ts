// Pages cannot drive or read the extension, and nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardDialog, FIXTURES, markedTexts, openPopupFor, openWatched, pointOf, startHarness, waitForCard, waitForMarks, type Harness } from './support';

// The service worker's global, used inside worker.evaluate callbacks.
declare const chrome: { runtime: { reload(): void } };

const ARTICLE = '/vilnius-article.html';

describe('safety', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.browser.close();
    await h?.server.close();
  });

  it('makes no request of its own while scanning, showing cards and the popup', async () => {
    const requests: string[] = [];
    h.browser.context.on('request', (r) => requests.push(r.url()));
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const at = await pointOf(page, 'lead', 'Vilnius summit');
    await page.mouse.click(at.x, at.y);
    await waitForCard(page);
    const popup = await openPopupFor(h, page);
    await popup.locator('.mention').first().waitFor();
    const own = `chrome-extension://${h.browser.extensionId}/`;
    // The page's own document, and the popup page's own files: nothing else.
    expect(requests.filter((u) => !u.startsWith(h.server.origin + ARTICLE) && !u.startsWith(own))).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('does not let a page load or probe its files', async () => {
    const { page } = await openWatched(h, ARTICLE);
    const id = h.browser.extensionId;
    const results = await page.evaluate(async (extId) => {
      const tryFetch = (path: string) =>
        fetch(`chrome-extension://${extId}/${path}`).then(
          () => 'loaded',
          () => 'refused',
        );
      const tryImage = (path: string) =>
        new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('refused');
          img.src = `chrome-extension://${extId}/${path}`;
        });
      return [await tryFetch('manifest.json'), await tryFetch('src/page/content.js'), await tryImage('icons/icon-16.png')];
    }, id);
    expect(results).toEqual(['refused', 'refused', 'refused']);
    await page.close();
  });

  it('ignores synthetic events: a page script cannot open or pin a card', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const at = await pointOf(page, 'lead', 'Vilnius summit');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointermove', 'mousemove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
        target.dispatchEvent(new Ctor(type, { bubbles: true, composed: true, clientX: x, clientY: y, button: 0 }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }, at);
    await page.waitForTimeout(700); // longer than the hover delay
    expect(await cardDialog(page)).toBeNull();
    await page.close();
  });

  it('marks and shows cards on a page with Trusted Types enforced and a strict CSP', async () => {
    const url = h.server.origin + '/strict-csp.html';
    const page = await h.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(url, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: {
          'content-security-policy':
            "default-src 'none'; style-src 'self'; script-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
        },
        body: readFileSync(join(FIXTURES, 'vilnius-article.html')),
      }),
    );
    await page.goto(url);
    await waitForMarks(page, 8);
    const at = await pointOf(page, 'lead', 'Vilnius summit');
    await page.mouse.click(at.x, at.y);
    expect((await waitForCard(page))?.texts.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('after the extension is reloaded or updated', () => {
  // In headless Chromium an extension loaded with --load-extension does not come back after
  // runtime.reload(), so what is tested here is the old script's side: it leaves the page clean and quiet.
  it('the old content script takes its marks, listeners and card away without errors', async () => {
    const h = await startHarness();
    try {
      const { page, errors } = await openWatched(h, ARTICLE);
      const consoleErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
      const before = await waitForMarks(page, 8);
      await h.browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker goes away
      // The orphaned script notices at the next thing the page gives it to do.
      await expect
        .poll(
          async () => {
            await page.mouse.move(200 + Math.random() * 100, 200);
            return page.evaluate(() => [...CSS.highlights.values()].reduce((n, hl) => n + hl.size, 0));
          },
          { timeout: 10_000 },
        )
        .toBe(0);
      expect(before.length).toBeGreaterThan(8);
      // Its listeners are gone too: a click on a mention opens nothing, and nothing throws.
      const at = await pointOf(page, 'lead', 'Vilnius summit');
      await page.mouse.click(at.x, at.y);
      await page.waitForTimeout(500);
      expect(await cardDialog(page)).toBeNull();
      expect(await markedTexts(page)).toEqual([]);
      expect(errors).toEqual([]);
      expect(consoleErrors.filter((e) => /context invalidated/i.test(e))).toEqual([]);
    } finally {
      await h.browser.close();
      await h.server.close();
    }
  });
});
