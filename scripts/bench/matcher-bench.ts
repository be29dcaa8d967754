// Matcher throughput and its growth on adversarial input, in Node. Anchor: one combined RegExp of the same
// aliases (the usual way highlighters match a word list), measured in the same run.
import { loadKnowledgeBase } from '../../src/kb';
import { buildLexicon } from '../../src/kb/lexicon';
import { compileMatcher } from '../../src/match/matcher';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs = 5): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export interface MatcherBench {
  aliases: number;
  textMB: number;
  oursMs: number;
  oursMBps: number;
  regexpMs: number;
  oursPerRegexp: number;
  adversarial: { input: string; msPerMB: number[]; perMBRatio: number }[];
}

export function runMatcherBench(text: string): MatcherBench {
  const lexicon = buildLexicon(loadKnowledgeBase());
  const matcher = compileMatcher(lexicon);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${lexicon.aliases.map((a) => escape(a.folded)).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  // Pages are matched per text node; lines of the text stand in for text nodes.
  const nodes = text.split('\n');
  const mb = text.length / 1e6;
  const oursMs = time(() => nodes.forEach((n) => matcher.find(n)));
  const regexpMs = time(() => nodes.forEach((n) => n.match(re)));

  const near = [
    ['repeated prefix "NATNATNAT…"', 'NAT'],
    ['near-miss alias "North Atlantic Treat "', 'North Atlantic Treat '],
    ['near-miss inflection "Вільнюсь "', 'Вільнюсь '],
    ['one letter, no spaces "aaaa…"', 'a'],
  ] as const;
  const adversarial = near.map(([input, unit]) => {
    const msPerMB = [0.5, 1, 2].map((size) => {
      const s = unit.repeat(Math.ceil((size * 1e6) / unit.length));
      return time(() => matcher.find(s), 3) / size;
    });
    return { input, msPerMB, perMBRatio: msPerMB[2]! / msPerMB[0]! };
  });
  return { aliases: lexicon.aliases.length, textMB: mb, oursMs, oursMBps: mb / (oursMs / 1000), regexpMs, oursPerRegexp: oursMs / regexpMs, adversarial };
}
