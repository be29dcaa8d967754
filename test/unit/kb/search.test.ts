import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/kb';
import { buildSearchIndex, MAX_RESULTS, normalizeForSearch, searchEntries } from '../../../src/kb/search';
import { sampleEntries, sampleEntry } from './sample-entries';

const index = buildSearchIndex(
  loadKnowledgeBase([
    ...sampleEntries,
    sampleEntry({ id: 'hague-summit', type: 'event', name: 'The Hague summit', summary: 'A summit of leaders. Held after Vilnius.' }),
  ]),
);
const ids = (query: string) => searchEntries(index, query).map((e) => e.id);

describe('knowledge-base search', () => {
  it('finds an entry by its name or an alias, ignoring case', () => {
    expect(ids('nato')[0]).toBe('nato');
    expect(ids('north atlantic treaty organization')).toEqual(['nato']);
    expect(ids('Kiev')).toEqual(['kyiv']);
  });

  it('ranks exact names, then prefixes, then word starts, then summaries', () => {
    // "vilnius" is the city's exact alias, the summit's first word, and only a word in the Hague summary.
    expect(ids('vilnius')).toEqual(['vilnius', 'vilnius-summit-2023', 'hague-summit']);
    expect(ids('summi')).toEqual(['vilnius-summit-2023', 'hague-summit']);
  });

  it('ignores diacritics, apostrophe and dash variants, and matches words in any order', () => {
    expect(ids('nauseda')).toEqual(['lithuania']);
    expect(ids("Ukraine's membership")).toContain('ukraine-nato-relations');
    expect(ids('ukraine nato')).toContain('ukraine-nato-relations');
    expect(ids('action membership')).toEqual(['membership-action-plan']);
  });

  it('finds Cyrillic aliases', () => {
    expect(ids('вільнюс')).toEqual(['vilnius']);
    expect(ids('нато')).toEqual(['nato']);
  });

  it('returns nothing for an empty, blank or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('!!!')).toEqual([]);
    expect(ids('spaceship')).toEqual([]);
  });

  it('does not match short fragments inside words', () => {
    expect(ids('ua')).toEqual([]); // inside "Lithuania" and "Ukraine"'s neighbours, but at no word start
  });

  it('returns at most a screenful, and copes with a very long query', () => {
    const many = buildSearchIndex(loadKnowledgeBase(Array.from({ length: 20 }, (_, i) => sampleEntry({ id: `summit-${i}`, name: `Summit ${i}` }))));
    expect(searchEntries(many, 'summit')).toHaveLength(MAX_RESULTS);
    expect(searchEntries(many, 'summit '.repeat(1000))).toBeInstanceOf(Array);
  });

  it('normalizes text for comparison', () => {
    expect(normalizeForSearch('  Kyiv’s NATO–Ukraine   Council! ')).toBe("kyiv's nato ukraine council");
  });
});
