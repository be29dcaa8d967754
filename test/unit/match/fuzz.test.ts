// The matcher on random and adversarial strings: it never throws, and what it returns is always well formed
// (inside the text, sorted, not overlapping, at word boundaries, an alias's text when folded).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { buildLexicon } from '../../../src/kb/lexicon';
import { foldText } from '../../../src/match/fold';
import { compileMatcher } from '../../../src/match/matcher';
import { compileReferenceMatcher } from './reference-matcher';

const lexicon = buildLexicon(loadKnowledgeBase());
const matcher = compileMatcher(lexicon);
const folded = new Set(lexicon.aliases.map((a) => a.folded));
const pieces = ['NATO', 'Kyiv', 'Vilnius', 'summit', 'Вільнюсі', 'НАТО', "'s", '’', '-', ' ', 'Nausėda', '🇺🇦', 'İ', 'ß', '\u0301', 'MAP', 'map', 'chicken', 'Star', 'Alliance'];

function wellFormed(text: string): void {
  const found = matcher.find(text);
  let lastEnd = 0;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(folded.has(foldText(text.slice(m.start, m.end)))).toBe(true);
    lastEnd = m.end;
  }
}

describe('matcher fuzzing', () => {
  it('handles arbitrary Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), wellFormed), { numRuns: 500 });
  });

  it('handles strings built from aliases, their parts and tricky characters', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((p) => p.join('')), wellFormed), { numRuns: 1000 });
  });

  it('handles lone surrogates and control characters', () => {
    wellFormed('\uD800NATO\uDC00 \u0000NATO\u0007 \uFFFF Kyiv');
    wellFormed('\uD83C');
    wellFormed('');
  });
});

describe('the matcher against its reference', () => {
  const reference = compileReferenceMatcher(lexicon);
  const same = (text: string) => {
    expect(matcher.find(text)).toEqual(reference.find(text));
  };
  const words = [...pieces, 'university', 'Vilnius University', 'chicken Kiev', '\u00a0', '\t', '\n', 'Washington', 'NATO’s', 'summit', 'Nato', 'nato', 'ＮＡＴＯ'];

  // Aliases as written, in capitals and capitalised: case rules are half of what the two must agree on.
  const casings = (texts: fc.Arbitrary<string>) =>
    fc.tuple(texts, fc.constantFrom('as-is', 'upper', 'capital')).map(([t, how]) =>
      how === 'upper' ? t.toUpperCase() : how === 'capital' ? t.charAt(0).toUpperCase() + t.slice(1) : t,
    );

  it('finds exactly what the reference finds in text built from aliases and their neighbours', () => {
    const aliasTexts = lexicon.aliases.map((a) => a.exact ?? a.folded);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), casings(fc.constantFrom(...aliasTexts)), fc.string({ maxLength: 3 })), { maxLength: 40 }).map((p) => p.join(' ')), same),
      { numRuns: 1500 },
    );
  });

  it('finds exactly what the reference finds in arbitrary Unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), same), { numRuns: 500 });
  });
});
