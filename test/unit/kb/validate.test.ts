import { describe, expect, it } from 'vitest';
import { KnowledgeBaseError, loadKnowledgeBase } from '../../../src/kb';
import { allEntries } from '../../../src/kb/entries';
import { isIsoDate } from '../../../src/kb/schema';
import { validateEntries, type KbProblem } from '../../../src/kb/validate';
import { sampleEntries, sampleEntry } from './sample-entries';

function problemsOf(entries: unknown[]): KbProblem[] {
  const result = validateEntries(entries);
  return result.ok ? [] : result.problems;
}

const base = sampleEntries;

describe('knowledge-base validation', () => {
  it('accepts the real knowledge base', () => {
    expect(problemsOf([...allEntries])).toEqual([]);
  });

  it('accepts the sample entries', () => {
    expect(problemsOf(base)).toEqual([]);
  });

  it.each([
    ['unknown related id', { related: ['no-such-entry'] }, 'related.0', /unknown entry id "no-such-entry"/],
    ['non-https source', { sources: [{ id: 's', url: 'http://example.org/', title: 't', publisher: 'p' }] }, 'sources.0.url', /https/],
    ['missing as-of on a changeable fact', { facts: [{ label: 'Members', value: '32', changeable: true, source: 's' }] }, 'facts.0.asOf', /as-of/],
    ['malformed date', { facts: [{ label: 'Founded', value: 'x', date: '1949-02-30', source: 's' }] }, 'facts.0.date', /real date/],
    ['fact citing a missing source', { facts: [{ label: 'Founded', value: 'x', source: 'nope' }] }, 'facts.0.source', /not in sources/],
    ['unknown field', { colour: 'red' }, 'colour', /.+/],
    ['bad type', { type: 'planet' }, 'type', /one of/],
    ['empty summary', { summary: '  ' }, 'summary', /empty/],
  ])('names the entry and field for: %s', (_name, change, field, message) => {
    const bad = { ...sampleEntry({ id: 'bad-entry', aliases: [{ text: 'Bad Entry', lang: 'en' }] }), ...change };
    const problems = problemsOf([...base, bad]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ entry: 'bad-entry', field });
    expect(problems[0]!.message).toMatch(message);
  });

  it('rejects a duplicate id', () => {
    const problems = problemsOf([...base, sampleEntry({ id: 'nato', aliases: [{ text: 'Other', lang: 'en' }] })]);
    expect(problems).toEqual([{ entry: 'nato', field: 'id', message: 'duplicate id' }]);
  });

  it('rejects an alias that another entry already has, under the matcher’s folding', () => {
    const dup = sampleEntry({ id: 'dup', aliases: [{ text: 'KYIV', lang: 'en', caseSensitive: false }] });
    expect(problemsOf([...base, dup])).toEqual([
      { entry: 'dup', field: 'aliases.0.text', message: expect.stringMatching(/^alias "KYIV" is already an alias of "kyiv"; give one of them context.requires/) },
    ]);
    // With a disambiguation rule the same alias may serve two entries.
    const summit = sampleEntry({ id: 'kyiv-summit', aliases: [{ text: 'Kyiv', lang: 'en', context: { requires: ['summit'] } }] });
    expect(problemsOf([...base, summit])).toEqual([]);
    const twice = sampleEntry({ id: 'twice', aliases: [{ text: 'Twice', lang: 'en' }, { text: 'twice', lang: 'en' }] });
    expect(problemsOf([...base, twice])[0]?.message).toMatch(/appears twice in this entry/);
    // A case-sensitive acronym and a case-insensitive word are different aliases ("MAP" vs "map").
    const map = sampleEntry({ id: 'map-word', aliases: [{ text: 'map', lang: 'en' }] });
    expect(problemsOf([...base, map])).toEqual([]);
  });

  it('labels an entry without an id by its position', () => {
    const problems = problemsOf([{ name: 'x' }]);
    expect(problems.every((p) => p.entry === '#0')).toBe(true);
  });

  it('throws one error listing every problem when loading a bad base', () => {
    const bad = sampleEntry({ id: 'bad-entry', related: ['ghost'], facts: [{ label: 'a', value: 'b', source: 'zzz' }] });
    expect(() => loadKnowledgeBase([...base, bad])).toThrow(KnowledgeBaseError);
    expect(() => loadKnowledgeBase([...base, bad])).toThrow(/entry "bad-entry", field "related.0"[\s\S]*entry "bad-entry", field "facts.0.source"/);
  });

  it('knows real dates', () => {
    expect(['2024', '2024-02', '2024-02-29', '2023-07-11'].every(isIsoDate)).toBe(true);
    expect(['2023-02-29', '2024-13', '24-01-01', '2024-1-1', ''].some(isIsoDate)).toBe(false);
  });
});
