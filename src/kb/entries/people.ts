// People entries: the leaders and ministers who keep appearing in coverage of NATO, the 2023 Vilnius summit and
// Ukraine's membership bid. Every fact cites one of its entry's sources; all of them were checked on 2026-11-26.
// Current-office facts are `changeable` and carry the newest date a source showed them true; people who have left
// an office say so, with the date.
import type { EntryInput } from '../schema';
import { SOURCES } from './sources';

const CHECKED = '2026-11-26';

export const peopleEntries: EntryInput[] = [
  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'volodymyr-zelenskyy',
    type: 'person',
    name: 'Volodymyr Zelenskyy',
    wikipedia: 'Volodymyr Zelenskyy',
    aliases: [
      { text: 'Volodymyr Zelenskyy', lang: 'en' },
      { text: 'Volodymyr Zelensky', lang: 'en' },
      { text: 'Zelenskyy', lang: 'en' },
      { text: 'Zelensky', lang: 'en' },
      { text: 'Zelenskiy', lang: 'en' },
      { text: 'Володимир Зеленський', lang: 'uk' },
      { text: 'Зеленський', lang: 'uk' },
      { text: 'Владимир Зеленский', lang: 'ru' },
      { text: 'Зеленский', lang: 'ru' },
      { text: 'Selenskyj', lang: 'de' },
      { text: 'Zełenski', lang: 'pl' },
      { text: 'Zelenskis', lang: 'lt' },
    ],
    summary:
      "President of Ukraine since May 2019 and the country's wartime leader since Russia's full-scale invasion. He " +
      "signed Ukraine's request for fast-track NATO membership in 2022 and pressed allies for a clear timeline at Vilnius in 2023.",
    facts: [
      {
        label: 'President',
        value: 'Volodymyr Zelenskyy, President of Ukraine',
        changeable: true,
        asOf: '2026-02-26',
        source: 'aljazeera-geneva-2026',
      },
      {
        label: 'Took office',
        value: 'Sworn in as president on 20 May 2019 and dissolved parliament in his inaugural speech',
        date: '2019-05-20',
        source: 'the-national-zelenskiy-inauguration',
      },
      {
        label: 'Elected',
        value: 'Won the 2019 presidential election by a landslide over the incumbent, Petro Poroshenko',
        date: '2019-04',
        source: 'the-national-zelenskiy-inauguration',
      },
      {
        label: 'NATO application',
        value: "Signed Ukraine's application for accelerated accession to NATO on 30 September 2022",
        date: '2022-09-30',
        source: 'interfax-application-2022',
      },
      {
        label: 'Vilnius 2023',
        value: 'Called it "unprecedented and absurd" that no time frame was being set for an invitation or for membership',
        date: '2023-07-11',
        source: 'scmp-zelensky-absurd',
      },
    ],
    related: [
      'ukraine',
      'ukraine-nato-relations',
      'ukraine-nato-application-2022',
      'vilnius-summit-2023',
      'russian-invasion-of-ukraine',
      'petro-poroshenko',
    ],
    sources: [
      SOURCES.aljazeeraGeneva2026,
      SOURCES.theNationalZelenskiy2019,
      SOURCES.applicationSigned,
      {
        id: 'scmp-zelensky-absurd',
        url: 'https://www.scmp.com/news/world/europe/article/3227338/zelensky-calls-nato-delay-ukraine-membership-absurd-while-deal-sweden-reached',
        title: 'Zelensky calls Nato delay on Ukraine membership ‘absurd’, while deal for Sweden is reached',
        publisher: 'South China Morning Post',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'dmytro-kuleba',
    type: 'person',
    name: 'Dmytro Kuleba',
    wikipedia: 'Dmytro Kuleba',
    aliases: [
      { text: 'Dmytro Kuleba', lang: 'en' },
      { text: 'Dmitry Kuleba', lang: 'en' },
      { text: 'Kuleba', lang: 'en' },
      { text: 'Дмитро Кулеба', lang: 'uk' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Кулеба', lang: 'uk' },
      { text: 'Дмитрий Кулеба', lang: 'ru' },
      { text: 'Kułeba', lang: 'pl' },
    ],
    summary:
      "Ukraine's foreign minister from March 2020 to September 2024, and so its chief diplomat through the first years " +
      "of the full-scale war and the run-up to the Vilnius summit. Parliament accepted his resignation on 5 September 2024.",
    facts: [
      {
        label: 'Foreign minister',
        value: 'Appointed on 4 March 2020, succeeding Vadym Prystaiko',
        date: '2020-03-04',
        source: 'kuleba-wikipedia',
      },
      {
        label: 'Earlier post',
        value: "Deputy prime minister for European and Euro-Atlantic integration from 29 August 2019",
        date: '2019-08-29',
        source: 'kuleba-wikipedia',
      },
      {
        label: 'Left office',
        value: 'Parliament approved his resignation on 5 September 2024; Andrii Sybiha was confirmed as successor the same day',
        date: '2024-09-05',
        source: 'kyiv-independent-sybiha-approved',
      },
      {
        label: 'Vilnius 2023',
        value: "Said before the summit that its decisions would make Ukraine's path to NATO shorter, while clarity on an invitation was still missing",
        date: '2023-07-09',
        source: 'pravda-kuleba-vilnius',
      },
    ],
    related: ['ukraine', 'andrii-sybiha', 'vilnius-summit-2023', 'ukraine-nato-relations', 'volodymyr-zelenskyy'],
    sources: [
      {
        id: 'kuleba-wikipedia',
        url: 'https://en.wikipedia.org/wiki/Dmytro_Kuleba',
        title: 'Dmytro Kuleba',
        publisher: 'Wikipedia',
      },
      SOURCES.kyivIndependentSybiha,
      {
        id: 'pravda-kuleba-vilnius',
        url: 'https://www.pravda.com.ua/eng/news/2023/07/9/7410505/',
        title: "Ukraine's path to NATO will definitely become shorter – Foreign Minister on Vilnius summit",
        publisher: 'Ukrainska Pravda (European Pravda)',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'andrii-sybiha',
    type: 'person',
    name: 'Andrii Sybiha',
    wikipedia: 'Andrii Sybiha',
    aliases: [
      { text: 'Andrii Sybiha', lang: 'en' },
      { text: 'Andriy Sybiha', lang: 'en' },
      { text: 'Sybiha', lang: 'en' },
      { text: 'Sybiga', lang: 'en' },
      { text: 'Андрій Сибіга', lang: 'uk' },
      { text: 'Сибіга', lang: 'uk' },
      { text: 'Андрей Сибига', lang: 'ru' },
      { text: 'Сибига', lang: 'ru' },
    ],
    summary:
      "A career diplomat who has been Ukraine's foreign minister since 5 September 2024, when he succeeded Dmytro Kuleba. " +
      "He had been ambassador to Türkiye and deputy head of the Presidential Office, and represents Ukraine at NATO ministerial meetings.",
    facts: [
      {
        label: 'Foreign minister',
        value: 'Andrii Sybiha, Minister of Foreign Affairs of Ukraine',
        changeable: true,
        asOf: '2026-01-27',
        source: 'european-pravda-sybiha-interview-2026',
      },
      {
        label: 'Appointed',
        value: 'Confirmed by parliament on 5 September 2024 with 258 votes, replacing Dmytro Kuleba',
        date: '2024-09-05',
        source: 'rferl-sybiha-appointed',
      },
      {
        label: 'Earlier posts',
        value: "Ambassador to Türkiye from 2016; deputy head of the President's Office from 2021; moved to the Foreign Ministry in April 2024",
        source: 'kyiv-independent-sybiha-approved',
      },
      {
        label: 'NATO–Ukraine Council',
        value: 'Invited to a NATO–Ukraine Council working dinner with Allied foreign ministers in Brussels on 3 December 2024',
        date: '2024-12-03',
        source: 'nato-pre-ministerial-2024-12',
      },
    ],
    related: ['ukraine', 'dmytro-kuleba', 'nato-ukraine-council', 'turkiye', 'volodymyr-zelenskyy'],
    sources: [
      {
        id: 'european-pravda-sybiha-interview-2026',
        url: 'https://www.eurointegration.com.ua/eng/interview/2026/01/27/7229924',
        title: 'Peace talks, Ukraine’s EU and NATO ambitions, and more: an interview with Ukraine’s foreign minister',
        publisher: 'European Pravda',
      },
      {
        id: 'rferl-sybiha-appointed',
        url: 'https://www.rferl.org/a/ukraine-parliament-government-reshuffle-kuleba/33106922.html',
        title: "Ukraine's Parliament Appoints New Foreign Minister In Major Cabinet Reshuffle",
        publisher: 'Radio Free Europe/Radio Liberty',
      },
      SOURCES.kyivIndependentSybiha,
      {
        id: 'nato-pre-ministerial-2024-12',
        url: 'https://www.nato.int/cps/en/natohq/opinions_230949.htm',
        title:
          'Pre-ministerial press conference by NATO Secretary General Mark Rutte ahead of the meeting of NATO Ministers of Foreign Affairs in Brussels on 3 and 4 December',
        publisher: 'NATO',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'jens-stoltenberg',
    type: 'person',
    name: 'Jens Stoltenberg',
    wikipedia: 'Jens Stoltenberg',
    aliases: [
      { text: 'Jens Stoltenberg', lang: 'en' },
      { text: 'Stoltenberg', lang: 'en' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Єнс Столтенберг', lang: 'uk' },
      { text: 'Йенс Столтенберг', lang: 'ru' },
      { text: 'Столтенберг', lang: 'uk' },
      { text: 'Stoltenbergas', lang: 'lt' },
    ],
    summary:
      "Norwegian politician who was NATO Secretary General from 1 October 2014 to 1 October 2024, covering the Vilnius " +
      "summit and the first years of the full-scale war in Ukraine. A former prime minister of Norway, he became its finance minister in February 2025.",
    facts: [
      {
        label: 'NATO Secretary General',
        value: '1 October 2014 – 1 October 2024, succeeding Anders Fogh Rasmussen',
        date: '2014-10-01',
        source: 'nato-stoltenberg-takes-office',
      },
      {
        label: 'Left NATO',
        value: 'Handed over to Mark Rutte on 1 October 2024',
        date: '2024-10-01',
        source: 'dw-rutte-takes-over',
      },
      {
        label: 'Prime Minister of Norway',
        value: '2000–2001 and 2005–2013',
        source: 'nato-stoltenberg-takes-office',
      },
      {
        label: 'Vilnius 2023',
        value: 'Welcomed Allied leaders at LITEXPO with President Nausėda as the summit opened on 11 July 2023',
        date: '2023-07-11',
        source: 'lrt-vilnius-summit-start',
      },
      {
        label: 'Finance minister',
        value: "Joined Norway's Labour government as finance minister in February 2025",
        date: '2025-02',
        source: 'dagsavisen-stoltenberg-continues',
      },
      {
        label: 'Current office',
        value: "Norway's finance minister, staying on after Labour won the September 2025 election",
        changeable: true,
        asOf: '2025-09',
        source: 'dagsavisen-stoltenberg-continues',
      },
    ],
    related: ['nato-secretary-general', 'mark-rutte', 'nato', 'vilnius-summit-2023', 'russian-invasion-of-ukraine'],
    sources: [
      SOURCES.natoStoltenbergTakesOffice,
      SOURCES.dwRutteTakesOver,
      SOURCES.lrtVilniusSummit,
      {
        id: 'dagsavisen-stoltenberg-continues',
        url: 'https://www.dagsavisen.no/nyheter/stoltenberg-jeg-er-motivert-til-a-fortsette/9950052',
        title: 'Stoltenberg: – Jeg er motivert til å fortsette',
        publisher: 'Dagsavisen',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'mark-rutte',
    type: 'person',
    name: 'Mark Rutte',
    wikipedia: 'Mark Rutte',
    aliases: [
      { text: 'Mark Rutte', lang: 'en' },
      { text: 'Rutte', lang: 'en' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Марк Рютте', lang: 'uk' },
      { text: 'Рютте', lang: 'uk' },
    ],
    summary:
      "Dutch politician, prime minister of the Netherlands from 2010 to 2024, who has been NATO Secretary General since " +
      '1 October 2024, when he succeeded Jens Stoltenberg. He announced that the 2026 summit would be held in Ankara.',
    facts: [
      {
        label: 'NATO Secretary General',
        value: 'Mark Rutte',
        changeable: true,
        asOf: '2026-01-26',
        source: 'nato-rutte-sede-2026',
      },
      {
        label: 'Appointed',
        value: 'Chosen by the North Atlantic Council on 26 June 2024 to succeed Jens Stoltenberg',
        date: '2024-06-26',
        source: 'shine-rutte-appointed',
      },
      {
        label: 'Took office',
        value: 'Took over from Stoltenberg on 1 October 2024',
        date: '2024-10-01',
        source: 'dw-rutte-takes-over',
      },
      {
        label: 'Dutch prime minister from',
        value: '14 October 2010; the longest-serving Dutch prime minister',
        date: '2010-10-14',
        source: 'dutchnews-longest-serving',
      },
      {
        label: 'Dutch prime minister until',
        value: 'Handed over to Dick Schoof when the new cabinet was sworn in on 2 July 2024',
        date: '2024-07-02',
        source: 'dutchnews-schoof-cabinet',
      },
      {
        label: 'Ankara summit',
        value: 'Announced on 19 August 2025 that the 2026 NATO summit would be held in Türkiye on 7–8 July 2026',
        date: '2025-08-19',
        source: 'interfax-ankara-announced',
      },
    ],
    related: ['nato-secretary-general', 'jens-stoltenberg', 'nato', 'hague-summit-2025', 'ankara-summit-2026'],
    sources: [
      SOURCES.natoRutteSede2026,
      SOURCES.shineRutteAppointed,
      SOURCES.dwRutteTakesOver,
      {
        id: 'dutchnews-longest-serving',
        url: 'https://dutchnews.nl/2022/08/mark-rutte-becomes-longest-serving-dutch-prime-minister',
        title: 'Mark Rutte becomes longest serving Dutch prime minister',
        publisher: 'DutchNews.nl',
      },
      {
        id: 'dutchnews-schoof-cabinet',
        url: 'https://www.dutchnews.nl/2024/07/new-dutch-cabinet-formally-takes-office-after-being-sworn-in',
        title: 'New Dutch cabinet formally takes office after being sworn in',
        publisher: 'DutchNews.nl',
      },
      SOURCES.interfaxAnkara,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'gitanas-nauseda',
    type: 'person',
    name: 'Gitanas Nausėda',
    wikipedia: 'Gitanas Nausėda',
    aliases: [
      { text: 'Gitanasem Nausedą', lang: 'pl' },
      { text: 'Nausedą', lang: 'pl' },
      { text: 'Nausėdą', lang: 'lt' },
      // Same spelling in English and Lithuanian.
      { text: 'Gitanas Nausėda', lang: 'en' },
      { text: 'Gitanas Nauseda', lang: 'en' },
      { text: 'Nausėda', lang: 'en' },
      { text: 'Nauseda', lang: 'en' },
      { text: 'Гітанас Науседа', lang: 'uk' },
      { text: 'Гитанас Науседа', lang: 'ru' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Науседа', lang: 'uk' },
    ],
    summary:
      'President of Lithuania since 12 July 2019, re-elected in May 2024. As head of the host state he welcomed Allied ' +
      'leaders to the July 2023 Vilnius summit, having argued beforehand that Ukraine belongs in NATO.',
    facts: [
      {
        label: 'President',
        value: 'Gitanas Nausėda, President of Lithuania',
        changeable: true,
        asOf: '2026-02-16',
        source: 'lrytas-2026-02-16',
      },
      {
        label: 'Took office',
        value: 'Sworn in on 12 July 2019, succeeding Dalia Grybauskaitė',
        date: '2019-07-12',
        source: 'irish-examiner-nauseda-2019',
      },
      {
        label: 'Re-elected',
        value: 'Re-elected in May 2024, defeating Prime Minister Ingrida Šimonytė in the run-off',
        date: '2024-05',
        source: 'baltic-times-second-term',
      },
      {
        label: 'Second term',
        value: 'Sworn in for a second five-year term on 12 July 2024',
        date: '2024-07-12',
        source: 'baltic-times-second-term',
      },
      {
        label: 'Summit host',
        value: 'Welcomed NATO leaders at LITEXPO as the Vilnius summit opened on 11 July 2023',
        date: '2023-07-11',
        source: 'lrt-vilnius-summit-start',
      },
      {
        label: 'Before Vilnius',
        value: 'Visited Kyiv on 28 June 2023 with the message that Ukraine\'s place is in NATO',
        date: '2023-06-28',
        source: 'european-pravda-nauseda-kyiv',
      },
    ],
    related: ['lithuania', 'vilnius', 'vilnius-summit-2023', 'ukraine-nato-relations'],
    sources: [
      {
        id: 'lrytas-2026-02-16',
        url: 'https://www.lrytas.lt/lietuvosdiena/aktualijos/2026/02/16/news/vasario-16-aja-salies-vadovu-palinkejimai-tautai-teskime-lietuvos-valstybes-kelione--41340151/',
        title: 'Vasario 16-ąją šalies vadovų palinkėjimai Tautai: tęskime Lietuvos valstybės kelionę',
        publisher: 'Lrytas.lt',
      },
      SOURCES.irishExaminerNauseda2019,
      SOURCES.balticTimesSecondTerm,
      SOURCES.lrtVilniusSummit,
      {
        id: 'european-pravda-nauseda-kyiv',
        url: 'https://eurointegration.com.ua/eng/news/2023/06/28/7164607',
        title: "President of Lithuania: Arrived in Kyiv with One Main Message – Ukraine's Place in NATO",
        publisher: 'European Pravda',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'vladimir-putin',
    type: 'person',
    name: 'Vladimir Putin',
    wikipedia: 'Vladimir Putin',
    aliases: [
      { text: 'Vladimir Putin', lang: 'en' },
      { text: 'Putin', lang: 'en' },
      { text: 'Володимир Путін', lang: 'uk' },
      { text: 'Путін', lang: 'uk' },
      { text: 'Владимир Путин', lang: 'ru' },
      { text: 'Путин', lang: 'ru' },
      { text: 'Putinas', lang: 'lt' },
    ],
    summary:
      'President of Russia since 2012, having held the office before from 2000 to 2008. In February 2022 he launched the ' +
      'full-scale invasion of Ukraine, and he began a fifth presidential term in May 2024.',
    facts: [
      {
        label: 'President',
        value: 'Vladimir Putin, President of Russia',
        changeable: true,
        asOf: '2024-05-07',
        source: 'interfax-putin-fifth-term',
      },
      {
        label: 'Terms in office',
        value: 'President 2000–2008 and continuously since 2012',
        source: 'putin-fifth-inauguration',
      },
      {
        label: 'Fifth term',
        value: 'Sworn in for a fifth term, running to 2030, on 7 May 2024',
        date: '2024-05-07',
        source: 'interfax-putin-fifth-term',
      },
      {
        label: 'Invasion of Ukraine',
        value: 'Announced a "special military operation" against Ukraine in a televised address on 24 February 2022',
        date: '2022-02-24',
        source: 'euromaidan-putin-declares-war',
      },
    ],
    related: ['russia', 'russian-invasion-of-ukraine', 'crimea', 'ukraine'],
    sources: [
      SOURCES.putinFifthInauguration,
      {
        id: 'interfax-putin-fifth-term',
        url: 'https://interfax.com/newsroom/top-stories/102063/',
        title: 'Putin sworn in as Russian president for 5th time',
        publisher: 'Interfax',
      },
      {
        id: 'euromaidan-putin-declares-war',
        url: 'https://euromaidanpress.com/2022/02/24/in-speech-parallel-to-unsc-meeting-putin-declares-war-on-ukraine/',
        title: 'In speech parallel to UNSC meeting, Putin declares war on Ukraine',
        publisher: 'Euromaidan Press',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'viktor-orban',
    type: 'person',
    name: 'Viktor Orbán',
    wikipedia: 'Viktor Orbán',
    aliases: [
      { text: 'Viktor Orbán', lang: 'en' },
      { text: 'Viktor Orban', lang: 'en' },
      { text: 'Orbán', lang: 'en', context: { requires: ['Hungary', 'Hungarian', 'Budapest', 'prime minister', 'Fidesz', 'NATO', 'EU', 'Ukraine', 'Sweden', 'Viktor'] } },
      { text: 'Orban', lang: 'en', context: { requires: ['Hungary', 'Hungarian', 'Budapest', 'prime minister', 'Fidesz', 'NATO', 'EU', 'Ukraine', 'Sweden', 'Viktor'] } },
      { text: 'Віктор Орбан', lang: 'uk' },
      { text: 'Виктор Орбан', lang: 'ru' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Орбан', lang: 'uk' },
      { text: 'Orbanas', lang: 'lt' },
    ],
    summary:
      'Hungarian politician, prime minister in 1998–2002 and again from 2010. His government was the last to ratify ' +
      "Sweden's NATO entry and blocked NATO–Ukraine Commission meetings.",
    facts: [
      {
        label: 'First premiership',
        value: 'Prime minister of Hungary 1998–2002, after Fidesz won the 1998 election',
        date: '1998',
        source: 'oxford-reference-orban',
      },
      {
        label: 'Second premiership',
        value: 'Prime minister of Hungary for a second time from 2010',
        date: '2010',
        source: 'dw-orban-topic',
      },
      {
        label: "Sweden's accession",
        value: "Asked parliament on 26 February 2024 to ratify Sweden's NATO accession; Hungary was the last ally yet to do so",
        date: '2024-02-26',
        source: 'bloomberg-orban-sweden',
      },
      {
        label: 'NATO–Ukraine Commission',
        value: "Hungary has sought to block the Commission's meetings since a 2017 dispute over a Ukrainian education law affecting minorities",
        date: '2017',
        source: 'daily-beast-orban-ukraine',
      },
    ],
    related: ['hungary', 'sweden', 'nato-ukraine-commission', 'nato-enlargement', 'ukraine-nato-relations'],
    sources: [
      {
        id: 'oxford-reference-orban',
        url: 'https://oxfordindex.oup.com/view/10.1093/oi/authority.20110803100252930',
        title: 'Viktor Orbán',
        publisher: 'Oxford Reference (Oxford University Press)',
      },
      {
        id: 'dw-orban-topic',
        url: 'https://www.dw.com/en/viktor-orban/t-38337120',
        title: 'Viktor Orban',
        publisher: 'Deutsche Welle',
      },
      {
        id: 'bloomberg-orban-sweden',
        url: 'https://www.bnnbloomberg.ca/hungary-s-orban-asks-parliament-to-support-sweden-s-nato-bid-1.2039235',
        title: 'Hungary’s Orban Asks Parliament to Support Sweden’s NATO Bid',
        publisher: 'BNN Bloomberg',
      },
      {
        id: 'daily-beast-orban-ukraine',
        url: 'https://www.thedailybeast.com/viktor-orban-apparently-didnt-get-the-memo-on-ukraine-joining-nato',
        title: 'Orbán Apparently Didn’t Get the Memo on Ukraine Joining NATO',
        publisher: 'The Daily Beast',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'recep-tayyip-erdogan',
    type: 'person',
    name: 'Recep Tayyip Erdoğan',
    wikipedia: 'Recep Tayyip Erdoğan',
    aliases: [
      { text: 'Recep Tayyip Erdoğan', lang: 'en' },
      { text: 'Recep Tayyip Erdogan', lang: 'en' },
      { text: 'Erdoğan', lang: 'en' },
      { text: 'Erdogan', lang: 'en' },
      { text: 'Ердоган', lang: 'uk' },
      { text: 'Реджеп Тайип Эрдоган', lang: 'ru' },
      { text: 'Эрдоган', lang: 'ru' },
      { text: 'Erdoganas', lang: 'lt' },
    ],
    summary:
      "President of Türkiye since August 2014 after more than a decade as prime minister. Türkiye's approval held up " +
      "Sweden's NATO accession until 2024, and he hosts the Alliance's July 2026 summit in Ankara.",
    facts: [
      {
        label: 'President',
        value: 'Recep Tayyip Erdoğan, President of Türkiye',
        changeable: true,
        asOf: '2025-08-19',
        source: 'hurriyet-ankara-summit',
      },
      {
        label: 'Took office',
        value: "Sworn in on 28 August 2014 as Turkey's first directly elected president",
        date: '2014-08-28',
        source: 'upi-erdogan-sworn-in',
      },
      {
        label: 'Prime minister',
        value: 'Led the government as prime minister for over 11 years before becoming president',
        source: 'upi-erdogan-sworn-in',
      },
      {
        label: "Sweden's accession",
        value:
          'Agreed a way forward with Ulf Kristersson and Jens Stoltenberg on 10 July 2023, on the eve of the Vilnius summit; signed the accession protocol and sent it to parliament on 23 October 2023',
        date: '2023-10-23',
        source: 'bianet-sweden-protocol',
      },
      {
        label: 'Ankara summit host',
        value: "NATO's 2026 summit was set for 7–8 July 2026 at the Beştepe presidential complex in Ankara",
        date: '2026-07-07',
        source: 'hurriyet-ankara-summit',
      },
    ],
    related: ['turkiye', 'sweden', 'finland', 'ankara-summit-2026', 'nato-enlargement', 'ulf-kristersson'],
    sources: [
      SOURCES.ankara2026,
      {
        id: 'upi-erdogan-sworn-in',
        url: 'https://www.upi.com/Top_News/World-News/2014/08/28/Erdogan-sworn-in-as-Turkish-president/2931409236561/',
        title: 'Erdogan sworn in as Turkish president',
        publisher: 'UPI',
      },
      SOURCES.bianetSwedenProtocol,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'petro-poroshenko',
    type: 'person',
    name: 'Petro Poroshenko',
    wikipedia: 'Petro Poroshenko',
    aliases: [
      { text: 'Petro Poroshenko', lang: 'en' },
      { text: 'Poroshenko', lang: 'en' },
      { text: 'Петро Порошенко', lang: 'uk' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Порошенко', lang: 'uk' },
      { text: 'Пётр Порошенко', lang: 'ru' },
      { text: 'Poroszenko', lang: 'pl' },
      { text: 'Poroschenko', lang: 'de' },
      { text: 'Porochenko', lang: 'fr' },
    ],
    summary:
      "President of Ukraine from June 2014 to May 2019. He signed the December 2014 law ending Ukraine's non-aligned " +
      'status and, in February 2019, the constitutional amendment committing the country to EU and NATO membership.',
    facts: [
      {
        label: 'President of Ukraine',
        value: 'Sworn in on 7 June 2014, after winning the election of 25 May 2014',
        date: '2014-06-07',
        source: 'hindu-poroshenko-sworn-in',
      },
      {
        label: 'Left office',
        value: 'Lost the 2019 election to Volodymyr Zelenskyy, who was sworn in on 20 May 2019',
        date: '2019-05-20',
        source: 'the-national-zelenskiy-inauguration',
      },
      {
        label: 'Non-bloc status',
        value: "Signed the law scrapping Ukraine's non-aligned status on 29 December 2014",
        date: '2014-12-29',
        source: 'zn-ua-repeal-signed-2014',
      },
      {
        label: 'Constitution',
        value: 'Signed the constitutional amendment on the course to EU and NATO membership in parliament on 19 February 2019',
        date: '2019-02-19',
        source: 'rferl-constitutional-amendment',
      },
    ],
    related: [
      'ukraine',
      'ukraine-non-bloc-status',
      'ukraine-constitutional-amendment-2019',
      'ukraine-nato-relations',
      'volodymyr-zelenskyy',
    ],
    sources: [
      SOURCES.hinduPoroshenko2014,
      SOURCES.theNationalZelenskiy2019,
      SOURCES.znUaRepealSigned2014,
      {
        id: 'rferl-constitutional-amendment',
        url: 'https://www.rferl.org/a/ukraine-president-signs-constitutional-amendment-on-nato-eu-membership/29779430.html',
        title: 'Ukraine President Signs Constitutional Amendment On NATO, EU Membership',
        publisher: 'Radio Free Europe/Radio Liberty',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'joe-biden',
    type: 'person',
    name: 'Joe Biden',
    wikipedia: 'Joe Biden',
    aliases: [
      { text: 'Joe Bidenem', lang: 'pl' },
      { text: 'Bidenem', lang: 'pl' },
      { text: 'Joe Biden', lang: 'en' },
      { text: 'Joseph R. Biden', lang: 'en' },
      { text: 'Biden', lang: 'en' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Джо Байден', lang: 'uk' },
      { text: 'Байден', lang: 'uk' },
      { text: 'Bidenas', lang: 'lt' },
    ],
    summary:
      'The 46th president of the United States, in office from January 2021 to January 2025. He attended the 2023 ' +
      "Vilnius summit and hosted NATO's 75th-anniversary summit in Washington in July 2024.",
    facts: [
      {
        label: 'Took office',
        value: 'Sworn in as the 46th US president on 20 January 2021',
        date: '2021-01-20',
        source: 'yahoo-biden-inauguration',
      },
      {
        label: 'Left office',
        value: 'Succeeded by Donald Trump, who was sworn in on 20 January 2025',
        date: '2025-01-20',
        source: 'trump-second-inauguration-wikipedia',
      },
      {
        label: 'Vilnius 2023',
        value: 'Attended the NATO summit in Vilnius in July 2023',
        date: '2023-07-11',
        source: 'lrt-vilnius-summit-start',
      },
      {
        label: 'Washington 2024',
        value: 'Hosted the NATO summit in Washington in July 2024',
        date: '2024-07',
        source: 'politico-washington-summit',
      },
      {
        label: 'Earlier tie to Ukraine',
        value: "As US vice president, attended Petro Poroshenko's inauguration in June 2014",
        date: '2014-06-07',
        source: 'hindu-poroshenko-sworn-in',
      },
    ],
    related: ['united-states', 'washington-summit-2024', 'vilnius-summit-2023', 'donald-trump'],
    sources: [
      SOURCES.yahooBidenInauguration,
      SOURCES.trumpSecondInauguration,
      SOURCES.lrtVilniusSummit,
      SOURCES.politicoWashingtonSummit,
      SOURCES.hinduPoroshenko2014,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'donald-trump',
    type: 'person',
    name: 'Donald Trump',
    wikipedia: 'Donald Trump',
    aliases: [
      { text: 'Donald Trump', lang: 'en' },
      { text: 'Donald J. Trump', lang: 'en' },
      // Case-sensitive: "trump card" and "to trump" are not the president, nor is "Trump card" opening a sentence.
      { text: 'Trump', lang: 'en', caseSensitive: true, context: { notBefore: ['card', 'cards'] } },
      // Same spelling in Ukrainian and Russian.
      { text: 'Дональд Трамп', lang: 'uk' },
      { text: 'Трамп', lang: 'uk' },
    ],
    summary:
      'President of the United States since 20 January 2025, his second term; he first held the office from 2017 to ' +
      '2021. At the 2025 Hague summit Allies adopted his demand for defence spending of 5% of GDP.',
    facts: [
      {
        label: 'President',
        value: 'Donald Trump, President of the United States',
        changeable: true,
        asOf: '2026-02-24',
        source: 'ap-state-of-the-union-2026',
      },
      {
        label: 'Second term',
        value: 'Sworn in as the 47th president on 20 January 2025',
        date: '2025-01-20',
        source: 'trump-second-inauguration-wikipedia',
      },
      {
        label: 'First term began',
        value: 'First inaugurated on 20 January 2017',
        date: '2017-01-20',
        source: 'trump-second-inauguration-wikipedia',
      },
      {
        label: 'First term ended',
        value: 'Left office when Joe Biden was sworn in on 20 January 2021; Trump did not attend',
        date: '2021-01-20',
        source: 'yahoo-biden-inauguration',
      },
      {
        label: 'Hague 2025',
        value: "Allies agreed his 5%-of-GDP defence spending target, and he signed the declaration restating the 'ironclad' Article 5 commitment",
        date: '2025-06-25',
        source: 'tribune-hague-2025',
      },
    ],
    related: ['united-states', 'hague-summit-2025', 'hague-defence-commitment-2025', 'article-5', 'joe-biden'],
    sources: [
      SOURCES.apStateOfTheUnion2026,
      SOURCES.trumpSecondInauguration,
      SOURCES.yahooBidenInauguration,
      SOURCES.tribuneHague2025,
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'alexander-stubb',
    type: 'person',
    name: 'Alexander Stubb',
    wikipedia: 'Alexander Stubb',
    aliases: [
      { text: 'Alexander Stubb', lang: 'en' },
      { text: 'Stubb', lang: 'en' },
      // Same spelling in Ukrainian and Russian.
      { text: 'Стубб', lang: 'uk' },
    ],
    summary:
      "President of Finland since 1 March 2024 and a former prime minister. Taking office less than a year after " +
      'Finland joined NATO, he called membership the start of a new era for the country.',
    facts: [
      {
        label: 'President',
        value: 'Alexander Stubb, President of Finland',
        changeable: true,
        asOf: '2026-02-10',
        source: 'presidentti-msc-2026',
      },
      {
        label: 'Took office',
        value: "Became Finland's 13th president on 1 March 2024",
        date: '2024-03-01',
        source: 'finlandabroad-stubb-inauguration',
      },
      {
        label: 'Prime Minister of Finland',
        value: '24 June 2014 – 29 May 2015',
        date: '2014-06-24',
        source: 'stubb-wikipedia',
      },
      {
        label: 'Inauguration',
        value: 'Said on taking office that Finland was facing a new era after becoming a NATO member',
        date: '2024-03-01',
        source: 'ap-stubb-new-era',
      },
      {
        label: 'Hague 2025',
        value: 'Described the June 2025 summit in The Hague as marking "the birth of new NATO"',
        source: 'atlantic-council-stubb-hague',
      },
    ],
    related: ['finland', 'nato-enlargement', 'hague-summit-2025', 'nato'],
    sources: [
      SOURCES.presidenttiMsc2026,
      SOURCES.finlandabroadStubbInauguration,
      {
        id: 'stubb-wikipedia',
        url: 'https://en.wikipedia.org/wiki/Alexander_Stubb',
        title: 'Alexander Stubb',
        publisher: 'Wikipedia',
      },
      {
        id: 'ap-stubb-new-era',
        url: 'https://kitchener.citynews.ca/2024/03/01/new-finnish-leader-alexander-stubb-says-it-took-final-step-into-western-community-by-joining-nato/',
        title: 'Finland’s new president Alexander Stubb says the Nordic country enters ‘a new era’ as a NATO member',
        publisher: 'CityNews Kitchener (The Associated Press)',
      },
      {
        id: 'atlantic-council-stubb-hague',
        url: 'https://www.atlanticcouncil.org/blogs/new-atlanticist/finnish-president-alexander-stubb-on-why-the-hague-summit-marks-the-birth-of-new-nato',
        title: 'Finnish President Alexander Stubb on why The Hague summit marks ‘the birth of new NATO’',
        publisher: 'Atlantic Council',
      },
    ],
    asOf: CHECKED,
  },

  // ---------------------------------------------------------------------------------------------------------
  {
    id: 'ulf-kristersson',
    type: 'person',
    name: 'Ulf Kristersson',
    wikipedia: 'Ulf Kristersson',
    aliases: [
      { text: 'Ulf Kristersson', lang: 'en' },
      { text: 'Kristersson', lang: 'en' },
      { text: 'Крістерссон', lang: 'uk' },
      { text: 'Кристерссон', lang: 'ru' },
    ],
    summary:
      "Leader of Sweden's Moderate Party and prime minister since October 2022. He took Sweden's NATO bid through " +
      'Turkish and Hungarian ratification and deposited its instrument of accession in Washington on 7 March 2024.',
    facts: [
      {
        label: 'Prime Minister of Sweden',
        value: 'Ulf Kristersson',
        changeable: true,
        asOf: '2026-01-11',
        source: 'regeringen-salen-2026',
      },
      {
        label: 'Elected',
        value: 'Elected prime minister by the Riksdag on 17 October 2022, by 176 votes to 173',
        date: '2022-10-17',
        source: 'irish-examiner-kristersson-elected',
      },
      {
        label: 'Took office',
        value: 'Sworn in on 18 October 2022 at the head of a three-party coalition',
        date: '2022-10-18',
        source: 'irish-times-kristersson-sworn-in',
      },
      {
        label: 'Vilnius 2023',
        value: "Reached an agreement with President Erdoğan and Jens Stoltenberg on Sweden's accession on 10 July 2023, the eve of the summit",
        date: '2023-07-10',
        source: 'bianet-sweden-protocol',
      },
      {
        label: 'NATO accession',
        value: "Handed Sweden's instrument of accession to the US Secretary of State in Washington on 7 March 2024, making Sweden the 32nd member",
        date: '2024-03-07',
        source: 'anews-sweden-32nd-member',
      },
    ],
    related: ['sweden', 'nato-enlargement', 'turkiye', 'hungary', 'recep-tayyip-erdogan', 'viktor-orban'],
    sources: [
      SOURCES.regeringenSalen2026,
      {
        id: 'irish-examiner-kristersson-elected',
        url: 'https://www.irishexaminer.com/world/arid-40985261.html',
        title: 'Swedish parliament elects conservative prime minister',
        publisher: 'Irish Examiner (AP)',
      },
      {
        id: 'irish-times-kristersson-sworn-in',
        url: 'https://www.irishtimes.com/world/europe/2022/10/18/sweden-ulf-kristersson-sworn-in-as-prime-minister/',
        title: 'Sweden’s Ulf Kristersson sworn in as prime minister',
        publisher: 'The Irish Times',
      },
      SOURCES.bianetSwedenProtocol,
      SOURCES.anewsSweden32,
    ],
    asOf: CHECKED,
  },
];
