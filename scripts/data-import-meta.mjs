// The metadata data:import writes beside each CSV (data/<id>.meta.json, validated by
// src/data/metadataSchema.ts when the app or the build reads it). Text a reader sees is given in
// English, Russian and Uzbek where it is short (titles, labels); longer caveats in English, which
// the app marks "in English".

const UN_PUBLISHER =
  'United Nations, Department of Economic and Social Affairs, Population Division';
const UN_LICENSE = 'CC BY 3.0 IGO';
const CENTRAL_ASIA_ORIGINS = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
/** Areas the UN counts in another country: Kosovo in Serbia (its notes: “Kosovo (under UNSC res. 1244)”). */
const UN_COUNTED_IN = { XKK: 'SRB' };
export const PORTAL_2024 =
  'https://www.migrationdataportal.org/themes/international-migrant-stocks-overview';

/** The UN's next revision, for every UN dataset: the 2024 revision exists and is not yet here. */
export function unNextRelease(revision) {
  if (revision >= 2024) {
    return 'UN DESA publishes a revision every few years (2019, 2020, 2024); no date for the next is announced.';
  }
  return `Already published: the 2024 revision (International Migrant Stock 2024, January 2025: 1990–2024, by sex, 233 countries and areas; 304 million international migrants in 2024, 2020 revised to 275 million) is not yet included here (IOM Migration Data Portal, “International migrant stocks”, ${PORTAL_2024}, citing UN DESA 2025). To include it: download the UN workbook and run npm run data:import (README, “Updating the official data”).`;
}

export function unNewerCaveat(revision) {
  return revision >= 2024
    ? []
    : [
        {
          en: `The 2024 revision of the UN estimates exists (January 2025; it revises 2020 to 275 million international migrants worldwide, from 281 million here) and is not yet included: IOM Migration Data Portal, “International migrant stocks”, ${PORTAL_2024}, citing UN DESA 2025.`,
          ru: `Существует редакция 2024 года оценок ООН (январь 2025 г.; в ней число международных мигрантов в мире в 2020 году пересмотрено до 275 млн против 281 млн здесь); она ещё не включена: Портал данных о миграции МОМ, ${PORTAL_2024}, со ссылкой на ДЭСВ ООН 2025.`,
          uz: `BMT baholarining 2024 yilgi tahriri mavjud (2025 yil yanvar; unda 2020 yildagi xalqaro muhojirlar soni qayta koʻrib chiqilib, 275 mln qilingan, bu yerda 281 mln) va hali kiritilmagan: XMT Migratsiya maʼlumotlari portali, ${PORTAL_2024}, BMT IIIB (2025) maʼlumotlariga tayanib.`,
        },
      ];
}

const KOSOVO = {
  en: 'Kosovo has no figures of its own: the UN counts it in Serbia (the UN names it “Kosovo (under UNSC res. 1244)” in its notes; Serbia here includes Kosovo). A map that draws Kosovo as “no data” means this, not a missing estimate.',
  ru: 'Для Косово нет отдельных цифр: ООН учитывает его в составе Сербии (в своих примечаниях ООН называет его «Косово (согласно резолюции 1244 СБ ООН)»; Сербия здесь включает Косово). Если карта показывает Косово как «нет данных», это означает именно это, а не отсутствующую оценку.',
  uz: 'Kosovo uchun alohida raqamlar yoʻq: BMT uni Serbiya tarkibida hisoblaydi (BMT oʻz izohlarida uni «Kosovo (BMT XK 1244-rezolyutsiyasiga muvofiq)» deb ataydi; bu yerda Serbiya Kosovoni ham oʻz ichiga oladi). Xaritada Kosovo «maʼlumot yoʻq» deb koʻrsatilsa, bu shuni anglatadi, baho yoʻqligini emas.',
};
const CHANNEL_ISLANDS =
  'The Channel Islands (Guernsey and Jersey, UN M49 830) have no ISO 3166 code; they are coded CHI, the World Bank’s code, and named from the UN’s name.';

const TYPE_LETTERS = {
  B: {
    en: 'foreign-born population',
    ru: 'население, родившееся за рубежом',
    uz: 'xorijda tugʻilgan aholi',
  },
  C: { en: 'foreign citizens', ru: 'иностранные граждане', uz: 'chet el fuqarolari' },
  R: { en: 'refugees added', ru: 'с добавлением беженцев', uz: 'qochqinlar qoʻshilgan' },
  I: {
    en: 'no data, estimate imputed',
    ru: 'данных нет, оценка рассчитана',
    uz: 'maʼlumot yoʻq, baho hisoblab chiqilgan',
  },
};

/** "B R: foreign-born population, refugees added", per language, for every code the table uses. */
function typeLabels(codes) {
  return Object.fromEntries(
    codes.map((code) => {
      const letters = code.split(/\s+/);
      const text = (lang) =>
        `${code}: ${letters.map((l) => TYPE_LETTERS[l]?.[lang] ?? l).join(lang === 'en' ? ', ' : ', ')}`;
      return [code, { en: text('en'), ru: text('ru'), uz: text('uz') }];
    }),
  );
}

const SEX = {
  name: 'sex',
  type: 'string',
  role: 'dimension',
  label: { en: 'Sex', ru: 'Пол', uz: 'Jins' },
  values: ['both', 'female', 'male'],
  valueLabels: {
    both: { en: 'Both sexes', ru: 'Оба пола', uz: 'Ikkala jins' },
    female: { en: 'Women', ru: 'Женщины', uz: 'Ayollar' },
    male: { en: 'Men', ru: 'Мужчины', uz: 'Erkaklar' },
  },
  total: 'both',
  default: ['both'],
};

/** The Central Asian countries whose remittances and unemployment the World Bank series give. */
const WDI_ORIGINS = ['KGZ', 'TJK', 'UZB', 'KAZ', 'TKM'];

/** The reference period of yearly series. */
function calendarYears(span) {
  return {
    en: `${span} (calendar years)`,
    ru: `${span} (календарные годы)`,
    uz: `${span} (kalendar yillar)`,
  };
}

/** The UN's count of international migrants, the measure of its tables. */
function stockColumn(extra = {}) {
  return {
    name: 'stock',
    type: 'integer',
    role: 'measure',
    label: {
      en: 'International migrant stock',
      ru: 'Численность международных мигрантов',
      uz: 'Xalqaro muhojirlar soni',
    },
    unit: STOCK_UNIT,
    ...extra,
  };
}

