// Alliance entries: the treaty articles that cards keep quoting, the Secretary General's office, NATO
// headquarters, the 2014 and 2025 spending commitments, the summits around Vilnius (Bucharest 2008 to
// Ankara 2026), the NATO–Ukraine bodies and texts, Partnership for Peace and the enlargement process.
// Every fact cites one of its entry's sources; all were checked on 2026-11-26. Changeable facts carry the
// newest date a source showed them true.
import type { EntryInput } from '../schema';
import { SOURCES } from './sources';

const CHECKED = '2026-11-26';

/**
 * NATO also met in Madrid in 1997 and in Washington in 1999 (the summits of the NATO–Ukraine Charter and of the
 * Membership Action Plan, which texts about Ukraine's bid recall). A summit's plain name is the recent one
 * unless the earlier year is written right before or after it: "the 1997 Madrid summit", "the Washington
 * summit in April 1999", "NATO-Gipfel in Washington im April 1999".
 */
function notTheSummitOf(year: string, month: { en: string; fr: string; de: string; pl: string }) {
  return {
    notAfter: [year],
    notBefore: [
      year, `in ${year}`, `of ${year}`, `in ${month.en} ${year}`, `of ${month.en} ${year}`, `en ${year}`,
      `en ${month.fr} ${year}`, `im ${month.de} ${year}`, `w ${year}`, `w ${month.pl} ${year}`, `у ${year}`, `в ${year}`,
    ],
  };
}
const NOT_MADRID_1997 = notTheSummitOf('1997', { en: 'July', fr: 'juillet', de: 'Juli', pl: 'lipcu' });
const NOT_WASHINGTON_1999 = notTheSummitOf('1999', { en: 'April', fr: 'avril', de: 'April', pl: 'kwietniu' });

