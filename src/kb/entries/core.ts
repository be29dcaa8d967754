// Core entries of the knowledge base: NATO, its founding treaty, the 2023 Vilnius summit, Ukraine's membership
// bid and the places and programme these cards keep referring to. Every fact cites one of its entry's sources;
// all of them were checked on 2026-11-26. Changeable facts carry the newest date a source showed them true.
import type { EntryInput } from '../schema';
import { SOURCES } from './sources';

const CHECKED = '2026-11-26';

/** Words that make a bare "Vilnius" the 2023 summit rather than the city, in the languages we match. */
const SUMMIT_WORDS = [
  'summit', 'summiteers', 'communiqué', 'communique', 'NATO leaders', 'allied leaders', 'Allies', 'Alliance',
  'NATO', 'Nato', 'НАТО', 'OTAN', 'Stoltenberg', 'NATO–Ukraine Council',
  'саміт', 'саміту', 'саміті', 'саммит', 'саммита', 'саммите', 'viršūnių', 'szczyt', 'szczytu', 'szczycie',
  'Gipfel', 'Gipfeltreffen', 'sommet',
];

/**
 * Words that put a plain "Vilnius summit" in November 2013, at the EU's Eastern Partnership summit, where
 * Yanukovych did not sign Ukraine's Association Agreement (European Commission MEMO/13/1057; RFE/RL's live blog
 * of 29 November 2013): not NATO's summit of 2023. No card of ours is about it, so it is left unmarked.
 */
const EASTERN_PARTNERSHIP_WORDS = [
  'Eastern Partnership', 'association agreement', 'Yanukovych', 'Yanukovich', 'Східного партнерства',
  'угоди про асоціацію', 'угоду про асоціацію', 'Янукович', 'Восточного партнерства', 'Partnerstwa Wschodniego',
  'Janukowycz', 'Östlichen Partnerschaft', 'partenariat oriental', 'Rytų partnerystės',
];
const NOT_EASTERN_PARTNERSHIP = { unless: EASTERN_PARTNERSHIP_WORDS };

