// Pages cannot drive or read the extension, and nothing leaves the browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../src/kb';
import { CARD_MODULE_FILE } from '../../src/page/card-module-file';
import {
  activeTabId, badgeText, cardDialog, FIXTURES, markedTexts, openPopupFor, openWatched, pointOf, setSiteEnabled, startHarness, stopHarness, waitForCard,
  waitForMarks, type Harness,
} from './support';

// The service worker's global, used inside worker.evaluate callbacks.
declare const chrome: { runtime: { reload(): void } };

const ARTICLE = '/vilnius-article.html';
const kb = indexById(loadKnowledgeBase());

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
    // The card's code, loaded from the extension by its per-session (dynamic) address.
    const cardModule = new RegExp(`^chrome-extension://[0-9a-f-]+/${CARD_MODULE_FILE}$`);
    // The page's own document, the popup page's own files and the card's code: nothing else.
    const others = requests.filter((u) => !u.startsWith(h.server.origin + ARTICLE) && !u.startsWith(own) && !cardModule.test(u));
    expect(others).toEqual([]);
    expect(requests.filter((u) => cardModule.test(u))).toHaveLength(1);
    await popup.close();
    await page.close();
  });

  it("does not let a page load or probe its files, nor learn where the card's code was loaded from", async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const at = await pointOf(page, 'lead', 'Vilnius summit');
    await page.mouse.click(at.x, at.y);
    await waitForCard(page);
    const id = h.browser.extensionId;
    const results = await page.evaluate(async ({ extId, cardFile }) => {
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
      const seen = performance.getEntriesByType('resource').filter((e) => !e.name.startsWith(location.origin));
      return [
        await tryFetch('manifest.json'),
        await tryFetch('src/page/content.js'),
        await tryImage('icons/icon-16.png'),
        // The one web-accessible file, at its static address: only its per-session address loads it.
        await tryFetch(cardFile),
        seen.map((e) => e.name).join() || 'no resource of the extension in the page timeline',
      ];
    }, { extId: id, cardFile: CARD_MODULE_FILE });
    expect(results).toEqual(['refused', 'refused', 'refused', 'refused', 'no resource of the extension in the page timeline']);
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

describe('a page of a million text nodes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('keeps the main thread free: no long task while the extension scans it', async () => {
    // The site starts switched off, so that the page's own building and first rendering (seconds of long
    // tasks) are over before the extension starts: every long task seen after that is the extension's doing.
    // (A page this size pays 100 ms of rendering for each change to itself, with or without the extension,
    // so a mutation storm here would measure the page; the storm test above runs on a page of normal size.)
    await setSiteEnabled(h.browser, '127.0.0.1', false);
    // Not openWatched: recording the layout of 600,000 elements would itself burden the page.
    const page = await h.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(h.server.origin + '/million-nodes.html', { timeout: 120_000 });
    const tab = await activeTabId(h, page);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          // Frames first: the page's first rendering of its million nodes waits for one.
          let last = performance.now();
          new PerformanceObserver(() => (last = performance.now())).observe({ type: 'longtask', buffered: true });
          const quiet = () => (performance.now() - last > 1500 ? resolve() : setTimeout(quiet, 250));
          requestAnimationFrame(() => requestAnimationFrame(quiet));
        }),
    );
    await page.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(Math.round(e.duration)))).observe({ type: 'longtask' });
    });
    await setSiteEnabled(h.browser, '127.0.0.1', true);
    // The scan is over when the badge counts the entities found (NATO and Kyiv).
    await expect.poll(() => badgeText(h, tab), { timeout: 60_000 }).toBe('2');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __long: number[] }).__long)).toEqual([]);
    // Marks are not drawn on a page this size (each change would cost a long frame); a click still opens a card.
    expect(await markedTexts(page)).toEqual([]);
    const at = await pointOf(page, 'feed', 'NATO');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await cardDialog(page))?.name).toBe(kb.get('nato')!.name);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
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
