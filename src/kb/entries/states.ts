// States, the EU, Crimea and the Ukrainian milestones around the NATO bid: the full-scale invasion, the
// 2010–2014 non-bloc status, the 2019 constitutional amendment and the 2022 application. Every fact cites one of
// its entry's sources; all of them were checked on 2026-11-26. Changeable facts carry the newest date a source
// showed them true.
import type { EntryInput } from '../schema';

const CHECKED = '2026-11-26';

// Sources used by more than one entry (each entry still lists the sources it cites).
const SRC = {
  applications2022: {
    id: 'ctv-applications-2022',
    url: 'https://www.ctvnews.ca/world/finland-sweden-officially-apply-for-nato-membership-1.5908261',
    title: 'Finland, Sweden officially apply for NATO membership',
    publisher: 'CTV News',
  },
  finlandJoins: {
    id: 'guardian-finland-joins',
    url: 'https://www.theguardian.com/world/video/2023/apr/04/finland-flag-raised-at-nato-hq-as-country-joins-military-alliance-video',
    title: 'Finland flag raised at Nato HQ as country joins military alliance – video',
    publisher: 'The Guardian',
  },
  swedenJoins: {
    id: 'livemint-sweden-joins',
    url: 'https://www.livemint.com/news/world/sweden-ends-decades-of-neutrality-to-formally-join-nato-alliance-11709829760054.html',
    title: 'Sweden ends decades of neutrality to formally join NATO alliance',
    publisher: 'Mint',
  },
  turkeyFinland: {
    id: 'yenisafak-turkiye-finland',
    url: 'https://www.yenisafak.com/en/news/turkiyes-parliament-approves-finlands-bid-to-join-nato-3662908',
    title: "Türkiye's parliament approves Finland's bid to join NATO",
    publisher: 'Yeni Şafak',
  },
  turkeySweden: {
    id: 'trt-turkiye-sweden',
    url: 'https://www.trtworld.com/article/16757177',
    title: "Turkish parliament approves Sweden's accession to NATO",
    publisher: 'TRT World',
  },
  hungaryFinland: {
    id: 'budapest-times-hungary-finland',
    url: 'https://www.budapesttimes.hu/world/parliament-ratifies-finlands-nato-bid/',
    title: 'Parliament ratifies Finland’s NATO bid',
    publisher: 'The Budapest Times',
  },
  hungarySweden: {
    id: 'sofia-globe-hungary-sweden',
    url: 'https://sofiaglobe.com/2024/02/26/hungarian-national-assembly-votes-to-approve-swedens-nato-application/',
    title: 'Hungarian National Assembly votes to approve Sweden’s Nato application',
    publisher: 'The Sofia Globe',
  },
  enlargement1999: {
    id: 'rferl-enlargement-1999',
    url: 'https://www.rferl.org/a/1090798.html',
    title: 'NATO: Alliance Formally Welcomes Three New Members',
    publisher: 'Radio Free Europe/Radio Liberty',
  },
  nato1952: {
    id: 'nato-greece-turkey-60-years',
    url: 'https://www.nato.int/cps/en/natohq/news_84445.htm',
    title: 'Marking 60 years of membership',
    publisher: 'NATO',
  },
  ankara2026: {
    id: 'hurriyet-ankara-summit',
    url: 'https://www.hurriyetdailynews.com/nato-to-hold-2026-summit-at-bestepe-on-july-7-8-212729',
    title: 'NATO to hold 2026 summit at Beştepe on July 7-8',
    publisher: 'Hürriyet Daily News',
  },
  unga68262: {
    id: 'unga-68-262-wikipedia',
    url: 'https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_68/262',
    title: 'United Nations General Assembly Resolution 68/262',
    publisher: 'Wikipedia',
  },
  crimeaTreaty: {
    id: 'rferl-crimea-treaty',
    url: 'https://www.rferl.org/a/russia-crimea-ukraine-treaty/25301179.html',
    title: "Russia's Putin, Crimean Leaders Sign Annexation Treaty",
    publisher: 'Radio Free Europe/Radio Liberty',
  },
  invasionWiki: {
    id: 'invasion-wikipedia',
    url: 'https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine',
    title: 'Russian invasion of Ukraine',
    publisher: 'Wikipedia',
  },
  euApplication: {
    id: 'babel-eu-summit-2022',
    url: 'https://babel.ua/en/news/80392-a-summit-will-start-in-brussels-to-consider-granting-ukraine-eu-candidate-status',
    title: 'A summit will start in Brussels to consider granting Ukraine EU candidate status',
    publisher: 'Babel',
  },
  nonBlocRepeal: {
    id: 'voa-non-aligned-2014',
    url: 'https://www.voanews.com/a/ukraine-parliament-drops-non-aligned-status/2570341.html',
    title: "Ukraine's Parliament Drops Non-aligned Status",
    publisher: 'Voice of America',
  },
  applicationSigned: {
    id: 'interfax-application-2022',
    url: 'https://en.interfax.com.ua/news/general/862265.html',
    title: "Zelensky signs Ukraine's application for rapid NATO accession",
    publisher: 'Interfax-Ukraine',
  },
  annexation2022: {
    id: 'ewn-application-annexation',
    url: 'https://euroweeklynews.com/2022/09/30/breaking-news-president-zelenskyy-announces-ukraine-is-applying-to-nato-on-accelerated-basis/',
    title: 'BREAKING NEWS: President Zelenskyy announces Ukraine is applying to NATO on accelerated basis',
    publisher: 'Euro Weekly News',
  },
  vilniusCommunique: {
    id: 'vilnius-communique',
    url: 'https://www.nato.int/cps/en/natohq/official_texts_217320.htm',
    title: 'Vilnius Summit Communiqué',
    publisher: 'NATO',
  },
} as const;

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
        source: 'guardian-finland-joins',
      },
      {
        label: 'Border with Russia',
        value: 'About 1,340 km; its accession roughly doubled NATO’s land border with Russia',
        source: 'guardian-finland-joins',
      },
      { label: 'Capital', value: 'Helsinki', source: 'britannica-helsinki' },
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
      { date: '2023-04-04', text: 'Finland becomes NATO’s 31st member.', source: 'guardian-finland-joins' },
    ],
    related: ['nato', 'sweden', 'nato-enlargement', 'alexander-stubb', 'russia', 'turkiye', 'hungary'],
    sources: [
      SRC.applications2022,
      SRC.finlandJoins,
      SRC.turkeyFinland,
      SRC.hungaryFinland,
      {
        id: 'britannica-helsinki',
        url: 'https://www.britannica.com/place/Helsinki',
        title: 'Helsinki',
        publisher: 'Encyclopaedia Britannica',
      },
      {
        id: 'presidentti-msc-2026',
        url: 'https://www.presidentti.fi/presidentti-stubb-munchenin-turvallisuuskonferenssiin-2',
        title: 'Presidentti Stubb Münchenin turvallisuuskonferenssiin',
        publisher: 'Office of the President of the Republic of Finland',
      },
      {
        id: 'finlandabroad-stubb-inauguration',
        url: 'https://finlandabroad.fi/web/gbr/current-affairs/-/asset_publisher/4ojVRXvbDRVa/content/suomen-tasavallan-13.-presidentti-astui-virkaan/384951',
        title: 'President Alexander Stubb is the 13th president of the Republic of Finland',
        publisher: 'Ministry for Foreign Affairs of Finland',
      },
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
        source: 'sofia-globe-hungary-sweden',
      },
      {
        label: 'NATO member',
        value: 'Joined on 7 March 2024 as the 32nd member',
        date: '2024-03-07',
        source: 'livemint-sweden-joins',
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
        source: 'sofia-globe-hungary-sweden',
      },
      { date: '2024-03-07', text: 'Sweden becomes NATO’s 32nd member.', source: 'livemint-sweden-joins' },
    ],
    related: ['nato', 'finland', 'nato-enlargement', 'ulf-kristersson', 'turkiye', 'hungary'],
    sources: [
      SRC.applications2022,
      SRC.hungarySweden,
      SRC.turkeySweden,
      SRC.swedenJoins,
      {
        id: 'britannica-stockholm',
        url: 'https://www.britannica.com/place/Stockholm',
        title: 'Stockholm',
        publisher: 'Encyclopaedia Britannica',
      },
      {
        id: 'regeringen-salen-2026',
        url: 'https://regeringen.se/tal/2026/01/statsministerns-tal-pa-folk-och-forsvars-rikskonferens-i-salen',
        title: 'Statsministerns tal vid Folk och Försvar 2026',
        publisher: 'Government Offices of Sweden',
      },
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
    sources: [SRC.nato1952, SRC.turkeyFinland, SRC.turkeySweden, SRC.ankara2026],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'hungary',
    type: 'place',
    name: 'Hungary',
    wikipedia: 'Hungary',
    aliases: [
      { text: 'Hungary', lang: 'en' },
      { text: 'Угорщина', lang: 'uk' },
      { text: 'Венгрия', lang: 'ru' },
      { text: 'Węgry', lang: 'pl' },
      { text: 'Ungarn', lang: 'de' },
      { text: 'Hongrie', lang: 'fr' },
      { text: 'Vengrija', lang: 'lt' },
    ],
    summary:
      'A central European state and NATO member since 1999. Under Viktor Orbán it was the last Ally to ratify Sweden’s ' +
      'accession; after the Tisza party’s landslide in the April 2026 election, Péter Magyar replaced Orbán as prime minister.',
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
        source: 'sofia-globe-hungary-sweden',
      },
      {
        label: '2026 election',
        value: 'Péter Magyar’s Tisza party won a two-thirds majority on 12 April 2026, ending Orbán’s 16 years in power',
        date: '2026-04-12',
        source: 'aljazeera-hungary-election-2026',
      },
      {
        label: 'Prime Minister',
        value: 'Péter Magyar (Viktor Orbán, prime minister 2010–2026, left office when Magyar was sworn in)',
        changeable: true,
        asOf: '2026-05-10',
        source: 'guardian-magyar-first-speech',
      },
      {
        label: 'Prime Minister since',
        value: 'Magyar was sworn in on 9 May 2026',
        date: '2026-05-09',
        source: 'guardian-magyar-sworn-in',
      },
    ],
    timeline: [
      { date: '1999-03-12', text: 'Hungary joins NATO.', source: 'rferl-enlargement-1999' },
      { date: '2023-03-27', text: 'Parliament ratifies Finland’s accession.', source: 'budapest-times-hungary-finland' },
      { date: '2024-02-26', text: 'Parliament ratifies Sweden’s accession, the last Ally to do so.', source: 'sofia-globe-hungary-sweden' },
      { date: '2026-04-12', text: 'Tisza wins the parliamentary election.', source: 'aljazeera-hungary-election-2026' },
      { date: '2026-05-09', text: 'Péter Magyar is sworn in as prime minister.', source: 'guardian-magyar-sworn-in' },
    ],
    related: ['nato', 'viktor-orban', 'european-union', 'sweden', 'finland', 'poland', 'nato-enlargement'],
    sources: [
      SRC.enlargement1999,
      SRC.hungaryFinland,
      SRC.hungarySweden,
      {
        id: 'aljazeera-hungary-election-2026',
        url: 'https://www.aljazeera.com/news/2026/4/12/hungary-election-early-results-show-magyars-tisza-ahead-of-orbans-fidesz',
        title: 'Peter Magyar wins Hungary election, unseating Viktor Orban after 16 years',
        publisher: 'Al Jazeera',
      },
      {
        id: 'guardian-magyar-sworn-in',
        url: 'https://www.theguardian.com/world/2026/may/09/hungary-prime-minister-peter-magyar-sworn-in-viktor-oban',
        title: 'Péter Magyar sworn in as Hungary’s prime minister ending 16-year Orbán era',
        publisher: 'The Guardian',
      },
      {
        id: 'guardian-magyar-first-speech',
        url: 'https://www.theguardian.com/world/2026/may/10/hungary-peter-magyar-apologises-to-those-wronged-under-orban-in-first-speech-pm',
        title: 'Hungary’s new PM apologises to those wronged under Orbán in first speech',
        publisher: 'The Guardian',
      },
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
        asOf: '2024-06-25',
        source: 'council-ukraine-negotiations',
      },
      {
        label: 'Ukraine’s application',
        value: 'Submitted on 28 February 2022, the fifth day of the full-scale invasion',
        date: '2022-02-28',
        source: 'babel-eu-summit-2022',
      },
      {
        label: 'Candidate status',
        value: 'The European Council made Ukraine and Moldova candidate countries on 23 June 2022',
        date: '2022-06-23',
        source: 'vnk-candidate-status',
      },
      {
        label: 'Accession negotiations',
        value: 'Opened with Ukraine at a first intergovernmental conference in Luxembourg on 25 June 2024',
        date: '2024-06-25',
        source: 'council-ukraine-negotiations',
      },
      {
        label: 'Decision to negotiate',
        value: 'Taken by the European Council in December 2023; the negotiating framework was approved on 21 June 2024',
        date: '2023-12',
        source: 'council-ukraine-negotiations',
      },
    ],
    related: ['ukraine', 'hungary', 'poland', 'finland', 'sweden', 'russian-invasion-of-ukraine'],
    sources: [
      SRC.euApplication,
      {
        id: 'vnk-candidate-status',
        url: 'https://vnk.fi/sv/-/europeiska-radet-beslutade-att-ge-ukraina-och-moldavien-status-som-kandidatlander?languageId=en_US',
        title: 'European Council granted candidate status to Ukraine and Moldova',
        publisher: 'Finnish Government (Prime Minister’s Office)',
      },
      {
        id: 'council-ukraine-negotiations',
        url: 'https://www.consilium.europa.eu/en/press/press-releases/2024/06/25/eu-opens-accession-negotiations-with-ukraine/',
        title: 'EU opens accession negotiations with Ukraine',
        publisher: 'Council of the European Union',
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
      { label: 'Capital', value: 'Warsaw', source: 'britannica-warsaw' },
      {
        label: 'President',
        value: 'Karol Nawrocki',
        changeable: true,
        asOf: '2025-08-06',
        source: 'unn-nawrocki-oath',
      },
      {
        label: 'President since',
        value: 'Nawrocki took the oath before the National Assembly on 6 August 2025, succeeding Andrzej Duda',
        date: '2025-08-06',
        source: 'unn-nawrocki-oath',
      },
    ],
    related: ['nato', 'european-union', 'ukraine', 'lithuania', 'hungary'],
    sources: [
      SRC.enlargement1999,
      {
        id: 'guardian-eu-guide-poland',
        url: 'https://www.theguardian.com/eu/country/0,14489,1193436,00.html',
        title: 'EU guide: Poland',
        publisher: 'The Guardian',
      },
      {
        id: 'britannica-warsaw',
        url: 'https://www.britannica.com/place/Warsaw',
        title: 'Warsaw',
        publisher: 'Encyclopaedia Britannica',
      },
      {
        id: 'unn-nawrocki-oath',
        url: 'https://unn.ua/en/news/nawrocki-took-the-oath-and-assumed-the-office-of-president-of-poland',
        title: 'Nawrocki takes oath and assumes office as President of Poland',
        publisher: 'UNN',
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
      { text: 'US', lang: 'en' },
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
        source: 'nato-treaty-text',
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
      {
        id: 'nato-treaty-text',
        url: 'https://www.nato.int/archives/1st5years/annexes/a.htm',
        title: 'North Atlantic Treaty, Washington D.C., 4th April, 1949',
        publisher: 'NATO',
      },
      SRC.nato1952,
      SRC.enlargement1999,
      {
        id: 'ap-state-of-the-union-2026',
        url: 'https://www.2news.com/news/national/aptopix-trump-state-of-the-union/image_712c9a23-c687-5981-879f-065a68435893.html',
        title: 'APTOPIX Trump State of the Union',
        publisher: 'KTVN 2 News (Associated Press)',
      },
      {
        id: 'trump-second-inauguration-wikipedia',
        url: 'https://en.wikipedia.org/wiki/Second_inauguration_of_Donald_Trump',
        title: 'Second inauguration of Donald Trump',
        publisher: 'Wikipedia',
      },
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
        value: 'Moved from the Russian to the Ukrainian Soviet republic in 1954',
        date: '1954',
        source: 'crimea-wikipedia',
      },
      {
        label: 'Annexation treaty',
        value: 'Putin and Crimean leaders signed treaties on 18 March 2014 making Crimea and Sevastopol part of Russia',
        date: '2014-03-18',
        source: 'rferl-crimea-treaty',
      },
      {
        label: 'UN resolution 68/262',
        value: 'Adopted on 27 March 2014 by 100 votes to 11 with 58 abstentions; affirmed Ukraine’s territorial integrity',
        date: '2014-03-27',
        source: 'unga-68-262-wikipedia',
      },
      {
        label: 'Referendum',
        value: 'Resolution 68/262 declared the 16 March 2014 referendum invalid and urged states not to recognise any change of status',
        date: '2014-03-16',
        source: 'unga-68-262',
      },
      {
        label: '2022 invasion',
        value: 'One of the areas from which Russian forces attacked Ukraine on 24 February 2022',
        date: '2022-02-24',
        source: 'invasion-wikipedia',
      },
    ],
    related: ['ukraine', 'russia', 'russian-invasion-of-ukraine', 'ukraine-non-bloc-status'],
    sources: [
      {
        id: 'crimea-wikipedia',
        url: 'https://en.wikipedia.org/wiki/Crimea',
        title: 'Crimea',
        publisher: 'Wikipedia',
      },
      SRC.crimeaTreaty,
      SRC.unga68262,
      {
        id: 'unga-68-262',
        url: 'https://crimea-platform.org/en/materials/resolution-a-res-68-262-territorial-integrity-of-ukraine/',
        title: 'Resolution A/RES/68/262 «Territorial integrity of Ukraine»',
        publisher: 'Crimea Platform',
      },
      SRC.invasionWiki,
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
        value: '24 February 2022, when Putin announced a "special military operation" and missile strikes hit across Ukraine',
        date: '2022-02-24',
        source: 'invasion-wikipedia',
      },
      {
        label: 'Fronts',
        value: 'Ground forces attacked from Russia, Belarus and occupied Crimea and Donbas; Zelenskyy imposed martial law',
        date: '2022-02-24',
        source: 'invasion-wikipedia',
      },
      {
        label: 'UN General Assembly',
        value: 'Resolution ES-11/1 of 2 March 2022 deplored the aggression, 141 votes to 5 with 35 abstentions',
        date: '2022-03-02',
        source: 'unga-es-11-1-wikipedia',
      },
      {
        label: 'EU application',
        value: 'Ukraine applied to join the European Union on 28 February 2022',
        date: '2022-02-28',
        source: 'babel-eu-summit-2022',
      },
      {
        label: 'Nordic NATO bids',
        value: 'Finland and Sweden applied to join NATO on 18 May 2022, following the invasion',
        date: '2022-05-18',
        source: 'sofia-globe-hungary-sweden',
      },
      {
        label: 'Annexation claim',
        value: 'On 30 September 2022 Putin signed papers claiming Donetsk, Luhansk, Zaporizhzhia and Kherson regions',
        date: '2022-09-30',
        source: 'ewn-application-annexation',
      },
    ],
    related: ['ukraine', 'russia', 'vladimir-putin', 'volodymyr-zelenskyy', 'crimea', 'ukraine-nato-application-2022', 'finland', 'sweden'],
    sources: [
      SRC.invasionWiki,
      {
        id: 'unga-es-11-1-wikipedia',
        url: 'https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_ES-11/1',
        title: 'United Nations General Assembly Resolution ES-11/1',
        publisher: 'Wikipedia',
      },
      SRC.euApplication,
      SRC.hungarySweden,
      SRC.annexation2022,
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
        source: 'voa-non-aligned-2014',
      },
      {
        label: 'Repeal signed',
        value: 'President Petro Poroshenko signed the repeal on 29 December 2014',
        date: '2014-12-29',
        source: 'sofia-globe-repeal-2014',
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
      SRC.nonBlocRepeal,
      {
        id: 'sofia-globe-repeal-2014',
        url: 'https://sofiaglobe.com/2014/12/29/ukraine-formally-scraps-non-aligned-status/',
        title: 'Ukraine formally scraps non-aligned status',
        publisher: 'The Sofia Globe',
      },
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
        source: 'interfax-uk-amendment-signed',
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
        source: 'gordon-amendment-published',
      },
    ],
    related: ['ukraine-nato-relations', 'ukraine', 'petro-poroshenko', 'ukraine-non-bloc-status', 'european-union', 'nato'],
    sources: [
      {
        id: 'interfax-uk-amendment-signed',
        url: 'https://interfax.com.ua/news/political/567179.html',
        title: 'Порошенко підписав закон, що закріплює в Конституції України курс країни в ЄС і НАТО',
        publisher: 'Interfax-Ukraine',
      },
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
        id: 'gordon-amendment-published',
        url: 'https://gordonua.com/ukr/news/politics/zakon-pro-kurs-ukrajini-na-chlenstvo-v-jes-i-v-nato-opublikuvali-v-golosi-ukrajini-753554.html',
        title: 'Закон про курс України на членство в ЄС і НАТО опублікували в "Голосі України"',
        publisher: 'Gordon',
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
        value: 'Announced and signed by President Zelenskyy on 30 September 2022, after a security council meeting',
        date: '2022-09-30',
        source: 'interfax-application-2022',
      },
      {
        label: 'Signatories',
        value: 'President Volodymyr Zelenskyy, Prime Minister Denys Shmyhal and Speaker Ruslan Stefanchuk',
        source: 'republicworld-application-received',
      },
      {
        label: 'Procedure sought',
        value: 'Accelerated accession without a Membership Action Plan, as for Finland and Sweden',
        source: 'interfax-application-2022',
      },
      {
        label: 'Same day',
        value: 'Putin signed papers claiming the annexation of Donetsk, Luhansk, Zaporizhzhia and Kherson regions',
        date: '2022-09-30',
        source: 'ewn-application-annexation',
      },
      {
        label: 'Received',
        value: 'NATO’s Secretary General officially received the application by diplomatic note, Kyiv said in early October 2022',
        date: '2022-10',
        source: 'republicworld-application-received',
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
      SRC.applicationSigned,
      {
        id: 'republicworld-application-received',
        url: 'https://www.republicworld.com/world-news/russia-ukraine-crisis/nato-chief-received-kyivs-application-for-membership-in-alliance-ukrainian-official-articleshow.html',
        title: "NATO chief received Kyiv's application for membership in alliance: Ukrainian official",
        publisher: 'Republic World',
      },
      SRC.annexation2022,
      SRC.vilniusCommunique,
    ],
    asOf: CHECKED,
  },
];
