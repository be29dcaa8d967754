// What the end-to-end tests share: a browser with the built extension, the fixture server, and ways to
// read what a person would see (marks, the card through the accessibility tree, the popup).
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { launchWithExtension, PROJECT_ROOT, type ExtensionBrowser } from '../../scripts/lib/launch';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';

// The service worker's global, used inside worker.evaluate callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

export const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/pages');

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
}

export async function startHarness(profileDir?: string): Promise<Harness> {
  const server = await serveFolder(FIXTURES);
  const browser = await launchWithExtension({ profileDir });
  return { browser, server };
}

/** Closes what startHarness opened; safe when the harness never started. */
export async function stopHarness(h: Harness | undefined): Promise<void> {
  await h?.browser.close();
  await h?.server.close();
}

/** Records page errors and every mutation of the page's DOM, installed before any page script runs. */
export async function openWatched(h: Harness, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    const log: string[] = [];
    const w = window as unknown as { __mutations: string[]; __layout: string[] };
    w.__mutations = log;
    // From DOMContentLoaded on (the parser's own insertions come before it; the content script, at
    // document_idle, after it): record every mutation and the layout boxes that marks must not move.
    document.addEventListener('DOMContentLoaded', () => {
      w.__layout = layoutBoxes();
      new MutationObserver((records) => {
        for (const r of records) {
          const target = r.target.nodeType === 1 ? (r.target as Element).tagName : r.target.nodeName;
          const added = [...r.addedNodes].map((n) => n.nodeName).join(',');
          const removed = [...r.removedNodes].map((n) => n.nodeName).join(',');
          log.push(`${r.type} on ${target} +[${added}] -[${removed}] ${r.attributeName ?? ''}`);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    function layoutBoxes(): string[] {
      return [...document.querySelectorAll('body *')].map((el) => JSON.stringify(el.getBoundingClientRect()));
    }
    (window as unknown as { __layoutBoxes: () => string[] }).__layoutBoxes = layoutBoxes;
  });
  await page.goto(h.server.origin + path);
  return { page, errors };
}

/** The page's mutations since DOMContentLoaded, one line each. */
export function mutations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
}

/** Layout boxes of every element in the body: at DOMContentLoaded and now. */
export function layoutThenAndNow(page: Page): Promise<{ then: string[]; now: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __layout: string[]; __layoutBoxes: () => string[] };
    return { then: w.__layout, now: w.__layoutBoxes() };
  });
}

/**
 * The text of every range the page has in its highlight registry (what the reader sees marked). The marks are
 * static ranges over one text node each, so their text is a slice of that node's.
 */
export async function markedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    // The card's "active" highlight duplicates one mark; count each range once.
    const seen = new Set<AbstractRange>();
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) {
        if (!seen.has(r)) texts.push((r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
        seen.add(r);
      }
    }
    return texts;
  });
}

export async function waitForMarks(page: Page, atLeast = 1): Promise<string[]> {
  await page.waitForFunction(
    (n) => [...CSS.highlights.values()].reduce((sum, h) => sum + h.size, 0) >= n,
    atLeast,
    { timeout: 10_000 },
  );
  return markedTexts(page);
}

/** A box in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The line boxes of the first occurrence of `text` in the element with id `elementId` (more than one if it
 * wraps), in the viewport of `page` (a page, or a frame evaluated in its own document); with `frameId`, the
 * element is in that iframe of the page, and the boxes are in the page's viewport.
 */
export async function textBoxes(page: Page | Frame, elementId: string, text: string, frameId?: string): Promise<Box[]> {
  return page.evaluate(
    ([id, needle, fid]) => {
      // A frame's content box is where its document's viewport sits in the page's.
      const frame = fid ? (document.getElementById(fid) as HTMLIFrameElement) : null;
      const doc = frame ? frame.contentDocument! : document;
      let dx = 0;
      let dy = 0;
      if (frame) {
        const f = frame.getBoundingClientRect();
        const style = getComputedStyle(frame);
        dx = f.left + frame.clientLeft + parseFloat(style.paddingLeft);
        dy = f.top + frame.clientTop + parseFloat(style.paddingTop);
      }
      const walker = doc.createTreeWalker(doc.getElementById(id!)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(needle!);
        if (i < 0) continue;
        const range = doc.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + needle!.length);
        return [...range.getClientRects()]
          .filter((r) => r.width > 0)
          .map((r) => ({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy }));
      }
      throw new Error(`"${needle}" not found in #${id}`);
    },
    [elementId, text, frameId] as const,
  );
}

