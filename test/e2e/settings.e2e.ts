// The settings page end to end in real Chromium: every setting changed there takes effect on a tab that is
// already open, the language switches the UI, the sites list undoes the popup's switch, older and corrupt
// stored settings are read without losing the user's choices, and axe-core finds nothing on the page.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexById, loadKnowledgeBase } from '../../src/kb';
import { SETTINGS_VERSION } from '../../src/settings';
import {
  activeMention, axeViolations, EN, drawnMarkRules, marksOf, message, openOptions, storedSettings, storeRawSettings, UK,
} from './settings-support';
import {
  markedTexts, openPopupFor, openWatched, pointOf, startHarness, stopHarness, waitForCard, waitForMarks, type Harness,
} from './support';

const kb = indexById(loadKnowledgeBase());
const ARTICLE = '/vilnius-article.html';
/** Aliases only places have ("Vilnius" is also the summit's, where the paragraph speaks of a summit). */
const aliasesOf = (pick: (type: string) => boolean) =>
  [...kb.values()].filter((e) => pick(e.type)).flatMap((e) => e.aliases.map((a) => a.text.toLowerCase()));
const OTHER_ALIASES = new Set(aliasesOf((t) => t !== 'place'));
const PLACES = aliasesOf((t) => t === 'place').filter((a) => !OTHER_ALIASES.has(a));
const isPlace = (mark: string) => PLACES.includes(mark.toLowerCase());

describe('settings changed on the settings page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  beforeEach(async () => {
    await storeRawSettings(h, { version: SETTINGS_VERSION, values: {} });
  });
  afterAll(() => stopHarness(h));

  it('apply at once to an open tab: kinds, first mention only, mark style', async () => {
    const { page, errors } = await openWatched(h, ARTICLE);
    const before = await waitForMarks(page, 8);
    expect(before.some(isPlace)).toBe(true);
    expect(before.filter((m) => m === 'NATO').length).toBeGreaterThan(1);
    const options = await openOptions(h);

    await options.getByRole('checkbox', { name: EN.kindsPlace!.message }).uncheck();
    await expect.poll(async () => (await markedTexts(page)).filter(isPlace)).toEqual([]);
    expect(await markedTexts(page)).toContain('NATO');
    expect(await storedSettings(h)).toEqual({ version: SETTINGS_VERSION, values: { unmarkedKinds: ['place'] } });

    await options.getByRole('radio', { name: EN.optionsScopeFirst!.message }).check();
    await expect.poll(async () => (await markedTexts(page)).filter((m) => m === 'NATO')).toEqual(['NATO']);
    // The mark left is the first one on the page.
    expect((await marksOf(page, 'NATO'))[0]!.element).toBe('lead');

    expect((await drawnMarkRules(page)).join('\n')).toMatch(/text-decoration/);
    await options.getByRole('radio', { name: EN.optionsStyleBackground!.message }).check();
    await expect.poll(async () => (await drawnMarkRules(page)).join('\n')).toMatch(/background-color/);
    expect((await drawnMarkRules(page)).join('\n')).not.toMatch(/text-decoration/);

    // Back to the defaults: every mark returns, and nothing is stored but the version.
    await options.getByRole('radio', { name: EN.optionsStyleUnderline!.message }).check();
    await options.getByRole('radio', { name: EN.optionsScopeAll!.message }).check();
    await options.getByRole('checkbox', { name: EN.kindsPlace!.message }).check();
    await expect.poll(async () => (await markedTexts(page)).sort()).toEqual([...before].sort());
    await expect.poll(() => storedSettings(h)).toEqual({ version: SETTINGS_VERSION, values: {} });
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('apply at once to an open tab: cards open on click only', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const options = await openOptions(h);
    await options.getByRole('radio', { name: EN.optionsTriggerClick!.message }).check();
    await expect.poll(() => storedSettings(h)).toEqual({ version: SETTINGS_VERSION, values: { cardTrigger: 'click' } });
    await page.bringToFront();
    const at = await pointOf(page, 'map', 'Kyiv');
    await page.mouse.move(at.x, at.y);
    // Well past the hover delay (300 ms): a card would have opened by now if hovering opened cards.
    await page.waitForTimeout(1_500);
    expect(await activeMention(page)).toBeNull();
    await page.mouse.click(at.x, at.y);
    expect((await waitForCard(page))!.name).toBe(kb.get('kyiv')!.name);
    await options.getByRole('radio', { name: EN.optionsTriggerHover!.message }).check();
    await options.close();
    await page.close();
  });

  it('switch the interface language, on the settings page at once and in the popup', async () => {
    const { page } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 8);
    const options = await openOptions(h);
    expect(await options.locator('h1').textContent()).toBe(EN.optionsTitle!.message);
    await options.getByRole('combobox', { name: EN.optionsLanguage!.message }).selectOption('uk');
    await expect.poll(() => options.locator('h1').textContent()).toBe(UK.optionsTitle!.message);
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('uk');
    expect(await options.getByRole('checkbox', { name: UK.kindsPlace!.message }).isChecked()).toBe(true);

    const popup = await openPopupFor(h, page);
    await popup.getByRole('searchbox', { name: UK.searchLabel!.message }).waitFor();
    // NATO's count read out with the Ukrainian plural form for that number (2–4: "згадки", 5–20: "згадок").
    const natoCount = (await markedTexts(page)).filter((m) => m === 'NATO').length;
    const form = new Intl.PluralRules('uk').select(natoCount);
    await popup.getByRole('button', { name: `${kb.get('nato')!.name} ${message(UK, `mentionCount_${form}`, natoCount)}` }).waitFor();
    expect(await popup.getByRole('region', { name: UK.briefingHeading!.message }).textContent()).toMatch(/Станом на \d{1,2} \p{L}+ \d{4}/u);
    await popup.close();

    await options.getByRole('combobox', { name: UK.optionsLanguage!.message }).selectOption('browser');
    await expect.poll(() => options.locator('h1').textContent()).toBe(EN.optionsTitle!.message);
    await options.close();
    await page.close();
  });

  it('lists the sites switched off in the popup, live, and switching one back on restores its marks', async () => {
    const { page } = await openWatched(h, ARTICLE);
    const before = await waitForMarks(page, 8);
    const options = await openOptions(h);
    expect(await options.getByText(EN.optionsSitesEmpty!.message).count()).toBe(1);
    const popup = await openPopupFor(h, page);
    await popup.getByRole('checkbox').click();
    await expect.poll(() => markedTexts(page)).toEqual([]);
    await popup.close();

    const site = new URL(h.server.origin).hostname;
    const turnOn = options.getByRole('button', { name: message(EN, 'optionsSiteRemoveLabel', site) });
    await turnOn.waitFor();
    expect(await options.locator('.sites li').allTextContents()).toEqual([`${site}${EN.optionsSiteRemove!.message}`]);
    await turnOn.click();
    await expect.poll(async () => (await markedTexts(page)).sort()).toEqual([...before].sort());
    await options.getByText(EN.optionsSitesEmpty!.message).waitFor();
    await options.close();
    await page.close();
  });

  it('has no axe-core violations, in either language and with the stored-settings notice', async () => {
    await storeRawSettings(h, { version: SETTINGS_VERSION, values: { markStyle: 'glitter', disabledSites: ['a.example'] } });
    const options = await openOptions(h);
    await options.getByRole('alert').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('combobox').selectOption('uk');
    await expect.poll(() => options.locator('h1').textContent()).toBe(UK.optionsTitle!.message);
    expect(await axeViolations(options)).toEqual([]);
    await storeRawSettings(h, { version: SETTINGS_VERSION, values: {} });
    await options.close();
  });
});

