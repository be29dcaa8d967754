import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { buildLexicon } from '../../../src/kb/lexicon';
import { isAcronym } from '../../../src/match/lexicon';

describe('lexicon', () => {
  const entries = loadKnowledgeBase();
  const lexicon = buildLexicon(entries);

  it('holds every alias of every entry and nothing of the entry bodies', () => {
    expect(lexicon.entities).toEqual(entries.map((e) => e.id));
    expect(lexicon.aliases).toHaveLength(entries.reduce((n, e) => n + e.aliases.length, 0));
    const json = JSON.stringify(lexicon);
    for (const e of entries) {
      expect(json).not.toContain(e.summary);
      for (const s of e.sources) expect(json).not.toContain(s.url);
    }
  });

  it('makes acronyms case-sensitive by default', () => {
    expect(isAcronym('NATO')).toBe(true);
    expect(isAcronym('НАТО')).toBe(true);
    expect(isAcronym('MAP')).toBe(true);
    expect(isAcronym('Kyiv')).toBe(false);
    expect(isAcronym('A')).toBe(false);
    expect(lexicon.aliases.find((a) => a.folded === 'nato' && a.exact === 'NATO')).toBeDefined();
    expect(lexicon.aliases.find((a) => a.folded === 'kyiv')?.exact).toBeUndefined();
  });
});