/** The reference period of mid-year estimates. */
function midYear(span, years) {
  const list = years.join(', ');
  return {
    en: `${span} (mid-year: ${list})`,
    ru: `${span} (на середину года: ${list})`,
    uz: `${span} (yil oʻrtasiga: ${list})`,
  };
}

/** The destination's ISO code column, naming the Channel Islands (CHI), which have no ISO code. */
function destinationCodeColumn(extra = {}) {
  return {
    name: 'destination_iso3',
    type: 'string',
    role: 'dimension',
    label: {
      en: 'Country or area of destination',
      ru: 'Страна или территория назначения',
      uz: 'Borish mamlakati yoki hududi',
    },
    codes: 'iso3',
    valueLabels: {
      CHI: { en: 'Channel Islands', ru: 'Нормандские острова', uz: 'Normand orollari' },
    },
    ...extra,
  };
}

function yearColumn(years) {
  return {
    name: 'year',
    type: 'integer',
    role: 'dimension',
    label: { en: 'Year (mid-year)', ru: 'Год (на середину года)', uz: 'Yil (yil oʻrtasiga)' },
    time: true,
    filter: 'single',
    default: [String(years.at(-1))],
  };
}

const STOCK_UNIT = {
  en: 'persons (migrant stock, mid-year)',
  ru: 'человек (численность мигрантов на середину года)',
  uz: 'kishi (yil oʻrtasidagi muhojirlar soni)',
};

function unSource({ id, revision, symbol, table, url, retrieved, copy, sha, quote, locator }) {
  const release = `International Migrant Stock ${revision} (${symbol})`;
  return {
    id,
    publisher: UN_PUBLISHER,
    title: `International Migrant Stock ${revision} (${symbol}): ${table}`,
    url,
    ...(revision === 2020 ? { published: '2021-01' } : {}),
    retrieved,
    locator,
    primary: UN_PUBLISHER,
    quote,
    rank: 1,
    citation: `United Nations, Department of Economic and Social Affairs, Population Division (${revision}). International Migrant Stock ${revision} (${symbol}), ${table}, ${url}; ${UN_LICENSE}; release: UN DESA, International Migrant Stock ${revision}; retrieved ${retrieved}${copy ? ` (${copy}; workbook sha256 ${sha})` : ` (workbook sha256 ${sha})`}`,
    release,
    nextRelease: unNextRelease(revision),
    ...(revision < 2024
      ? { caveat: `The 2024 revision exists and is not yet included (${PORTAL_2024}).` }
      : {}),
  };
}

/** data/un-ims<rev>-totals-by-destination.meta.json */
export function unDestinationMeta({
  revision,
  symbol,
  years,
  rows,
  notes,
  world,
  countries,
  file,
  url,
  retrieved,
  copy,
  sha,
}) {
  const id = `un-ims${revision}-totals-by-destination`;
  const codes = [...new Set(rows.map((r) => r.data_type))].sort();
  const span = `${years[0]}–${years.at(-1)}`;
  const na = rows.filter((r) => r.status === 'not available').length;
  return {
    id,
    order: 12,
    title: {
      en: `International migrants by country of destination and sex, ${span} (UN DESA, International Migrant Stock ${revision})`,
      ru: `Международные мигранты по стране назначения и полу, ${span} (ДЭСВ ООН, International Migrant Stock ${revision})`,
      uz: `Borish mamlakati va jins boʻyicha xalqaro muhojirlar, ${span} (BMT IIIB, International Migrant Stock ${revision})`,
    },
    subtitle: {
      en: `Published totals, women and men, with the UN's type-of-data codes and notes; ${revision} revision`,
      ru: `Опубликованные итоги, женщины и мужчины, с кодами типа данных и примечаниями ООН; редакция ${revision} года`,
      uz: `Eʼlon qilingan jami, ayollar va erkaklar, BMTning maʼlumot turi kodlari va izohlari bilan; ${revision} yil tahriri`,
    },
    description: {
      en: `The UN Population Division's published number of international migrants living in each of ${countries} countries and areas at mid-year, ${years.join(', ')}, for both sexes, women and men, as Table 1 of its “Destination” workbook gives it, with the type of data each estimate rests on (B foreign-born, C foreign citizens, R refugees added, I imputed) and the UN's notes.`,
      ru: `Опубликованная Отделом народонаселения ООН численность международных мигрантов в ${countries} странах и территориях на середину года, ${years.join(', ')}, для обоих полов, женщин и мужчин (таблица 1 книги «Destination»), с типом данных (B — родившиеся за рубежом, C — иностранные граждане, R — добавлены беженцы, I — расчётная оценка) и примечаниями ООН.`,
      uz: `BMT Aholi boʻlimi eʼlon qilgan ${countries} mamlakat va hududda yil oʻrtasida yashovchi xalqaro muhojirlar soni, ${years.join(', ')}, ikkala jins, ayollar va erkaklar uchun («Destination» kitobi, 1-jadval), maʼlumot turi (B xorijda tugʻilganlar, C chet el fuqarolari, R qochqinlar qoʻshilgan, I hisoblangan baho) va BMT izohlari bilan.`,
    },
    file: `${id}.csv`,
    countedIn: UN_COUNTED_IN,
    concept: 'stock',
    referencePeriod: midYear(span, years),
    columns: [
      yearColumn(years),
      destinationCodeColumn({
        description:
          'ISO 3166-1 alpha-3 code from the UN M49 code; CHI (the World Bank code) for the Channel Islands, which have no ISO code.',
      }),
      {
        name: 'destination_m49',
        type: 'integer',
        role: 'label',
        label: { en: 'UN M49 code', ru: 'Код ООН M49', uz: 'BMT M49 kodi' },
        labelFor: 'destination_iso3',
        description: 'The location code the UN table gives (M49).',
      },
      {
        name: 'destination',
        type: 'string',
        role: 'label',
        label: {
          en: 'Country or area of destination (UN name)',
          ru: 'Страна или территория назначения (название ООН)',
          uz: 'Borish mamlakati yoki hududi (BMT nomi)',
        },
        labelFor: 'destination_iso3',
        description:
          'The UN name, without the asterisk that points to the notes (the note column carries them).',
      },
      SEX,
      stockColumn({
        nullable: true,
        description: 'Empty where the UN table shows “..” (not available); see status.',
      }),
      {
        name: 'data_type',
        type: 'string',
        role: 'dimension',
        label: { en: 'Type of data', ru: 'Тип данных', uz: 'Maʼlumot turi' },
        values: codes,
        valueLabels: typeLabels(codes),
        description:
          "The UN's “Type of data” column, as written: B foreign-born, C foreign citizens, R refugees (UNHCR/UNRWA) added, I no data, estimate imputed. The estimates rest on each country's last census, register or survey, so a figure can stand still for years: read the type before drawing a trend.",
      },
      {
        name: 'un_note',
        type: 'string',
        role: 'note',
        label: { en: 'UN note', ru: 'Примечание ООН', uz: 'BMT izohi' },
        nullable: true,
        values: [...notes.keys()].map(String),
        valueLabels: Object.fromEntries(
          [...notes].map(([n, text]) => [String(n), `UN note ${n}: ${text}`]),
        ),
        description:
          "The number of the note in the workbook's “Notes” sheet; its text is the label.",
      },
      {
        name: 'status',
        type: 'string',
        role: 'status',
        label: { en: 'Status', ru: 'Статус', uz: 'Maqom' },
        nullable: true,
        values: ['not available'],
        valueLabels: {
          'not available': { en: 'not available', ru: 'нет данных', uz: 'maʼlumot yoʻq' },
        },
        description: '“not available” where the UN table shows “..”; empty otherwise.',
      },
    ],
    sources: [
      unSource({
        id: `UN_DESA_IMS_${revision}_DESTINATION`,
        revision,
        symbol,
        table: `Table 1, International migrant stock at mid-year by sex and by region, country or area of destination, ${span}`,
        url,
        retrieved,
        copy,
        sha,
        quote: `WORLD 900 … ${years.at(-1)}: ${world.both} (both sexes), ${world.male} (males), ${world.female} (females)`,
        locator: `Workbook ${file}, sheet “Table 1”, three blocks of years (both sexes, males, females); rows of countries or areas (those with a “Type of data”); notes from the sheet “Notes”`,
      }),
    ],
    license: UN_LICENSE,
    caveats: [
      'These are migrant stocks: all persons born in another country (or, where birthplace is not recorded, foreign citizens) living in the country at mid-year, with refugees added where the type of data says R. They are not counts of labour migrants.',
      "The estimates rest on each country's last census, register or survey, projected to mid-year: where no new count came in, a figure moves little or not at all between years. The type of data (B, C, R, I) says what each figure rests on; I means the UN had no data and imputed the estimate.",
      `Published totals include migrants whose origin is unknown or “other”, so they are larger than the sum over origins in the origin × destination table.`,
      `How the file was made: npm run data:import -- un-destination ${file} (workbook sha256 ${sha}): sheet “Table 1”, the ${countries} rows of countries and areas (those with a type of data; regions and groups dropped), one row per year and sex; “..” kept as an empty stock with status “not available” (${na} rows); ISO 3166 alpha-3 codes from the M49 code.`,
      `Checks made: the ${countries} countries and areas add up to the UN's WORLD row for every year and sex (${years.at(-1)}: ${world.both}; men ${world.male}, women ${world.female}); both sexes = men + women in every row; each M49 code maps to one ISO code and back.`,
      KOSOVO,
      CHANNEL_ISLANDS,
      ...unNewerCaveat(revision),
    ],
    display: { type: 'bar', x: 'destination_iso3', horizontal: true },
  };
}

