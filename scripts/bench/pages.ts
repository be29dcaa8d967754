// The pages the benchmark loads: a generated 5 MB news-like page, and real pages from ../shared/corpus.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../lib/launch';

export const CORPUS = resolve(PROJECT_ROOT, '../shared/corpus');

/** The corpus is needed; under CI its absence is an error, elsewhere it only shrinks the page set. */
export function corpusFiles(): string[] {
  if (!existsSync(CORPUS)) {
    if (process.env.CI) throw new Error(`The page corpus is missing: expected it at ${CORPUS} (see ../shared/corpus/README.md).`);
    return [];
  }
  return ['readability', 'extra'].flatMap((dir) =>
    readdirSync(join(CORPUS, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${dir}/${f}`),
  );
}

/** The `n` largest corpus pages plus the ones that are about NATO, Ukraine or Russia. */
export function benchCorpusPages(n = 5): string[] {
  const files = corpusFiles();
  const largest = [...files].sort((a, b) => statSync(join(CORPUS, b)).size - statSync(join(CORPUS, a)).size).slice(0, n);
  const topical = files.filter((f) => /NATO|Russia|Lithuania|putin|yahoo-2|nytimes-1/i.test(f));
  return [...new Set([...largest, ...topical])];
}

const WORDS = (
  'the government said on monday that talks would continue after a week of meetings in the capital where ' +
  'ministers and officials from several countries discussed trade energy prices and the coming elections ' +
  'while analysts warned that markets could react to any delay in the budget and the central bank'
).split(' ');
const MENTIONS = ['NATO', 'Kyiv', 'the Vilnius summit', "Ukraine's membership bid", 'Lithuania', 'Russia', 'Zelenskyy', 'the EU'];

/** Paragraphs at the top with a mention every ~40 words; further down, one every ~1,000. */
const DENSE_PARAGRAPHS = 30;
const DENSE_RATE = 0.025;
const SPARSE_RATE = 0.001;

/**
 * About 5 MB of text in some 130,000 text nodes (paragraphs of eight nodes: text, links, emphasis), shaped like
 * a long live blog: mentions are dense in the first screens and sparse below, about 850 in all, so that the
 * whole page is matched (a first scan stops once it holds the 1,500 mentions it may mark). Deterministic, so
 * runs compare.
 */
export function generatedPage(targetChars = 5_000_000): string {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let rate = DENSE_RATE;
  const sentence = () => {
    const words: string[] = [];
    for (let i = 0; i < 10; i++) words.push(random() < rate ? MENTIONS[Math.floor(random() * MENTIONS.length)]! : WORDS[Math.floor(random() * WORDS.length)]!);
    return words.join(' ');
  };
  const parts: string[] = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live blog</title></head><body><main>'];
  let chars = 0;
  for (let i = 0; chars < targetChars; i++) {
    if (i === DENSE_PARAGRAPHS) rate = SPARSE_RATE;
    const nodes = [sentence(), sentence(), sentence(), sentence(), sentence(), sentence(), sentence(), sentence()];
    chars += nodes.reduce((n, s) => n + s.length + 1, 0);
    parts.push(
      `<p>${nodes[0]} <a href="#p${i}">${nodes[1]}</a> ${nodes[2]} <em>${nodes[3]}</em> ${nodes[4]} ` +
        `<strong>${nodes[5]}</strong> ${nodes[6]} <span>${nodes[7]}</span></p>`,
    );
  }
  parts.push('</main></body></html>');
  return parts.join('\n');
}