describe('stored settings from an older version or a damaged profile', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('reads a version 1 record: the site it switched off stays off', async () => {
    const site = new URL(h.server.origin).hostname;
    await storeRawSettings(h, { version: 1, values: { disabledSites: [site] } });
    const { page, errors } = await openWatched(h, ARTICLE);
    const popup = await openPopupFor(h, page);
    await expect.poll(() => popup.getByRole('checkbox').isChecked()).toBe(false);
    expect(await markedTexts(page)).toEqual([]);
    const options = await openOptions(h);
    await options.getByRole('button', { name: message(EN, 'optionsSiteRemoveLabel', site) }).waitFor();
    expect(await options.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await popup.close();
    await options.close();
    await page.close();
  });

  it('replaces a corrupt value by its default, keeps the valid ones, and says so', async () => {
    await storeRawSettings(h, { version: SETTINGS_VERSION, values: { markScope: 'first', cardTrigger: 42, unmarkedKinds: 'all' } });
    const { page, errors } = await openWatched(h, ARTICLE);
    await waitForMarks(page, 3);
    // markScope survived: one mark per entity.
    const marks = await markedTexts(page);
    expect(marks.filter((m) => m === 'NATO')).toEqual(['NATO']);
    const options = await openOptions(h);
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(EN.optionsProblems!.message);
    expect(await alert.textContent()).toMatch(/"cardTrigger"[\s\S]*"unmarkedKinds"/);
    expect(await options.getByRole('radio', { name: EN.optionsScopeFirst!.message }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: EN.optionsTriggerHover!.message }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });

  it('treats garbage as the defaults, and the extension keeps working', async () => {
    await storeRawSettings(h, 'garbage');
    const { page, errors } = await openWatched(h, ARTICLE);
    const marks = await waitForMarks(page, 8);
    expect(marks.filter((m) => m === 'NATO').length).toBeGreaterThan(1);
    const options = await openOptions(h);
    await options.getByRole('alert').waitFor();
    // The first change writes a clean record.
    await options.getByRole('radio', { name: EN.optionsStyleBackground!.message }).check();
    await expect.poll(() => storedSettings(h)).toEqual({ version: SETTINGS_VERSION, values: { markStyle: 'background' } });
    expect(errors).toEqual([]);
    await options.close();
    await page.close();
  });
});