/** data/un-ims<rev>-bilateral-<subset>.meta.json */
export function unBilateralMeta({
  id,
  revision,
  symbol,
  years,
  rows,
  subset,
  url,
  retrieved,
  copy,
  sha,
  madeFrom,
}) {
  const span = `${years[0]}–${years.at(-1)}`;
  const pick = (origin, destination, y) =>
    rows.find(
      (r) =>
        r.origin_iso3 === origin &&
        r.destination_iso3 === destination &&
        r.year === y &&
        r.sex === 'both',
    )?.stock;
  const uzbRus = years
    .filter((y) => y >= 2015)
    .map((y) => `${y}: ${pick('UZB', 'RUS', y)}`)
    .join(', ');
  return {
    id,
    order: 13,
    title: {
      en: `International migrants by country of origin, destination and sex, ${span}${subset ? ' (Central Asia)' : ''} (UN DESA, International Migrant Stock ${revision})`,
      ru: `Международные мигранты по стране происхождения, назначения и полу, ${span}${subset ? ' (Центральная Азия)' : ''} (ДЭСВ ООН, International Migrant Stock ${revision})`,
      uz: `Kelib chiqish, borish mamlakati va jins boʻyicha xalqaro muhojirlar, ${span}${subset ? ' (Markaziy Osiyo)' : ''} (BMT IIIB, International Migrant Stock ${revision})`,
    },
    subtitle: {
      en: `Origin × destination × sex, mid-year; ${revision} revision${subset ? '; origins in Central Asia, and every origin in Russia and Kazakhstan' : ''}`,
      ru: `Происхождение × назначение × пол, на середину года; редакция ${revision} года${subset ? '; страны происхождения в Центральной Азии и все страны происхождения в России и Казахстане' : ''}`,
      uz: `Kelib chiqish × borish × jins, yil oʻrtasiga; ${revision} yil tahriri${subset ? '; Markaziy Osiyodagi kelib chiqish mamlakatlari va Rossiya hamda Qozogʻistondagi barcha kelib chiqish mamlakatlari' : ''}`,
    },
    description: {
      en: `The UN Population Division's estimates of international migrants by country of origin and country of destination, for both sexes, women and men, ${years.join(', ')}${subset ? ': every pair whose origin is Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan or Uzbekistan, or whose destination is Russia or Kazakhstan' : ''}. “Where do Tajik women live?” is the origin Tajikistan, sex women.`,
      ru: `Оценки Отдела народонаселения ООН численности международных мигрантов по стране происхождения и стране назначения, для обоих полов, женщин и мужчин, ${years.join(', ')}${subset ? ': все пары, где страна происхождения — Казахстан, Кыргызстан, Таджикистан, Туркменистан или Узбекистан, или страна назначения — Россия или Казахстан' : ''}. «Где живут таджикские женщины?» — это страна происхождения Таджикистан, пол — женщины.`,
      uz: `BMT Aholi boʻlimining kelib chiqish va borish mamlakati boʻyicha xalqaro muhojirlar baholari, ikkala jins, ayollar va erkaklar uchun, ${years.join(', ')}${subset ? ': kelib chiqishi Qozogʻiston, Qirgʻiziston, Tojikiston, Turkmaniston yoki Oʻzbekiston, yoki borish joyi Rossiya yoki Qozogʻiston boʻlgan barcha juftliklar' : ''}. «Tojikistonlik ayollar qayerda yashaydi?» — bu kelib chiqish mamlakati Tojikiston, jins — ayollar.`,
    },
    file: `${id}.csv`,
    // The whole table (227,727 rows for 2020) is read on the page by partitions: by origin for
    // "where do people born in X live", by destination for "who lives in Y" (the build writes
    // both). A part is small enough to be one Arrow file.
    ...(subset
      ? {}
      : {
          storage: {
            format: 'parquet',
            partitionBy: ['origin_iso3', 'destination_iso3'],
            url: `${id}/`,
          },
        }),
    origins: CENTRAL_ASIA_ORIGINS,
    // The part shipped ({ origins, destinations }), for the views to offer only what it holds whole.
    ...(subset ? { subset } : {}),
    countedIn: UN_COUNTED_IN,
    concept: 'stock',
    referencePeriod: midYear(span, years),
    columns: [
      yearColumn(years),
      destinationCodeColumn(),
      {
        name: 'destination',
        type: 'string',
        role: 'label',
        label: {
          en: 'Country or area of destination (UN name)',
          ru: 'Страна или территория назначения (название ООН)',
          uz: 'Borish mamlakati yoki hududi (BMT nomi)',
        },
        labelFor: 'destination_iso3',
      },
      {
        name: 'origin_iso3',
        type: 'string',
        role: 'dimension',
        label: {
          en: 'Country or area of origin',
          ru: 'Страна или территория происхождения',
          uz: 'Kelib chiqish mamlakati yoki hududi',
        },
        codes: 'iso3',
        valueLabels: {
          CHI: { en: 'Channel Islands', ru: 'Нормандские острова', uz: 'Normand orollari' },
          XXX: {
            en: 'Other (origin unknown or not reported separately)',
            ru: 'Прочие (происхождение неизвестно или не указано отдельно)',
            uz: 'Boshqa (kelib chiqishi nomaʼlum yoki alohida koʻrsatilmagan)',
          },
        },
        default: ['UZB'],
      },
      {
        name: 'origin',
        type: 'string',
        role: 'label',
        label: {
          en: 'Country or area of origin (UN name)',
          ru: 'Страна или территория происхождения (название ООН)',
          uz: 'Kelib chiqish mamlakati yoki hududi (BMT nomi)',
        },
        labelFor: 'origin_iso3',
      },
      SEX,
      stockColumn(),
    ],
    sources: [
      unSource({
        id: `UN_DESA_IMS_${revision}_BILATERAL`,
        revision,
        symbol,
        table: `Table 1, International migrant stock at mid-year by sex and by region, country or area of destination and origin, ${span}`,
        url,
        retrieved,
        copy,
        sha,
        quote: `Uzbekistan-born living in the Russian Federation, both sexes: ${uzbRus}`,
        locator: `Workbook “Destination and origin”, sheet “Table 1”, rows of country or area pairs, three blocks of years (both sexes, males, females)`,
      }),
    ],
    license: UN_LICENSE,
    caveats: [
      'These are migrant stocks: persons born in (or, where birthplace is not recorded, citizens of) the origin country living in the destination country at mid-year. They are not counts of labour migrants or of departures, and include family members, students and long-settled residents.',
      `The estimates rest on each destination's last census or register, projected: they can stand still for years (Uzbekistan-born in Russia, ${uzbRus}). The destination's type of data (B, C, R, I) is in un-ims${revision}-totals-by-destination; read it before drawing a trend.`,
      "A pair that is absent is 0 or has no estimate in the UN table (the file does not distinguish them). “Other” (XXX) is the UN's origin “Other”: migrants whose origin is unknown or not reported separately.",
      `How the file was made: ${madeFrom}`,
      `Checks made: both sexes = men + women for every pair and year; each M49 code maps to one ISO code and back; no destination's listed origins add up to more than its published total (un-ims${revision}-totals-by-destination).`,
      ...(subset
        ? [
            `Central Asian subset: the whole table (227,727 rows for 2020, every origin and destination) is the dataset un-ims${revision}-bilateral-by-sex, which the UN view draws; its figures are these. This part keeps the UN's names beside the codes, and is what the overview's key figure reads.`,
          ]
        : []),
      KOSOVO,
      CHANNEL_ISLANDS,
      ...unNewerCaveat(revision),
    ],
    display: { type: 'bar', x: 'destination_iso3', horizontal: true },
  };
}

