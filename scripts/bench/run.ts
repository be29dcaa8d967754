// `npm run bench`: the matcher in Node, then whole-page scanning in headless Chromium, each figure with its
// anchor measured in the same run (this machine is shared and noisy: compare ratios, not milliseconds).
// Prints one line per figure and writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { CARD_MODULE_FILE } from '../../src/page/card-module-file';
import { PROJECT_ROOT } from '../lib/launch';
import { buildHarness } from './build-harness';
import { runMatcherBench } from './matcher-bench';
import { runPageBench } from './page-bench';
import { benchCorpusPages, corpusFiles, CORPUS, generatedPage } from './pages';

function corpusText(): string {
  const parts: string[] = [];
  let size = 0;
  for (const file of corpusFiles()) {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
    window.document.write(readFileSync(resolve(CORPUS, file), 'utf8'));
    const text = window.document.body?.textContent ?? '';
    parts.push(text);
    size += text.length;
    void window.happyDOM.close();
    if (size > 5e6) break;
  }
  // Without the corpus, the generated page's text stands in.
  return size > 0 ? parts.join('\n') : generatedPage().replace(/<[^>]+>/g, '');
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  const gzipOf = (file: string) => gzipSync(readFileSync(resolve(PROJECT_ROOT, 'dist', file))).length;
  const contentGzip = gzipOf('src/page/content.js');
  const cardGzip = gzipOf(CARD_MODULE_FILE);
  console.log(`content script: ${(contentGzip / 1024).toFixed(1)} KB gzip (budget 20 KB); the card's code, loaded on a page's first mention: ${(cardGzip / 1024).toFixed(1)} KB gzip`);

  const text = corpusText();
  const m = runMatcherBench(text.length > 5e6 ? text : text.repeat(Math.ceil(5e6 / text.length)));
  console.log(
    `matcher (${m.aliases} aliases): ${m.oursMBps.toFixed(1)} MB/s on ${m.textMB.toFixed(1)} MB of page text; ` +
      `${m.oursPerRegexp.toFixed(2)}x the time of one combined RegExp of the same aliases`,
  );
  for (const a of m.adversarial) {
    console.log(`matcher, adversarial ${a.input}: ${a.msPerMB.map((x) => x.toFixed(1)).join(' / ')} ms per MB at 0.5 / 1 / 2 MB (2 MB per-MB time ÷ 0.5 MB per-MB time = ${a.perMBRatio.toFixed(2)}; 1.0 is linear)`);
  }

  const harness = await buildHarness();
  // BENCH_PAGES=substring limits the real pages (the generated page always runs).
  const only = process.env.BENCH_PAGES;
  const pages = await runPageBench(benchCorpusPages().filter((p) => !only || p.includes(only)), harness);

  mkdirSync(resolve(PROJECT_ROOT, 'bench'), { recursive: true });
  writeFileSync(
    resolve(PROJECT_ROOT, 'bench/results.json'),
    JSON.stringify({ date: new Date().toISOString(), contentScriptGzipBytes: contentGzip, cardModuleGzipBytes: cardGzip, matcher: m, pages }, null, 2),
  );
  console.log('written: bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
