// Pages cannot drive or read the extension, and nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopupFor, openWatched, pointOf, startHarness, waitForCard, waitForMarks, FIXTURES, cardDialog, type Harness } from './support';

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