// ---------------------------------------------------------------------------------------------
// World Bank

const WB_PUBLISHER = 'World Bank';
// The World Bank announces no date for the next update; what it documents is that it updates WDI
// several times a year and describes each update in a release note (cited, not guessed).
const WDI_NEXT =
  "Not announced in the file. The World Bank updates World Development Indicators several times a year and describes each update in a release note (“What's new in WDI”; for example the update of 16 December 2024: https://datatopics.worldbank.org/world-development-indicators/release-note/dec-2024.html); each update can revise earlier years (shares of GDP change with GDP). The indicator page's “Last Updated” date names the release online.";
const WDI_UNDATED = 'release date not stated in the copy read';

export function wdiSource({
  id,
  indicators,
  release,
  releaseDate,
  retrieved,
  copy,
  files,
  series,
}) {
  const codes = indicators.join(', ');
  const url = `https://data.worldbank.org/indicator/${indicators[0]}`;
  return {
    id,
    publisher: WB_PUBLISHER,
    title: `World Development Indicators: ${indicators.map((c) => `${c}`).join(', ')}`,
    url,
    ...(releaseDate ? { published: releaseDate } : { publishedNote: WDI_UNDATED }),
    retrieved,
    locator: `Indicators ${codes}; ${files}`,
    primary:
      'World Bank, World Development Indicators (remittances: IMF balance of payments statistics and World Bank staff estimates; unemployment: ILO modelled estimates)',
    rank: 1,
    citation: `World Bank (${(releaseDate ?? '').slice(0, 4) || WDI_UNDATED}). World Development Indicators, ${codes}, ${url}; CC BY 4.0; release: ${release}; retrieved ${retrieved}${copy ? ` (${copy})` : ''}`,
    release,
    nextRelease: WDI_NEXT,
    series: series ?? 'world_bank_wdi',
  };
}

const COUNTRY = {
  name: 'country',
  type: 'string',
  role: 'dimension',
  label: { en: 'Country', ru: 'Страна', uz: 'Mamlakat' },
  codes: 'iso3',
};
const YEAR = {
  name: 'year',
  type: 'integer',
  role: 'dimension',
  label: { en: 'Year', ru: 'Год', uz: 'Yil' },
  time: true,
};

