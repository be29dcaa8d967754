// Accessibility of the card in real Chromium: axe-core finds no violation in it, in both themes and in each
// of its states, and the real card is a labelled dialog whose every control has a name.
//
// Why two halves: the extension's card lives in a CLOSED shadow root, which axe-core (a script in the page)
// cannot enter, and opening it only for a test would test something else. So axe runs on the same Card
// component with the same style sheet, adopted the same way, in an OPEN shadow root of a page served from
// 127.0.0.1 (test/e2e/card-harness). What that page cannot show (the host, the top layer, the closed root) is
// checked on the real card through the accessibility tree, which does include closed shadow content.
import axe from 'axe-core';
import preact from '@preact/preset-vite';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/launch';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { indexById, loadKnowledgeBase } from '../../src/kb';
import { cardAxTree, type AxTreeNode } from './card-support';
import { openWatched, pointOf, startHarness, stopHarness, waitForCard, waitForMarks, type Harness } from './support';

declare global {
  interface Window {
    showCard(options: { id: string | null; theme?: 'light' | 'dark'; error?: string }): void;
  }
}

const kb = indexById(loadKnowledgeBase());
const HARNESS_SRC = join(PROJECT_ROOT, 'test/e2e/card-harness');
const HARNESS_OUT = join(PROJECT_ROOT, '.tmp/card-harness');

interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  /** How many nodes inside the card's shadow root axe checked and found fine. */
  cardNodesPassed: number;
}

async function runAxe(page: Page): Promise<AxeSummary> {
  return page.evaluate(async () => {
    const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations', 'passes'] });
    // axe writes the target of a node inside a shadow root as a list of selectors (host, then inside the root).
    const inCard = (target: unknown) => Array.isArray(target) && target.some((t) => Array.isArray(t) && t.length > 1);
    return {
      violations: results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) })),
      cardNodesPassed: results.passes.flatMap((p) => p.nodes).filter((n) => inCard(n.target)).length,
    };
  });
}

describe('card accessibility', () => {
  let server: StaticServer;
  let h: Harness;
  beforeAll(async () => {
    await build({
      configFile: false,
      root: HARNESS_SRC,
      logLevel: 'warn',
      plugins: [preact()],
      build: { outDir: HARNESS_OUT, emptyOutDir: true, target: 'es2022' },
    });
    server = await serveFolder(HARNESS_OUT);
    h = await startHarness();
  });
  afterAll(async () => {
    await stopHarness(h);
    await server?.close();
  });

  it('has no axe-core violations, in either theme, in any state of the card', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(server.origin + '/index.html');
    await page.addScriptTag({ content: axe.source });
    const card = page.locator('#host .card'); // Playwright's locators pierce open shadow roots
    const checked: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate((t) => window.showCard({ id: 'ukraine-nato-relations', theme: t }), theme);
      // The fullest card: timeline open, then a related entry opened, so that Back shows.
      await card.locator('summary').click();
      await expect.poll(() => card.locator('.card-timeline-list li').count()).toBe(kb.get('ukraine-nato-relations')!.timeline!.length);
      const states: [string, () => Promise<void>][] = [
        ['entry with its timeline open', async () => {}],
        ['related entry, with Back', () => card.getByRole('button', { name: kb.get('nato')!.name, exact: true }).click()],
        ['loading', () => page.evaluate((t) => window.showCard({ id: null, theme: t }), theme)],
        ['error', () => page.evaluate((t) => window.showCard({ id: null, theme: t, error: 'The extension is restarting.' }), theme)],
      ];
      for (const [state, enter] of states) {
        await enter();
        const { violations, cardNodesPassed } = await runAxe(page);
        expect(violations, `${theme} theme, ${state}`).toEqual([]);
        expect(cardNodesPassed, `${theme} theme, ${state}: axe looked inside the card`).toBeGreaterThan(state === 'loading' ? 3 : 20);
        checked.push(`${theme}/${state}`);
      }
    }
    // A card given no theme (the popup's) follows the system: dark here.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => window.showCard({ id: 'ukraine-nato-relations' }));
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 27, 34)');
    expect((await runAxe(page)).violations).toEqual([]);
    expect(checked).toHaveLength(8);
    await page.close();
  });

  it('is, in the extension, a labelled dialog with a heading and a name for every control', async () => {
    const { page } = await openWatched(h, '/vilnius-article.html');
    await waitForMarks(page, 8);
    const summit = kb.get('vilnius-summit-2023')!;
    const at = await pointOf(page, 'lead', 'Vilnius summit');
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await waitForCard(page))!.texts).toContain('Related');
    const dialog = await cardAxTree(page);
    const find = (n: AxTreeNode | null | undefined, role: string): AxTreeNode[] =>
      !n ? [] : [...(n.role === role ? [n] : []), ...n.children.flatMap((c) => find(c, role))];
    expect(dialog?.role).toBe('dialog');
    expect(dialog?.name).toBe(summit.name);
    expect(find(dialog, 'heading').find((x) => x.level === 2)?.name).toBe(summit.name);
    const controls = [...find(dialog, 'button'), ...find(dialog, 'link'), ...find(dialog, 'DisclosureTriangle')];
    expect(controls.length).toBeGreaterThan(summit.sources.length + summit.related.length);
    expect(controls.filter((c) => !c.name?.trim())).toEqual([]);
    expect(find(dialog, 'button').map((b) => b.name)).toContain('Close card');
    await page.close();
  });
});
