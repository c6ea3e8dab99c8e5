import type { enLater } from './messages.en.later.ts';

/**
 * Every string the interface shows, in English: the source catalogue. Messages are ICU
 * MessageFormat: `{name}` is a value filled in at run time; a count takes a plural,
 * `{count, plural, one {# row} other {# rows}}`. The Russian and Uzbek catalogues
 * (messages.ru.ts, messages.uz.ts) have the same keys; a unit test names any missing or unused.
 * The messages only lazily loaded parts show are in messages.en.later.ts.
 */
export const en = {
  'app.title': 'Central Asian labour migration',
  'app.ignored': 'Ignored in the address: {values}',
  'ignored.repeated': '{param} (repeated)',
  'ignored.notOffered': '{param} (not offered here)',
  'ignored.notInData': '{param} (not in the data)',
  'ignored.outOfRange': '{param} (the data cover {from}–{to})',
  'app.tagline':
    'Official and published figures on labour migrants from Uzbekistan, Tajikistan and Kyrgyzstan, each with its source.',
  'nav.overview': 'All datasets',
  'nav.sources': 'Sources',
  'nav.label': 'Views',
  'nav.unStock': 'Where migrants live (UN)',
  'nav.compare': 'Compare measures',
  'app.language': 'Language',
  'front.title': 'What the data say',
  'front.intro':
    'Four questions the dashboard answers. Each figure is given as its source gives it, with its period, its source and a link to the view that explains it. Below: the datasets to search, then each dataset as a chart.',
  'front.cards': 'Every dataset as a chart',
  'keyFigures.loading': 'Loading the key figures…',
  'keyFigures.disagree': 'The sources disagree: each figure is shown with its own source.',
  'keyFigures.flagged': 'In doubt: {flag}',
  'keyFigures.route': '{origin} → {destination}',
  'keyFigures.tajikDepartures.title': 'Labour migrants who left Tajikistan',
  'keyFigures.tajikDepartures.what':
    'Citizens of Tajikistan who went abroad to work, in the latest calendar year counted in full.',
  'keyFigures.tajikDepartures.link': 'The whole series, with every source',
  'keyFigures.uzbekAbroad.title': 'Uzbek migrants abroad',
  'keyFigures.uzbekAbroad.what':
    'People from Uzbekistan living or working abroad: every figure given for the latest year.',
  'keyFigures.uzbekAbroad.link': 'Compare the measures side by side',
  'keyFigures.remittances.title': 'Remittances as a share of GDP',
  'keyFigures.remittances.what':
    'Personal remittances received, % of GDP (World Bank, World Development Indicators): the latest year for each country.',
  'keyFigures.remittances.link': 'Remittances over the years',
  'keyFigures.whereLive.title': 'Where Central Asians live abroad',
  'keyFigures.whereLive.what':
    'For each Central Asian country of birth, the country where most of the people born there live (UN DESA, International Migrant Stock).',
  'keyFigures.whereLive.link': 'Every destination',
  'text.inEnglish': 'in English',
  'text.someInEnglish':
    'Some labels and notes of this dataset are not yet translated and are shown in English.',
  'theme.label': 'Theme',
  'theme.system': 'As the system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'loading.view': 'Loading the view…',
  'loading.catalog': 'Loading the list of datasets…',
  'loading.dataset': 'Loading {title}…',
  'error.catalog': 'The list of datasets could not be loaded: {message}',
  'error.drawing': 'The code that draws this chart could not be loaded.',
  'error.code': 'This part of the page could not be loaded.',
  'error.codeOffline':
    'You are offline, so {file} could not be fetched. Retry once you are connected.',
  'error.codeUnreachable':
    '{file} could not be fetched: the site could not be reached. Check your connection, then Retry.',
  'error.codeRedeployed':
    'The site has been updated since this page was opened, and {file} is no longer there. Reload the page to get the new version.',
  'error.codeHttp': '{file} could not be fetched (HTTP {status}).',
  'error.codeDamaged': '{file} arrived incomplete or damaged and could not be run.',
  'error.codeTimeout': '{file} did not arrive within {seconds} seconds.',
  'error.codeUnknown': 'The code could not be loaded: {message}',
  'error.part': 'This part of the page stopped working: {message}',
  'error.reload': 'Reload the page',
  'error.language':
    '{language}: the interface could not be loaded, so the page is shown in English. {reason}',
  'error.dataset': 'This dataset could not be shown.',
  'error.metadata': 'A dataset’s description could not be read.',
  'error.retry': 'Retry',
  'error.retrying': 'Retrying…',
  'error.noSuchDataset': 'There is no dataset “{id}”.',
  'error.noSuchDatasetHint':
    'The link may be mistyped or out of date. These datasets are on offer:',
  'chart.sourcePrefix': 'Source:',
  'chart.sourcesPrefix': 'Sources:',
  'chart.unit': 'Unit: {unit}',
  'chart.period': 'Reference period: {period}',
  'chart.caveats': 'Notes',
  'chart.empty': 'No rows match the filters: {reason}',
  'chart.emptyFilters': 'the filters leave no figures for this combination',
  'chart.derived': 'derived',
  'chart.moreInTable':
    '{count, plural, one {The {shown} largest are drawn; # more is in the table.} other {The {shown} largest are drawn; # more are in the table.}}',
  'chart.alternative': 'other source',
  'chart.legendPartial': 'part-year figure (not joined to the yearly line)',
  'chart.legendAlternative': 'another source’s figure for the same year',
  'chart.legendPointInTime': 'dashed: figures at a date, not for a calendar year',
  'chart.legendPointPeriod': 'figure at a date: {period}',
  'chart.legendGap': 'dashed: years with no figure between two figures of the same series',
  'chart.legendSourceJoin': 'dotted: the line continues on another source’s series',
  'chart.legendFlag': 'ringed: a figure the data itself calls into doubt (see below)',
  'chart.legendFlagBar': 'red outline: a figure the data itself calls into doubt (see below)',
  'chart.legendTotal': '{label} (stated total, not stacked)',
  'chart.markKey': 'Key to the marks ({count})',
  'chart.restOfTotal': 'Rest of the stated total',
  'chart.restOfTotalHow': 'the stated {total} minus the parts shown',
  'chart.remainderHow':
    'the sum of the {count, plural, one {# category} other {# categories}} not shown',
  'chart.drawnSome': '{count} of {of}',
  'chart.flagsTitle': 'Figures in doubt',
  'summary.title': 'In words:',
  'summary.more': 'In words',
  'tabs.label': '{title}: chart, table, sources, citation, downloads',
  'tabs.chart': 'Chart',
  'tabs.table': 'Table',
  'tabs.sources': 'Sources',
  'tabs.cite': 'Cite',
  'tabs.download': 'Download',
  'tabs.embed': 'Embed',
  'summary.largest': 'Largest: {label}, {value}.',
  'summary.smallest': 'Smallest: {label}, {value}.',
  'summary.change':
    '{series}: from {from} in {fromYear} to {to} in {toYear}, a change of {change} (derived).',
  'summary.period': '{series}: from {from} in {fromYear} to {to} in {toYear}.',
  'summary.single': '{series}: {value} in {year}, the only figure.',
  'summary.changePoints':
    '{series}: from {from} in {fromYear} to {to} in {toYear}, a change of {change} percentage points (derived).',
  'summary.stretch': '{series}: {value} in {year}.',
  'summary.sourceSeries':
    '{series}: the line is in {count} stretches ({years}), each of one source series; no change is computed across them.',
  'summary.flagged': 'In doubt, so compared with nothing: {label}, {value} ({flag}).',
  'chart.csvFile': 'The whole table (CSV)',
  'chart.openDataset': 'Explore this dataset',
  'chart.firstRows': 'Rows 1–{shown} of {count}: every row is on the dataset’s page',
  'table.period': 'Period',
  'qualifier.almost': 'almost {figure}',
  'qualifier.estimated': '{figure} (estimated)',
  'sources.release': 'Release: {release}.',
  'sources.nextRelease': 'Next release: {next}',
  'filters.noneSelected': 'nothing is selected for {label}',
  'un.remainder': 'All other countries',
  'concept.flow': 'Flow: people who left during the period',
  'concept.stock': 'Stock: people abroad on a date',
  'concept.share': 'Share of labour migrants',
  'concept.birthStock':
    'Stock: people born in the country living abroad at mid-year (all migrants, not only workers; UN estimate)',
  'concept.rate': 'Rate',
  'concept.money': 'Money sent home',
  'concept.mixed': 'Several measures (see each row)',
  'measure.shareUnit': '% of {total} (derived)',
  'measure.shareHow':
    'Derived: the figure divided by the stated total ({total}) of the same year, period and source, × 100.',
  'explore.back': 'Back to all datasets',
  'embed.openFull': 'Open in the dashboard',
  'embed.getData': 'Get the data',
  'embed.moreSources': 'and {count} more',
  'embed.wholeChart': 'Show the whole chart',
  'link.copy': 'Copy link',
  'link.copied': 'Link copied',
  'link.select':
    'Copying is not allowed here: the link is selected below; copy it with Ctrl+C (⌘C on a Mac).',
  'link.field': 'Link to this view',
  'embed.notEmbeddable':
    'This view is not offered as an embed: only a dataset’s chart, the UN migrant stock view and the comparison are.',
} as const;

/** Every key of the English catalogue, in either of its parts. */
export type MessageKey = keyof typeof en | keyof typeof enLater;
