// Small, valid entries for tests: shaped like the real ones, with content that tests can rely on.
import type { EntryInput } from '../../../src/kb/schema';

const source = { id: 's', url: 'https://example.org/source', title: 'A source', publisher: 'Example' };

export function sampleEntry(overrides: Partial<EntryInput> & { id: string }): EntryInput {
  return {
    type: 'organization',
    name: overrides.id,
    wikipedia: overrides.id,
    aliases: [{ text: overrides.id, lang: 'en' }],
    summary: 'A summary.',
    facts: [{ label: 'Founded', value: '1949', date: '1949-04-04', source: 's' }],
    related: [],
    sources: [source],
    asOf: '2026-11-01',
    ...overrides,
  };
}

export const sampleEntries: EntryInput[] = [
  sampleEntry({
    id: 'nato',
    name: 'NATO',
    aliases: [
      { text: 'NATO', lang: 'en' },
      { text: 'North Atlantic Treaty Organization', lang: 'en' },
      { text: 'НАТО', lang: 'uk' },
      { text: 'Alliance', lang: 'en', caseSensitive: true, context: { requires: ['NATO', 'Allies'], notAfter: ['Star', 'Rebel'] } },
    ],
    related: ['north-atlantic-treaty'],
  }),
  sampleEntry({
    id: 'north-atlantic-treaty',
    type: 'document',
    aliases: [{ text: 'North Atlantic Treaty', lang: 'en' }],
  }),
  sampleEntry({
    id: 'vilnius',
    type: 'place',
    aliases: [
      { text: 'Vilnius', lang: 'en' },
      { text: 'Вільнюс', lang: 'uk' },
    ],
  }),
  sampleEntry({
    id: 'vilnius-summit-2023',
    type: 'event',
    aliases: [
      { text: 'Vilnius summit', lang: 'en' },
      { text: 'Vilnius', lang: 'en', context: { requires: ['summit', 'Allies'] } },
    ],
  }),
  sampleEntry({ id: 'kyiv', type: 'place', aliases: [{ text: 'Kyiv', lang: 'en' }, { text: 'Kiev', lang: 'en', context: { notAfter: ['chicken'], notBefore: ['cake'] } }] }),
  sampleEntry({ id: 'lithuania', type: 'place', aliases: [{ text: 'Lithuania', lang: 'en' }, { text: 'Nausėda', lang: 'lt' }] }),
  sampleEntry({ id: 'membership-action-plan', type: 'process', aliases: [{ text: 'MAP', lang: 'en' }, { text: 'Membership Action Plan', lang: 'en' }] }),
  sampleEntry({ id: 'ukraine-nato-relations', type: 'process', aliases: [{ text: 'Ukraine–NATO relations', lang: 'en' }, { text: 'Ukraine’s membership bid', lang: 'en' }] }),
];
