// What the popup and settings end-to-end tests add to support.ts: the mention a card is open on, the settings
// page, stored settings written the way an older version or a corrupted profile would leave them, the locale
// tables, and axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../scripts/lib/launch';
import type { Harness } from './support';

// The service worker's global, used inside worker.evaluate callbacks.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

type Table = Record<string, { message: string }>;
const table = (locale: string): Table => JSON.parse(readFileSync(join(PROJECT_ROOT, `_locales/${locale}/messages.json`), 'utf8'));
export const EN = table('en');
export const UK = table('uk');

/** A message with its $PLACEHOLDER$s filled in order, as the extension shows it. */
export function message(t: Table, key: string, ...values: (string | number)[]): string {
  let i = 0;
  return t[key]!.message.replace(/\$[A-Z_]+\$/g, () => String(values[i++]));
}

export interface ActiveMention {
  text: string;
  /** The id of the element the mention's text is in. */
  element: string;
  /** Where the mention starts in its text node. */
  offset: number;
}

/**
 * The mention whose card is open: the one range of the "active" highlight. Tests that use it have many marks on
 * the page, so the active highlight is the only one with exactly one range.
 */
export async function activeMention(page: Page): Promise<ActiveMention | null> {
  return page.evaluate(() => {
    const single = [...CSS.highlights.values()].filter((h) => h.size === 1);
    if (single.length !== 1) return null;
    const range = [...single[0]!][0]!;
    const text = (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
    return { text, element: range.startContainer.parentElement!.id, offset: range.startOffset };
  });
}

/** Marked ranges with this exact text, in document order (how the reader sees an entity's mentions). */
export async function marksOf(page: Page, text: string): Promise<ActiveMention[]> {
  return page.evaluate((needle) => {
    // The marks are static ranges over one text node each: their text is a slice of it, their order its order.
    const textOf = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
    const seen = new Set<AbstractRange>();
    const ranges: AbstractRange[] = [];
    for (const h of CSS.highlights.values()) {
      for (const r of h) {
        if (!seen.has(r) && textOf(r) === needle) ranges.push(r);
        seen.add(r);
      }
    }
    ranges.sort((a, b) =>
      a.startContainer === b.startContainer
        ? a.startOffset - b.startOffset
        : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    return ranges.map((r) => ({ text: textOf(r), element: r.startContainer.parentElement!.id, offset: r.startOffset }));
  }, text);
}

/** The ::highlight() rules that draw the page's marks: those naming a registered highlight that has ranges. */
export async function drawnMarkRules(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    const drawn = [...CSS.highlights].filter(([, h]) => h.size > 0).map(([name]) => `::highlight(${name})`);
    return [...new Set(rules.filter((r) => drawn.some((d) => r.includes(d))))];
  });
}

export async function openOptions(h: Harness): Promise<Page> {
  const options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/src/options/index.html`);
  await options.locator('h1').waitFor();
  return options;
}

/** Writes a raw settings record to storage.sync, as an older version or a damaged profile would have left it. */
export async function storeRawSettings(h: Harness, record: unknown): Promise<void> {
  await h.browser.worker.evaluate((value) => chrome.storage.sync.set({ settings: value }), record);
}

export async function storedSettings(h: Harness): Promise<unknown> {
  return h.browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * axe-core's violations on the page (WCAG 2.x A and AA, and best practices). The source is evaluated through
 * the DevTools protocol, which the extension pages' CSP does not block (a script tag would be).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; nodes: { html: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
  });
}
