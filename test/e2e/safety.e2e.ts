// Pages cannot drive or read the extension, and nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeTabId, badgeText, cardDialog, FIXTURES, markedTexts, openPopupFor, openWatched, pointOf, startHarness, stopHarness, waitForCard, waitForMarks, type Harness } from './support';

// The service worker's global, used inside worker.evaluate callbacks.
declare const chrome: { runtime: { reload(): void } };

const ARTICLE = '/vilnius-article.html';

describe('safety', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

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

  it('does not spin when a page clears the highlight registry in a loop while mutating non-stop', async () => {
    const { page, errors } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    // For two seconds the page appends a paragraph every 5 ms and deletes every highlight it finds.
    const registrations = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let seen = 0;
          const started = performance.now();
          const timer = setInterval(() => {
            if (CSS.highlights.size > 0) {
              seen++;
              CSS.highlights.clear();
            }
            const p = document.createElement('p');
            p.textContent = 'NATO allies met again in Vilnius.';
            document.body.append(p);
            if (performance.now() - started > 2000) {
              clearInterval(timer);
              resolve(seen);
            }
          }, 5);
        }),
    );
    // About 400 mutations; rescans are paced, and the highlights are put back once per rescan at most.
    expect(registrations).toBeGreaterThan(0);
    expect(registrations).toBeLessThan(40);
    expect(errors).toEqual([]);
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
      await stopHarness(h);
    }
  });
});

describe('when the browser stops the service worker, as it does after 30 s idle', () => {
  it('loses nothing the reader sees: cards, the popup and the badge keep working', async () => {
    const h = await startHarness();
    try {
      // A DevTools session on one of our own pages can stop the extension's worker at will.
      const control = await h.browser.context.newPage();
      await control.goto(`chrome-extension://${h.browser.extensionId}/src/popup/index.html`);
      const cdp = await h.browser.context.newCDPSession(control);
      let status = '';
      cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { runningStatus: string }[] }) => {
        status = e.versions.at(-1)?.runningStatus ?? status;
      });
      await cdp.send('ServiceWorker.enable');
      const stopWorker = async () => {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await expect.poll(() => status, { timeout: 5000 }).toBe('stopped');
      };

      const { page, errors } = await openWatched(h, ARTICLE);
      await waitForMarks(page, 8);
      await stopWorker();
      const at = await pointOf(page, 'lead', 'Vilnius summit');
      await page.mouse.click(at.x, at.y);
      expect((await waitForCard(page))!.name).toMatch(/Vilnius/);
      await page.keyboard.press('Escape');

      await stopWorker();
      const popup = await openPopupFor(h, page);
      await popup.locator('.mention').first().waitFor({ timeout: 10_000 });
      expect(await popup.locator('.mention').count()).toBeGreaterThan(5);
      await popup.close();

      await stopWorker();
      const second = await openWatched(h, ARTICLE);
      await waitForMarks(second.page, 8);
      const tabId = await activeTabId(h, second.page);
      await expect.poll(() => badgeText(h, tabId), { timeout: 10_000 }).toMatch(/^\d+$/);
      expect([...errors, ...second.errors]).toEqual([]);
    } finally {
      await stopHarness(h);
    }
  });
});
