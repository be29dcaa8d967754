// `npm run bench:card`: how long a card takes to open, from the reader's click to the painted card, in real
// headless Chromium with the built extension, once the page's entries are prefetched. Prints p50/p95 in ms and
// as a share of one 60 Hz frame (16.7 ms), and writes them to bench/card-latency.json.
//
// Measured in the page with listeners of its own around the extension's: a capturing click listener on
// `window` runs before the extension's (on `document`), a bubbling one after it, and by then the card is
// rendered and placed (positioning resolves in microtasks, which run between listeners). The paint is taken
// as the first task after the next animation frame. Times start at the click event's timeStamp, when the
// browser received the input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, PROJECT_ROOT } from '../lib/launch';
import { serveFolder } from '../lib/serve';
import { HOVER_DELAY_MS } from '../../src/page/card-machine';
import { PREPARE_AFTER_MS } from '../../src/page/card-session';

const FRAME_MS = 1000 / 60;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
/**
 * How long the pointer rests on a mention before the click, in the first case: a reader aims, stops, then
 * presses, and the card is readied once the pointer has rested PREPARE_AFTER_MS (card-session.ts). Below the
 * hover delay, so that the click, not the hover, opens the card.
 */
const REST_MS = 150;
/** Opens not counted: the first ones pay for code warm-up (JIT, style sheet parsing) that a reader pays once. */
const WARMUP = 5;
/** Mentions clicked in turn, so that the card shows different entries. */
const TARGETS: [elementId: string, text: string][] = [
  ['lead', 'Vilnius summit'],
  ['lead', 'NATO'],
  ['map', 'Kyiv'],
  ['lead', "Ukraine's membership bid"],
];

interface Sample {
  shown: boolean;
  /** The extension's click handler alone: hit test, render, show in the top layer, place, focus. */
  handler: number;
  /** From the click to the end of the page's last click listener: the card is in the DOM and placed. */
  toCard: number;
  /** From the click to the first task after the next frame: the card is on screen. */
  toPaint: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  if (REST_MS <= PREPARE_AFTER_MS || REST_MS >= HOVER_DELAY_MS) throw new Error(`REST_MS must lie between ${PREPARE_AFTER_MS} and ${HOVER_DELAY_MS} ms`);
  const server = await serveFolder(join(PROJECT_ROOT, 'test/fixtures/pages'));
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/vilnius-article.html`);
    await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) >= 8, null, { timeout: 10_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __samples: unknown[] };
      w.__samples = [];
      let stamp = 0;
      let start = 0;
      addEventListener('click', (e) => {
        stamp = e.timeStamp;
        start = performance.now();
      }, true);
      addEventListener('click', () => {
        const handler = performance.now() - start;
        const toCard = performance.now() - stamp;
        const shown = [...document.documentElement.children].some((el) => el.matches('[popover]:popover-open'));
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__samples.push({ shown, handler, toCard, toPaint: performance.now() - stamp });
          channel.port2.postMessage(null);
        });
      });
    });
    const points: { x: number; y: number }[] = [];
    for (const [id, text] of TARGETS) {
      points.push(
        await page.evaluate(
          ([elementId, needle]) => {
            const node = [...document.getElementById(elementId!)!.childNodes].find((n) => n.textContent!.includes(needle!))!;
            const range = document.createRange();
            const at = node.textContent!.indexOf(needle!);
            range.setStart(node, at);
            range.setEnd(node, at + needle!.length);
            const r = range.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          },
          [id, text],
        ),
      );
    }
    // Wait until the worker's reply to the scan has arrived (no "Loading…" card) before counting.
    await page.waitForTimeout(500);
    const series = async (restMs: number) => {
      const start = await page.evaluate(() => (window as unknown as { __samples: unknown[] }).__samples.length);
      for (let i = 0; i < RUNS + WARMUP; i++) {
        const { x, y } = points[i % points.length]!;
        await page.mouse.move(x, y);
        if (restMs > 0) await page.waitForTimeout(restMs);
        await page.mouse.down();
        await page.mouse.up();
        await page.waitForFunction((n) => (window as unknown as { __samples: unknown[] }).__samples.length > n, start + i);
        await page.keyboard.press('Escape');
        // Off the mention, so that the next move enters one afresh.
        await page.mouse.move(2, 2);
        await page.waitForTimeout(40);
      }
      const samples = (await page.evaluate(() => (window as unknown as { __samples: Sample[] }).__samples)).slice(start + WARMUP);
      if (samples.some((s) => !s.shown)) throw new Error('a click did not open a card: the measurement is not valid');
      return samples;
    };
    const rested = await series(REST_MS);
    const immediate = await series(0);
    const report = (values: number[]) => {
      const p50 = percentile(values, 50);
      const p95 = percentile(values, 95);
      return { p50: round(p50), p95: round(p95), p50Frames: round(p50 / FRAME_MS), p95Frames: round(p95 / FRAME_MS) };
    };
    const reportAll = (samples: Sample[]) => ({
      handler: report(samples.map((s) => s.handler)),
      clickToCard: report(samples.map((s) => s.toCard)),
      clickToPaint: report(samples.map((s) => s.toPaint)),
    });
    const result = {
      runs: RUNS,
      loadAverage: round(loadavg()[0]!),
      restedPointer: { restMs: REST_MS, ...reportAll(rested) },
      immediateClick: reportAll(immediate),
    };
    const line = (label: string, r: ReturnType<typeof report>) =>
      `  ${label}  p50 ${r.p50.toFixed(2)} ms (${r.p50Frames.toFixed(2)} frame)   p95 ${r.p95.toFixed(2)} ms (${r.p95Frames.toFixed(2)} frame)`;
    console.log(`Card open latency: ${RUNS} clicks on prefetched mentions per case, headless Chromium, one frame = ${FRAME_MS.toFixed(1)} ms`);
    console.log(`(machine load average ${result.loadAverage}: on a busy machine every figure grows)`);
    for (const [title, r] of [
      [`the pointer rests ${REST_MS} ms on the mention, then clicks (a reader's click; the card is readied meanwhile):`, result.restedPointer],
      ['the pointer lands and clicks at once (a tap, a flick):', result.immediateClick],
    ] as const) {
      console.log(title);
      console.log(line("the extension's click handler:   ", r.handler));
      console.log(line('click → card rendered and placed:', r.clickToCard));
      console.log(line('click → card painted:            ', r.clickToPaint));
    }
    const out = join(PROJECT_ROOT, 'bench');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'card-latency.json'), JSON.stringify(result, null, 2) + '\n');
  } finally {
    await browser.close();
    await server.close();
  }
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