/** data/wdi-remittances.meta.json */
export function wdiRemittancesMeta({ rows, release, releaseDate, retrieved, copy, files }) {
  const years = rows.map((r) => r.year);
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  const countries = [...new Set(rows.map((r) => r.country_iso3))];
  return {
    id: 'wdi-remittances',
    order: 10,
    title: {
      en: `Personal remittances, ${span} (World Bank, World Development Indicators)`,
      ru: `Личные денежные переводы, ${span} (Всемирный банк, World Development Indicators)`,
      uz: `Shaxsiy pul oʻtkazmalari, ${span} (Jahon banki, World Development Indicators)`,
    },
    subtitle: {
      en: `Received (% of GDP; current US$) and, for Russia, paid (current US$); release: ${release}`,
      ru: `Полученные (% ВВП; текущие доллары США) и, для России, отправленные (текущие доллары США); выпуск указан в источнике`,
      uz: `Olingan (YaIMga nisbatan %; joriy AQSh dollari) va Rossiya uchun yuborilgan (joriy AQSh dollari); nashri manbada koʻrsatilgan`,
    },
    description: {
      en: "The World Bank's series of personal remittances (personal transfers and compensation of employees) received by Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan and Uzbekistan, as a share of GDP and in current US dollars, and paid by Russia, as one release of World Development Indicators gives them. Choose one indicator at a time: the units differ.",
      ru: 'Ряды Всемирного банка о личных денежных переводах (личные трансферты и оплата труда работников), полученных Казахстаном, Кыргызстаном, Россией, Таджикистаном, Туркменистаном и Узбекистаном, в % ВВП и в текущих долларах США, и отправленных из России, по одному выпуску World Development Indicators. Выбирайте один показатель: единицы различаются.',
      uz: 'Jahon bankining Qozogʻiston, Qirgʻiziston, Rossiya, Tojikiston, Turkmaniston va Oʻzbekiston olgan shaxsiy pul oʻtkazmalari (shaxsiy transfertlar va xodimlar mehnat haqi) qatorlari, YaIMga nisbatan % va joriy AQSh dollarida, hamda Rossiyadan yuborilganlar, World Development Indicators toʻplamining bitta nashriga koʻra. Bir vaqtda bitta koʻrsatkichni tanlang: birliklar farq qiladi.',
    },
    file: 'wdi-remittances.csv',
    origins: countries.filter((c) => WDI_ORIGINS.includes(c)),
    concept: 'mixed',
    referencePeriod: calendarYears(span),
    columns: [
      { ...COUNTRY, values: countries },
      YEAR,
      {
        name: 'indicator',
        type: 'string',
        role: 'dimension',
        label: { en: 'Indicator', ru: 'Показатель', uz: 'Koʻrsatkich' },
        values: ['BX.TRF.PWKR.DT.GD.ZS', 'BX.TRF.PWKR.CD.DT', 'BM.TRF.PWKR.CD.DT'],
        valueLabels: {
          'BX.TRF.PWKR.DT.GD.ZS': {
            en: 'Personal remittances, received (% of GDP)',
            ru: 'Личные денежные переводы, полученные (% ВВП)',
            uz: 'Shaxsiy pul oʻtkazmalari, olingan (YaIMga nisbatan %)',
          },
          'BX.TRF.PWKR.CD.DT': {
            en: 'Personal remittances, received (current US$)',
            ru: 'Личные денежные переводы, полученные (текущие доллары США)',
            uz: 'Shaxsiy pul oʻtkazmalari, olingan (joriy AQSh dollari)',
          },
          'BM.TRF.PWKR.CD.DT': {
            en: 'Personal remittances, paid (current US$)',
            ru: 'Личные денежные переводы, отправленные (текущие доллары США)',
            uz: 'Shaxsiy pul oʻtkazmalari, yuborilgan (joriy AQSh dollari)',
          },
        },
        filter: 'single',
        default: ['BX.TRF.PWKR.DT.GD.ZS'],
      },
      {
        name: 'value',
        type: 'number',
        role: 'measure',
        label: { en: 'Value', ru: 'Значение', uz: 'Qiymat' },
      },
      {
        name: 'unit',
        type: 'string',
        role: 'unit',
        label: { en: 'Unit', ru: 'Единица измерения', uz: 'Oʻlchov birligi' },
        values: ['percent of GDP', 'current USD'],
        default: ['percent of GDP'],
        valueLabels: {
          'percent of GDP': { en: 'percent of GDP', ru: '% ВВП', uz: 'YaIMning %' },
          'current USD': { en: 'current US$', ru: 'текущие доллары США', uz: 'joriy AQSh dollari' },
        },
      },
    ],
    sources: [
      wdiSource({
        id: 'WB_WDI_REMITTANCES',
        indicators: ['BX.TRF.PWKR.DT.GD.ZS', 'BX.TRF.PWKR.CD.DT', 'BM.TRF.PWKR.CD.DT'],
        release,
        releaseDate,
        retrieved,
        copy,
        files,
      }),
    ],
    license: 'CC BY 4.0',
    caveats: [
      'Shares of GDP change from one WDI release to the next, because GDP and the flows are revised: a share is a figure of its release, cited with it (Kyrgyz Republic 2022: 26.6 % of GDP in this release, about 31 % in earlier ones quoted by the news).',
      "Personal remittances are the balance-of-payments concept (personal transfers plus compensation of employees); central banks' records of cross-border money transfers and Russia's money-transfer-system figures measure other things (see the dataset “remittances”).",
      `How the file was made: npm run data:import -- wdi ${files}; values as the file prints them (trailing zeros dropped; nothing rounded); years without a figure are absent.`,
      "Turkmenistan has a figure for 1996 only; Kazakhstan's remittances paid were not read.",
    ],
    display: { type: 'line', x: 'year', series: 'country' },
  };
}