export const allianceEntries: EntryInput[] = [
  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'article-5',
    type: 'document',
    name: 'Article 5 of the North Atlantic Treaty',
    wikipedia: 'North Atlantic Treaty',
    aliases: [
      // Bare "Article 5" is NATO's only in a text about NATO (many laws and treaties have an Article 5).
      { text: 'Article 5', lang: 'en', context: { requires: ['NATO', 'North Atlantic', 'collective defence', 'collective defense', 'Allies', 'alliance'] } },
      { text: 'Article Five', lang: 'en', context: { requires: ['NATO', 'North Atlantic', 'collective defence', 'collective defense', 'Allies', 'alliance'] } },
      { text: 'Article 5 of the Washington Treaty', lang: 'en' },
      { text: 'Article 5 of the North Atlantic Treaty', lang: 'en' },
      { text: "NATO's Article 5", lang: 'en' },
      { text: 'collective defence clause', lang: 'en' },
      { text: 'collective defense clause', lang: 'en' },
      { text: 'стаття 5 Статуту НАТО', lang: 'uk' },
      { text: 'статья 5 Устава НАТО', lang: 'ru' },
      { text: 'artykuł 5 Traktatu Północnoatlantyckiego', lang: 'pl' },
      { text: 'Artikel 5 des NATO-Vertrags', lang: 'de' },
      { text: "article 5 du traité de l'Atlantique Nord", lang: 'fr' },
    ],
    summary:
      "NATO's collective defence clause: an armed attack on one or more Allies in Europe or North America counts " +
      'as an attack on all, and each Ally helps with the action it judges necessary. It has been invoked once, the day after the 11 September 2001 attacks.',
    facts: [
      {
        label: 'Commitment',
        value: 'An armed attack on any Ally in Europe or North America is treated as an attack on all of them',
        source: 'nato-treaty-text',
      },
      {
        label: 'Response',
        value: 'Each Ally assists with whatever action it deems necessary, which may include armed force',
        source: 'nato-treaty-text',
      },
      {
        label: 'First invocation',
        value: 'On 12 September 2001, the day after the terrorist attacks on the United States',
        date: '2001-09-12',
        source: 'nac-statement-2011',
      },
      {
        label: 'Confirmed',
        value: 'On 2 October 2001, once it was established that the attacks had been directed from abroad',
        date: '2001-10-02',
        source: 'nato-update-2001-10-02',
      },
      {
        label: 'Times invoked',
        value: 'Once in NATO’s history',
        changeable: true,
        asOf: '2015-12-21',
        source: 'nato-collective-defence',
      },
      {
        label: 'Reaffirmed',
        value: 'Leaders called their commitment to Article 5 ironclad at The Hague summit',
        date: '2025-06-25',
        source: 'tribune-hague-2025',
      },
    ],
    timeline: [
      { date: '1949-04-04', text: 'The North Atlantic Treaty, with Article 5, is signed in Washington.', source: 'nato-treaty-text' },
      { date: '2001-09-12', text: 'Allies invoke Article 5 after the 11 September attacks.', source: 'nac-statement-2011' },
      {
        date: '2001-10-02',
        text: 'The North Atlantic Council confirms that the attacks fall under Article 5.',
        source: 'nato-update-2001-10-02',
      },
    ],
    related: ['north-atlantic-treaty', 'nato', 'article-10', 'united-states'],
    sources: [
      SOURCES.natoTreatyText,
      {
        id: 'nac-statement-2011',
        url: 'https://www.nato.int/cps/en/natohq/news_77926.htm',
        title:
          'Statement by the North Atlantic Council on the occasion of the 10th anniversary of the invocation of article 5 on 12 September 2001',
        publisher: 'NATO',
      },
      {
        id: 'nato-update-2001-10-02',
        url: 'https://www.nato.int/docu/update/2001/1001/e1002a.htm',
        title: 'Invocation of Article 5 confirmed',
        publisher: 'NATO',
      },
      {
        id: 'nato-collective-defence',
        url: 'https://www.nato.int/cps/en/natohq/126244.htm',
        title: '2. Collective Defence',
        publisher: 'NATO',
      },
      SOURCES.tribuneHague2025,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'article-10',
    type: 'document',
    name: 'Article 10 of the North Atlantic Treaty',
    wikipedia: 'NATO open door policy',
    aliases: [
      { text: 'Article 10', lang: 'en', context: { requires: ['NATO', 'North Atlantic', 'open door', 'Allies', 'alliance'] } },
      // "Article 10" alone is left out: many other texts (the ECHR, for one) have an Article 10.
      { text: 'Article 10 of the North Atlantic Treaty', lang: 'en' },
      { text: 'Article 10 of the Washington Treaty', lang: 'en' },
      { text: "NATO's Article 10", lang: 'en' },
      { text: "NATO's open door policy", lang: 'en' },
      { text: "NATO's open-door policy", lang: 'en' },
      { text: 'NATO open door policy', lang: 'en' },
      { text: 'NATO open-door policy', lang: 'en' },
      { text: "NATO's open door", lang: 'en' },
      { text: 'політика відкритих дверей НАТО', lang: 'uk' },
      { text: 'политика открытых дверей НАТО', lang: 'ru' },
      { text: 'polityka otwartych drzwi NATO', lang: 'pl' },
    ],
    summary:
      'The enlargement clause of the North Atlantic Treaty: by unanimous agreement, Allies may invite another ' +
      'European state able to further the treaty’s principles and add to North Atlantic security. It underpins NATO’s open door policy.',
    facts: [
      {
        label: 'Who can be invited',
        value: 'Any other European state in a position to further the treaty’s principles and contribute to security in the North Atlantic area',
        source: 'nato-treaty-text',
      },
      { label: 'Decision rule', value: 'Invitations need the unanimous agreement of the Parties', source: 'nato-treaty-text' },
      {
        label: 'How a state joins',
        value: 'By depositing its instrument of accession with the US government, which informs the other Parties',
        source: 'nato-treaty-text',
      },
      {
        label: 'Reaffirmed, 1994',
        value: 'When launching Partnership for Peace, leaders restated that the Alliance stays open under Article 10',
        date: '1994-01-10',
        source: 'pfp-invitation-1994',
      },
      {
        label: 'Reaffirmed, 2024',
        value: 'The Washington Summit Declaration restated NATO’s open door policy',
        date: '2024-07-10',
        source: 'washington-declaration-wikipedia',
      },
    ],
    related: ['north-atlantic-treaty', 'nato-enlargement', 'article-5', 'membership-action-plan', 'nato'],
    sources: [SOURCES.natoTreatyText, SOURCES.pfpInvitation, SOURCES.washingtonDeclarationWiki],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'nato-secretary-general',
    type: 'organization',
    name: 'Secretary General of NATO',
    wikipedia: 'Secretary General of NATO',
    aliases: [
      { text: 'генерального секретаря НАТО', lang: 'uk' },
      { text: 'генеральним секретарем НАТО', lang: 'uk' },
      { text: 'генсека НАТО', lang: 'uk' },
      { text: 'Szef NATO', lang: 'pl' },
      { text: 'szef Sojuszu Północnoatlantyckiego', lang: 'pl' },
      { text: "secrétaire général de l'Otan", lang: 'fr', caseSensitive: true },
      { text: "secrétaire général de l'Organisation du traité de l'Atlantique nord", lang: 'fr' },
      // Folding does not equate a space with a hyphen, so both spellings are listed.
      { text: 'NATO Secretary General', lang: 'en' },
      { text: 'NATO Secretary-General', lang: 'en' },
      { text: 'Secretary General of NATO', lang: 'en' },
      { text: 'Secretary-General of NATO', lang: 'en' },
      { text: "NATO's secretary general", lang: 'en' },
      { text: "NATO's secretary-general", lang: 'en' },
      { text: 'NATO chief', lang: 'en' },
      { text: 'Генеральний секретар НАТО', lang: 'uk' },
      // Same spelling in Ukrainian and Russian.
      { text: 'генсек НАТО', lang: 'uk' },
      { text: 'Генеральный секретарь НАТО', lang: 'ru' },
      { text: 'sekretarz generalny NATO', lang: 'pl' },
      { text: 'NATO-Generalsekretär', lang: 'de' },
      { text: "secrétaire général de l'OTAN", lang: 'fr' },
      { text: 'NATO generalinis sekretorius', lang: 'lt' },
    ],
    summary:
      'NATO’s top international civil servant, who chairs the North Atlantic Council, speaks for the Alliance ' +
      'and heads its International Staff. Mark Rutte has held the post since 1 October 2024, succeeding Jens Stoltenberg.',
    facts: [
      {
        label: 'Role',
        value: 'Chairs the North Atlantic Council and other senior bodies, is the chief spokesperson and heads the International Staff',
        source: 'nato-archives-sg',
      },
      {
        label: 'Term',
        value: 'Chosen by member governments for an initial four years, which can be extended by mutual consent',
        source: 'nato-archives-sg',
      },
      { label: 'Holder', value: 'Mark Rutte', changeable: true, asOf: '2026-02-13', source: 'brussels-times-rutte-2026' },
      {
        label: 'In office since',
        value: 'Rutte took over from Jens Stoltenberg on 1 October 2024',
        date: '2024-10-01',
        source: 'dw-rutte-takes-over',
      },
      {
        label: 'Appointed',
        value: 'The North Atlantic Council chose Rutte on 26 June 2024',
        date: '2024-06-26',
        source: 'shine-rutte-appointed',
      },
      {
        label: 'Predecessor',
        value: 'Jens Stoltenberg, who took up the office on 1 October 2014',
        date: '2014-10-01',
        source: 'nato-stoltenberg-takes-office',
      },
    ],
    timeline: [
      { date: '2014-10-01', text: 'Jens Stoltenberg becomes Secretary General.', source: 'nato-stoltenberg-takes-office' },
      { date: '2024-06-26', text: 'Allies appoint Mark Rutte as the next Secretary General.', source: 'shine-rutte-appointed' },
      { date: '2024-10-01', text: 'Rutte takes over from Stoltenberg.', source: 'dw-rutte-takes-over' },
    ],
    related: ['mark-rutte', 'jens-stoltenberg', 'nato', 'nato-headquarters'],
    sources: [
      {
        id: 'nato-archives-sg',
        url: 'https://archives.nato.int/actor/browse?sort=identifier&entityType=132&sortDir=asc',
        title: 'Secretary General',
        publisher: 'NATO Archives',
      },
      {
        id: 'brussels-times-rutte-2026',
        url: 'https://www.brusselstimes.com/belgium/1970394/nato-chief-praises-staggering-shift-in-european-defence-mindset/',
        title: "NATO chief praises 'staggering' shift in European defence mindset",
        publisher: 'The Brussels Times',
      },
      SOURCES.dwRutteTakesOver,
      SOURCES.shineRutteAppointed,
      SOURCES.natoStoltenbergTakesOffice,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'nato-headquarters',
    type: 'place',
    name: 'NATO headquarters',
    wikipedia: 'NATO headquarters',
    aliases: [
      { text: 'NATO headquarters', lang: 'en' },
      { text: "NATO's headquarters", lang: 'en' },
      { text: 'NATO HQ', lang: 'en' },
      { text: 'Boulevard Léopold III', lang: 'fr' },
      // Same spelling in Ukrainian and Russian.
      { text: 'штаб-квартира НАТО', lang: 'uk' },
      { text: 'kwatera główna NATO', lang: 'pl' },
      { text: 'NATO-Hauptquartier', lang: 'de' },
      { text: "siège de l'OTAN", lang: 'fr' },
      { text: 'NATO būstinė', lang: 'lt' },
    ],
    summary:
      'The political and administrative seat of NATO, on Boulevard Léopold III in Haren, part of the City of Brussels. ' +
      'The Alliance moved there from Paris in 1967 and since 2018 has worked from a new building across the road from the original one.',
    facts: [
      {
        label: 'Address',
        value: 'Boulevard Léopold III, 1110 Haren, City of Brussels, Belgium',
        source: 'nato-hq-wikipedia',
      },
      {
        label: 'In Brussels since',
        value: '1967, after earlier seats in London (1949–1952) and Paris (1952–1967)',
        date: '1967',
        source: 'nato-hq-wikipedia',
      },
      {
        label: 'Why it left Paris',
        value: 'France withdrew from NATO’s integrated military structure in 1966, prompting the move to Belgium',
        date: '1966',
        source: 'nato-review-big-move',
      },
      {
        label: 'New building',
        value: 'Inaugurated by Allied leaders on 25 May 2017',
        date: '2017-05-25',
        source: 'nato-hq-wikipedia',
      },
      {
        label: 'Move completed',
        value: 'The last Council meeting in the old building was held on 27 April 2018, with the move due to finish by mid-June 2018',
        date: '2018',
        source: 'nato-last-nac-old-hq',
      },
    ],
    timeline: [
      { date: '1967', text: 'NATO headquarters moves from Paris to Brussels.', source: 'nato-hq-wikipedia' },
      { date: '2017-05-25', text: 'Leaders inaugurate the new headquarters building.', source: 'nato-hq-wikipedia' },
      {
        date: '2018-04-27',
        text: 'The final North Atlantic Council meeting is held in the original building.',
        source: 'nato-last-nac-old-hq',
      },
    ],
    related: ['nato', 'nato-secretary-general'],
    sources: [
      SOURCES.natoHqWikipedia,
      {
        id: 'nato-review-big-move',
        url: 'https://www.nato.int/docu/review/2007/issue2/english/history.html',
        title: 'The big move',
        publisher: 'NATO Review',
      },
      {
        id: 'nato-last-nac-old-hq',
        url: 'https://www.nato.int/cps/en/natohq/news_154108.htm',
        title: 'Secretary General chairs last-ever North Atlantic Council meeting in NATO’s original Brussels Headquarters building',
        publisher: 'NATO',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'wales-defence-investment-pledge-2014',
    type: 'process',
    name: 'Wales Defence Investment Pledge (2% of GDP guideline)',
    wikipedia: '2014 Wales summit',
    aliases: [
      { text: 'Defence Investment Pledge', lang: 'en' },
      { text: 'Defense Investment Pledge', lang: 'en' },
      { text: 'Wales pledge', lang: 'en' },
      { text: 'Wales Defence Investment Pledge', lang: 'en' },
      { text: "NATO's 2% target", lang: 'en' },
      { text: 'NATO 2% target', lang: 'en' },
      { text: "NATO's 2% guideline", lang: 'en' },
      { text: '2% of GDP guideline', lang: 'en' },
      { text: 'two percent guideline', lang: 'en' },
      { text: 'Zwei-Prozent-Ziel', lang: 'de' },
    ],
    summary:
      'The spending pledge NATO leaders made at their Wales summit in September 2014: Allies below 2% of GDP on ' +
      'defence would stop cutting and aim to reach 2% within a decade, with a fifth of budgets going to major equipment. It was superseded by the 5% commitment of 2025.',
    facts: [
      {
        label: 'Agreed',
        value: 'By the 28 Allied leaders at their Wales summit on 5 September 2014',
        date: '2014-09-05',
        source: 'nato-wales-pledge-news',
      },
      {
        label: 'The 2% guideline',
        value: 'Allies would reverse the decline in defence budgets and aim to move towards the guideline of spending 2% of GDP, over the coming decade',
        source: 'nato-wales-pledge-news',
      },
      {
        label: 'Equipment',
        value: 'Allies also pledged to aim to spend 20% of their defence spending on new equipment',
        source: 'wales-summit-wikipedia',
      },
      {
        label: 'Origin',
        value: 'The 2% guideline was first agreed by NATO defence ministers in 2006',
        date: '2006',
        source: 'shephard-2-percent',
      },
      {
        label: 'Allies meeting 2%',
        value: 'All Allies expected to spend at least 2% of GDP in 2025, per NATO estimates of 28 August 2025',
        changeable: true,
        asOf: '2025-08-28',
        source: 'hurriyet-spending-2025',
      },
      {
        label: 'Superseded',
        value: 'Replaced by the 5%-of-GDP commitment agreed at The Hague in June 2025',
        date: '2025-06-25',
        source: 'hurriyet-spending-2025',
      },
    ],
    related: ['hague-defence-commitment-2025', 'nato', 'hague-summit-2025'],
    sources: [
      {
        id: 'nato-wales-pledge-news',
        url: 'https://www.nato.int/cps/en/natohq/news_112461.htm',
        title: 'Allied leaders pledge to reverse defence cuts, reaffirm transatlantic bond',
        publisher: 'NATO',
      },
      {
        id: 'wales-summit-wikipedia',
        url: 'https://en.wikipedia.org/wiki/2014_Wales_NATO_summit',
        title: '2014 Wales NATO summit',
        publisher: 'Wikipedia',
      },
      {
        id: 'shephard-2-percent',
        url: 'https://www.shephardmedia.com/news/defence-notes/nato-estimates-that-70-of-the-member-states-will-not-reach-2-of-the-gdp-in-defence-spending-in-2022/',
        title: 'NATO estimates most members will not reach 2% of GDP defence spending target in 2022',
        publisher: 'Shephard Media',
      },
      SOURCES.hurriyetSpending2025,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'hague-defence-commitment-2025',
    type: 'process',
    name: 'The Hague defence investment commitment (5% of GDP)',
    wikipedia: '2025 The Hague NATO summit',
    aliases: [
      { text: 'Hague Defence Investment Plan', lang: 'en' },
      { text: 'Defence Investment Plan', lang: 'en' },
      { text: "NATO's 5% target", lang: 'en' },
      { text: 'NATO 5% target', lang: 'en' },
      { text: '5% defence spending target', lang: 'en' },
      { text: '5% defense spending target', lang: 'en' },
      { text: '5% of GDP target', lang: 'en' },
      { text: 'Fünf-Prozent-Ziel', lang: 'de' },
    ],
    summary:
      'The pledge NATO leaders adopted at The Hague on 25 June 2025 to spend 5% of GDP a year by 2035: at least ' +
      '3.5% on core defence and up to 1.5% on defence- and security-related items, with yearly national plans and a review in 2029.',
    facts: [
      {
        label: 'Agreed',
        value: 'In The Hague Summit Declaration of 25 June 2025',
        date: '2025-06-25',
        source: 'firstpost-hague-declaration',
      },
      {
        label: 'Headline target',
        value: '5% of GDP a year by 2035 on core defence and defence- and security-related spending',
        source: 'firstpost-hague-declaration',
      },
      {
        label: 'Core defence',
        value: 'At least 3.5% of GDP under NATO’s definition of defence spending, to meet capability targets',
        source: 'firstpost-hague-declaration',
      },
      {
        label: 'Related spending',
        value: 'Up to 1.5% of GDP for critical infrastructure, networks, civil preparedness, innovation and the defence industry',
        source: 'firstpost-hague-declaration',
      },
      {
        label: 'Follow-up',
        value: 'Allies submit annual plans with a credible path to the goal; the trajectory is reviewed in 2029',
        source: 'firstpost-hague-declaration',
      },
      {
        label: 'Spain',
        value: 'Rutte confirmed Spain’s flexibility to set its own path to its capability targets; Madrid said it would spend about 2.1% of GDP',
        date: '2025-06',
        source: 'govconwire-spain-flexibility',
      },
    ],
    related: ['hague-summit-2025', 'wales-defence-investment-pledge-2014', 'nato', 'mark-rutte', 'ankara-summit-2026'],
    sources: [
      SOURCES.hagueDeclaration,
      {
        id: 'govconwire-spain-flexibility',
        url: 'https://www.govconexec.com/2025/06/nato-allies-agree-to-new-defense-spending-goal',
        title: 'NATO Allies Agree to New Defense Spending Goal, Grant Spain Flexibility',
        publisher: 'GovCon Wire',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'bucharest-summit-2008',
    type: 'event',
    name: '2008 NATO summit in Bucharest',
    wikipedia: '2008 Bucharest NATO summit',
    aliases: [
      { text: 'sommet de Bucarest', lang: 'fr' },
      { text: '2008 Summit in Bucharest', lang: 'en' },
      { text: 'Bucharest summit', lang: 'en' },
      { text: '2008 Bucharest summit', lang: 'en' },
      { text: 'Bucharest NATO summit', lang: 'en' },
      { text: 'NATO Bucharest summit', lang: 'en' },
      { text: 'NATO summit in Bucharest', lang: 'en' },
      { text: 'Bucharest Summit Declaration', lang: 'en' },
      { text: 'Bucharest declaration', lang: 'en' },
      { text: 'Бухарестський саміт', lang: 'uk' },
      { text: 'саміт НАТО в Бухаресті', lang: 'uk' },
      { text: 'Бухарестский саммит', lang: 'ru' },
      { text: 'саммит НАТО в Бухаресте', lang: 'ru' },
      { text: 'szczyt NATO w Bukareszcie', lang: 'pl' },
      { text: 'NATO-Gipfel in Bukarest', lang: 'de' },
      { text: "sommet de l'OTAN à Bucarest", lang: 'fr' },
    ],
    summary:
      'NATO’s summit of 2–4 April 2008 in Bucharest, Romania. Leaders agreed that Ukraine and Georgia will become ' +
      'members but did not grant them a Membership Action Plan, and invited Albania and Croatia to join.',
    facts: [
      { label: 'Dates', value: '2–4 April 2008', date: '2008-04-02', source: 'nato-bucharest-summit-page' },
      {
        label: 'Ukraine and Georgia',
        value: 'Allies agreed that these countries will become members of NATO',
        date: '2008-04-03',
        source: 'nato-bucharest-open-door',
      },
      {
        label: 'Invitations',
        value: 'Albania and Croatia invited to join; the former Yugoslav Republic of Macedonia would be invited once its name dispute with Greece was settled',
        date: '2008-04-03',
        source: 'nato-bucharest-open-door',
      },
    ],
    related: ['ukraine-nato-relations', 'membership-action-plan', 'ukraine', 'nato-enlargement', 'vilnius-summit-2023'],
    sources: [
      {
        id: 'nato-bucharest-summit-page',
        url: 'https://www.nato.int/docu/comm/2008/0804-bucharest/events.html',
        title: 'NATO Bucharest Summit',
        publisher: 'NATO',
      },
      SOURCES.bucharest,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'madrid-summit-2022',
    type: 'event',
    name: '2022 NATO summit in Madrid',
    wikipedia: '2022 Madrid NATO summit',
    aliases: [
      { text: 'Madrid summit', lang: 'en', context: NOT_MADRID_1997 },
      { text: '2022 Madrid summit', lang: 'en' },
      { text: 'Madrid NATO summit', lang: 'en', context: NOT_MADRID_1997 },
      { text: 'NATO summit in Madrid', lang: 'en', context: NOT_MADRID_1997 },
      { text: '2022 NATO summit', lang: 'en' },
      { text: 'Madrid Summit Declaration', lang: 'en' },
      { text: 'саміт НАТО в Мадриді', lang: 'uk', context: NOT_MADRID_1997 },
      { text: 'саммит НАТО в Мадриде', lang: 'ru', context: NOT_MADRID_1997 },
      { text: 'szczyt NATO w Madrycie', lang: 'pl', context: NOT_MADRID_1997 },
      { text: 'NATO-Gipfel in Madrid', lang: 'de', context: NOT_MADRID_1997 },
      { text: "sommet de l'OTAN à Madrid", lang: 'fr', context: NOT_MADRID_1997 },
    ],
    summary:
      'NATO’s summit in Madrid, Spain, held 28–30 June 2022 with leaders meeting on 29–30 June, four months into ' +
      'Russia’s full-scale invasion of Ukraine. Leaders invited Finland and Sweden to join and adopted a new Strategic Concept.',
    facts: [
      {
        label: 'Dates',
        value: '29–30 June 2022',
        date: '2022-06-29',
        source: 'madrid-wikipedia',
      },
      {
        label: 'Venue',
        value: 'IFEMA trade fair centre, Madrid; Spain was host, 40 years after joining NATO',
        source: 'moncloa-madrid-summit',
      },
      {
        label: 'Finland and Sweden',
        value: 'Invited to become members, with Allies agreeing to sign their accession protocols',
        date: '2022-06-29',
        source: 'sweden-embassy-application',
      },
      {
        label: 'Strategic Concept',
        value: 'Adopted the Madrid Strategic Concept, NATO’s ten-year blueprint for its security challenges and tasks',
        date: '2022-06-29',
        source: 'madrid-wikipedia',
      },
      { label: 'Earlier summit', value: 'Spain had last hosted a NATO summit in 1997', source: 'madrid-wikipedia' },
    ],
    related: ['finland', 'sweden', 'nato-enlargement', 'russian-invasion-of-ukraine', 'turkiye'],
    sources: [
      {
        id: 'madrid-wikipedia',
        url: 'https://en.wikipedia.org/wiki/2022_Madrid_NATO_summit',
        title: '2022 Madrid NATO summit',
        publisher: 'Wikipedia',
      },
      {
        id: 'moncloa-madrid-summit',
        url: 'https://www.lamoncloa.gob.es/lang/en/presidente/news/paginas/2022/20220628_sanchez-stoltenberg.aspx',
        title:
          "Sánchez and Stoltenberg visit the facilities of the Summit, a historic event at which the 'Madrid Strategic Concept' will be approved",
        publisher: 'La Moncloa (Government of Spain)',
      },
      SOURCES.swedenApplication,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'washington-summit-2024',
    type: 'event',
    name: '2024 NATO summit in Washington',
    wikipedia: '2024 Washington NATO summit',
    aliases: [
      { text: 'Washington summit', lang: 'en', context: NOT_WASHINGTON_1999 },
      { text: '2024 Washington summit', lang: 'en' },
      { text: 'Washington NATO summit', lang: 'en', context: NOT_WASHINGTON_1999 },
      { text: 'NATO summit in Washington', lang: 'en', context: NOT_WASHINGTON_1999 },
      { text: '2024 NATO summit', lang: 'en' },
      { text: 'Washington Summit Declaration', lang: 'en' },
      { text: 'саміт НАТО у Вашингтоні', lang: 'uk', context: NOT_WASHINGTON_1999 },
      { text: 'саммит НАТО в Вашингтоне', lang: 'ru', context: NOT_WASHINGTON_1999 },
      { text: 'szczyt NATO w Waszyngtonie', lang: 'pl', context: NOT_WASHINGTON_1999 },
      { text: 'NATO-Gipfel in Washington', lang: 'de', context: NOT_WASHINGTON_1999 },
      { text: "sommet de l'OTAN à Washington", lang: 'fr', context: NOT_WASHINGTON_1999 },
    ],
    summary:
      'NATO’s 75th-anniversary summit, held 9–11 July 2024 in Washington, D.C., where the treaty was signed in 1949. ' +
      'Its declaration called Ukraine’s path to full Euro-Atlantic integration, including membership, irreversible.',
    facts: [
      {
        label: 'Dates',
        value: '9–11 July 2024, Washington, D.C., hosted by the United States',
        date: '2024-07-09',
        source: 'nato-summit-2024-page',
      },
      {
        label: 'Occasion',
        value: 'Marked 75 years since the North Atlantic Treaty was signed in the same city',
        source: 'nato-summit-2024-page',
      },
      {
        label: 'Ukraine',
        value: 'Declaration of 10 July 2024 called Ukraine’s path to full Euro-Atlantic integration, including NATO membership, irreversible',
        date: '2024-07-10',
        source: 'washington-declaration-wikipedia',
      },
      {
        label: 'New Ally',
        value: 'The declaration welcomed Sweden as the 32nd member',
        date: '2024-07-10',
        source: 'washington-declaration-wikipedia',
      },
      {
        label: 'Host and focus',
        value: 'President Joe Biden hosted; Allies rallied around Ukraine, and Zelenskyy spoke at least once a day',
        source: 'politico-washington-summit',
      },
    ],
    related: ['ukraine-nato-relations', 'united-states', 'joe-biden', 'sweden', 'jens-stoltenberg', 'north-atlantic-treaty'],
    sources: [
      SOURCES.natoSummit2024,
      SOURCES.washingtonDeclarationWiki,
      SOURCES.politicoWashingtonSummit,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'hague-summit-2025',
    type: 'event',
    name: '2025 NATO summit in The Hague',
    wikipedia: '2025 The Hague NATO summit',
    aliases: [
      // The city stands for the summit in a text about NATO's meetings there.
      { text: 'The Hague', lang: 'en', context: { requires: ['summit', 'Allies', 'Allied', 'communiqué', 'declaration'] } },
      { text: 'саміт НАТО у Гаазі', lang: 'uk' },
      { text: 'саміту НАТО у Гаазі', lang: 'uk' },
      { text: 'саміті НАТО у Гаазі', lang: 'uk' },
      { text: 'саміті НАТО в Гаазі', lang: 'uk' },
      { text: 'szczyt w Hadze', lang: 'pl' },
      { text: 'szczytu w Hadze', lang: 'pl' },
      { text: 'szczycie w Hadze', lang: 'pl' },
      { text: 'Nato-Gipfels in Den Haag', lang: 'de' },
      { text: 'sommet de La Haye', lang: 'fr' },
      { text: 'Hague summit', lang: 'en' },
      { text: 'The Hague summit', lang: 'en' },
      { text: '2025 Hague summit', lang: 'en' },
      { text: '2025 The Hague summit', lang: 'en' },
      { text: 'NATO summit in The Hague', lang: 'en' },
      { text: 'Hague NATO summit', lang: 'en' },
      { text: '2025 NATO summit', lang: 'en' },
      { text: 'The Hague Summit Declaration', lang: 'en' },
      { text: 'саміт НАТО в Гаазі', lang: 'uk' },
      { text: 'саммит НАТО в Гааге', lang: 'ru' },
      { text: 'szczyt NATO w Hadze', lang: 'pl' },
      { text: 'NATO-Gipfel in Den Haag', lang: 'de' },
      { text: "sommet de l'OTAN à La Haye", lang: 'fr' },
    ],
    summary:
      'NATO’s summit of 24–25 June 2025 at the World Forum in The Hague, the first hosted by the Netherlands and the ' +
      'first under Secretary General Mark Rutte. Leaders committed to spend 5% of GDP on defence and related items by 2035.',
    facts: [
      { label: 'Dates', value: '24–25 June 2025', date: '2025-06-24', source: 'hague-summit-2025' },
      { label: 'Venue', value: 'World Forum, The Hague, Netherlands', source: 'hague-summit-2025' },
      {
        label: 'Firsts',
        value: 'First NATO summit hosted by the Netherlands and first chaired by Mark Rutte',
        source: 'hague-summit-2025',
      },
      {
        label: 'Spending',
        value: 'Allies committed to invest 5% of GDP a year by 2035 (3.5% core defence, up to 1.5% related)',
        date: '2025-06-25',
        source: 'firstpost-hague-declaration',
      },
      {
        label: 'Collective defence',
        value: 'Leaders called their commitment to Article 5 ironclad',
        date: '2025-06-25',
        source: 'tribune-hague-2025',
      },
      { label: 'Next summit', value: 'Announced for Türkiye in 2026', source: 'firstpost-hague-declaration' },
    ],
    related: ['hague-defence-commitment-2025', 'mark-rutte', 'donald-trump', 'ankara-summit-2026', 'article-5'],
    sources: [SOURCES.hague2025, SOURCES.hagueDeclaration, SOURCES.tribuneHague2025],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'ankara-summit-2026',
    type: 'event',
    name: '2026 NATO summit in Ankara',
    wikipedia: '2026 Ankara NATO summit',
    aliases: [
      { text: 'Ankara summit', lang: 'en' },
      { text: '2026 Ankara summit', lang: 'en' },
      { text: 'Ankara NATO summit', lang: 'en' },
      { text: 'NATO summit in Ankara', lang: 'en' },
      { text: '2026 NATO summit', lang: 'en' },
      { text: 'саміт НАТО в Анкарі', lang: 'uk' },
      { text: 'саммит НАТО в Анкаре', lang: 'ru' },
      { text: 'szczyt NATO w Ankarze', lang: 'pl' },
      { text: 'NATO-Gipfel in Ankara', lang: 'de' },
      { text: "sommet de l'OTAN à Ankara", lang: 'fr' },
    ],
    summary:
      'NATO’s 2026 leaders’ summit, set for 7–8 July 2026 at the Beştepe Presidential Complex in Ankara, the second ' +
      'hosted by Türkiye after Istanbul in 2004. NATO officials said it would focus on carrying out earlier commitments, including the 5% spending pledge.',
    facts: [
      {
        label: 'Dates',
        value: '7–8 July 2026, as announced by Mark Rutte on 19 August 2025',
        date: '2026-07-07',
        source: 'interfax-ankara-announced',
      },
      {
        label: 'Venue',
        value: 'Beştepe Presidential Complex (Külliye), Ankara, Türkiye',
        source: 'interfax-ankara-announced',
      },
      {
        label: 'Host',
        value: 'Türkiye, hosting a NATO summit for the second time after Istanbul in 2004',
        source: 'interfax-ankara-announced',
      },
      {
        label: 'Planned focus',
        value: 'Implementing earlier decisions, monitoring the 5% pledge and an industry day, said Deputy Secretary General Radmila Shekerinska',
        date: '2026-02-02',
        source: 'hurriyet-ankara-focus',
      },
    ],
    related: ['turkiye', 'recep-tayyip-erdogan', 'hague-summit-2025', 'hague-defence-commitment-2025', 'mark-rutte'],
    sources: [
      SOURCES.interfaxAnkara,
      {
        id: 'hurriyet-ankara-focus',
        url: 'https://www.hurriyetdailynews.com/ankara-nato-summit-to-focus-on-implementation-concrete-outcomes-218512',
        title: 'Ankara NATO summit to focus on implementation, concrete outcomes',
        publisher: 'Hürriyet Daily News',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'nato-ukraine-council',
    type: 'organization',
    name: 'NATO–Ukraine Council',
    wikipedia: 'NATO–Ukraine Council',
    aliases: [
      { text: 'Ради Україна–НАТО', lang: 'uk' },
      { text: 'Раді Україна–НАТО', lang: 'uk' },
      { text: 'Ради НАТО–Україна', lang: 'uk' },
      { text: 'Совета НАТО–Украина', lang: 'ru' },
      { text: 'Совета Украина–НАТО', lang: 'ru' },
      { text: 'Rady NATO–Ukraina', lang: 'pl' },
      { text: 'Ukraine-Nato-Rat', lang: 'de' },
      { text: 'Ukraine-Nato-Rats', lang: 'de' },
      { text: 'NATO-Ukraine-Rats', lang: 'de' },
      // "NUC" is left out: it also stood for the NATO–Ukraine Commission.
      { text: 'NATO–Ukraine Council', lang: 'en' },
      { text: 'Ukraine–NATO Council', lang: 'en' },
      { text: 'Рада Україна–НАТО', lang: 'uk' },
      { text: 'Рада НАТО–Україна', lang: 'uk' },
      { text: 'Совет НАТО–Украина', lang: 'ru' },
      { text: 'Совет Украина–НАТО', lang: 'ru' },
      { text: 'Rada NATO–Ukraina', lang: 'pl' },
      { text: 'NATO-Ukraine-Rat', lang: 'de' },
      { text: 'Conseil OTAN-Ukraine', lang: 'fr' },
    ],
    summary:
      'A joint body set up by NATO leaders at the 2023 Vilnius summit, in which the Allies and Ukraine sit as equal ' +
      'members for consultations, joint decisions and crisis talks. It replaced the NATO–Ukraine Commission and first met on 12 July 2023.',
    facts: [
      {
        label: 'Established',
        value: 'By Allied leaders at the Vilnius summit on 11 July 2023, replacing the NATO–Ukraine Commission',
        date: '2023-07-11',
        source: 'interfax-nuc-first-meeting',
      },
      {
        label: 'Membership',
        value: 'The Allies and Ukraine sit in it as equal members',
        source: 'vilnius-communique',
      },
      {
        label: 'Purpose',
        value: 'Joint consultations, decision-making and activities, and a crisis consultation mechanism',
        source: 'vilnius-communique',
      },
      {
        label: 'First meeting',
        value: 'Vilnius, 12 July 2023, at leaders’ level, chaired by Jens Stoltenberg with President Zelenskyy',
        date: '2023-07-12',
        source: 'interfax-nuc-first-meeting',
      },
    ],
    related: ['nato-ukraine-commission', 'vilnius-summit-2023', 'ukraine-nato-relations', 'ukraine', 'volodymyr-zelenskyy'],
    sources: [SOURCES.interfaxNuc, SOURCES.vilniusCommunique],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'nato-ukraine-commission',
    type: 'organization',
    name: 'NATO–Ukraine Commission',
    wikipedia: 'Ukraine–NATO relations',
    aliases: [
      { text: 'NATO–Ukraine Commission', lang: 'en' },
      { text: 'Ukraine–NATO Commission', lang: 'en' },
      { text: 'Комісія Україна–НАТО', lang: 'uk' },
      { text: 'Комісія НАТО–Україна', lang: 'uk' },
      { text: 'Комиссия НАТО–Украина', lang: 'ru' },
      { text: 'Комиссия Украина–НАТО', lang: 'ru' },
      { text: 'Komisja NATO–Ukraina', lang: 'pl' },
      { text: 'NATO-Ukraine-Kommission', lang: 'de' },
      { text: 'Commission OTAN-Ukraine', lang: 'fr' },
    ],
    summary:
      'The forum for NATO–Ukraine consultation and cooperation created by the 1997 Charter on a Distinctive ' +
      'Partnership. Hungary blocked its higher-level meetings from 2017, and in July 2023 it was replaced by the NATO–Ukraine Council.',
    facts: [
      {
        label: 'Created by',
        value: 'The Charter on a Distinctive Partnership, signed in Madrid on 9 July 1997',
        date: '1997-07-09',
        source: 'mfa-ukraine-nato',
      },
      {
        label: 'First summit-level meeting',
        value: 'Held during NATO’s Washington summit on 24 April 1999, with President Leonid Kuchma',
        date: '1999-04-24',
        source: 'mfa-ukraine-nato',
      },
      {
        label: 'Hungarian veto',
        value: 'Hungary blocked its high-level meetings from 2017; foreign ministers met again in April 2023 after a workaround',
        date: '2023-04-04',
        source: 'euromaidan-nuc-2023',
      },
      {
        label: 'Replaced',
        value: 'Succeeded by the NATO–Ukraine Council, created at the Vilnius summit',
        date: '2023-07-11',
        source: 'interfax-nuc-first-meeting',
      },
    ],
    related: ['nato-ukraine-council', 'nato-ukraine-charter-1997', 'ukraine-nato-relations', 'hungary', 'ukraine'],
    sources: [
      SOURCES.mfaUkraineNato,
      {
        id: 'euromaidan-nuc-2023',
        url: 'https://euromaidanpress.com/2023/04/04/ukraine-nato-commission-convenes-for-first-time-since-2017-after-workaround-to-hungary-veto-found/',
        title: 'Ukraine-NATO Commission convenes for first time since 2017 after workaround to Hungary veto found',
        publisher: 'Euromaidan Press',
      },
      SOURCES.interfaxNuc,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'nato-ukraine-charter-1997',
    type: 'document',
    name: 'Charter on a Distinctive Partnership between NATO and Ukraine',
    wikipedia: 'Ukraine–NATO relations',
    aliases: [
      { text: 'Charter on a Distinctive Partnership', lang: 'en' },
      { text: 'NATO–Ukraine Charter', lang: 'en' },
      { text: 'Distinctive Partnership Charter', lang: 'en' },
      { text: 'Хартія про особливе партнерство', lang: 'uk' },
      { text: 'Хартия об особом партнерстве', lang: 'ru' },
    ],
    summary:
      'The 1997 document that set the basis of NATO–Ukraine relations, signed at NATO’s Madrid summit on 9 July 1997. ' +
      'It created the NATO–Ukraine Commission and gave Ukraine a way to consult the Allies if it perceived a threat.',
    facts: [
      {
        label: 'Signed',
        value: '9 July 1997 at the Madrid summit, by NATO leaders and President Leonid Kuchma',
        date: '1997-07-09',
        source: 'rferl-charter-1997',
      },
      {
        label: 'Initialled',
        value: 'On 29 May 1997 in Sintra, Portugal, by Javier Solana and Foreign Minister Hennadiy Udovenko',
        date: '1997-05-29',
        source: 'ukrweekly-charter-initialled',
      },
      {
        label: 'Body created',
        value: 'The NATO–Ukraine Commission, to take the partnership forward',
        source: 'mfa-ukraine-nato',
      },
      {
        label: 'Consultations',
        value: 'Ukraine can seek consultations with the Alliance on perceived threats to its security',
        source: 'ukrweekly-charter-initialled',
      },
      {
        label: 'Complemented',
        value: 'By a Declaration to Complement the Charter, signed in 2009',
        date: '2009',
        source: 'nato-relations-with-ukraine',
      },
    ],
    related: ['nato-ukraine-commission', 'ukraine-nato-relations', 'ukraine', 'nato-ukraine-council'],
    sources: [
      {
        id: 'rferl-charter-1997',
        url: 'https://www.rferl.org/a/1085829.html',
        title: "NATO/Ukraine: New Accord Begins 'Special Partnership'",
        publisher: 'Radio Free Europe/Radio Liberty',
      },
      SOURCES.mfaUkraineNato,
      {
        id: 'ukrweekly-charter-initialled',
        url: 'https://ukrweekly.com/old/archive/1997/239703.shtml',
        title: 'NATO initials preliminary agreement with Ukraine',
        publisher: 'The Ukrainian Weekly',
      },
      SOURCES.natoRelationsUkraine,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'partnership-for-peace',
    type: 'process',
    name: 'Partnership for Peace (PfP)',
    wikipedia: 'Partnership for Peace',
    aliases: [
      { text: 'Partnership for Peace', lang: 'en' },
      // Mixed case, so not treated as an acronym by default; kept case-sensitive to avoid "pfp".
      { text: 'PfP', lang: 'en', caseSensitive: true },
      { text: 'Партнерство заради миру', lang: 'uk' },
      { text: 'Партнёрство ради мира', lang: 'ru' },
      { text: 'Партнерство ради мира', lang: 'ru' },
      { text: 'Partnerstwo dla Pokoju', lang: 'pl' },
      { text: 'Partnerschaft für den Frieden', lang: 'de' },
      { text: 'Partenariat pour la paix', lang: 'fr' },
      { text: 'Partnerystė taikos labui', lang: 'lt' },
    ],
    summary:
      'A NATO programme of practical cooperation with non-member states, launched at the Brussels summit in ' +
      'January 1994 and offered to members of the North Atlantic Cooperation Council and other CSCE states. Ukraine joined in February 1994.',
    facts: [
      {
        label: 'Launched',
        value: 'By NATO leaders at their Brussels summit, 10–11 January 1994',
        date: '1994-01-10',
        source: 'pfp-invitation-1994',
      },
      {
        label: 'Who was invited',
        value: 'States in the North Atlantic Cooperation Council and other CSCE countries able and willing to take part',
        source: 'pfp-invitation-1994',
      },
      {
        label: 'Link to membership',
        value: 'Leaders said active participation would play an important role in NATO’s gradual expansion',
        source: 'pfp-invitation-1994',
      },
      { label: 'Ukraine joined', value: 'February 1994', date: '1994-02', source: 'mil-gov-ua-29-years' },
      {
        label: 'Ukraine’s programme',
        value: 'Foreign Minister Udovenko formally accepted Ukraine’s Individual Partnership Programme on 14 September 1995',
        date: '1995-09-14',
        source: 'nato-ukraine-partnership-1997',
      },
    ],
    related: ['ukraine-nato-relations', 'nato-enlargement', 'ukraine', 'nato', 'membership-action-plan'],
    sources: [
      SOURCES.pfpInvitation,
      {
        id: 'mil-gov-ua-29-years',
        url: 'https://www.mil.gov.ua/en/news/2020/04/06/nato-ukraine-29-years-of-effective-cooperation/',
        title: 'NATO-Ukraine: 29 years of effective cooperation',
        publisher: 'Ministry of Defence of Ukraine',
      },
      {
        id: 'nato-ukraine-partnership-1997',
        url: 'https://www.nato.int/docu/comm/1997/970708/infopres/e-ukr.htm',
        title: "The Development of NATO's Partnership with Ukraine",
        publisher: 'NATO',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'nato-enlargement',
    type: 'process',
    name: 'NATO enlargement',
    wikipedia: 'Enlargement of NATO',
    aliases: [
      { text: 'NATO enlargement', lang: 'en' },
      { text: 'enlargement of NATO', lang: 'en' },
      { text: 'NATO expansion', lang: 'en' },
      { text: 'expansion of NATO', lang: 'en' },
      { text: 'NATO accession process', lang: 'en' },
      { text: 'розширення НАТО', lang: 'uk' },
      { text: 'расширение НАТО', lang: 'ru' },
      { text: 'rozszerzenie NATO', lang: 'pl' },
      { text: 'NATO-Erweiterung', lang: 'de' },
      { text: 'NATO-Osterweiterung', lang: 'de' },
      { text: "élargissement de l'OTAN", lang: 'fr' },
      { text: 'NATO plėtra', lang: 'lt' },
    ],
    summary:
      'The process by which new states join NATO under Article 10: an invitation, accession talks, accession protocols ' +
      'signed by the Allies, ratification by every member and deposit of the instrument of accession with the US government. Sweden became the 32nd member in March 2024.',
    facts: [
      {
        label: 'Legal basis',
        value: 'Article 10: a unanimous invitation, then deposit of an instrument of accession with the US government',
        source: 'nato-treaty-text',
      },
      {
        label: 'Steps',
        value: 'Accession talks, letters of intent, signature of accession protocols, ratification by all Allies, then accession',
        source: 'nato-accession-talks-2008',
      },
      {
        label: 'Finland',
        value: 'Joined on 4 April 2023 as the 31st member',
        date: '2023-04-04',
        source: 'telegraph-finland-joins',
      },
      {
        label: 'Sweden',
        value: 'Joined on 7 March 2024 as the 32nd member',
        date: '2024-03-07',
        source: 'anews-sweden-32nd-member',
      },
      { label: 'Members', value: '32', changeable: true, asOf: '2025-08-28', source: 'hurriyet-spending-2025' },
    ],
    timeline: [
      { date: '2022-05-18', text: 'Finland and Sweden submit their applications.', source: 'sweden-embassy-application' },
      { date: '2022-06-29', text: 'The Madrid summit invites both to join.', source: 'sweden-embassy-application' },
      { date: '2022-07-05', text: 'Allies sign the two accession protocols.', source: 'sweden-embassy-application' },
      { date: '2023-04-04', text: 'Finland becomes the 31st member.', source: 'telegraph-finland-joins' },
      { date: '2024-03-07', text: 'Sweden becomes the 32nd member.', source: 'anews-sweden-32nd-member' },
    ],
    related: ['article-10', 'finland', 'sweden', 'membership-action-plan', 'ukraine-nato-relations', 'turkiye', 'hungary'],
    sources: [
      SOURCES.natoTreatyText,
      SOURCES.accessionSteps2008,
      SOURCES.finlandJoins,
      SOURCES.anewsSweden32,
      SOURCES.hurriyetSpending2025,
      SOURCES.swedenApplication,
    ],
    asOf: CHECKED,
  },
];
