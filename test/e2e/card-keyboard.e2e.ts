// The card without a pointer, in real Chromium: the next/previous-mention shortcuts (declared to the browser,
// so they show, and can be changed, in its shortcut settings), focus moving into the card and back, and
// every control inside it (related entries, Back, the timeline, sources) worked from the keyboard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../src/kb';
import { cardIsOpen, focusedNode, runShortcut, tabTo } from './card-support';
import { openWatched, pointOf, startHarness, stopHarness, waitForCard, waitForMarks, type Harness } from './support';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const kb = indexById(loadKnowledgeBase());
const ARTICLE = '/vilnius-article.html';
const name = (id: string) => kb.get(id)!.name;

/** The entity names of the page's marks in document order, read from the page's highlight registry. */
async function markedNamesInOrder(page: import('playwright-core').Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const ranges = new Set<AbstractRange>();
    for (const [, highlight] of CSS.highlights) for (const r of highlight) ranges.add(r);
    // The marks are static ranges over one text node each: order them by their text nodes, then offsets.
    const inOrder = (a: AbstractRange, b: AbstractRange) =>
      a.startContainer === b.startContainer
        ? a.startOffset - b.startOffset
        : a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    return [...ranges].sort(inOrder).map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
  });
  const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/[–—]/g, '-').toLowerCase();
  return texts.map((t) => {
    const entry = [...kb.values()].find((e) => e.aliases.some((a) => fold(a.text) === fold(t)));
    if (!entry) throw new Error(`no entry has the alias "${t}"`);
    return entry.name;
  });
}

describe('the card from the keyboard', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('declares next/previous-mention shortcuts that the browser assigns', async () => {
    const commands: { name: string; description: string; shortcut: string }[] = await h.browser.worker.evaluate(() => chrome.commands.getAll());
    // An empty shortcut means the browser refused the suggested key (Chromium keeps Alt+Shift+N and P for itself).
    expect(commands.filter((c) => c.name.endsWith('-mention'))).toEqual([
      { name: 'next-mention', description: 'Go to the next marked mention and open its card', shortcut: 'Alt+Shift+J' },
      { name: 'previous-mention', description: 'Go to the previous marked mention and open its card', shortcut: 'Alt+Shift+K' },
    ]);
  });

  it('goes from mention to mention with focus in the card, and Escape returns focus where it was', async () => {
    const { page, errors } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const order = await markedNamesInOrder(page);
    await page.focus('#link a');

    expect(await runShortcut(h, page, 'next-mention')).toEqual({ ok: true, value: true });
    expect((await waitForCard(page))!.name).toBe(order[0]);
    expect(await focusedNode(page)).toEqual({ role: 'dialog', name: order[0] });

    await runShortcut(h, page, 'next-mention');
    await expect.poll(async () => (await waitForCard(page))!.name).toBe(order[1]);
    await runShortcut(h, page, 'next-mention');
    await expect.poll(async () => (await waitForCard(page))!.name).toBe(order[2]);
    await runShortcut(h, page, 'previous-mention');
    await expect.poll(async () => (await waitForCard(page))!.name).toBe(order[1]);
    expect((await focusedNode(page))?.role).toBe('dialog');

    await page.keyboard.press('Escape');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('#link a'))).toBe(true);

    // From the end of the page, "previous" wraps to the last mention in view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await runShortcut(h, page, 'previous-mention');
    expect((await waitForCard(page))!.name).toBe(order.at(-1));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works every control of the card from the keyboard: related entries, Back, timeline and sources', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const bid = kb.get('ukraine-nato-relations')!;
    const at = await pointOf(page, 'lead', "Ukraine's membership bid");
    await page.mouse.click(at.x, at.y);
    expect((await waitForCard(page))!.name).toBe(bid.name);
    expect((await focusedNode(page))?.role).toBe('dialog');

    // The timeline: folded, opened with Enter on its summary.
    const summary = `${bid.timeline!.length} events, ${bid.timeline![0]!.date.slice(0, 4)}–${bid.timeline!.at(-1)!.date.slice(0, 4)}`;
    await tabTo(page, 'DisclosureTriangle', summary);
    expect((await waitForCard(page))!.texts.join(' ')).not.toContain(bid.timeline![0]!.text);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await waitForCard(page))!.texts.join(' ')).toContain(bid.timeline![0]!.text);

    // A related entry opens in the same card, with focus on its title; Back returns.
    await tabTo(page, 'button', name('nato'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await waitForCard(page))!.name).toBe(name('nato'));
    expect(await focusedNode(page)).toEqual({ role: 'heading', name: name('nato') });
    await tabTo(page, 'button', `Back to ${bid.name}`, { shift: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await waitForCard(page))!.name).toBe(bid.name);

    // A source opens in a new tab (answered locally: the test makes no request to the real site).
    const source = bid.sources[0]!;
    await h.browser.context.route('https://**/*', (route) => route.fulfill({ contentType: 'text/plain', body: 'source' }));
    await tabTo(page, 'link', source.title);
    const [opened] = await Promise.all([h.browser.context.waitForEvent('page'), page.keyboard.press('Enter')]);
    expect(opened.url()).toBe(source.url);
    await opened.close();
    await h.browser.context.unroute('https://**/*');

    // The close button, then focus returns to the page.
    await page.bringToFront();
    await tabTo(page, 'button', 'Close card', { shift: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => cardIsOpen(page)).toBe(false);
    await page.close();
  });
});
