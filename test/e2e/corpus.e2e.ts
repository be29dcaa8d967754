// Real pages saved from news sites and blogs (../shared/corpus), each loaded from 127.0.0.1 with the extension:
// no page error, no page node changed, no layout change from the marks, and the site switch removes every mark
// and brings the same marks back. Page scripts are switched off with a CSP header (content scripts are not
// subject to the page's CSP), so every DOM change the observer sees would be the extension's.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, PROJECT_ROOT, type ExtensionBrowser } from '../../scripts/lib/launch';
import { markedTexts, mutations, setSiteEnabled } from './support';

const CORPUS = resolve(PROJECT_ROOT, '../shared/corpus');
const present = existsSync(CORPUS);
if (!present && process.env.CI) {
  throw new Error(`The page corpus is missing: expected it at ${CORPUS} (see the project README, "Tests").`);
}
const pages = present
  ? ['readability', 'extra'].flatMap((dir) => readdirSync(join(CORPUS, dir)).filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`))
  : [];

/** Boxes of the first 3,000 elements of the body: enough to see any shift, cheap to compare. */
function layout(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .slice(0, 3000)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${r.x},${r.y},${r.width},${r.height}`;
      })
      .join(';'),
  );
}

/** Waits until the number of marks has stopped changing (the scan runs in slices). */
async function settledMarks(page: Page): Promise<string[]> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150);
    const n = await page.evaluate(() => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0));
    if (n === last) break;
    last = n;
  }
  return (await markedTexts(page)).sort();
}

describe.skipIf(!present)(`the corpus of real pages (${pages.length})`, () => {
  let browser: ExtensionBrowser;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      try {
        const body = readFileSync(join(CORPUS, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchWithExtension();
    // Saved pages still reference their images, fonts and styles on other hosts: refuse them all.
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      return url.startsWith(origin) || url.startsWith('chrome-extension://') ? route.continue() : route.abort();
    });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('never breaks a page, and the site switch removes and restores the marks', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    let marked = 0;
    for (const path of pages) {
      const page = await browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(() => {
        const log: string[] = [];
        (window as unknown as { __mutations: string[] }).__mutations = log;
        document.addEventListener('DOMContentLoaded', () =>
          new MutationObserver((records) => records.forEach((r) => log.push(`${r.type} on ${r.target.nodeName}`))).observe(document, {
            subtree: true, childList: true, characterData: true, attributes: true,
          }),
        );
      });
      await page.goto(origin + '/' + path, { waitUntil: 'load', timeout: 30_000 });
      const on = await settledMarks(page);
      if (on.length > 0) marked++;
      const boxesOn = await layout(page);
      await setSiteEnabled(browser, '127.0.0.1', false);
      await expect.poll(() => markedTexts(page), { timeout: 5000 }).toEqual([]);
      const boxesOff = await layout(page);
      await setSiteEnabled(browser, '127.0.0.1', true);
      const again = await settledMarks(page);
      const changes = await mutations(page);
      if (errors.length) problems.push(`${path}: page errors ${JSON.stringify(errors)}`);
      if (changes.length) problems.push(`${path}: the page's DOM changed: ${changes.slice(0, 3).join(' | ')}`);
      if (boxesOn !== boxesOff) problems.push(`${path}: layout differs with and without marks`);
      if (JSON.stringify(again) !== JSON.stringify(on)) problems.push(`${path}: ${on.length} marks before, ${again.length} after switching back on`);
      await page.close();
    }
    console.log(`corpus: ${pages.length} pages, ${marked} with marks, ${problems.length} problems`);
    expect(problems).toEqual([]);
    expect(marked).toBeGreaterThan(10);
  });
});
