// States, the EU, Crimea and the Ukrainian milestones around the NATO bid: the full-scale invasion, the
// 2010–2014 non-bloc status, the 2019 constitutional amendment and the 2022 application. Every fact cites one of
// its entry's sources; all of them were checked on 2026-11-26. Changeable facts carry the newest date a source
// showed them true.
import type { EntryInput } from '../schema';
import { SOURCES } from './sources';

const CHECKED = '2026-11-26';

export const stateEntries: EntryInput[] = [
  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'finland',
    type: 'place',
    name: 'Finland',
    wikipedia: 'Finland',
    aliases: [
      { text: 'Фінляндії', lang: 'uk' },
      { text: 'Финляндии', lang: 'ru' },
      { text: 'Finlandii', lang: 'pl' },
      { text: 'Suomijos', lang: 'lt' },
      { text: 'Finland', lang: 'en' },
      { text: 'Republic of Finland', lang: 'en' },
      { text: 'Фінляндія', lang: 'uk' },
      { text: 'Финляндия', lang: 'ru' },
      { text: 'Finlandia', lang: 'pl' },
      { text: 'Finnland', lang: 'de' },
      { text: 'Finlande', lang: 'fr' },
      { text: 'Suomija', lang: 'lt' },
    ],
    summary:
      'A Nordic country with its capital at Helsinki and a long land border with Russia. It gave up decades of ' +
      'military non-alignment after the 2022 invasion of Ukraine, applying with Sweden, and became NATO’s 31st member in April 2023.',
    facts: [
      {
        label: 'NATO application',
        value: 'Handed in at NATO headquarters on 18 May 2022, together with Sweden',
        date: '2022-05-18',
        source: 'ctv-applications-2022',
      },
      {
        label: 'NATO member',
        value: 'Joined on 4 April 2023 as the 31st member',
        date: '2023-04-04',
        source: 'telegraph-finland-joins',
      },
      {
        label: 'Border with Russia',
        value: '832 miles long; its accession more than doubled NATO’s border with Russia',
        source: 'telegraph-finland-joins',
      },
      { label: 'Capital', value: 'Helsinki', source: 'encyclopedia-com-helsinki' },
      {
        label: 'President',
        value: 'Alexander Stubb',
        changeable: true,
        asOf: '2026-02-10',
        source: 'presidentti-msc-2026',
      },
      {
        label: 'President since',
        value: 'Stubb took office as Finland’s 13th president on 1 March 2024',
        date: '2024-03-01',
        source: 'finlandabroad-stubb-inauguration',
      },
    ],
    timeline: [
      { date: '2022-05-18', text: 'Finland and Sweden formally apply to join NATO.', source: 'ctv-applications-2022' },
      {
        date: '2023-03-27',
        text: 'Hungary’s parliament ratifies Finland’s accession.',
        source: 'budapest-times-hungary-finland',
      },
      {
        date: '2023-03-30',
        text: 'Türkiye’s parliament ratifies, the last Ally to do so.',
        source: 'yenisafak-turkiye-finland',
      },
      { date: '2023-04-04', text: 'Finland becomes NATO’s 31st member.', source: 'telegraph-finland-joins' },
    ],
    related: ['nato', 'sweden', 'nato-enlargement', 'alexander-stubb', 'russia', 'turkiye', 'hungary'],
    sources: [
      SOURCES.applications2022,
      SOURCES.finlandJoins,
      SOURCES.turkeyFinland,
      SOURCES.hungaryFinland,
      {
        id: 'encyclopedia-com-helsinki',
        url: 'https://www.encyclopedia.com/places/germany-scandinavia-and-central-europe/scandinavian-political-geography/helsinki',
        title: 'Helsinki',
        publisher: 'Encyclopedia.com',
      },
      SOURCES.presidenttiMsc2026,
      SOURCES.finlandabroadStubbInauguration,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'sweden',
    type: 'place',
    name: 'Sweden',
    wikipedia: 'Sweden',
    aliases: [
      { text: 'Швеції', lang: 'uk' },
      { text: 'Швеции', lang: 'ru' },
      { text: 'Szwecji', lang: 'pl' },
      { text: 'Švedijos', lang: 'lt' },
      { text: 'Sweden', lang: 'en' },
      { text: 'Kingdom of Sweden', lang: 'en' },
      { text: 'Швеція', lang: 'uk' },
      { text: 'Швеция', lang: 'ru' },
      { text: 'Szwecja', lang: 'pl' },
      { text: 'Schweden', lang: 'de' },
      { text: 'Suède', lang: 'fr' },
      { text: 'Švedija', lang: 'lt' },
    ],
    summary:
      'A Nordic kingdom with its capital at Stockholm. After some two centuries of non-alignment it applied to join ' +
      'NATO with Finland in May 2022 and, once Türkiye and Hungary had ratified, became the 32nd member in March 2024.',
    facts: [
      {
        label: 'NATO application',
        value: 'Handed in at NATO headquarters on 18 May 2022, together with Finland',
        date: '2022-05-18',
        source: 'ctv-applications-2022',
      },
      {
        label: 'Last ratification',
        value: 'Hungary’s parliament approved on 26 February 2024, completing approval by all Allies',
        date: '2024-02-26',
        source: 'budapest-times-hungary-sweden',
      },
      {
        label: 'NATO member',
        value: 'Joined on 7 March 2024 as the 32nd member',
        date: '2024-03-07',
        source: 'anews-sweden-32nd-member',
      },
      { label: 'Capital', value: 'Stockholm', source: 'britannica-stockholm' },
      {
        label: 'Prime Minister',
        value: 'Ulf Kristersson',
        changeable: true,
        asOf: '2026-01-11',
        source: 'regeringen-salen-2026',
      },
      {
        label: 'Prime Minister since',
        value: 'Kristersson took office on 18 October 2022',
        date: '2022-10-18',
        source: 'kristersson-wikipedia',
      },
    ],
    timeline: [
      { date: '2022-05-18', text: 'Sweden and Finland formally apply to join NATO.', source: 'ctv-applications-2022' },
      { date: '2024-01-23', text: 'Türkiye’s parliament ratifies Sweden’s accession.', source: 'trt-turkiye-sweden' },
      {
        date: '2024-02-26',
        text: 'Hungary’s parliament ratifies, completing approval by all Allies.',
        source: 'budapest-times-hungary-sweden',
      },
      { date: '2024-03-07', text: 'Sweden becomes NATO’s 32nd member.', source: 'anews-sweden-32nd-member' },
    ],
    related: ['nato', 'finland', 'nato-enlargement', 'ulf-kristersson', 'turkiye', 'hungary'],
    sources: [
      SOURCES.applications2022,
      SOURCES.hungarySweden,
      SOURCES.turkeySweden,
      SOURCES.anewsSweden32,
      {
        id: 'britannica-stockholm',
        url: 'https://www.britannica.com/place/Stockholm',
        title: 'Stockholm',
        publisher: 'Encyclopaedia Britannica',
      },
      SOURCES.regeringenSalen2026,
      {
        id: 'kristersson-wikipedia',
        url: 'https://en.wikipedia.org/wiki/Ulf_Kristersson',
        title: 'Ulf Kristersson',
        publisher: 'Wikipedia',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'turkiye',
    type: 'place',
    name: 'Türkiye',
    wikipedia: 'Turkey',
    aliases: [
      { text: 'Türkiye', lang: 'en' },
      { text: 'Turkiye', lang: 'en' },
      // Capitalised only, so that the bird does not match.
      { text: 'Turkey', lang: 'en', caseSensitive: true },
      { text: 'Republic of Türkiye', lang: 'en' },
      { text: 'Туреччина', lang: 'uk' },
      { text: 'Турция', lang: 'ru' },
      { text: 'Turcja', lang: 'pl' },
      { text: 'Türkei', lang: 'de' },
      { text: 'Turquie', lang: 'fr' },
      { text: 'Turkija', lang: 'lt' },
    ],
    summary:
      'A NATO member since 1952, straddling south-eastern Europe and Anatolia. Its parliament was the last to ratify ' +
      'Finland’s accession and held back Sweden’s until January 2024; it is host of the Alliance’s 2026 summit in Ankara.',
    facts: [
      {
        label: 'NATO member',
        value: 'Since 18 February 1952, joining with Greece in the Alliance’s first enlargement',
        date: '1952-02-18',
        source: 'nato-greece-turkey-60-years',
      },
      {
        label: 'Finland’s accession',
        value: 'Parliament ratified on 30 March 2023 (276 votes in favour), the last Ally to do so',
        date: '2023-03-30',
        source: 'yenisafak-turkiye-finland',
      },
      {
        label: 'Sweden’s accession',
        value: 'Parliament ratified on 23 January 2024 by 287 votes to 55, leaving Hungary as the last Ally',
        date: '2024-01-23',
        source: 'trt-turkiye-sweden',
      },
      {
        label: 'President',
        value: 'Recep Tayyip Erdoğan',
        changeable: true,
        asOf: '2025-08-19',
        source: 'hurriyet-ankara-summit',
      },
      {
        label: '2026 summit host',
        value: 'NATO’s 2026 summit was set for 7–8 July 2026 at the Beştepe presidential complex in Ankara',
        date: '2026-07-07',
        source: 'hurriyet-ankara-summit',
      },
    ],
    related: ['nato', 'recep-tayyip-erdogan', 'finland', 'sweden', 'ankara-summit-2026', 'nato-enlargement'],
    sources: [SOURCES.nato1952, SOURCES.turkeyFinland, SOURCES.turkeySweden, SOURCES.ankara2026],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'hungary',
    type: 'place',
    name: 'Hungary',
    wikipedia: 'Hungary',
    aliases: [
      // Not the second half of Austria-Hungary, the empire of 1867–1918.
      { text: 'Hungary', lang: 'en', context: { notAfter: ['Austria-'] } },
      { text: 'Угорщина', lang: 'uk', context: { notAfter: ['Австро-'] } },
      { text: 'Венгрия', lang: 'ru', context: { notAfter: ['Австро-'] } },
      { text: 'Węgry', lang: 'pl', context: { notAfter: ['Austro-'] } },
      { text: 'Ungarn', lang: 'de', context: { notAfter: ['Österreich-'] } },
      { text: 'Hongrie', lang: 'fr', context: { notAfter: ['Autriche-'] } },
      { text: 'Vengrija', lang: 'lt', context: { notAfter: ['Austrija-'] } },
    ],
    summary:
      'A central European state and NATO member since 1999. Under Prime Minister Viktor Orbán it was the last Ally to ' +
      'ratify Sweden’s accession, in February 2024.',
    facts: [
      {
        label: 'NATO member',
        value: 'Since 12 March 1999, joining with Poland and the Czech Republic',
        date: '1999-03-12',
        source: 'rferl-enlargement-1999',
      },
      {
        label: 'Finland’s accession',
        value: 'Parliament ratified on 27 March 2023 by 182 votes to 6',
        date: '2023-03-27',
        source: 'budapest-times-hungary-finland',
      },
      {
        label: 'Sweden’s accession',
        value: 'Parliament ratified on 26 February 2024, completing approval by all Allies',
        date: '2024-02-26',
        source: 'budapest-times-hungary-sweden',
      },
    ],
    timeline: [
      { date: '1999-03-12', text: 'Hungary joins NATO.', source: 'rferl-enlargement-1999' },
      { date: '2023-03-27', text: 'Parliament ratifies Finland’s accession.', source: 'budapest-times-hungary-finland' },
      { date: '2024-02-26', text: 'Parliament ratifies Sweden’s accession, the last Ally to do so.', source: 'budapest-times-hungary-sweden' },
    ],
    related: ['nato', 'viktor-orban', 'european-union', 'sweden', 'finland', 'poland', 'nato-enlargement'],
    sources: [
      SOURCES.enlargement1999,
      SOURCES.hungaryFinland,
      SOURCES.hungarySweden,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'european-union',
    type: 'organization',
    name: 'European Union',
    wikipedia: 'European Union',
    aliases: [
      // Lithuanian "ES" is a common abbreviation elsewhere too: only beside other names of the story.
      { text: 'ES', lang: 'lt', context: { requires: ['NATO', 'Lietuva', 'Lietuvos', 'Europos'] } },
      { text: 'European Union', lang: 'en' },
      { text: 'EU', lang: 'en' },
      { text: 'Європейський Союз', lang: 'uk' },
      { text: 'ЄС', lang: 'uk' },
      { text: 'Европейский союз', lang: 'ru' },
      { text: 'Евросоюз', lang: 'ru' },
      { text: 'Unia Europejska', lang: 'pl' },
      // Abbreviation shared by Polish and French.
      { text: 'UE', lang: 'fr' },
      { text: 'Europäische Union', lang: 'de' },
      { text: 'Union européenne', lang: 'fr' },
      { text: 'Europos Sąjunga', lang: 'lt' },
    ],
    summary:
      'A political and economic union of 27 European states. Ukraine applied to join days after the 2022 invasion, ' +
      'was made a candidate in June 2022, and opened accession negotiations in June 2024.',
    facts: [
      {
        label: 'Members',
        value: '27 member states',
        changeable: true,
        asOf: '2024-06-24',
        source: 'united24-accession-talks',
      },
      {
        label: 'Ukraine’s application',
        value: 'Zelenskyy signed the formal request on 28 February 2022, as Ukraine fought Russia’s full-scale invasion',
        date: '2022-02-28',
        source: 'deccan-herald-eu-request',
      },
      {
        label: 'Candidate status',
        value: 'The European Council made Ukraine and Moldova candidate countries on 23 June 2022',
        date: '2022-06-23',
        source: 'n1-candidate-status',
      },
      {
        label: 'Accession negotiations',
        value: 'Opened with Ukraine in Luxembourg on 25 June 2024',
        date: '2024-06-25',
        source: 'nation-accession-talks-open',
      },
      {
        label: 'Decision to negotiate',
        value: 'Taken by the European Council in December 2023; the negotiating framework was approved on 21 June 2024',
        date: '2023-12',
        source: 'kyiv-independent-accession-talks',
      },
    ],
    related: ['ukraine', 'hungary', 'poland', 'finland', 'sweden', 'russian-invasion-of-ukraine'],
    sources: [
      SOURCES.euApplication,
      {
        id: 'n1-candidate-status',
        url: 'https://n1info.hr/english/news/eu-grants-candidate-status-to-ukraine-and-moldova/',
        title: 'EU grants candidate status to Ukraine and Moldova',
        publisher: 'N1',
      },
      {
        id: 'kyiv-independent-accession-talks',
        url: 'https://kyivindependent.com/eu-confirms-accession-talks-with-ukraine-moldova-to-start-on-june-25/',
        title: 'EU Council confirms accession talks with Ukraine, Moldova to start on June 25',
        publisher: 'The Kyiv Independent',
      },
      {
        id: 'nation-accession-talks-open',
        url: 'https://www.nation.com.pk/26-Jun-2024/eu-launches-historic-membership-talks-with-ukraine',
        title: 'EU launches ‘historic’ membership talks with Ukraine',
        publisher: 'The Nation',
      },
      {
        id: 'united24-accession-talks',
        url: 'https://united24media.com/latest-news/ukraine-set-to-begin-eu-accession-talks-on-june-25-foreign-minister-announces-884',
        title: 'Ukraine Set to Begin EU Accession Talks on June 25, Foreign Minister Announces',
        publisher: 'UNITED24 Media',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'poland',
    type: 'place',
    name: 'Poland',
    wikipedia: 'Poland',
    aliases: [
      { text: 'Poland', lang: 'en', context: { notBefore: ['Spring'] } },
      { text: 'Republic of Poland', lang: 'en' },
      { text: 'Polska', lang: 'pl' },
      { text: 'Rzeczpospolita Polska', lang: 'pl' },
      { text: 'Польща', lang: 'uk' },
      { text: 'Польша', lang: 'ru' },
      { text: 'Polen', lang: 'de' },
      { text: 'Pologne', lang: 'fr' },
      { text: 'Lenkija', lang: 'lt' },
    ],
    summary:
      'A central European state on the Baltic Sea with its capital at Warsaw and a border with Ukraine. Among the first ' +
      'former Warsaw Pact countries to join NATO, in 1999, it entered the European Union in 2004.',
    facts: [
      {
        label: 'NATO member',
        value: 'Since 12 March 1999, after a ceremony in Independence, Missouri',
        date: '1999-03-12',
        source: 'rferl-enlargement-1999',
      },
      { label: 'EU member', value: 'Since 1 May 2004', date: '2004-05-01', source: 'guardian-eu-guide-poland' },
      { label: 'Capital', value: 'Warsaw', source: 'credo-columbia-warsaw' },
      {
        label: 'President',
        value: 'Karol Nawrocki',
        changeable: true,
        asOf: '2025-08-06',
        source: 'anews-nawrocki-sworn-in',
      },
      {
        label: 'President since',
        value: 'Nawrocki was sworn in on 6 August 2025, succeeding Andrzej Duda',
        date: '2025-08-06',
        source: 'anews-nawrocki-sworn-in',
      },
    ],
    related: ['nato', 'european-union', 'ukraine', 'lithuania', 'hungary'],
    sources: [
      SOURCES.enlargement1999,
      {
        id: 'guardian-eu-guide-poland',
        url: 'https://www.theguardian.com/eu/country/0,14489,1193436,00.html',
        title: 'EU guide: Poland',
        publisher: 'The Guardian',
      },
      {
        id: 'credo-columbia-warsaw',
        url: 'https://search.credoreference.com/content/topic/warsaw?locale=en',
        title: 'Warsaw',
        publisher: 'The Columbia Encyclopedia (Credo Reference)',
      },
      {
        id: 'anews-nawrocki-sworn-in',
        url: 'https://www.anews.com.tr/europe/2025/08/06/conservative-karol-nawrocki-sworn-in-as-polands-new-president',
        title: 'Conservative Karol Nawrocki sworn in as Poland’s new president',
        publisher: 'A News',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'united-states',
    type: 'place',
    name: 'United States',
    wikipedia: 'United States',
    aliases: [
      { text: 'United States', lang: 'en' },
      { text: 'United States of America', lang: 'en' },
      { text: 'USA', lang: 'en' },
      // Not the region of a language tag ("en-US").
      { text: 'US', lang: 'en', context: { notAfter: ['en-', 'es-'] } },
      { text: 'U.S.', lang: 'en', context: { notBefore: ['Department'] } },
      { text: 'Сполучені Штати Америки', lang: 'uk' },
      // Abbreviation shared by Ukrainian and Russian.
      { text: 'США', lang: 'uk' },
      { text: 'Соединённые Штаты Америки', lang: 'ru' },
      { text: 'Соединенные Штаты Америки', lang: 'ru' },
      { text: 'Stany Zjednoczone', lang: 'pl' },
      { text: 'Vereinigte Staaten', lang: 'de' },
      { text: 'États-Unis', lang: 'fr' },
      { text: 'Jungtinės Amerikos Valstijos', lang: 'lt' },
    ],
    summary:
      'A founding member of NATO, where the North Atlantic Treaty was signed in 1949, and the depositary of the Treaty: ' +
      'new members join when they lodge their instrument of accession with the US government.',
    facts: [
      {
        label: 'Founding member',
        value: 'One of the twelve signatories of the North Atlantic Treaty in Washington, D.C., on 4 April 1949',
        date: '1949-04-04',
        source: 'archives-press-2019',
      },
      {
        label: 'Treaty depositary',
        value: 'New members join on the date they deposit their instruments of accession with the US government',
        source: 'nato-greece-turkey-60-years',
      },
      {
        label: '1999 enlargement',
        value: 'Secretary of State Madeleine Albright accepted the accession documents of Poland, Hungary and the Czech Republic',
        date: '1999-03-12',
        source: 'rferl-enlargement-1999',
      },
      {
        label: 'President',
        value: 'Donald Trump',
        changeable: true,
        asOf: '2026-02-24',
        source: 'ap-state-of-the-union-2026',
      },
      {
        label: 'President since',
        value: 'Trump was sworn in as the 47th president on 20 January 2025, succeeding Joe Biden',
        date: '2025-01-20',
        source: 'trump-second-inauguration-wikipedia',
      },
    ],
    related: ['nato', 'north-atlantic-treaty', 'donald-trump', 'joe-biden', 'nato-enlargement'],
    sources: [
      SOURCES.archivesPress2019,
      SOURCES.nato1952,
      SOURCES.enlargement1999,
      SOURCES.apStateOfTheUnion2026,
      SOURCES.trumpSecondInauguration,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'crimea',
    type: 'place',
    name: 'Crimea',
    wikipedia: 'Crimea',
    aliases: [
      { text: 'Криму', lang: 'uk' },
      { text: 'Кримом', lang: 'uk' },
      { text: 'Крыма', lang: 'ru' },
      { text: 'Крыму', lang: 'ru' },
      { text: 'Крымом', lang: 'ru' },
      { text: 'Krymu', lang: 'pl' },
      { text: 'Krymo', lang: 'lt' },
      { text: 'Crimea', lang: 'en' },
      { text: 'Crimean Peninsula', lang: 'en' },
      { text: 'Autonomous Republic of Crimea', lang: 'en' },
      { text: 'Крим', lang: 'uk' },
      { text: 'Крым', lang: 'ru' },
      { text: 'Krym', lang: 'pl' },
      { text: 'Krim', lang: 'de' },
      { text: 'Crimée', lang: 'fr' },
      { text: 'Krymas', lang: 'lt' },
    ],
    summary:
      'A Ukrainian peninsula on the northern coast of the Black Sea. Russia seized and annexed it in March 2014 after a ' +
      'referendum the UN General Assembly declared invalid; most states still recognise it as part of Ukraine.',
    facts: [
      {
        label: 'Transfer to Ukraine',
        value: 'Nikita Khrushchev handed the peninsula from Soviet Russia to Soviet Ukraine in 1954',
        date: '1954',
        source: 'hnn-khrushchev-crimea',
      },
      {
        label: 'Annexation treaty',
        value: 'Putin and Crimean leaders signed a treaty on 18 March 2014 to make Crimea part of Russia',
        date: '2014-03-18',
        source: 'boston-crimea-treaty-2014',
      },
      {
        label: 'UN resolution 68/262',
        value: 'Adopted on 27 March 2014 by 100 votes to 11 with 58 abstentions; affirmed Ukraine’s territorial integrity',
        date: '2014-03-27',
        source: 'latvia-mfa-unga-68-262',
      },
      {
        label: 'Referendum',
        value: 'Resolution 68/262 declared the 16 March 2014 referendum invalid and urged states not to recognise any change of status',
        date: '2014-03-16',
        source: 'unga-68-262',
      },
    ],
    related: ['ukraine', 'russia', 'russian-invasion-of-ukraine', 'ukraine-non-bloc-status'],
    sources: [
      {
        id: 'hnn-khrushchev-crimea',
        url: 'https://historynewsnetwork.org/article/154977',
        title: 'Khrushchev’s son: Giving Crimea back to Russia not an option',
        publisher: 'History News Network (Voice of America)',
      },
      SOURCES.crimeaTreaty,
      SOURCES.unga682622,
      SOURCES.unga68262,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'russian-invasion-of-ukraine',
    type: 'event',
    name: 'Russian invasion of Ukraine',
    wikipedia: 'Russian invasion of Ukraine',
    aliases: [
      // Without "of Ukraine", only in a text about Ukraine (Russia invaded Georgia in 2008).
      { text: "Russia's invasion", lang: 'en', context: { requires: ['Ukraine', 'Kyiv', 'Ukrainian', 'Zelenskyy', 'Zelensky'] } },
      { text: 'Russian invasion', lang: 'en', context: { requires: ['Ukraine', 'Kyiv', 'Ukrainian', 'Zelenskyy', 'Zelensky'] } },
      { text: 'russische Invasion in der Ukraine', lang: 'de' },
      { text: 'Russian invasion of Ukraine', lang: 'en' },
      { text: '2022 Russian invasion of Ukraine', lang: 'en' },
      { text: "Russia's invasion of Ukraine", lang: 'en' },
      { text: "Russia's full-scale invasion", lang: 'en' },
      { text: 'full-scale invasion of Ukraine', lang: 'en' },
      { text: 'російське вторгнення в Україну', lang: 'uk' },
      { text: 'вторжение России в Украину', lang: 'ru' },
      { text: 'rosyjska inwazja na Ukrainę', lang: 'pl' },
      { text: 'russischer Überfall auf die Ukraine', lang: 'de' },
      { text: "invasion de l'Ukraine par la Russie", lang: 'fr' },
      { text: 'Rusijos invazija į Ukrainą', lang: 'lt' },
    ],
    summary:
      'The full-scale attack Russia launched on Ukraine on 24 February 2022, a sharp escalation of the war it began in ' +
      '2014. It prompted Ukraine’s EU application, the NATO bids of Finland and Sweden and, in September 2022, Ukraine’s own.',
    facts: [
      {
        label: 'Began',
        value: '24 February 2022, when Putin announced a military operation and strikes hit targets across Ukraine',
        date: '2022-02-24',
        source: 'times-invasion-2022',
      },
      {
        label: 'Fronts',
        value: 'Strikes hit Kyiv, Kharkiv, Odesa and Mariupol, and tanks crossed into Ukraine from Belarus',
        date: '2022-02-24',
        source: 'times-invasion-2022',
      },
      {
        label: 'UN General Assembly',
        value: 'Resolution ES-11/1 of 2 March 2022 deplored the aggression, 141 votes to 5 with 35 abstentions',
        date: '2022-03-02',
        source: 'unga-es-11-1-wikipedia',
      },
      {
        label: 'EU application',
        value: 'Zelenskyy signed Ukraine’s formal request to join the European Union on 28 February 2022',
        date: '2022-02-28',
        source: 'deccan-herald-eu-request',
      },
      {
        label: 'Nordic NATO bids',
        value: 'Finland and Sweden applied to join NATO on 18 May 2022, following the invasion',
        date: '2022-05-18',
        source: 'ctv-applications-2022',
      },
      {
        label: 'Annexation claim',
        value: 'On 30 September 2022 Putin signed treaties claiming to annex the Donetsk, Luhansk, Zaporizhzhia and Kherson regions',
        date: '2022-09-30',
        source: 'geo-putin-annexation-treaties',
      },
    ],
    related: ['ukraine', 'russia', 'vladimir-putin', 'volodymyr-zelenskyy', 'crimea', 'ukraine-nato-application-2022', 'finland', 'sweden'],
    sources: [
      SOURCES.invasionTimes,
      {
        id: 'unga-es-11-1-wikipedia',
        url: 'https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/1',
        title: 'United Nations General Assembly Resolution ES-11/1',
        publisher: 'Wikipedia',
      },
      SOURCES.euApplication,
      SOURCES.applications2022,
      SOURCES.annexation2022,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'ukraine-non-bloc-status',
    type: 'document',
    name: 'Ukraine’s non-bloc status (2010–2014)',
    wikipedia: 'Ukraine–NATO relations',
    aliases: [
      { text: 'non-aligned status', lang: 'en', context: { requires: ['Ukraine', 'Kyiv', 'Ukrainian', 'Verkhovna Rada', 'Yanukovych', 'Poroshenko'] } },
      { text: 'non-bloc status', lang: 'en' },
      { text: "Ukraine's non-aligned status", lang: 'en' },
      { text: 'Law on the Principles of Domestic and Foreign Policy', lang: 'en' },
      { text: 'позаблоковий статус', lang: 'uk' },
      { text: 'Про засади внутрішньої і зовнішньої політики', lang: 'uk' },
      { text: 'внеблоковый статус', lang: 'ru' },
    ],
    summary:
      'The policy of staying out of military alliances that a 2010 law, proposed by President Yanukovych, wrote into ' +
      'Ukrainian law in place of the NATO membership goal. Parliament scrapped it in December 2014, after Russia annexed Crimea.',
    facts: [
      {
        label: 'Bill',
        value: 'Submitted by President Viktor Yanukovych on 2 June 2010',
        date: '2010-06-02',
        source: 'loc-2010-law',
      },
      {
        label: 'Content',
        value: 'Non-participation in military-political alliances instead of NATO membership; EU integration kept as a goal',
        source: 'loc-2010-law',
      },
      {
        label: 'Adopted',
        value: 'Law "On the Principles of Domestic and Foreign Policy" passed by parliament on 1 July 2010',
        date: '2010-07-01',
        source: 'zaxid-2010-law',
      },
      {
        label: 'Repeal vote',
        value: 'Parliament dropped the non-aligned status on 23 December 2014, by 303 votes',
        date: '2014-12-23',
        source: 'usatoday-non-aligned-2014',
      },
      {
        label: 'Repeal signed',
        value: 'President Petro Poroshenko signed the repeal on 29 December 2014',
        date: '2014-12-29',
        source: 'zn-ua-repeal-signed-2014',
      },
    ],
    related: ['ukraine-nato-relations', 'ukraine', 'petro-poroshenko', 'crimea', 'ukraine-constitutional-amendment-2019'],
    sources: [
      {
        id: 'loc-2010-law',
        url: 'https://www.loc.gov/item/global-legal-monitor/2010-06-10/ukraine-new-law-on-foreign-and-domestic-policy/',
        title: 'Ukraine: New Law on Foreign and Domestic Policy',
        publisher: 'Library of Congress (Global Legal Monitor)',
      },
      {
        id: 'zaxid-2010-law',
        url: 'https://zaxid.net/janukowycz_uprawomocnil_ukraine_bez_nato_n1179463',
        title: 'Janukowycz uprawomocnił Ukrainę bez NATO',
        publisher: 'ZAXID.NET',
      },
      SOURCES.nonBlocRepeal,
      SOURCES.znUaRepealSigned2014,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'ukraine-constitutional-amendment-2019',
    type: 'document',
    name: 'Ukraine’s 2019 constitutional amendment on EU and NATO membership',
    wikipedia: 'Constitution of Ukraine',
    aliases: [
      { text: 'constitutional amendment on EU and NATO membership', lang: 'en' },
      { text: 'зміни до Конституції щодо курсу на ЄС та НАТО', lang: 'uk' },
      { text: 'изменения в Конституцию о курсе в ЕС и НАТО', lang: 'ru' },
    ],
    summary:
      'The 2019 change to Ukraine’s constitution that made full membership of the EU and NATO a strategic course of the ' +
      'state, binding parliament, president and government to pursue it, and removed the clause allowing foreign bases on lease.',
    facts: [
      {
        label: 'Adopted',
        value: 'Passed by parliament on 7 February 2019 with 334 votes',
        date: '2019-02-07',
        source: 'rferl-constitution-2019',
      },
      {
        label: 'Content',
        value: 'The president becomes guarantor of the EU and NATO course; parliament and government must carry it out',
        source: 'interfax-amendment-2019',
      },
      {
        label: 'Foreign bases',
        value: 'Removed the transitional clause allowing foreign forces to lease existing bases in Ukraine',
        source: 'interfax-amendment-2019',
      },
      {
        label: 'Signed',
        value: 'President Poroshenko signed it in parliament on 19 February 2019, with Donald Tusk present',
        date: '2019-02-19',
        source: 'ap-amendment-signed',
      },
      {
        label: 'In force',
        value: 'Published on 20 February 2019 and in force from 21 February 2019',
        date: '2019-02-21',
        source: 'ukrinform-amendment-in-force',
      },
    ],
    related: ['ukraine-nato-relations', 'ukraine', 'petro-poroshenko', 'ukraine-non-bloc-status', 'european-union', 'nato'],
    sources: [
      SOURCES.rferlConstitution2019,
      {
        id: 'interfax-amendment-2019',
        url: 'https://en.interfax.com.ua/news/general/565466.html',
        title: 'Poroshenko says he will sign next week constitution changes on strategic course toward EU, NATO',
        publisher: 'Interfax-Ukraine',
      },
      {
        id: 'ap-amendment-signed',
        url: 'https://federalnewsnetwork.com/government-news/2019/02/ukraine-president-signs-amendment-on-nato-eu-membership/',
        title: 'Ukraine president signs amendment on NATO, EU membership',
        publisher: 'Federal News Network (Associated Press)',
      },
      {
        id: 'ukrinform-amendment-in-force',
        url: 'https://www.ukrinform.de/amp/rubric-polytics/2645022-verfassungsanderungen-uber-kurs-auf-eu-und-nato-in-kraft-getreten.html',
        title: 'Verfassungsänderungen über Kurs auf EU- und NATO in Kraft getreten',
        publisher: 'Ukrinform',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'ukraine-nato-application-2022',
    type: 'process',
    name: 'Ukraine’s 2022 application to join NATO',
    wikipedia: 'Ukraine–NATO relations',
    aliases: [
      { text: "Ukraine's NATO application", lang: 'en' },
      { text: 'application for accelerated accession to NATO', lang: 'en' },
      { text: 'заявка на прискорений вступ до НАТО', lang: 'uk' },
      { text: 'заявка на ускоренное вступление в НАТО', lang: 'ru' },
    ],
    summary:
      'Ukraine’s formal request, signed on 30 September 2022, to join NATO under an accelerated procedure without a ' +
      'Membership Action Plan. It came the same day Russia claimed to annex four Ukrainian regions.',
    facts: [
      {
        label: 'Signed',
        value: 'Announced and signed by President Zelenskyy on 30 September 2022',
        date: '2022-09-30',
        source: 'interfax-application-2022',
      },
      {
        label: 'Signatories',
        value: 'The President, the Prime Minister and the Chairman of the Verkhovna Rada',
        source: 'pravda-application-received',
      },
      {
        label: 'Procedure sought',
        value: 'Accelerated accession without a Membership Action Plan, as for Finland and Sweden',
        source: 'interfax-application-2022',
      },
      {
        label: 'Same day',
        value: 'Putin signed treaties claiming to annex the Donetsk, Luhansk, Zaporizhzhia and Kherson regions',
        date: '2022-09-30',
        source: 'geo-putin-annexation-treaties',
      },
      {
        label: 'Received',
        value: 'NATO’s Secretary General received the application, Ukrainska Pravda reported on 4 October 2022',
        date: '2022-10-04',
        source: 'pravda-application-received',
      },
      {
        label: 'Vilnius 2023',
        value: 'Allies said Ukraine no longer needs a Membership Action Plan and will be invited when Allies agree and conditions are met',
        date: '2023-07-11',
        source: 'vilnius-communique',
      },
    ],
    related: ['ukraine-nato-relations', 'ukraine', 'volodymyr-zelenskyy', 'membership-action-plan', 'russian-invasion-of-ukraine', 'vilnius-summit-2023', 'nato'],
    sources: [
      SOURCES.applicationSigned,
      {
        id: 'pravda-application-received',
        url: 'https://www.pravda.com.ua/eng/news/2022/10/4/7370384/',
        title: 'NATO Secretary General receives Ukraine’s application for accelerated NATO Membership',
        publisher: 'Ukrainska Pravda',
      },
      SOURCES.annexation2022,
      SOURCES.vilniusCommunique,
    ],
    asOf: CHECKED,
  },
];
