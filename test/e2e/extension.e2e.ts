// The extension end to end in real Chromium: marks on a local news page, the card on click and hover, the
// popup's list, counts and reveal, the badge, and the site switch (live and across a browser restart).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../src/kb';
import { newProfileDir } from '../../scripts/lib/launch';
import {
  activeTabId, badgeText, cardDialog, layoutThenAndNow, markedTexts, mutations, openPopupFor, openWatched, pointOf, setStoredLexicon,
  startHarness, stopHarness, storedLexiconId, waitForCard, waitForMarks, type Harness,
} from './support';

const kb = indexById(loadKnowledgeBase());
const ARTICLE = '/vilnius-article.html';

function entry(id: string) {
  const e = kb.get(id);
  if (!e) throw new Error(`the knowledge base has no entry "${id}"`);
  return e;
}

describe('on a news page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('marks the mentions without touching the page DOM or moving its layout', async () => {
    const { page, errors } = await openWatched(h, ARTICLE);
    const marks = await waitForMarks(page, 8);
    expect(marks).toEqual(
      expect.arrayContaining(['NATO', 'Vilnius summit', "Ukraine's membership bid", 'Kyiv', 'Membership Action Plan', 'MAP', 'North Atlantic Treaty', 'Russia']),
    );
    // Case rules: "a map of the venue" is not the Membership Action Plan.
    expect(marks).not.toContain('map');
    const layout = await layoutThenAndNow(page);
    expect(layout.now).toEqual(layout.then);
    expect(await mutations(page)).toEqual([]);
    expect(errors).toEqual([]);
    // The sheet that draws the marks was adopted before the page's first script: before there was any style
    // to recompute (adopting it later recomputes the style of every element of the page).
    expect(await page.evaluate(() => (window as unknown as { __sheetsAtFirstScript: number }).__sheetsAtFirstScript)).toBe(1);
    await page.close();
  });

  it('opens a card with the entry from the worker on click; Escape and an outside click close it', async () => {
    const { page, errors } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const summit = entry('vilnius-summit-2023');

    const at = await pointOf(page, 'lead', 'Vilnius summit');
    await page.mouse.click(at.x, at.y);
    const card = (await waitForCard(page))!;
    expect(card.name).toBe(summit.name);
    const text = card.texts.join(' ');
    expect(text).toContain(summit.summary);
    for (const fact of summit.facts.slice(0, 3)) {
      expect(text).toContain(fact.label);
      expect(text).toContain(fact.value);
    }
    expect(text).toMatch(/As of\s+\d{1,2} \w+ \d{4}/);
    expect(card.links.map((l) => l.url)).toEqual(summit.sources.map((s) => s.url));

    await page.keyboard.press('Escape');
    await waitForCard(page, false);

    await page.mouse.click(at.x, at.y);
    await waitForCard(page);
    await page.mouse.click(5, 5);
    await waitForCard(page, false);

    // The page saw one new node, the card's host on <html>, and nothing else.
    const seen = await mutations(page);
    expect(seen).toContain('childList on HTML +[DIV] -[] ');
    expect(seen.every((m) => m.startsWith('childList on HTML +[DIV] -[]') || m.startsWith('attributes on DIV'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a card on hover after a short delay and closes it when the pointer leaves', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const at = await pointOf(page, 'map', 'Kyiv');
    await page.mouse.move(at.x, at.y);
    expect(await cardDialog(page)).toBeNull(); // not at once: hover intent
    const card = (await waitForCard(page))!;
    expect(card.name).toBe(entry('kyiv').name);
    await page.mouse.move(5, at.y + 300);
    await waitForCard(page, false);
    await page.close();
  });

  it('lists the entities in the popup with counts and badge; a click reveals the mention and its card', async () => {
    const { page } = await openWatched(h, ARTICLE);
    const marks = await waitForMarks(page, 8);
    const tabId = await activeTabId(h, page);
    const popup = await openPopupFor(h, page);
    const items = popup.locator('.mention');
    await items.first().waitFor();
    const rows = await items.evaluateAll((buttons) =>
      buttons.map((b) => ({
        name: b.querySelector('.mention-name')!.textContent,
        count: Number(b.querySelector('.mention-count')!.textContent),
      })),
    );
    const nato = rows.find((r) => r.name === entry('nato').name);
    expect(nato?.count).toBe(marks.filter((m) => m === 'NATO').length);
    // "NATO" in the lead and in the link; "NATO–Ukraine Council" is an entity of its own.
    expect(nato?.count).toBe(2);
    expect(rows.find((r) => r.name === entry('nato-ukraine-council').name)?.count).toBe(1);
    expect(rows.find((r) => r.name === entry('membership-action-plan').name)?.count).toBe(2);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(marks.length);
    expect(await badgeText(h, tabId)).toBe(String(rows.length));

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.getByRole('button', { name: new RegExp(entry('north-atlantic-treaty').name) }).click();
    const card = (await waitForCard(page))!;
    expect(card.name).toBe(entry('north-atlantic-treaty').name);
    const visible = await page.evaluate(() => {
      const r = document.getElementById('history')!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(visible).toBe(true);
    await popup.close();
    await page.close();
  });
});

describe('on a page whose script re-renders its text like React', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('keeps the page working and the marks on the current text', async () => {
    const { page, errors } = await openWatched(h, '/rerender.html');
    await waitForMarks(page, 3);
    await page.waitForFunction(() => (window as unknown as { __renders: number }).__renders > 15);
    expect(await page.evaluate(() => (window as unknown as { __renderErrors: string[] }).__renderErrors)).toEqual([]);
    expect(errors).toEqual([]);
    // Stop the renders, let the last rescan land, and check the marks match the text now on the page.
    await page.evaluate(() => clearInterval((window as unknown as { __timer: number }).__timer));
    await page.waitForTimeout(500);
    const marks = await markedTexts(page);
    const text = await page.evaluate(() => document.getElementById('app')!.textContent!);
    expect(marks.length).toBeGreaterThan(3);
    for (const m of marks) expect(text).toContain(m);
    const at = await page.evaluate(() => {
      const t = [...document.querySelectorAll('#app p')].map((p) => p.firstChild as Text).find((n) => n.data.includes('NATO'))!;
      const range = document.createRange();
      const i = t.data.indexOf('NATO');
      range.setStart(t, i);
      range.setEnd(t, i + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(at.x, at.y);
    expect((await waitForCard(page))!.name).toBe(entry('nato').name);
    await page.close();
  });

  it('unmarks text the page changes in place at once, and marks its new text', async () => {
    const { page, errors } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const marksOnLead = () =>
      page.evaluate(() => {
        const t = document.getElementById('lead')!.firstChild as Text;
        const texts = [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => r.startContainer === t);
        return [...new Set(texts)].map((r) => t.data.slice(r.startOffset, r.endOffset));
      });
    expect(await marksOnLead()).toContain('NATO');
    // The change and a look at the marks in one task: the extension's observer runs in between (a microtask),
    // the rescan only later, in a frame.
    const rightAfter = await page.evaluate(async () => {
      const t = document.getElementById('lead')!.firstChild as Text;
      t.data = 'Since then Kyiv has waited for the next step.';
      await Promise.resolve();
      return [...CSS.highlights.values()].flatMap((h) => [...h]).filter((r) => r.startContainer === t).length;
    });
    expect(rightAfter).toBe(0);
    await expect.poll(marksOnLead).toEqual(['Kyiv']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads the lexicon the worker stored; missing, another build's or broken, it asks the worker, which stores it again", async () => {
    const id = await storedLexiconId(h);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    for (const stored of [null, { id: 'an-older-build', packed: { entities: ['x'], words: [], aliases: [['x']] } }, { id, packed: 'broken' }]) {
      await setStoredLexicon(h, stored);
      const { page, errors } = await openWatched(h, ARTICLE);
      expect(await waitForMarks(page, 8)).toEqual(expect.arrayContaining(['NATO', 'Vilnius summit', 'Kyiv']));
      expect(errors).toEqual([]);
      await page.close();
      expect(await storedLexiconId(h)).toBe(id);
    }
  });
});

describe('the site switch', () => {
  it('removes and restores the marks and cards live, and the choice survives a browser restart', async () => {
    const profileDir = newProfileDir();
    let h = await startHarness(profileDir);
    try {
      const { page, errors } = await openWatched(h, ARTICLE);
      const before = await waitForMarks(page, 8);
      const at = await pointOf(page, 'lead', 'Vilnius summit');
      await page.mouse.click(at.x, at.y);
      await waitForCard(page);
      const popup = await openPopupFor(h, page);
      const toggle = popup.getByRole('checkbox');
      await expect.poll(() => toggle.isChecked()).toBe(true);

      await toggle.click();
      await expect.poll(() => markedTexts(page)).toEqual([]);
      await waitForCard(page, false);
      await expect.poll(() => toggle.isChecked()).toBe(false);
      await toggle.click();
      await expect.poll(async () => (await markedTexts(page)).sort()).toEqual([...before].sort());
      // Cards open again, from the same card code as before the switch.
      await page.mouse.click(at.x, at.y);
      expect((await waitForCard(page))?.name).toBe(entry('vilnius-summit-2023').name);
      await toggle.click();
      await expect.poll(() => markedTexts(page)).toEqual([]);
      expect(errors).toEqual([]);

      await h.browser.close({ keepProfile: true });
      await h.server.close();
      h = await startHarness(profileDir);
      const again = await openWatched(h, ARTICLE);
      const popup2 = await openPopupFor(h, again.page);
      await expect.poll(() => popup2.getByRole('checkbox').isChecked()).toBe(false);
      expect(await markedTexts(again.page)).toEqual([]);
      await popup2.getByRole('checkbox').click();
      await waitForMarks(again.page, 8);
    } finally {
      await stopHarness(h);
    }
  });
});
