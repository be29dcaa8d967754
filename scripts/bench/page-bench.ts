// Whole-page scanning in real headless Chromium, with the anchors measured on the same page in the same run:
// the floor (a bare walk reading every text node) and mark.js. Pages come from a local server; every other
// request is refused, so runs are fast and repeatable.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChrome } from '../lib/chrome';
import { newProfileDir, PROJECT_ROOT } from '../lib/launch';
import { CORPUS, generatedPage } from './pages';

const EARLY_SCRIPT = resolve(PROJECT_ROOT, 'dist/src/page/early.js');
const MARKJS = resolve(PROJECT_ROOT, 'node_modules/mark.js/dist/mark.min.js');
/** Runs per page (medians): more on the generated page, whose figures carry the aims. */
const RUNS = 3;
const GENERATED_RUNS = 5;
const ARTICLE = resolve(PROJECT_ROOT, 'test/fixtures/pages/vilnius-article.html');
/** The rescan figure is taken on our sample article: the 5 MB page holds about 850 mentions, and a rescan there would stop at the mark cap. */
const RESCAN_PAGE = 'vilnius-article.html';

export interface PageResult {
  page: string;
  textMB: number;
  floorMs: number;
  oursBusyMs: number;
  oursWallMs: number;
  compileMs: number;
  firstVisibleMs: number;
  maxSliceMs: number;
  longTasksOver50: number;
  marks: number;
  markjsMs: number;
  oursPerFloor: number;
  markjsPerOurs: number;
  rescan1000Ms?: number;
  /** The page's own text changes once we marked it ÷ before (TEXT_CHANGES writes each time). */
  textChangesAfterPerBefore: number;
}

/** Writes to a text node of the page, timed before and after our scan. */
const TEXT_CHANGES = 20_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function runPageBench(pages: string[], harnessFile: string): Promise<PageResult[]> {
  const generated = generatedPage();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/generated-5mb.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(generated);
      return;
    }
    if (path === '/vilnius-article.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(ARTICLE));
      return;
    }
    try {
      const body = readFileSync(join(CORPUS, path.slice(1)));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(newProfileDir(), {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  // The extension's document_start script, as the browser runs it: it adopts the marks' style sheet before the
  // page has any style, and the harness finds the sheet there.
  await context.addInitScript({ path: EARLY_SCRIPT });
  const harness = readFileSync(harnessFile, 'utf8');
  const markjs = readFileSync(MARKJS, 'utf8');

  async function load(path: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(origin + '/' + path, { waitUntil: 'load', timeout: 60_000 });
    await page.addScriptTag({ content: harness });
    return page;
  }

  const results: PageResult[] = [];
  for (const path of ['generated-5mb.html', RESCAN_PAGE, ...pages]) {
    const floor: number[] = [];
    const ours: Awaited<ReturnType<typeof oursRun>>[] = [];
    const markjsMs: number[] = [];
    let chars = 0;
    const rescans: number[] = [];
    const textChanges: number[] = [];
    for (let run = 0; run < (path === 'generated-5mb.html' ? GENERATED_RUNS : RUNS); run++) {
      let page = await load(path);
      floor.push(await page.evaluate(() => (window as any).__cc.floor())); // eslint-disable-line @typescript-eslint/no-explicit-any
      chars = await page.evaluate(() => (window as any).__chars); // eslint-disable-line @typescript-eslint/no-explicit-any
      const before = await page.evaluate((n) => (window as any).__cc.textChanges(n), TEXT_CHANGES); // eslint-disable-line @typescript-eslint/no-explicit-any
      ours.push(await oursRun(page));
      const after = await page.evaluate((n) => (window as any).__cc.textChanges(n), TEXT_CHANGES); // eslint-disable-line @typescript-eslint/no-explicit-any
      textChanges.push(after / before);
      if (path === RESCAN_PAGE) {
        rescans.push((await page.evaluate(() => (window as any).__cc.appendAndRescan(1000))).busyMs); // eslint-disable-line @typescript-eslint/no-explicit-any
      }
      await page.close();
      page = await load(path);
      await page.addScriptTag({ content: markjs });
      markjsMs.push((await page.evaluate(() => (window as any).__cc.markjs())).ms); // eslint-disable-line @typescript-eslint/no-explicit-any
      await page.close();
    }
    const busy = median(ours.map((o) => o.busyMs));
    const floorMs = median(floor);
    const mk = median(markjsMs);
    results.push({
      page: path,
      textMB: chars / 1e6,
      floorMs,
      oursBusyMs: busy,
      oursWallMs: median(ours.map((o) => o.wallMs)),
      compileMs: median(ours.map((o) => o.compileMs)),
      firstVisibleMs: median(ours.map((o) => o.firstVisibleMs)),
      maxSliceMs: Math.max(...ours.map((o) => o.maxSliceMs)),
      longTasksOver50: Math.max(...ours.map((o) => o.longTasks.filter((d: number) => d > 50).length)),
      marks: ours[0]!.marks,
      markjsMs: mk,
      // The floor and ours of one load ran on the same page within a second: their ratio is steadier on a
      // noisy machine than a ratio of two medians taken apart.
      oursPerFloor: median(ours.map((o, i) => o.busyMs / floor[i]!)),
      markjsPerOurs: mk / busy,
      rescan1000Ms: rescans.length > 0 ? median(rescans) : undefined,
      textChangesAfterPerBefore: median(textChanges),
    });
    const r = results.at(-1)!;
    console.log(
      `${r.page}: ${r.textMB.toFixed(2)} MB text, floor ${r.floorMs.toFixed(1)} ms, ours ${r.oursBusyMs.toFixed(1)} ms busy ` +
        `(${r.oursPerFloor.toFixed(2)}x floor; matcher build ${r.compileMs.toFixed(1)} ms) / ${r.oursWallMs.toFixed(0)} ms wall, first visible marks ${r.firstVisibleMs.toFixed(1)} ms, ` +
        `max slice ${r.maxSliceMs.toFixed(1)} ms, long tasks ${r.longTasksOver50}, marks ${r.marks}, ` +
        `mark.js ${r.markjsMs.toFixed(0)} ms (${r.markjsPerOurs.toFixed(1)}x ours), ` +
        `the page's text changes ${r.textChangesAfterPerBefore.toFixed(2)}x as long once marked` +
        (r.rescan1000Ms !== undefined ? `, rescan after 1,000 paragraphs ${r.rescan1000Ms.toFixed(1)} ms` : ''),
    );
  }
  await context.close();
  server.close();
  return results;
}

async function oursRun(page: Page) {
  await page.evaluate(() => {
    // Observe long tasks from here on (the page's own load is over).
    new PerformanceObserver(() => {}).observe({ type: 'longtask', buffered: true });
  });
  return page.evaluate(() => (window as any).__cc.ours()); // eslint-disable-line @typescript-eslint/no-explicit-any
}
