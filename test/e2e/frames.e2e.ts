// Same-origin frames: their text is the page's text (marked, counted in the popup, reached by the shortcuts in
// page order, cards open from it placed next to the mention in the top page); a sandboxed frame (another
// origin) and an editor are left alone.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../src/kb';
import { runShortcut } from './card-support';
import {
  cardDialog, mutations, openPopupFor, openWatched, pointOf, startHarness, stopHarness, textBoxes, waitForCard, waitForMarks, type Box, type Harness,
} from './support';

const kb = indexById(loadKnowledgeBase());
const PAGE = '/frames-article.html';

/** A frame of the page, by its element's id (Playwright evaluates there in the frame's own document). */
async function frameOf(page: Page, frameId: string): Promise<Frame> {
  const frame = await (await page.$(`#${frameId}`))?.contentFrame();
  if (!frame) throw new Error(`no frame #${frameId}`);
  return frame;
}

/** What a frame's document draws: the ranges in its highlight registry that belong to it. */
async function marksInFrame(page: Page, frameId: string): Promise<string[]> {
  return (await frameOf(page, frameId)).evaluate(() => {
    const texts = new Set<string>();
    for (const [, highlight] of CSS.highlights) {
      for (const r of highlight) if (r.startContainer.ownerDocument === document) texts.add((r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
    }
    return [...texts].sort();
  });
}

describe('frames', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('marks the text of same-origin frames, not of a sandboxed one, and counts it in the popup', async () => {
    const { page, errors } = await openWatched(h, PAGE);
    await waitForMarks(page, 1);
    await expect.poll(() => marksInFrame(page, 'inline')).toEqual(['Jens Stoltenberg']);
    await expect.poll(() => marksInFrame(page, 'file')).toEqual(['Finland', 'Sweden']);
    expect(await marksInFrame(page, 'editor')).toEqual([]);
    // In a frame's open shadow root too, drawn by the frame's own copy of the marks' style sheet.
    expect(await marksInFrame(page, 'shadowed')).toEqual(['Kyiv']);
    const shadowSheets = await page.evaluate(() => {
      const doc = (document.getElementById('shadowed') as HTMLIFrameElement).contentDocument!;
      return doc.querySelector('div')!.shadowRoot!.adoptedStyleSheets.map((s) => s.cssRules[0]!.cssText.startsWith('::highlight('));
    });
    expect(shadowSheets).toEqual([true]);
    // The frame's own highlight registry answers for the point: its document draws the mark there.
    const inline = await frameOf(page, 'inline');
    const at = await pointOf(inline, 'quote', 'Stoltenberg');
    const fromPoint = await inline.evaluate(({ x, y }) => {
      const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?(x: number, y: number): unknown[] };
      return registry.highlightsFromPoint?.(x, y).length ?? -1;
    }, at);
    expect(fromPoint).toBeGreaterThan(0);
    expect(await (await frameOf(page, 'sandboxed')).evaluate(() => CSS.highlights.size)).toBe(0);

    const popup = await openPopupFor(h, page);
    const names = popup.locator('.mention .mention-name');
    await names.first().waitFor();
    const listed = await names.allTextContents();
    for (const id of ['vilnius-summit-2023', 'jens-stoltenberg', 'finland', 'sweden']) expect(listed).toContain(kb.get(id)!.name);
    expect(listed).not.toContain(kb.get('mark-rutte')!.name);
    await popup.close();
    expect(await mutations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens the card of a mention in a frame next to it in the top page on a click or on hover', async () => {
    const { page, errors } = await openWatched(h, PAGE);
    await expect.poll(() => marksInFrame(page, 'inline')).toEqual(['Jens Stoltenberg']);
    const at = await pointOf(page, 'quote', 'Stoltenberg', 'inline');
    await page.mouse.click(at.x, at.y);
    expect((await waitForCard(page))?.name).toBe(kb.get('jens-stoltenberg')!.name);
    const card = await page.evaluate(() => {
      const host = [...document.querySelectorAll(':popover-open')].at(-1)!;
      return host.getBoundingClientRect().toJSON() as DOMRect;
    });
    // Beside the line, not over it: starting where the mention starts, just below or above its line.
    const [mention] = (await textBoxes(page, 'quote', 'Jens Stoltenberg', 'inline')) as [Box];
    expect(Math.abs(card.left - mention.left)).toBeLessThan(1);
    const below = card.top >= mention.bottom - 0.5 && card.top - mention.bottom < 12;
    const above = card.bottom <= mention.top + 0.5 && mention.top - card.bottom < 12;
    expect(below || above).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect(await cardDialog(page)).toBeNull();

    // Resting the pointer on a mention in a frame opens its card too, and leaving it closes the card.
    const finland = await pointOf(page, 'inner', 'Finland', 'file');
    await page.mouse.move(finland.x, finland.y);
    expect((await waitForCard(page))?.name).toBe(kb.get('finland')!.name);
    await page.mouse.move(5, 5); // beside the card, wherever it was placed
    await waitForCard(page, false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("steps through the mentions in page order with the shortcuts, a frame's where the frame is", async () => {
    const { page, errors } = await openWatched(h, PAGE);
    await expect.poll(() => marksInFrame(page, 'file')).toEqual(['Finland', 'Sweden']);
    for (const id of ['vilnius-summit-2023', 'jens-stoltenberg', 'kyiv', 'finland', 'sweden']) {
      expect(await runShortcut(h, page, 'next-mention')).toEqual({ ok: true, value: true });
      await expect.poll(async () => (await cardDialog(page))?.name).toBe(kb.get(id)!.name);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a frame to its next document: the old marks go, the new text is marked', async () => {
    const { page, errors } = await openWatched(h, PAGE);
    await expect.poll(() => marksInFrame(page, 'inline')).toEqual(['Jens Stoltenberg']);
    await page.evaluate(() => {
      (document.getElementById('inline') as HTMLIFrameElement).srcdoc = '<p>Now on to Poland.</p>';
    });
    await expect.poll(() => marksInFrame(page, 'inline')).toEqual(['Poland']);
    const popup = await openPopupFor(h, page);
    const names = popup.locator('.mention .mention-name');
    await names.first().waitFor();
    await expect.poll(() => names.allTextContents()).toContain(kb.get('poland')!.name);
    expect(await names.allTextContents()).not.toContain(kb.get('jens-stoltenberg')!.name);
    await popup.close();
    expect(errors).toEqual([]);
    await page.close();
  });
});
