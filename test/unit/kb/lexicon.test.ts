import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { buildLexicon } from '../../../src/kb/lexicon';
import { isAcronym, packLexicon, unpackLexicon, type Lexicon } from '../../../src/match/lexicon';
import { sampleEntries } from './sample-entries';

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

  it('keeps the case of context words written with a capital, and folds the others', () => {
    const summitVilnius = lexicon.aliases.find((a) => a.folded === 'vilnius' && a.requires);
    expect(summitVilnius?.requires).toEqual(expect.arrayContaining(['summit', 'Allies', 'NATO']));
    expect(summitVilnius?.requires).not.toContain('allies');
    const entry = { ...sampleEntries.find((e) => e.id === 'lithuania')!, aliases: [{ text: 'X', lang: 'en', context: { requires: ['Ukraine’s  bid', 'MEMBERSHIP Bid', 'membership bid'] } }] };
    expect(buildLexicon(loadKnowledgeBase([entry])).aliases[0]?.requires).toEqual(["Ukraine's bid", 'MEMBERSHIP Bid', 'membership bid']);
  });

  describe('packed, as the content script carries it', () => {
    const packed = packLexicon(lexicon);

    it('unpacks to exactly the lexicon it was packed from', () => {
      expect(unpackLexicon(JSON.parse(JSON.stringify(packed)))).toEqual(lexicon);
    });

    it('stores each context word list once, and plain aliases as bare text', () => {
      const lists = lexicon.aliases.flatMap((a) => [a.requires, a.notAfter, a.notBefore, a.unless].filter((l) => l !== undefined));
      expect(packed.words.length).toBe(new Set(lists.map((l) => JSON.stringify(l))).size);
      expect(packed.words.length).toBeLessThan(lists.length);
      const plain = lexicon.aliases.filter((a) => !a.exact && !a.requires && !a.notAfter && !a.notBefore && !a.unless);
      expect(packed.aliases.flat().filter((a) => typeof a === 'string')).toHaveLength(plain.length);
    });

    it('keeps an alias with every kind of condition, and an entity without aliases', () => {
      const small: Lexicon = {
        entities: ['a', 'b', 'c'],
        aliases: [
          { folded: 'x', entity: 2, exact: 'X', requires: ['p'], notAfter: ['q'], notBefore: ['p'] },
          { folded: 'y', entity: 0 },
          { folded: "nato's", entity: 0, exact: "NATO's" },
          { folded: 'z', entity: 1, notBefore: ['q'] },
          { folded: 'w', entity: 1, requires: ['q'] },
          { folded: 'v', entity: 1, unless: ['p', 'Q'] },
        ],
      };
      const back = unpackLexicon(JSON.parse(JSON.stringify(packLexicon(small))));
      expect(back.entities).toEqual(small.entities);
      const [x, y, natos, z, w, v] = small.aliases;
      expect(back.aliases).toEqual([y, natos, z, w, v, x]);
      expect(back.types).toBeUndefined();
    });

    it('refuses a case-sensitive alias whose folded form is not its exact form folded', () => {
      expect(() => packLexicon({ entities: ['a'], aliases: [{ folded: 'x', entity: 0, exact: 'Y' }] })).toThrow(/alias "x" does not fold from its exact form "Y"/);
    });

    it('refuses an alias of an entity that does not exist', () => {
      expect(() => packLexicon({ entities: ['a'], aliases: [{ folded: 'x', entity: 1 }] })).toThrow(/alias "x" names entity 1/);
    });
  });
});