/** data/wdi-unemployment.meta.json */
export function wdiUnemploymentMeta({ rows, release, releaseDate, retrieved, copy, files }) {
  const years = rows.map((r) => r.year);
  const span = `${Math.min(...years)}–${Math.max(...years)}`;
  const countries = [...new Set(rows.map((r) => r.country_iso3))];
  return {
    id: 'wdi-unemployment',
    order: 8,
    title: {
      en: `Unemployment, modelled ILO estimate, ${span} (World Bank, World Development Indicators)`,
      ru: `Безработица, модельная оценка МОТ, ${span} (Всемирный банк, World Development Indicators)`,
      uz: `Ishsizlik, XMTning modelli bahosi, ${span} (Jahon banki, World Development Indicators)`,
    },
    subtitle: {
      en: `% of the labour force; one definition for every country; release: ${release}`,
      ru: `% рабочей силы; одно определение для всех стран; выпуск указан в источнике`,
      uz: `Ishchi kuchining %; barcha mamlakatlar uchun bitta taʼrif; nashri manbada koʻrsatilgan`,
    },
    description: {
      en: "The ILO's modelled estimate of the unemployment rate (share of the labour force without work, available and seeking work), as World Development Indicators gives it (SL.UEM.TOTL.ZS). One model for every country: comparable across countries, but not the national figures (see “unemployment”, where each national definition is its own series).",
      ru: 'Модельная оценка уровня безработицы МОТ (доля рабочей силы без работы, готовой и ищущей работу), по World Development Indicators (SL.UEM.TOTL.ZS). Одна модель для всех стран: сопоставима между странами, но это не национальные данные (см. «unemployment», где каждое национальное определение — отдельный ряд).',
      uz: 'XMTning ishsizlik darajasi modelli bahosi (ishchi kuchining ishsiz, ishga tayyor va ish qidirayotgan ulushi), World Development Indicators toʻplamiga koʻra (SL.UEM.TOTL.ZS). Barcha mamlakatlar uchun bitta model: mamlakatlar oʻrtasida taqqoslanadi, lekin milliy raqamlar emas (qarang: «unemployment», unda har bir milliy taʼrif alohida qator).',
    },
    file: 'wdi-unemployment.csv',
    origins: countries.filter((c) => WDI_ORIGINS.includes(c)),
    concept: 'rate',
    referencePeriod: calendarYears(span),
    columns: [
      { ...COUNTRY, values: countries },
      YEAR,
      {
        name: 'value',
        type: 'number',
        role: 'measure',
        label: {
          en: 'Unemployment rate (modelled ILO estimate)',
          ru: 'Уровень безработицы (модельная оценка МОТ)',
          uz: 'Ishsizlik darajasi (XMTning modelli bahosi)',
        },
        unit: {
          en: '% of total labour force',
          ru: '% всей рабочей силы',
          uz: 'jami ishchi kuchining %',
        },
      },
    ],
    sources: [
      wdiSource({
        id: 'WB_WDI_UNEMPLOYMENT',
        indicators: ['SL.UEM.TOTL.ZS'],
        release,
        releaseDate,
        retrieved,
        copy,
        files,
      }),
    ],
    license: 'CC BY 4.0',
    caveats: [
      "A model estimate of the ILO (ILOSTAT), not a national survey's figure: it is never joined to a country's own unemployment series, which use other definitions (registered job seekers, labour force surveys).",
      'Each WDI release re-estimates the whole series: cite the release.',
      `How the file was made: npm run data:import -- wdi ${files}; values as the file prints them (trailing zeros dropped; nothing rounded).`,
    ],
    display: { type: 'line', x: 'year', series: 'country' },
  };
}

const MONTHS = {
  January: ['января', 'yanvar'],
  February: ['февраля', 'fevral'],
  March: ['марта', 'mart'],
  April: ['апреля', 'aprel'],
  May: ['мая', 'may'],
  June: ['июня', 'iyun'],
  July: ['июля', 'iyul'],
  August: ['августа', 'avgust'],
  September: ['сентября', 'sentabr'],
  October: ['октября', 'oktabr'],
  November: ['ноября', 'noyabr'],
  December: ['декабря', 'dekabr'],
};

/** A version named by month ("December 2022") in Russian and Uzbek; any other name as written. */
function versionIn(version) {
  const [, month = '', year] = /^([A-Z][a-z]+) (\d{4})$/.exec(version) ?? [];
  const names = MONTHS[month];
  return names
    ? { ru: `${names[0]} ${year} года`, uz: `${year} yil ${names[1]}` }
    : { ru: version, uz: version };
}

/** data/knomad-remittance-corridors-<year>.meta.json */
// What was checked for the matrix's licence and its next release, said with the pages checked:
// neither the file nor KNOMAD's announcement states a licence, and no next matrix is announced.
const KNOMAD_ANNOUNCEMENT =
  'https://blogs.worldbank.org/en/peoplemove/bilateral-remittance-matrix-new';
const KNOMAD_LICENSE = `Not stated by the publisher: neither the matrix file (its one sheet has no licence or terms) nor the text of KNOMAD's announcement of the 2021 matrix (${KNOMAD_ANNOUNCEMENT}, as stored and checked) names a licence. The World Bank's Terms of Use for Datasets (https://www.worldbank.org/en/about/legal/Permissions) cover the datasets listed in the World Bank Data Catalog, and its licence page makes CC BY 4.0 the default for datasets the World Bank produces and distributes as open data (https://datacatalog.worldbank.org/public-licenses, as archived on 28 May 2020); whether this matrix is such a dataset was not established, so no licence is claimed here. Cite it as KNOMAD / World Bank.`;
const KNOMAD_NEXT = `Not announced. KNOMAD / World Bank released the 2021 matrix (December 2022 version) in observance of International Migrants Day, 18 December (${KNOMAD_ANNOUNCEMENT}); earlier matrices cover 2010–2017. The series is now served through World Bank Data360 (indicator WB_KNOMAD_BRE).`;

