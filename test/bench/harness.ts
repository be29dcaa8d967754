// Runs in a benchmark page's main world (built by scripts/bench/build-harness.ts): the content script's own
// controller, matcher and lexicon, instrumented through their optional metrics hooks, plus the anchors
// measured in the same page: a bare DOM walk and mark.js.
import packedLexicon from 'virtual:lexicon';
import { unpackLexicon } from '../../src/match/lexicon';
import { compileMatcher } from '../../src/match/matcher';
import { CardHost } from '../../src/page/card-host';
import { PageController } from '../../src/page/controller';

interface MarkJs {
  markRegExp(re: RegExp, options: { done(count: number): void }): void;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Collects the durations of long tasks (over 50 ms) from now until `stop()`. */
function watchLongTasks(): { stop(): Promise<number[]> } {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
  observer.observe({ type: 'longtask' });
  return {
    // Entries arrive after their task; a frame and a timeout later the last one is in.
    stop: () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          setTimeout(() => {
            observer.disconnect();
            resolve(durations);
          }, 100),
        ),
      ),
  };
}

let recorder: { slices: number[]; flushDone: (() => void) | undefined } = { slices: [], flushDone: undefined };

const api = {
  /** The floor: a bare TreeWalker over the page, reading every text node. */
  floor(): number {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    const ms = performance.now() - t0;
    (window as unknown as { __chars: number }).__chars = chars;
    return ms;
  },

  /** mark.js with one combined pattern of the same aliases (it wraps every match in an element). */
  markjs(): Promise<{ ms: number; count: number }> {
    const Mark = (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark;
    const re = new RegExp(unpackLexicon(packedLexicon).aliases.map((a) => escape(a.folded)).join('|'), 'gu');
    return new Promise((resolve) => {
      const t0 = performance.now();
      new Mark(document.body).markRegExp(re, { done: (count) => resolve({ ms: performance.now() - t0, count }) });
    });
  },

  /** Ours: compile the matcher, mark the visible part, then the whole page in slices. */
  async ours() {
    // Let the page finish the rendering work it has pending (adding this harness's script element dirtied
    // its style), so that it is not counted as ours.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const slices: number[] = [];
    let visibleAt = 0;
    const longTasks = watchLongTasks();
    const t0 = performance.now();
    const matcher = compileMatcher(unpackLexicon(packedLexicon));
    const compileMs = performance.now() - t0;
    // The content script builds its matcher and starts scanning after reading the settings and the lexicon
    // from storage, in a later task; so here (the lexicon is bundled here: the read itself, about 1 ms, is not
    // counted).
    await new Promise((resolve) => setTimeout(resolve, 0));
    // One metrics object for the controller's life; what it records goes to the current measurement.
    recorder = { slices, flushDone: undefined };
    const controller = new PageController({
      win: window,
      matcher,
      createCardView: (events) => new CardHost(document, '', events),
      reportFound: async () => [],
      getEntries: async () => [],
      metrics: {
        slice: (ms) => recorder.slices.push(ms),
        visibleDone: () => (visibleAt = performance.now() - t0),
        flushDone: () => recorder.flushDone?.(),
      },
    });
    await controller.start();
    const wallMs = performance.now() - t0;
    const longTaskDurations = await longTasks.stop();
    (window as unknown as { __controller: PageController }).__controller = controller;
    const marks = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
    return {
      compileMs,
      busyMs: compileMs + slices.reduce((a, b) => a + b, 0),
      wallMs,
      firstVisibleMs: visibleAt,
      slices: slices.length,
      maxSliceMs: Math.max(0, ...slices),
      longTasks: longTaskDurations,
      marks,
    };
  },

  /**
   * What the page itself pays to change text: `count` writes to one text node of its own, in ms. Measured
   * before and after `ours`, it shows what the extension adds to every text change of the page (the document
   * keeps each live Range up to date, and our observer's records are made at each change).
   */
  textChanges(count: number): number {
    const span = document.body.appendChild(document.createElement('span'));
    const text = span.appendChild(document.createTextNode(''));
    const t0 = performance.now();
    for (let i = 0; i < count; i++) text.data = `tick ${i}`;
    const ms = performance.now() - t0;
    span.remove();
    return ms;
  },

  /** After `ours`: append paragraphs and measure the script time of the rescan they cause. */
  appendAndRescan(paragraphs: number): Promise<{ busyMs: number; added: number }> {
    const before = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
    return new Promise((resolve) => {
      const slices: number[] = [];
      recorder = {
        slices,
        flushDone: () => {
          const after = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
          resolve({ busyMs: slices.reduce((a, b) => a + b, 0), added: after - before });
        },
      };
      const frag = document.createDocumentFragment();
      for (let i = 0; i < paragraphs; i++) {
        const p = document.createElement('p');
        p.textContent = `Update ${i}: NATO allies discussed Ukraine's membership bid and the road from Vilnius to Washington.`;
        frag.append(p);
      }
      document.body.append(frag);
    });
  },
};

(window as unknown as { __cc: typeof api }).__cc = api;
