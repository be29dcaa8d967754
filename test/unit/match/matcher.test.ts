import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/kb/lexicon';
import { loadKnowledgeBase } from '../../../src/kb';
import { lexiconAlias } from '../../../src/match/lexicon';
import { compileMatcher } from '../../../src/match/matcher';
import { sampleEntries } from '../kb/sample-entries';

const matcher = compileMatcher(buildLexicon(loadKnowledgeBase(sampleEntries)));
const surfaces = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entity]);

describe('matcher', () => {
  it('finds aliases with their entities and exact offsets', () => {
    const text = 'Friends of NATO met in Vilnius.';
    expect(matcher.find(text)).toEqual([
      { start: 11, end: 15, entity: 'nato' },
      { start: 23, end: 30, entity: 'vilnius' },
    ]);
  });

  it('needs word boundaries, also around non-ASCII letters', () => {
    expect(surfaces('Donato and NATOs and aNATO')).toEqual([]);
    expect(surfaces('President Nausėda spoke')).toEqual([['Nausėda', 'lithuania']]);
    expect(surfaces('Nausėdas')).toEqual([]);
    expect(surfaces('у Вільнюсі')).toEqual([]); // an inflected form is not the nominative alias
    expect(surfaces('саміт у Вільнюс.')).toEqual([['Вільнюс', 'vilnius']]);
    expect(surfaces('члени НАТО')).toEqual([['НАТО', 'nato']]);
  });

  it('applies case rules: acronyms are case-sensitive, names are not', () => {
    expect(surfaces('a map of the venue; the MAP requirement; a Map')).toEqual([['MAP', 'membership-action-plan']]);
    expect(surfaces('nato and Nato')).toEqual([]);
    expect(surfaces('VILNIUS and vilnius')).toEqual([
      ['VILNIUS', 'vilnius'],
      ['vilnius', 'vilnius'],
    ]);
  });

  it('keeps possessives, hyphenated compounds and dash variants', () => {
    expect(surfaces("NATO's plan, NATO’s plan")).toEqual([
      ['NATO', 'nato'],
      ['NATO', 'nato'],
    ]);
    expect(surfaces('a NATO-led mission, pro-NATO voters')).toEqual([
      ['NATO', 'nato'],
      ['NATO', 'nato'],
    ]);
    expect(surfaces("Ukraine's membership bid and Ukraine-NATO relations")).toEqual([
      ["Ukraine's membership bid", 'ukraine-nato-relations'],
      ['Ukraine-NATO relations', 'ukraine-nato-relations'],
    ]);
  });

  it('prefers the longest match and never overlaps', () => {
    expect(surfaces('the North Atlantic Treaty Organization and the North Atlantic Treaty')).toEqual([
      ['North Atlantic Treaty Organization', 'nato'],
      ['North Atlantic Treaty', 'north-atlantic-treaty'],
    ]);
    expect(surfaces('At the Vilnius summit')).toEqual([['Vilnius summit', 'vilnius-summit-2023']]);
  });

  it('reads an ambiguous alias by its context: "Vilnius" is the summit only in a text about the summit', () => {
    expect(surfaces('A weekend in Vilnius: cafés and baroque churches.')).toEqual([['Vilnius', 'vilnius']]);
    expect(surfaces('Allies will decide in Vilnius whether to invite Kyiv.')).toEqual([
      ['Vilnius', 'vilnius-summit-2023'],
      ['Kyiv', 'kyiv'],
    ]);
    // The context can be wider than the text node (the paragraph around it).
    const text = 'decisions may be reached in Vilnius';
    expect(matcher.find(text, () => 'Before the summit, ' + text)[0]?.entity).toBe('vilnius-summit-2023');
    expect(matcher.find(text, () => 'On holiday, ' + text)[0]?.entity).toBe('vilnius');
  });

  it('finds a context word written with a capital only with its capital; the others in any case', () => {
    // NATO's "Allies" makes the summit; a history's lowercase "allies" does not.
    expect(surfaces('Allies will decide in Vilnius.')).toEqual([['Vilnius', 'vilnius-summit-2023']]);
    expect(surfaces('The grand duke and his allies rode back to Vilnius.')).toEqual([['Vilnius', 'vilnius']]);
    expect(surfaces('ALLIES MEET IN VILNIUS')).toEqual([['VILNIUS', 'vilnius']]);
    // "summit" is written in lower case in the knowledge base: any case counts.
    expect(surfaces('SUMMIT WEEK IN VILNIUS')).toEqual([['VILNIUS', 'vilnius-summit-2023']]);
    // Punctuation is folded on both sides all the same (a curly apostrophe, a no-break space).
    const casedPhrase = compileMatcher(
      buildLexicon(loadKnowledgeBase([...sampleEntries.filter((e) => e.id !== 'vilnius-summit-2023'), {
        ...sampleEntries.find((e) => e.id === 'vilnius-summit-2023')!,
        aliases: [{ text: 'Vilnius', lang: 'en', context: { requires: ['NATO’s Allies'] } }],
      }])),
    );
    expect(casedPhrase.find("NATO's\u00a0Allies came to Vilnius.").at(-1)?.entity).toBe('vilnius-summit-2023');
    expect(casedPhrase.find("NATO's allies came to Vilnius.").at(-1)?.entity).toBe('vilnius');
  });

  it('drops an alias right after or before words that change its meaning', () => {
    expect(surfaces('They served chicken Kiev and Kiev cake in Kiev.')).toEqual([['Kiev', 'kyiv']]);
    expect(surfaces('chicken  Kiev')).toEqual([]);
    expect(surfaces('NATO Allies met. The Alliance agreed; the Star Alliance and the Rebel Alliance did not.')).toEqual([
      ['NATO', 'nato'],
      ['Alliance', 'nato'],
    ]);
    expect(surfaces('The Alliance of Liberals met.')).toEqual([]); // no NATO context
    expect(surfaces('NATO$ 5 and NATO $5')).toEqual([['NATO', 'nato']]); // a currency code ("US$") is no mention
  });

  it('drops a reading whose paragraph holds one of its unless words, and reads the words again without it', () => {
    const lexicon = {
      entities: ['vilnius', 'vilnius-summit-2023'],
      aliases: [
        lexiconAlias(0, { text: 'Vilnius', caseSensitive: false }),
        lexiconAlias(1, { text: 'Vilnius summit', caseSensitive: false, unless: ['Eastern Partnership', 'association agreement'] }),
        lexiconAlias(1, { text: 'Vilnius', caseSensitive: false, requires: ['summit'], unless: ['Eastern Partnership', 'association agreement'] }),
      ],
    };
    const summits = compileMatcher(lexicon);
    const found = (text: string, context?: string) =>
      summits.find(text, context === undefined ? undefined : () => context).map((m) => [text.slice(m.start, m.end), m.entity]);
    expect(found('At the Vilnius summit Allies met.')).toEqual([['Vilnius summit', 'vilnius-summit-2023']]);
    expect(found('At the Vilnius summit Kyiv did not sign the Association Agreement.')).toEqual([['Vilnius', 'vilnius']]);
    expect(found('the summit in Vilnius')).toEqual([['Vilnius', 'vilnius-summit-2023']]);
    expect(found('the summit in Vilnius', 'The Eastern Partnership met: the summit in Vilnius')).toEqual([['Vilnius', 'vilnius']]);
    // Case as in requires: a capitalised unless word must appear with its capital.
    expect(found('the summit in Vilnius', 'an eastern partnership of towns: the summit in Vilnius')).toEqual([['Vilnius', 'vilnius-summit-2023']]);
  });

  it('reads a notAfter word that ends in a hyphen as joined to the mention', () => {
    const hungary = compileMatcher({
      entities: ['hungary'],
      aliases: [lexiconAlias(0, { text: 'Hungary', caseSensitive: false, notAfter: ['Austria-'] })],
    });
    const found = (text: string) => hungary.find(text).map((m) => text.slice(0, m.start) + '[' + text.slice(m.start, m.end) + ']');
    expect(found('Austria-Hungary')).toEqual([]);
    expect(found('Austria–Hungary')).toEqual([]); // the dash folds to a hyphen
    expect(found('Austria- Hungary')).toEqual([]);
    expect(found('Austria and Hungary')).toEqual(['Austria and [Hungary]']);
    expect(found('Kraustria-Hungary')).toEqual(['Kraustria-[Hungary]']); // "Austria-" must be a word of its own
  });

  it('keeps offsets right around characters that change length when lower-cased or need two code units', () => {
    const text = 'İİ 🇺🇦 NATO';
    const [m] = matcher.find(text);
    expect(text.slice(m!.start, m!.end)).toBe('NATO');
  });
});