export function knomadMeta({
  id,
  year,
  version,
  rows,
  file,
  url,
  retrieved,
  copy,
  sha,
  countries,
}) {
  const v = (s, r) => rows.find((x) => x.sending_iso3 === s && x.receiving_iso3 === r)?.value;
  const CA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
  const world = {
    en: 'World (all sending countries)',
    ru: 'Мир (все страны-отправители)',
    uz: 'Dunyo (barcha yuboruvchi mamlakatlar)',
  };
  return {
    id,
    order: 14,
    title: {
      en: `Remittance corridors to and from Central Asia, ${year}: model estimate (KNOMAD / World Bank bilateral remittance matrix)`,
      ru: `Коридоры денежных переводов в Центральную Азию и из неё, ${year}: модельная оценка (двусторонняя матрица переводов KNOMAD / Всемирного банка)`,
      uz: `Markaziy Osiyoga va undan pul oʻtkazmalari yoʻlaklari, ${year}: modelli baho (KNOMAD / Jahon banki ikki tomonlama oʻtkazmalar matritsasi)`,
    },
    subtitle: {
      en: `Model estimate, not recorded flows: US$ million, by sending and receiving country (${version} version)`,
      ru: `Модельная оценка, а не учтённые потоки: млн долларов США, по стране-отправителю и стране-получателю (версия ${versionIn(version).ru})`,
      uz: `Modelli baho, qayd etilgan oqimlar emas: mln AQSh dollari, yuboruvchi va qabul qiluvchi mamlakat boʻyicha (${versionIn(version).uz} versiyasi)`,
    },
    description: {
      en: `Model estimates of how much money migrants sent from each country to each other in ${year}, built by KNOMAD and the World Bank from migrant stocks and the incomes of host and origin countries, for every corridor in which ${CA.join(', ')} sends or receives. They are model estimates, not recorded flows: in this matrix all of Uzbekistan's receipts are assigned to Russia.`,
      ru: `Модельные оценки того, сколько денег мигранты отправили из каждой страны в каждую в ${year} году, построенные KNOMAD и Всемирным банком по численности мигрантов и доходам стран пребывания и происхождения, для всех коридоров, где отправляет или получает одна из стран Центральной Азии. Это модельные оценки, а не учтённые потоки: в этой матрице все поступления Узбекистана отнесены к России.`,
      uz: `KNOMAD va Jahon banki muhojirlar soni hamda qabul qiluvchi va kelib chiqish mamlakatlari daromadlaridan tuzgan ${year} yilda har bir mamlakatdan boshqasiga yuborilgan pul miqdori modelli baholari, Markaziy Osiyo mamlakatlari yuboradigan yoki oladigan barcha yoʻlaklar uchun. Bu modelli baholar, qayd etilgan oqimlar emas: bu matritsada Oʻzbekistonning barcha tushumlari Rossiyaga tegishli deb olingan.`,
    },
    file: `${id}.csv`,
    origins: CA,
    concept: 'money',
    referencePeriod: {
      en: `${year} (calendar year)`,
      ru: `${year} (календарный год)`,
      uz: `${year} (kalendar yil)`,
    },
    columns: [
      { ...YEAR, filter: 'single', default: [String(year)] },
      {
        name: 'sending_iso3',
        type: 'string',
        role: 'dimension',
        label: {
          en: 'Sending country (where migrants work)',
          ru: 'Страна-отправитель (где работают мигранты)',
          uz: 'Yuboruvchi mamlakat (muhojirlar ishlaydigan joy)',
        },
        codes: 'iso3',
        valueLabels: {
          WLD: world,
          CHI: { en: 'Channel Islands', ru: 'Нормандские острова', uz: 'Normand orollari' },
          XKX: { en: 'Kosovo', ru: 'Косово', uz: 'Kosovo' },
        },
        total: 'WLD',
      },
      {
        name: 'sending_country',
        type: 'string',
        role: 'label',
        label: {
          en: 'Sending country (name in the matrix)',
          ru: 'Страна-отправитель (название в матрице)',
          uz: 'Yuboruvchi mamlakat (matritsadagi nomi)',
        },
        labelFor: 'sending_iso3',
      },
      {
        name: 'receiving_iso3',
        type: 'string',
        role: 'dimension',
        label: {
          en: "Receiving country (migrants' home)",
          ru: 'Страна-получатель (родина мигрантов)',
          uz: 'Qabul qiluvchi mamlakat (muhojirlar vatani)',
        },
        codes: 'iso3',
        valueLabels: {
          WLD: {
            en: 'World (all receiving countries)',
            ru: 'Мир (все страны-получатели)',
            uz: 'Dunyo (barcha qabul qiluvchi mamlakatlar)',
          },
          CHI: { en: 'Channel Islands', ru: 'Нормандские острова', uz: 'Normand orollari' },
          XKX: { en: 'Kosovo', ru: 'Косово', uz: 'Kosovo' },
        },
        total: 'WLD',
        default: ['TJK', 'KGZ', 'UZB'],
      },
      {
        name: 'receiving_country',
        type: 'string',
        role: 'label',
        label: {
          en: 'Receiving country (name in the matrix)',
          ru: 'Страна-получатель (название в матрице)',
          uz: 'Qabul qiluvchi mamlakat (matritsadagi nomi)',
        },
        labelFor: 'receiving_iso3',
      },
      {
        name: 'value',
        type: 'number',
        role: 'measure',
        label: {
          en: 'Remittances, model estimate',
          ru: 'Денежные переводы, модельная оценка',
          uz: 'Pul oʻtkazmalari, modelli baho',
        },
        unit: {
          en: 'US$ million (model estimate)',
          ru: 'млн долларов США (модельная оценка)',
          uz: 'mln AQSh dollari (modelli baho)',
        },
      },
    ],
    sources: [
      {
        id: `KNOMAD_BRM_${year}`,
        publisher: 'KNOMAD / World Bank',
        title: `Bilateral Remittance Estimates for ${year} using Migrant Stocks, Host Country Incomes, and Origin Country Incomes (millions of US$) (${version} Version)`,
        url,
        publishedNote: `${version} (the version named in the file's title)`,
        retrieved,
        locator: `${file}, sheet “FINAL BRM ${year}”: rows = sending country, columns = receiving country; WORLD row and column`,
        primary:
          'KNOMAD (Global Knowledge Partnership on Migration and Development) and the World Bank',
        quote: `Russian Federation → Tajikistan ${v('RUS', 'TJK')}; Russian Federation → Kyrgyz Republic ${v('RUS', 'KGZ')}; Russian Federation → Uzbekistan ${v('RUS', 'UZB')}; WORLD → Uzbekistan ${v('WLD', 'UZB')}`,
        rank: 1,
        citation: `KNOMAD / World Bank, Bilateral Remittance Estimates for ${year} using Migrant Stocks, Host Country Incomes, and Origin Country Incomes (millions of US$), ${version} version, ${url}; model estimates; release: Bilateral Remittance Matrix ${year}, ${version} version; retrieved ${retrieved}${copy ? ` (${copy}; file sha256 ${sha})` : ` (file sha256 ${sha})`}`,
        release: `Bilateral Remittance Matrix ${year} (${version} version)`,
        nextRelease: KNOMAD_NEXT,
        caveat: {
          en: "Model estimates, not recorded flows. The matrix assigns all of Uzbekistan's receipts to Russia.",
          ru: 'Модельные оценки, а не учтённые потоки. Матрица относит все поступления Узбекистана к России.',
          uz: 'Modelli baholar, qayd etilgan oqimlar emas. Matritsa Oʻzbekistonning barcha tushumlarini Rossiyaga tegishli deb oladi.',
        },
      },
    ],
    license: KNOMAD_LICENSE,
    caveats: [
      {
        en: `Model estimate: the matrix spreads each country's recorded remittance receipts over sending countries in proportion to migrant stocks and the incomes of host and origin countries. It does not record who sent money to whom. In this matrix all of Uzbekistan's receipts (${v('WLD', 'UZB')} US$ million) are assigned to Russia.`,
        ru: `Модельная оценка: матрица распределяет учтённые поступления каждой страны по странам-отправителям пропорционально численности мигрантов и доходам стран. Она не учитывает, кто кому отправил деньги. В этой матрице все поступления Узбекистана (${v('WLD', 'UZB')} млн долларов США) отнесены к России.`,
        uz: `Modelli baho: matritsa har bir mamlakatning qayd etilgan tushumlarini muhojirlar soni va daromadlarga mutanosib ravishda yuboruvchi mamlakatlarga taqsimlaydi. U kim kimga pul yuborganini qayd etmaydi. Bu matritsada Oʻzbekistonning barcha tushumlari (${v('WLD', 'UZB')} mln AQSh dollari) Rossiyaga tegishli deb olingan.`,
      },
      {
        en: `The WORLD row and column are the matrix's totals (each country's remittances received or sent). Checked against World Development Indicators (wdi-remittances): the ${year} receipts of Tajikistan and Russia are the same; those of the Kyrgyz Republic and Uzbekistan differ, revised after the ${version} version.`,
        ru: `Строка и столбец WORLD — итоги матрицы (полученные или отправленные переводы каждой страны). Сверено с World Development Indicators (wdi-remittances): поступления Таджикистана и России за ${year} год совпадают; поступления Кыргызстана и Узбекистана различаются — они пересмотрены после версии ${versionIn(version).ru}.`,
        uz: `WORLD qatori va ustuni — matritsa jamlari (har bir mamlakat olgan yoki yuborgan oʻtkazmalar). World Development Indicators (wdi-remittances) bilan solishtirilgan: Tojikiston va Rossiyaning ${year} yilgi tushumlari bir xil; Qirgʻiziston va Oʻzbekistonniki farq qiladi, ${versionIn(version).uz} versiyasidan keyin qayta koʻrib chiqilgan.`,
      },
      `How the file was made: npm run data:import -- knomad ${file} (sha256 ${sha}); every non-empty cell whose sender or receiver is one of ${countries.join(', ')}; values as stored in the file (US$ million, unrounded); country names as the matrix writes them, ISO codes added (WLD for WORLD, XKX for Kosovo, CHI for the Channel Islands).`,
    ],
    display: { type: 'bar', x: 'sending_iso3', series: 'receiving_iso3', horizontal: true },
  };
}