/** The middle of the first line box of `text` in the element: where a reader would click it. */
export async function pointOf(page: Page | Frame, elementId: string, text: string, frameId?: string): Promise<{ x: number; y: number }> {
  const [box] = await textBoxes(page, elementId, text, frameId);
  return { x: (box!.left + box!.right) / 2, y: (box!.top + box!.bottom) / 2 };
}

export interface AxDialog {
  name: string;
  /** Every text in the dialog's accessibility subtree, in order. */
  texts: string[];
  links: { name: string; url: string }[];
}

/**
 * The open card as assistive technology sees it. The card lives in a closed shadow root, which page scripts
 * and CSS locators cannot reach; the accessibility tree (through the DevTools protocol) can. Only the card
 * host's subtree is asked for (the host is the open popover shown last): the whole tree of a page of a million
 * nodes is more than the protocol can send.
 */
export async function cardDialog(page: Page): Promise<AxDialog | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result } = (await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll(':popover-open')].at(-1)`,
    })) as { result: { objectId?: string } };
    if (!result.objectId) return null;
    const { node } = (await cdp.send('DOM.describeNode', { objectId: result.objectId })) as { node: { backendNodeId: number } };
    // With neither a name nor a role to match, the query returns every node of the subtree.
    const { nodes } = (await cdp.send('Accessibility.queryAXTree', { backendNodeId: node.backendNodeId })) as {
      nodes: { nodeId: string; role?: { value: string }; name?: { value: string }; childIds?: string[]; ignored?: boolean; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
    if (!dialog) return null;
    const texts: string[] = [];
    const links: { name: string; url: string }[] = [];
    const visit = (id: string) => {
      const n = byId.get(id);
      if (!n) return;
      if (n.role?.value === 'StaticText' && n.name?.value) texts.push(n.name.value);
      if (n.role?.value === 'link') {
        const url = n.properties?.find((p) => p.name === 'url')?.value.value;
        links.push({ name: n.name?.value ?? '', url: String(url ?? '') });
      }
      n.childIds?.forEach(visit);
    };
    visit(dialog.nodeId);
    return { name: dialog.name?.value ?? '', texts, links };
  } finally {
    await cdp.detach();
  }
}

export async function waitForCard(page: Page, present = true): Promise<AxDialog | null> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const dialog = await cardDialog(page);
    if ((dialog !== null) === present) return dialog;
    if (Date.now() > deadline) throw new Error(present ? 'no card opened' : 'the card did not close');
    await page.waitForTimeout(50);
  }
}

/**
 * Switches the extension off or on for a site the way the popup does, by writing the stored settings
 * (from the service worker, so that no popup page is needed for each of many pages).
 */
export async function setSiteEnabled(browser: ExtensionBrowser, site: string, enabled: boolean): Promise<void> {
  await browser.worker.evaluate(
    async ([host, on]) => {
      const key = 'settings';
      const stored = (await chrome.storage.sync.get(key))[key] ?? { version: 1, values: {} };
      const sites: string[] = (stored.values.disabledSites ?? []).filter((s: string) => s !== host);
      if (!on) sites.push(host);
      await chrome.storage.sync.set({ [key]: { ...stored, values: { ...stored.values, disabledSites: sites } } });
    },
    [site, enabled] as const,
  );
}

/** The id of the lexicon the worker stored for content scripts (lexicon-store.ts), once it is there. */
export async function storedLexiconId(h: Harness): Promise<string | undefined> {
  for (let tries = 0; tries < 50; tries++) {
    const id = await h.browser.worker.evaluate(async () => (await chrome.storage.local.get('lexicon')).lexicon?.id as string | undefined);
    if (id !== undefined) return id;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** Replaces the stored lexicon (null removes it), as an older build or a broken profile would leave it. */
export async function setStoredLexicon(h: Harness, value: unknown): Promise<void> {
  await h.browser.worker.evaluate(
    (v) => (v === null ? chrome.storage.local.remove('lexicon') : chrome.storage.local.set({ lexicon: v })),
    value,
  );
}

/** The tab id of a page, read in the service worker while that page is the active tab. */
export async function activeTabId(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  return h.browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

export async function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Opens the popup page as a tab that looks at `page`: the article tab is brought to the front first. */
export async function openPopupFor(h: Harness, page: Page): Promise<Page> {
  const popup = await h.browser.context.newPage();
  await popup.goto(`chrome-extension://${h.browser.extensionId}/src/popup/index.html`);
  await page.bringToFront();
  await popup.reload();
  return popup;
}
