// Precision and recall of mention detection on our gold set (test/gold/passages.json): real passages from
// public sources in seven languages plus traps, each annotated with its named mentions. Fails below
// precision 0.98 or recall 0.95.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { buildLexicon } from '../../../src/kb/lexicon';
import { compileMatcher } from '../../../src/match/matcher';

interface Passage {
  id: string;
  lang: string;
  trap: boolean;
  text: string;
  mentions: { surface: string; entity: string }[];
}

const gold: { passages: Passage[] } = JSON.parse(readFileSync(new URL('../../gold/passages.json', import.meta.url), 'utf8'));
const matcher = compileMatcher(buildLexicon(loadKnowledgeBase()));

interface Span {
  start: number;
  end: number;
  entity: string;
}

/** The annotated mentions with their offsets, found in order of appearance. */
function expectedSpans(p: Passage): Span[] {
  let from = 0;
  return p.mentions.map((m) => {
    const start = p.text.indexOf(m.surface, from);
    if (start < 0) throw new Error(`${p.id}: "${m.surface}" is not in the text after offset ${from}`);
    from = start + m.surface.length;
    return { start, end: from, entity: m.entity };
  });
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Scores one passage. A found mention is right when it overlaps an annotated mention of the same entity
 * ("Nausėda" for "G. Nausėda" is the same mention). A found mention inside an annotated one of another entity
 * ("Ukraine" inside "Ukraine's application…") is neither right nor wrong: the longer one is counted missed.
 */
function score(p: Passage) {
  const found: readonly Span[] = matcher.find(p.text);
  const expected = expectedSpans(p);
  const matched = new Set<Span>();
  const falsePositives: string[] = [];
  let tp = 0;
  for (const f of found) {
    const hit = expected.find((e) => !matched.has(e) && e.entity === f.entity && overlaps(e, f));
    if (hit) {
      matched.add(hit);
      tp++;
    } else if (!expected.some((e) => overlaps(e, f))) {
      falsePositives.push(`${p.text.slice(f.start, f.end)}→${f.entity}`);
    }
  }
  const falseNegatives = expected.filter((e) => !matched.has(e)).map((e) => `${p.text.slice(e.start, e.end)}→${e.entity}`);
  return { tp, falsePositives, falseNegatives };
}

describe('gold set', () => {
  it('has real passages in every language we match, and traps', () => {
    const langs = new Set(gold.passages.filter((p) => !p.trap).map((p) => p.lang));
    expect([...langs].sort()).toEqual(['de', 'en', 'fr', 'lt', 'pl', 'ru', 'uk']);
    expect(gold.passages.filter((p) => !p.trap).length).toBeGreaterThanOrEqual(40);
    expect(gold.passages.filter((p) => p.trap).length).toBeGreaterThanOrEqual(10);
  });

  it('finds in a trap passage exactly what it annotates: nothing more, nothing read as another entity', () => {
    const wrong = gold.passages.filter((p) => p.trap).flatMap((p) => {
      const { falsePositives, falseNegatives } = score(p);
      return [...falsePositives.map((f) => `${p.id}: extra ${f}`), ...falseNegatives.map((f) => `${p.id}: missed ${f}`)];
    });
    expect(wrong).toEqual([]);
  });

  it('finds named mentions with precision >= 0.98 and recall >= 0.95', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const report: string[] = [];
    for (const p of gold.passages) {
      const s = score(p);
      tp += s.tp;
      fp += s.falsePositives.length;
      fn += s.falseNegatives.length;
      if (s.falsePositives.length || s.falseNegatives.length) {
        report.push(`${p.id}: extra [${s.falsePositives.join(', ')}] missed [${s.falseNegatives.join(', ')}]`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`gold set: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} found, ${fp} extra, ${fn} missed)\n` + report.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