/**
 * The World Bank's figures as one more source of the datasets of reported figures: rank 1, so
 * the documented main-source rule draws the line with them, the news figures beside them.
 */
export const WDI_MERGE = {
  remittances: {
    indicators: ['BX.TRF.PWKR.CD.DT', 'BX.TRF.PWKR.DT.GD.ZS'],
    series: 'world_bank',
    note: {
      en: 'World Development Indicators, current US$, shown in billions: the decimal point moved, nothing rounded.',
      ru: 'World Development Indicators, текущие доллары США, показаны в миллиардах: запятая перенесена, ничего не округлено.',
      uz: 'World Development Indicators, joriy AQSh dollari, milliardlarda koʻrsatilgan: vergul koʻchirilgan, hech narsa yaxlitlanmagan.',
    },
    /**
     * The World Bank's figures that another source of the dataset contradicts (same country,
     * year and indicator): flagged "conflict" on the World Bank's side too, its note naming the
     * other figure, as the news rows name the World Bank's. Kept here so a new import keeps them.
     */
    conflicts: [
      {
        country: 'TJK',
        year: 2023,
        indicator: 'remittances_received',
        note: {
          en: 'Conflicts with 5.7 (ADB series: TJ_DARYO_20240719, TJ_BUFFETT_2024).',
          ru: 'Противоречит 5,7 (ряд АБР: TJ_DARYO_20240719, TJ_BUFFETT_2024).',
          uz: 'Boshqa raqamga zid: 5,7 (OTB qatori: TJ_DARYO_20240719, TJ_BUFFETT_2024).',
        },
      },
    ],
    caveat: {
      en: "The World Bank's own series (World Development Indicators, source WB_WDI, rank 1) draws the main line for remittances received and their share of GDP; figures reported by the news, many of them the World Bank's from earlier releases, are shown beside it as other sources, never averaged. They differ where the World Bank revised GDP or the flows (Kyrgyz Republic 2022: 26.6 % of GDP in the release here, 31 % as bne IntelliNews reported the World Bank in 2023).",
      ru: 'Собственный ряд Всемирного банка (World Development Indicators, источник WB_WDI, ранг 1) задаёт основную линию для полученных переводов и их доли в ВВП; цифры из новостей, многие из них — цифры Всемирного банка из прежних выпусков, показаны рядом как другие источники и никогда не усредняются. Они расходятся там, где Всемирный банк пересмотрел ВВП или потоки (Кыргызстан 2022: 26,6 % ВВП в этом выпуске, 31 % по сообщению bne IntelliNews со ссылкой на Всемирный банк в 2023 году).',
      uz: 'Jahon bankining oʻz qatori (World Development Indicators, WB_WDI manbasi, 1-daraja) olingan oʻtkazmalar va ularning YaIMdagi ulushi uchun asosiy chiziqni chizadi; yangiliklarda keltirilgan raqamlar, koʻpi Jahon bankining oldingi nashrlaridan, yonida boshqa manbalar sifatida koʻrsatiladi va hech qachon oʻrtachalanmaydi. Ular Jahon banki YaIM yoki oqimlarni qayta koʻrib chiqqan joyda farq qiladi (Qirgʻiziston 2022: bu nashrda YaIMning 26,6 %, bne IntelliNews 2023 yilda Jahon bankiga tayanib 31 % deb xabar bergan).',
    },
  },
  unemployment: {
    indicators: ['SL.UEM.TOTL.ZS'],
    series: 'ilo_modelled',
    definition: 'ILO modelled estimate (World Development Indicators, SL.UEM.TOTL.ZS)',
    caveat: {
      en: "The ILO's modelled estimate (World Development Indicators, source WB_WDI) is a series of its own (“ILO modelled estimate”): one model for every country, comparable across countries, never joined to a national definition and never a substitute for one.",
      ru: 'Модельная оценка МОТ (World Development Indicators, источник WB_WDI) — отдельный ряд («модельная оценка МОТ»): одна модель для всех стран, сопоставимая между странами, никогда не соединяется с национальным определением и не заменяет его.',
      uz: 'XMT modelli bahosi (World Development Indicators, WB_WDI manbasi) — alohida qator («XMT modelli bahosi»): barcha mamlakatlar uchun bitta model, mamlakatlar oʻrtasida taqqoslanadi, hech qachon milliy taʼrif bilan birlashtirilmaydi va uning oʻrnini bosmaydi.',
    },
  },
};