export const coreEntries: EntryInput[] = [
  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'nato',
    type: 'organization',
    name: 'NATO',
    wikipedia: 'NATO',
    wikidata: 'Q7184',
    aliases: [
      // French news writes the acronym as a word.
      { text: 'Otan', lang: 'fr', caseSensitive: true },
      // Capitalised "Alliance" in other languages: NATO in a text that names NATO.
      { text: 'Альянс', lang: 'uk', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Альянсу', lang: 'uk', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Альянсі', lang: 'uk', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Альянсом', lang: 'uk', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Альянса', lang: 'ru', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Альянсе', lang: 'ru', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Aljansas', lang: 'lt', caseSensitive: true },
      { text: 'Aljanso', lang: 'lt', caseSensitive: true },
      { text: 'Aljanse', lang: 'lt', caseSensitive: true },
      { text: 'Sojusz', lang: 'pl', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Sojuszu', lang: 'pl', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Sojuszem', lang: 'pl', caseSensitive: true, context: { requires: ['NATO', 'Nato', 'НАТО', 'OTAN', 'Otan', 'North Atlantic', 'Allies'] } },
      { text: 'Sojuszu Północnoatlantyckiego', lang: 'pl' },
      { text: 'Sojuszem Północnoatlantyckim', lang: 'pl' },
      { text: 'NATO', lang: 'en' },
      { text: 'Nato', lang: 'en', caseSensitive: true },
      { text: 'North Atlantic Treaty Organization', lang: 'en' },
      { text: 'North Atlantic Treaty Organisation', lang: 'en' },
      { text: 'North Atlantic Alliance', lang: 'en' },
      { text: 'Atlantic Alliance', lang: 'en' },
      // NATO's own texts say "the Alliance"; elsewhere it names other alliances ("Star Alliance", "Rebel Alliance").
      {
        text: 'Alliance',
        lang: 'en',
        caseSensitive: true,
        // "Treaty of Alliance": the 1947 Treaty of Dunkirk's full name, in histories of NATO's founding. Beside
        // a capitalised "Alliance", even lowercase "allies" says NATO ("... and also to inform allies").
        context: { requires: ['NATO', 'Nato', 'OTAN', 'Otan', 'North Atlantic', 'allies', 'allied'], notAfter: ['Star', 'Rebel', 'Grand', 'Holy', 'Oneworld', 'SkyTeam', 'Treaty of'] },
      },
      // Ukrainian and Russian: one alias for both (same spelling; all capitals, so case-sensitive).
      { text: 'НАТО', lang: 'uk' },
      { text: 'Організація Північноатлантичного договору', lang: 'uk' },
      { text: 'Північноатлантичний альянс', lang: 'uk' },
      { text: 'Північноатлантичного альянсу', lang: 'uk' },
      { text: 'Организация Североатлантического договора', lang: 'ru' },
      { text: 'Североатлантический альянс', lang: 'ru' },
      { text: 'Североатлантического альянса', lang: 'ru' },
      // Lithuanian (the acronym itself is "NATO", as in English).
      { text: 'Šiaurės Atlanto sutarties organizacija', lang: 'lt' },
      { text: 'Šiaurės Atlanto aljansas', lang: 'lt' },
      { text: 'Šiaurės Atlanto aljanso', lang: 'lt' },
      // Polish.
      { text: 'Organizacja Traktatu Północnoatlantyckiego', lang: 'pl' },
      { text: 'Sojusz Północnoatlantycki', lang: 'pl' },
      // German ("Nordatlantikpakt" names the 1949 treaty, so it belongs to north-atlantic-treaty).
      { text: 'Organisation des Nordatlantikvertrags', lang: 'de' },
      // French.
      { text: 'OTAN', lang: 'fr' },
      { text: "Organisation du traité de l'Atlantique nord", lang: 'fr' },
      { text: 'Alliance atlantique', lang: 'fr' },
    ],
    summary:
      'A military and political alliance of European and North American states, set up under the North Atlantic ' +
      'Treaty of 1949, whose members commit to defend one another against armed attack. Its headquarters are in Brussels.',
    facts: [
      {
        label: 'Founded',
        value: '4 April 1949, when the North Atlantic Treaty was signed in Washington, D.C.',
        date: '1949-04-04',
        source: 'nato-treaty-text',
      },
      {
        label: 'Headquarters',
        value: 'Brussels, Belgium (Haren, Boulevard Léopold III); based in Brussels since 1967',
        date: '1967',
        source: 'nato-hq-wikipedia',
      },
      { label: 'Members', value: '32 countries', changeable: true, asOf: '2025-06-25', source: 'hague-summit-2025' },
      {
        label: 'Newest member',
        value: 'Sweden, which became the 32nd member on 7 March 2024',
        date: '2024-03-07',
        source: 'anews-sweden-32nd-member',
      },
      {
        label: 'Secretary General',
        value: 'Mark Rutte',
        changeable: true,
        asOf: '2026-01-26',
        source: 'nato-rutte-sede-2026',
      },
      {
        label: 'Secretary General since',
        value: 'Mark Rutte took over from Jens Stoltenberg on 1 October 2024',
        date: '2024-10-01',
        source: 'dw-rutte-takes-over',
      },
    ],
    timeline: [
      { date: '1949-04-04', text: 'Twelve countries sign the North Atlantic Treaty in Washington.', source: 'archives-press-2019' },
      { date: '2024-03-07', text: 'Sweden joins as the 32nd member.', source: 'anews-sweden-32nd-member' },
      { date: '2024-10-01', text: 'Mark Rutte takes over as Secretary General.', source: 'dw-rutte-takes-over' },
    ],
    related: ['north-atlantic-treaty', 'vilnius-summit-2023', 'ukraine-nato-relations', 'membership-action-plan', 'lithuania'],
    sources: [
      SOURCES.natoTreatyText,
      SOURCES.natoHqWikipedia,
      SOURCES.hague2025,
      SOURCES.archivesPress2019,
      SOURCES.anewsSweden32,
      SOURCES.dwRutteTakesOver,
      SOURCES.natoRutteSede2026,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'north-atlantic-treaty',
    type: 'document',
    name: 'North Atlantic Treaty',
    wikipedia: 'North Atlantic Treaty',
    aliases: [
      { text: 'North Atlantic Treaty', lang: 'en' },
      { text: 'Washington Treaty', lang: 'en' },
      { text: 'NATO Treaty', lang: 'en' },
      { text: 'Північноатлантичний договір', lang: 'uk' },
      { text: 'Североатлантический договор', lang: 'ru' },
      { text: 'Šiaurės Atlanto sutartis', lang: 'lt' },
      { text: 'Traktat Północnoatlantycki', lang: 'pl' },
      // German: both names of the 1949 treaty.
      { text: 'Nordatlantikvertrag', lang: 'de' },
      { text: 'Nordatlantikpakt', lang: 'de' },
      { text: "Traité de l'Atlantique Nord", lang: 'fr' },
    ],
    summary:
      'The founding document of NATO, signed in Washington in April 1949 by twelve states. It holds the Article 5 ' +
      'pledge of collective defence and, in Article 10, the rule by which further European states can be invited to join.',
    facts: [
      { label: 'Signed', value: '4 April 1949, Washington, D.C.', date: '1949-04-04', source: 'archives-press-2019' },
      {
        label: 'Original signatories',
        value: '12: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, Netherlands, Norway, Portugal, UK, US',
        source: 'archives-featured-document',
      },
      {
        label: 'Article 5',
        value: 'Collective defence: an armed attack on any Party in Europe or North America is treated as one on all',
        source: 'nato-treaty-text',
      },
      {
        label: 'Article 10',
        value: 'Open door: by unanimous agreement the Parties may invite other European states to accede',
        source: 'nato-treaty-text',
      },
      {
        label: 'Depositary',
        value: 'Government of the United States, which keeps the original text (Article 14)',
        source: 'archives-featured-document',
      },
    ],
    related: ['nato', 'membership-action-plan', 'ukraine-nato-relations'],
    sources: [
      SOURCES.natoTreatyText,
      SOURCES.archivesPress2019,
      {
        id: 'archives-featured-document',
        url: 'https://archives.gov/exhibits/featured-documents/north-atlantic-treaty',
        title: 'The North Atlantic Treaty',
        publisher: 'U.S. National Archives and Records Administration',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'vilnius-summit-2023',
    type: 'event',
    name: '2023 NATO summit in Vilnius',
    wikipedia: '2023 Vilnius NATO summit',
    aliases: [
      // One case-insensitive alias covers both "Vilnius summit" and "Vilnius Summit".
      { text: 'Vilnius summit', lang: 'en', context: NOT_EASTERN_PARTNERSHIP },
      { text: '2023 Vilnius summit', lang: 'en' },
      { text: 'Vilnius NATO summit', lang: 'en' },
      { text: '2023 Vilnius NATO summit', lang: 'en' },
      { text: 'NATO Vilnius summit', lang: 'en' },
      { text: 'NATO summit in Vilnius', lang: 'en' },
      { text: '2023 NATO summit', lang: 'en' },
      // "Vilnius" alone is the summit in a text about the summit ("Allies will decide in Vilnius"), and the
      // city otherwise: the city keeps these words as its default reading.
      ...(
        [['Vilnius', 'en'], ['Vilniuje', 'lt'], ['Вільнюсі', 'uk'], ['Вильнюсе', 'ru'], ['Wilnie', 'pl']] as const
      ).map(([text, lang]) => ({ text, lang, context: { requires: SUMMIT_WORDS, unless: EASTERN_PARTNERSHIP_WORDS, notBefore: ['University'] } })),
      // Ukrainian: nominative, genitive and locative forms news uses ("на саміті НАТО у Вільнюсі").
      { text: 'саміт НАТО у Вільнюсі', lang: 'uk' },
      { text: 'саміту НАТО у Вільнюсі', lang: 'uk' },
      { text: 'саміті НАТО у Вільнюсі', lang: 'uk' },
      { text: 'саміт у Вільнюсі', lang: 'uk', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Вільнюський саміт', lang: 'uk', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Вільнюського саміту', lang: 'uk', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Вільнюському саміті', lang: 'uk', context: NOT_EASTERN_PARTNERSHIP },
      // Russian.
      { text: 'саммит НАТО в Вильнюсе', lang: 'ru' },
      { text: 'саммита НАТО в Вильнюсе', lang: 'ru' },
      { text: 'саммите НАТО в Вильнюсе', lang: 'ru' },
      { text: 'саммит в Вильнюсе', lang: 'ru', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Вильнюсский саммит', lang: 'ru', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Вильнюсского саммита', lang: 'ru', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Вильнюсском саммите', lang: 'ru', context: NOT_EASTERN_PARTNERSHIP },
      // Lithuanian.
      { text: 'NATO viršūnių susitikimas Vilniuje', lang: 'lt' },
      { text: 'Vilniaus viršūnių susitikimas', lang: 'lt', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Vilniaus viršūnių susitikimo', lang: 'lt', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Vilniaus viršūnių susitikime', lang: 'lt', context: NOT_EASTERN_PARTNERSHIP },
      // Polish.
      { text: 'szczyt NATO w Wilnie', lang: 'pl' },
      { text: 'szczytu NATO w Wilnie', lang: 'pl' },
      { text: 'szczycie NATO w Wilnie', lang: 'pl' },
      { text: 'szczyt w Wilnie', lang: 'pl', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'szczytu w Wilnie', lang: 'pl', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'szczycie w Wilnie', lang: 'pl', context: NOT_EASTERN_PARTNERSHIP },
      // German (case-insensitive, so "Nato-Gipfel" is covered too).
      { text: 'NATO-Gipfel in Vilnius', lang: 'de' },
      { text: 'Gipfel in Vilnius', lang: 'de', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Gipfeltreffen in Vilnius', lang: 'de', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Vilnius-Gipfel', lang: 'de', context: NOT_EASTERN_PARTNERSHIP },
      { text: 'Vilnius-Gipfels', lang: 'de', context: NOT_EASTERN_PARTNERSHIP },
      // French.
      { text: "sommet de l'OTAN à Vilnius", lang: 'fr' },
      { text: 'sommet de Vilnius', lang: 'fr', context: NOT_EASTERN_PARTNERSHIP },
    ],
    summary:
      "NATO's summit of 11–12 July 2023 in the Lithuanian capital. Leaders set up the NATO–Ukraine Council, dropped " +
      'the Membership Action Plan step for Ukraine and said it would be invited to join once Allies agree and conditions are met.',
    facts: [
      { label: 'Dates', value: '11–12 July 2023', date: '2023-07-11', source: 'vilnius-summit-wikipedia' },
      { label: 'Venue', value: 'LITEXPO, Vilnius, Lithuania', source: 'vilnius-summit-wikipedia' },
      {
        label: 'Host',
        value: 'Lithuania, hosting a NATO summit for the first time',
        source: 'lithuania-lt-summit-dates',
      },
      {
        label: 'NATO–Ukraine Council',
        value: 'Created at the summit; first met on 12 July 2023 with President Zelenskyy',
        date: '2023-07-12',
        source: 'interfax-nuc-first-meeting',
      },
      {
        label: 'Membership Action Plan',
        value: "No longer required of Ukraine: Allies said its path to membership had moved beyond the need for one",
        date: '2023-07-11',
        source: 'vilnius-communique',
      },
      {
        label: 'Invitation',
        value: 'Ukraine to be invited to join "when Allies agree and conditions are met"',
        date: '2023-07-11',
        source: 'vilnius-communique',
      },
    ],
    timeline: [
      { date: '2022-11-09', text: 'The dates of the Vilnius summit are fixed.', source: 'vilnius-summit-wikipedia' },
      { date: '2023-07-11', text: 'Leaders issue the Vilnius Summit Communiqué.', source: 'vilnius-communique' },
      {
        date: '2023-07-12',
        text: 'The NATO–Ukraine Council holds its first meeting, at leaders’ level.',
        source: 'interfax-nuc-first-meeting',
      },
    ],
    related: ['nato', 'vilnius', 'lithuania', 'ukraine-nato-relations', 'membership-action-plan', 'ukraine'],
    sources: [
      SOURCES.vilniusSummitWiki,
      SOURCES.vilniusCommunique,
      SOURCES.lithuaniaSummitDates,
      SOURCES.interfaxNuc,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'ukraine-nato-relations',
    type: 'process',
    name: "Ukraine's NATO membership bid",
    wikipedia: 'Ukraine–NATO relations',
    aliases: [
      // Folding makes "–"/"-" and "’"/"'" equivalent, so one spelling of each covers both.
      { text: "Ukraine's NATO bid", lang: 'en' },
      { text: "Ukraine's NATO membership bid", lang: 'en' },
      { text: "Ukraine's membership bid", lang: 'en' },
      // A bare "membership bid" is Ukraine's only when Ukraine is the subject around it.
      { text: 'membership bid', lang: 'en', context: { requires: ['Ukraine', 'Kyiv', 'Ukrainian', 'Zelenskyy', 'Zelensky'] } },
      { text: 'Ukrainian membership bid', lang: 'en' },
      { text: "Ukraine's bid to join NATO", lang: 'en' },
      { text: "Ukraine's NATO membership", lang: 'en' },
      { text: 'Ukrainian NATO membership', lang: 'en' },
      { text: "Ukraine's accession to NATO", lang: 'en' },
      { text: 'Ukraine–NATO relations', lang: 'en' },
      { text: 'NATO–Ukraine relations', lang: 'en' },
      { text: 'вступ України до НАТО', lang: 'uk' },
      { text: 'вступление Украины в НАТО', lang: 'ru' },
      { text: 'członkostwo Ukrainy w NATO', lang: 'pl' },
      { text: 'NATO-Beitritt der Ukraine', lang: 'de' },
      { text: "adhésion de l'Ukraine à l'OTAN", lang: 'fr' },
      { text: 'Ukrainos narystė NATO', lang: 'lt' },
    ],
    summary:
      'Ukraine has worked with NATO since the 1990s and formally applied to join in September 2022. Allies have said ' +
      'since 2008 that it will become a member, and later called its path irreversible, but tie an invitation to ' +
      'agreement among Allies and to conditions being met.',
    facts: [
      {
        label: 'Status',
        value: 'Aspiring member, not an Ally; NATO had 32 members at its June 2025 summit',
        changeable: true,
        asOf: '2025-06-25',
        source: 'hague-summit-2025',
      },
      {
        label: 'Application',
        value: 'Zelenskyy announced on 30 September 2022 that Ukraine was applying for fast-track membership',
        date: '2022-09-30',
        source: 'kyiv-independent-application',
      },
      {
        label: 'Bucharest pledge',
        value: 'Allies agreed that Ukraine and Georgia will become NATO members',
        date: '2008-04-03',
        source: 'nato-bucharest-open-door',
      },
      {
        label: 'Constitution',
        value: 'Parliament wrote the goal of EU and NATO membership into the constitution on 7 February 2019',
        date: '2019-02-07',
        source: 'rferl-constitution-2019',
      },
      {
        label: 'Vilnius 2023',
        value: 'Membership Action Plan no longer required; invitation "when Allies agree and conditions are met"',
        date: '2023-07-11',
        source: 'vilnius-communique',
      },
      {
        label: 'Washington 2024',
        value: "Summit declaration called Ukraine's path to full Euro-Atlantic integration, including membership, irreversible",
        date: '2024-07-10',
        source: 'washington-declaration-wikipedia',
      },
    ],
    timeline: [
      { date: '1994', text: "Ukraine joins NATO's Partnership for Peace.", source: 'ukraine-nato-wikipedia' },
      {
        date: '1997-07-09',
        text: 'The Charter on a Distinctive Partnership is signed and sets up the NATO–Ukraine Commission.',
        source: 'nato-charter-15-years',
      },
      {
        date: '2008-04-03',
        text: 'Bucharest summit: Allies agree that Ukraine and Georgia will become members.',
        source: 'nato-bucharest-open-door',
      },
      {
        date: '2010',
        text: 'Under President Yanukovych, parliament adopts non-aligned status and drops the membership goal.',
        source: 'ukraine-nato-wikipedia',
      },
      {
        date: '2014-12-23',
        text: 'Parliament scraps the non-aligned status by 303 votes.',
        source: 'usatoday-non-aligned-2014',
      },
      {
        date: '2019-02-07',
        text: 'Parliament amends the constitution to make EU and NATO membership a strategic goal.',
        source: 'rferl-constitution-2019',
      },
      {
        date: '2022-09-30',
        text: 'Zelenskyy announces that Ukraine has applied for fast-track NATO accession.',
        source: 'kyiv-independent-application',
      },
      {
        date: '2023-07-12',
        text: 'The new NATO–Ukraine Council meets for the first time, at the Vilnius summit.',
        source: 'interfax-nuc-first-meeting',
      },
      {
        date: '2024-07-10',
        text: 'The Washington Summit Declaration describes Ukraine’s path to membership as irreversible.',
        source: 'washington-declaration-wikipedia',
      },
    ],
    related: ['ukraine', 'nato', 'vilnius-summit-2023', 'membership-action-plan', 'north-atlantic-treaty', 'russia'],
    sources: [
      SOURCES.ukraineNatoWiki,
      {
        id: 'nato-charter-15-years',
        url: 'https://www.nato.int/cps/en/natolive/news_89037.htm',
        title: '15 years of Distinctive Partnership between NATO and Ukraine',
        publisher: 'NATO',
      },
      SOURCES.bucharest,
      SOURCES.nonBlocRepeal,
      SOURCES.rferlConstitution2019,
      {
        id: 'kyiv-independent-application',
        url: 'https://kyivindependent.com/zelensky-ukraine-applies-for-fast-track-nato-accession',
        title: 'Ukraine applies for fast-track NATO accession, Stoltenberg to speak soon',
        publisher: 'The Kyiv Independent',
      },
      SOURCES.interfaxNuc,
      SOURCES.vilniusCommunique,
      SOURCES.washingtonDeclarationWiki,
      SOURCES.hague2025,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'ukraine',
    type: 'place',
    name: 'Ukraine',
    wikipedia: 'Ukraine',
    wikidata: 'Q212',
    aliases: [
      { text: 'Україною', lang: 'uk' },
      { text: 'Украиной', lang: 'ru' },
      // Same spelling in German and French ("l'Ukraine" matches too: the apostrophe is a word boundary).
      { text: 'Ukraine', lang: 'en' },
      // Ukrainian: nominative, genitive, dative/locative, accusative.
      { text: 'Україна', lang: 'uk' },
      { text: 'України', lang: 'uk' },
      { text: 'Україні', lang: 'uk' },
      { text: 'Україну', lang: 'uk' },
      // Russian.
      { text: 'Украина', lang: 'ru' },
      { text: 'Украины', lang: 'ru' },
      { text: 'Украине', lang: 'ru' },
      { text: 'Украину', lang: 'ru' },
      // Polish; the nominative "Ukraina" is also Lithuanian.
      { text: 'Ukraina', lang: 'pl' },
      { text: 'Ukrainy', lang: 'pl' },
      { text: 'Ukrainie', lang: 'pl' },
      { text: 'Ukrainę', lang: 'pl' },
      // Lithuanian.
      { text: 'Ukrainos', lang: 'lt' },
      { text: 'Ukrainai', lang: 'lt' },
      { text: 'Ukrainą', lang: 'lt' },
      { text: 'Ukrainoje', lang: 'lt' },
    ],
    summary:
      "A country in eastern Europe, the continent's second largest after Russia, with its capital at Kyiv. It declared " +
      'independence from the Soviet Union in August 1991 and has been resisting a full-scale Russian invasion since February 2022.',
    facts: [
      { label: 'Capital', value: 'Kyiv, on the Dnieper River', source: 'britannica-kyiv-summary' },
      { label: 'Size', value: 'Second-largest country in Europe, after Russia', source: 'britannica-kyiv-summary' },
      {
        label: 'Independence declared',
        value: '24 August 1991, by the Act of Declaration of Independence',
        date: '1991-08-24',
        source: 'independence-declaration-wikipedia',
      },
      {
        label: 'Independence confirmed',
        value: 'By a nationwide referendum on 1 December 1991',
        date: '1991-12-01',
        source: 'independence-declaration-wikipedia',
      },
      {
        label: 'President',
        value: 'Volodymyr Zelenskyy',
        changeable: true,
        asOf: '2026-02-26',
        source: 'aljazeera-geneva-2026',
      },
      {
        label: 'President since',
        value: 'Zelenskyy was sworn in as president on 20 May 2019',
        date: '2019-05-20',
        source: 'the-national-zelenskiy-inauguration',
      },
    ],
    related: ['kyiv', 'ukraine-nato-relations', 'russia', 'nato'],
    sources: [
      SOURCES.britannicaKyivSummary,
      {
        id: 'independence-declaration-wikipedia',
        url: 'https://en.wikipedia.org/wiki/Declaration_of_Independence_of_Ukraine',
        title: 'Declaration of Independence of Ukraine',
        publisher: 'Wikipedia',
      },
      SOURCES.theNationalZelenskiy2019,
      SOURCES.aljazeeraGeneva2026,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'kyiv',
    type: 'place',
    name: 'Kyiv',
    wikipedia: 'Kyiv',
    wikidata: 'Q1899',
    aliases: [
      { text: 'Києву', lang: 'uk' },
      { text: 'Киеву', lang: 'ru' },
      // "Kyiv" and "Kiev" are also the French spellings.
      { text: 'Kyiv', lang: 'en' },
      // "chicken Kiev" is a dish, "Kiev cake" a dessert.
      { text: 'Kiev', lang: 'en', context: { notAfter: ['chicken'], notBefore: ['cake', 'cutlet'] } },
      // Ukrainian: nominative, locative ("у Києві"), genitive.
      { text: 'Київ', lang: 'uk' },
      { text: 'Києві', lang: 'uk' },
      { text: 'Києва', lang: 'uk' },
      // Russian.
      { text: 'Киев', lang: 'ru' },
      { text: 'Киеве', lang: 'ru' },
      { text: 'Киева', lang: 'ru' },
      // Polish.
      { text: 'Kijów', lang: 'pl' },
      { text: 'Kijowie', lang: 'pl' },
      { text: 'Kijowa', lang: 'pl' },
      // Lithuanian.
      { text: 'Kyjivas', lang: 'lt' },
      { text: 'Kyjive', lang: 'lt' },
      { text: 'Kyjivo', lang: 'lt' },
      // German.
      { text: 'Kiew', lang: 'de' },
      { text: 'Kyjiw', lang: 'de' },
    ],
    summary:
      'The capital of Ukraine, on the Dnieper River. One of the oldest cities of eastern Europe, it was the centre of ' +
      'Kyivan Rus and became the capital of independent Ukraine in 1991.',
    facts: [
      { label: 'Status', value: 'Capital of Ukraine', source: 'britannica-kyiv-summary' },
      { label: 'River', value: 'Lies on the Dnieper River', source: 'britannica-kyiv-summary' },
      {
        label: 'Kyivan Rus',
        value: 'By the late 9th century its princes had built the state of Kyivan Rus around the city',
        source: 'britannica-kyiv-summary',
      },
      { label: 'Soviet-era capital', value: 'Capital of the Ukrainian SSR from 1934', date: '1934', source: 'britannica-kyiv-summary' },
      {
        label: 'National capital',
        value: 'Capital of independent Ukraine since 1991',
        date: '1991',
        source: 'britannica-kyiv-summary',
      },
    ],
    related: ['ukraine'],
    sources: [
      SOURCES.britannicaKyivSummary,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'lithuania',
    type: 'place',
    name: 'Lithuania',
    wikipedia: 'Lithuania',
    wikidata: 'Q37',
    aliases: [
      { text: 'Lithuania', lang: 'en' },
      { text: 'Republic of Lithuania', lang: 'en' },
      // Ukrainian; "Литва" and "Литву" are spelled the same in Russian.
      { text: 'Литва', lang: 'uk' },
      { text: 'Литви', lang: 'uk' },
      { text: 'Литві', lang: 'uk' },
      { text: 'Литву', lang: 'uk' },
      // Russian.
      { text: 'Литвы', lang: 'ru' },
      { text: 'Литве', lang: 'ru' },
      // Lithuanian.
      { text: 'Lietuva', lang: 'lt' },
      { text: 'Lietuvos', lang: 'lt' },
      { text: 'Lietuvoje', lang: 'lt' },
      { text: 'Lietuvos Respublika', lang: 'lt' },
      // Polish.
      { text: 'Litwa', lang: 'pl' },
      { text: 'Litwy', lang: 'pl' },
      { text: 'Litwie', lang: 'pl' },
      { text: 'Litwę', lang: 'pl' },
      { text: 'Litauen', lang: 'de' },
      { text: 'Lituanie', lang: 'fr' },
    ],
    summary:
      'A Baltic state on the eastern shore of the Baltic Sea, with its capital at Vilnius. It joined NATO and the ' +
      'European Union in 2004 and hosted the Alliance’s 2023 summit.',
    facts: [
      { label: 'NATO member', value: 'Since 29 March 2004', date: '2004-03-29', source: 'nato-invitees-lithuania' },
      { label: 'EU member', value: 'Since 1 May 2004', date: '2004-05-01', source: 'urm-lithuania-eu' },
      { label: 'Euro', value: 'Joined the euro area on 1 January 2015', date: '2015-01-01', source: 'ecb-joining-euro-area' },
      { label: 'Capital', value: 'Vilnius', source: 'guardian-lithuania-factfile' },
      {
        label: 'President',
        value: 'Gitanas Nausėda, sworn in for a second term on 12 July 2024',
        changeable: true,
        asOf: '2024-07-12',
        source: 'baltic-times-second-term',
      },
      {
        label: 'President since',
        value: 'Nausėda was sworn in on 12 July 2019',
        date: '2019-07-12',
        source: 'irish-examiner-nauseda-2019',
      },
    ],
    related: ['vilnius', 'nato', 'vilnius-summit-2023'],
    sources: [
      {
        id: 'nato-invitees-lithuania',
        url: 'https://www.nato.int/invitees2004/lithuania.htm',
        title: '7 Invitees - Lithuania',
        publisher: 'NATO',
      },
      {
        id: 'urm-lithuania-eu',
        url: 'https://www.urm.lt/en/lithuania-in-the-region-and-the-world/lithuania-member-of-the-european-union/membership/977',
        title: 'Lithuania and EU',
        publisher: 'Ministry of Foreign Affairs of the Republic of Lithuania',
      },
      {
        id: 'ecb-joining-euro-area',
        url: 'https://www.ecb.europa.eu/euro/changeover/html/index.en.html',
        title: 'Joining the euro area',
        publisher: 'European Central Bank',
      },
      SOURCES.guardianLithuania,
      SOURCES.balticTimesSecondTerm,
      SOURCES.irishExaminerNauseda2019,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'vilnius',
    type: 'place',
    name: 'Vilnius',
    wikipedia: 'Vilnius',
    wikidata: 'Q216',
    aliases: [
      // Same spelling in English, Lithuanian, German and French.
      // "Vilnius summit" is a summit's name: NATO's of 2023, or none we have a card for (the EU's of 2013).
      { text: 'Vilnius', lang: 'en', context: { notBefore: ['University', 'summit'] } },
      { text: 'Vilniau', lang: 'lt' },
      { text: 'Vilna', lang: 'en' },
      // Ukrainian: nominative, locative ("у Вільнюсі"), genitive.
      { text: 'Вільнюс', lang: 'uk' },
      { text: 'Вільнюсі', lang: 'uk' },
      { text: 'Вільнюса', lang: 'uk' },
      // Russian.
      { text: 'Вильнюс', lang: 'ru' },
      { text: 'Вильнюсе', lang: 'ru' },
      { text: 'Вильнюса', lang: 'ru' },
      // Lithuanian: locative, genitive.
      { text: 'Vilniuje', lang: 'lt' },
      { text: 'Vilniaus', lang: 'lt' },
      // Polish: nominative, locative ("w Wilnie"); the genitive "Wilna" is listed once, below.
      { text: 'Wilno', lang: 'pl' },
      { text: 'Wilnie', lang: 'pl' },
      // Historical German name, also the Polish genitive of "Wilno".
      { text: 'Wilna', lang: 'de' },
    ],
    summary:
      'The capital of Lithuania. Its Old Town, the seat of the Grand Duchy of Lithuania for centuries, is on the UNESCO ' +
      'World Heritage List, and the city hosted NATO’s summit in July 2023.',
    facts: [
      { label: 'Status', value: 'Capital of Lithuania', source: 'guardian-lithuania-factfile' },
      {
        label: 'World Heritage',
        value: 'Vilnius Historic Centre inscribed on the UNESCO list in December 1994',
        date: '1994-12',
        source: 'unesco-lt-vilnius',
      },
      {
        label: 'History',
        value: 'Political and cultural centre of the Grand Duchy of Lithuania, 13th to 18th century',
        source: 'unesco-lt-vilnius',
      },
      {
        label: 'NATO summit',
        value: 'Hosted the NATO summit of 11–12 July 2023 at LITEXPO',
        date: '2023-07-11',
        source: 'vilnius-summit-wikipedia',
      },
    ],
    related: ['lithuania', 'vilnius-summit-2023'],
    sources: [
      SOURCES.guardianLithuania,
      {
        id: 'unesco-lt-vilnius',
        url: 'https://www.unesco.lt/tangible-cultural-heritage/vilnius-historic-centre',
        title: 'Vilnius Historic Centre',
        publisher: 'Lithuanian National Commission for UNESCO',
      },
      SOURCES.vilniusSummitWiki,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'russia',
    type: 'place',
    name: 'Russia',
    wikipedia: 'Russia',
    wikidata: 'Q159',
    aliases: [
      { text: 'Russia', lang: 'en' },
      { text: 'Russian Federation', lang: 'en' },
      // Ukrainian: nominative, genitive/dative/locative, accusative.
      { text: 'Росія', lang: 'uk' },
      { text: 'Росії', lang: 'uk' },
      { text: 'Росію', lang: 'uk' },
      // Russian.
      { text: 'Россия', lang: 'ru' },
      { text: 'России', lang: 'ru' },
      { text: 'Россию', lang: 'ru' },
      { text: 'Российская Федерация', lang: 'ru' },
      // Lithuanian.
      { text: 'Rusija', lang: 'lt' },
      { text: 'Rusijos', lang: 'lt' },
      { text: 'Rusiją', lang: 'lt' },
      // Polish.
      { text: 'Rosja', lang: 'pl' },
      { text: 'Rosji', lang: 'pl' },
      { text: 'Rosję', lang: 'pl' },
      { text: 'Russland', lang: 'de' },
      { text: 'Russie', lang: 'fr' },
    ],
    summary:
      "The Russian Federation, the world's largest country by area, spanning eastern Europe and northern Asia. It " +
      "annexed Ukraine's Crimea in 2014 and began a full-scale invasion of Ukraine on 24 February 2022.",
    facts: [
      {
        label: 'President',
        value: 'Vladimir Putin',
        changeable: true,
        asOf: '2024-05-07',
        source: 'putin-fifth-inauguration',
      },
      {
        label: 'Current term',
        value: "Putin's fifth presidential term began on 7 May 2024",
        date: '2024-05-07',
        source: 'putin-fifth-inauguration',
      },
      {
        label: 'Putin in office',
        value: 'President since 2012, and earlier from 2000 to 2008',
        source: 'putin-fifth-inauguration',
      },
      {
        label: 'Crimea',
        value: "Putin and Crimean leaders signed a treaty on 18 March 2014 to absorb Ukraine's Crimea into Russia",
        date: '2014-03-18',
        source: 'boston-crimea-treaty-2014',
      },
      {
        label: 'UN response',
        value: 'UN General Assembly resolution 68/262 of 27 March 2014 called the Crimea referendum invalid',
        date: '2014-03-27',
        source: 'unga-68-262',
      },
      {
        label: 'Invasion of Ukraine',
        value: 'Launched on 24 February 2022, with strikes on Kyiv, Kharkiv and other cities',
        date: '2022-02-24',
        source: 'times-invasion-2022',
      },
    ],
    related: ['ukraine', 'ukraine-nato-relations', 'nato'],
    sources: [
      SOURCES.putinFifthInauguration,
      SOURCES.crimeaTreaty,
      SOURCES.unga68262,
      SOURCES.invasionTimes,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'membership-action-plan',
    type: 'process',
    name: 'Membership Action Plan (MAP)',
    wikipedia: 'Membership Action Plan',
    aliases: [
      // Case-insensitive, so it also matches "membership action plan".
      { text: 'Membership Action Plan', lang: 'en' },
      { text: 'MAP', lang: 'en', caseSensitive: true, context: { requires: ['NATO', 'membership', 'Membership', 'Ukraine', 'Allies', 'Alliance', 'accession'] } },
      { text: "Plan d'action pour l'adhésion", lang: 'fr' },
      { text: 'Aktionsplan zur Mitgliedschaft', lang: 'de' },
      { text: 'Plan działań na rzecz członkostwa', lang: 'pl' },
      { text: 'План дій щодо членства', lang: 'uk' },
      { text: 'План действий по членству', lang: 'ru' },
      // Abbreviation shared by Ukrainian and Russian.
      { text: 'ПДЧ', lang: 'uk', caseSensitive: true },
      { text: 'Narystės veiksmų planas', lang: 'lt' },
    ],
    summary:
      'A NATO programme, launched in 1999, of advice, support and yearly feedback for countries preparing to join the ' +
      'Alliance; it guarantees nothing. Ukraine was not offered one in 2008, and in 2023 Allies decided it no longer needs one.',
    facts: [
      {
        label: 'Launched',
        value: 'Approved by NATO leaders at the Washington summit on 24 April 1999',
        date: '1999-04-24',
        source: 'nato-map-text',
      },
      {
        label: 'Purpose',
        value: 'A programme of activities helping aspiring countries prepare for possible membership',
        source: 'nato-map-text',
      },
      {
        label: 'No guarantee',
        value: 'Taking part sets no timetable and does not guarantee eventual membership',
        source: 'nato-map-text',
      },
      {
        label: 'Structure',
        value: 'Five chapters: political and economic, defence and military, resources, security, legal',
        source: 'nato-map-text',
      },
      {
        label: 'Ukraine, 2008',
        value: 'At the Bucharest summit Allies put off a formal path to membership but said Ukraine would become a member',
        date: '2008-04',
        source: 'afp-ukraine-slow-march',
      },
      {
        label: 'Ukraine, 2023',
        value: "Allies declared Ukraine's path to membership has moved beyond the need for a MAP",
        date: '2023-07-11',
        source: 'vilnius-communique',
      },
    ],
    related: ['nato', 'ukraine-nato-relations', 'vilnius-summit-2023', 'north-atlantic-treaty'],
    sources: [
      {
        id: 'nato-map-text',
        url: 'https://www.nato.int/cps/en/natohq/official_texts_27444.htm',
        title: 'Membership Action Plan (MAP)',
        publisher: 'NATO',
      },
      {
        id: 'afp-ukraine-slow-march',
        url: 'https://www.spacewar.com/afp/230710104114.pfut1amj.html',
        title: "Ukraine's slow march towards NATO membership",
        publisher: 'SpaceWar.com (AFP)',
      },
      SOURCES.vilniusCommunique,
    ],
    asOf: CHECKED,
  },
];
