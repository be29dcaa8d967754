// The popup end to end in real Chromium: the entities grouped by kind with counts and gists, stepping through
// an entity's mentions on the page, the briefing, search (also where the page cannot be read or mentions
// nothing), and axe-core on what it shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../src/kb';
import type { Entry } from '../../src/kb/schema';
import { activeMention, axeViolations, EN, marksOf, message } from './settings-support';
import { openPopupFor, openWatched, startHarness, stopHarness, waitForCard, waitForMarks, type Harness } from './support';

const kb = indexById(loadKnowledgeBase());
const ARTICLE = '/vilnius-article.html';

function entry(id: string): Entry {
  const e = kb.get(id);
  if (!e) throw new Error(`the knowledge base has no entry "${id}"`);
  return e;
}

const KIND_HEADINGS: Record<string, string> = {
  organization: EN.kindsOrganization!.message,
  event: EN.kindsEvent!.message,
  place: EN.kindsPlace!.message,
  person: EN.kindsPerson!.message,
  process: EN.kindsProcess!.message,
  document: EN.kindsDocument!.message,
};

describe('the popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('groups the entities by kind, each with its count and the first sentence of its summary', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const popup = await openPopupFor(h, page);
    await popup.locator('.mention').first().waitFor();
    const groups = await popup.locator('.kind-group').evaluateAll((sections) =>
      sections.map((s) => ({
        heading: s.querySelector('h3')!.textContent,
        names: [...s.querySelectorAll('.mention-name')].map((n) => n.textContent),
        gists: [...s.querySelectorAll('.mention-gist')].map((n) => n.textContent),
      })),
    );
    const byName = new Map([...kb.values()].map((e) => [e.name, e]));
    for (const group of groups) {
      for (const [i, name] of group.names.entries()) {
        const e = byName.get(name!)!;
        expect(group.heading).toBe(KIND_HEADINGS[e.type]);
        expect(e.summary.startsWith(group.gists[i]!)).toBe(true);
        expect(group.gists[i]!.length).toBeGreaterThan(10);
      }
    }
    const kinds = groups.map((g) => g.heading);
    expect(kinds).toEqual(Object.values(KIND_HEADINGS).filter((k) => kinds.includes(k)));
    expect(kinds).toEqual(expect.arrayContaining([KIND_HEADINGS.organization, KIND_HEADINGS.event, KIND_HEADINGS.place, KIND_HEADINGS.process]));
    // The count is read out with its noun, and the gist is the button's description.
    const nato = popup.getByRole('button', { name: new RegExp(`^${entry('nato').name} \\d+ mentions$`) });
    await expect.poll(() => nato.count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('steps through an entity’s mentions with repeated clicks and the arrow keys, wrapping around', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const natoMarks = await marksOf(page, 'NATO');
    expect(natoMarks.length).toBeGreaterThan(1);
    const popup = await openPopupFor(h, page);
    const nato = popup.locator('.mention-row', { has: popup.locator('.mention-name', { hasText: new RegExp(`^${entry('nato').name}$`) }) });
    const button = nato.locator('.mention');
    await button.waitFor();

    const seen = [];
    for (let i = 0; i <= natoMarks.length; i++) {
      await button.click();
      await expect.poll(() => nato.locator('.position').textContent()).toBe(`${(i % natoMarks.length) + 1} of ${natoMarks.length}`);
      await waitForCard(page);
      seen.push(await activeMention(page));
    }
    // Every mention in document order, then back to the first.
    expect(seen).toEqual([...natoMarks, natoMarks[0]]);

    await button.focus();
    await popup.keyboard.press('ArrowLeft');
    await expect.poll(() => activeMention(page)).toEqual(natoMarks.at(-1));
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => activeMention(page)).toEqual(natoMarks[0]);
    await nato.getByRole('button', { name: `Previous mention of ${entry('nato').name}` }).click();
    await expect.poll(() => activeMention(page)).toEqual(natoMarks.at(-1));
    await popup.close();
    await page.close();
  });

  it('briefs the reader on the Vilnius summit: when it was, what it decided, what came after, as of when', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const popup = await openPopupFor(h, page);
    const briefing = popup.getByRole('region', { name: EN.briefingHeading!.message });
    await briefing.waitFor();
    const summit = entry('vilnius-summit-2023');
    await expect.poll(() => briefing.locator('.briefing-topic strong').textContent()).toBe(summit.name);
    const text = (await briefing.textContent())!;
    const dated = summit.facts.filter((f) => f.date);
    expect(dated.length).toBeGreaterThan(1);
    for (const fact of dated.slice(0, 4)) {
      expect(text).toContain(fact.label);
      expect(text).toContain(fact.value);
    }
    // What came after: timeline items of the knowledge base, dated after the summit.
    const timeline = [...kb.values()].flatMap((e) => e.timeline ?? []);
    const after = await briefing.locator('.briefing-after li').evaluateAll((items) =>
      items.map((li) => ({ date: li.querySelector('time')!.getAttribute('datetime')!, text: li.textContent! })),
    );
    expect(after.length).toBeGreaterThan(0);
    for (const item of after) {
      expect(item.date > '2023-07-12').toBe(true);
      expect(timeline.some((t) => t.date === item.date && item.text.includes(t.text))).toBe(true);
    }
    expect(text).toMatch(/As of \d{1,2} \w+ \d{4}/);
    await popup.close();
    await page.close();
  });

  it('searches the whole knowledge base, opens a result’s card and shows it on the page', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const popup = await openPopupFor(h, page);
    await popup.locator('.mention').first().waitFor();
    await popup.getByRole('searchbox', { name: EN.searchLabel!.message }).fill('Kiev');
    const first = popup.locator('.result').first();
    await expect.poll(() => first.locator('.result-name').textContent()).toBe(entry('kyiv').name);
    await first.click();
    const card = popup.getByRole('dialog', { name: entry('kyiv').name });
    await card.waitFor();
    expect(await card.textContent()).toContain(entry('kyiv').summary);
    await popup.getByRole('button', { name: EN.searchShowOnPage!.message }).click();
    expect((await waitForCard(page))!.name).toBe(entry('kyiv').name);
    await popup.getByRole('button', { name: new RegExp(EN.searchBack!.message) }).click();
    await first.waitFor();

    await popup.getByRole('searchbox').fill('zzzz');
    await expect.poll(() => popup.getByRole('status').textContent()).toBe(message(EN, 'searchNoResults', 'zzzz'));
    await popup.close();
    await page.close();
  });

  it('says where it cannot read the page, and search still works there and on pages without mentions', async () => {
    const blank = await h.browser.context.newPage();
    await blank.goto('about:blank');
    let popup = await openPopupFor(h, blank);
    await expect.poll(() => popup.locator('.status').textContent()).toBe(EN.popupUnavailable!.message);
    await popup.getByRole('searchbox').fill('north atlantic');
    await expect.poll(() => popup.locator('.result-name').allTextContents()).toContain(entry('north-atlantic-treaty').name);
    // Nothing on this page to show it on.
    await popup.locator('[data-result="north-atlantic-treaty"]').click();
    await popup.getByRole('dialog').waitFor();
    expect(await popup.getByRole('button', { name: EN.searchShowOnPage!.message }).count()).toBe(0);
    await popup.close();
    await blank.close();

    const { page } = await openWatched(h, '/plain-article.html');
    popup = await openPopupFor(h, page);
    await expect.poll(() => popup.locator('.status').textContent()).toBe(EN.popupNoMentions!.message);
    await popup.getByRole('searchbox').fill('Vilnius');
    await expect.poll(() => popup.locator('.result-name').allTextContents()).toEqual(
      expect.arrayContaining([entry('vilnius').name, entry('vilnius-summit-2023').name]),
    );
    await popup.close();
    await page.close();
  });

  it('has no axe-core violations, with the list and briefing, with a card open, and where the page is closed to it', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const popup = await openPopupFor(h, page);
    await popup.locator('.briefing').waitFor();
    await popup.locator('.mention').first().click();
    await popup.locator('.position').first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('searchbox').fill('nato');
    await popup.locator('.result').first().click();
    await popup.getByRole('dialog').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    const blank = await h.browser.context.newPage();
    const closed = await openPopupFor(h, blank);
    await closed.locator('.unavailable').waitFor();
    expect(await axeViolations(closed)).toEqual([]);
    await closed.close();
    await blank.close();
    await page.close();
  });
});
