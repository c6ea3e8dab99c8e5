/**
 * Every string the interface shows, in English: the source catalogue. Messages are ICU
 * MessageFormat: `{name}` is a value filled in at run time; a count takes a plural,
 * `{count, plural, one {# row} other {# rows}}`. The Russian and Uzbek catalogues
 * (messages.ru.ts, messages.uz.ts) have the same keys; a unit test names any missing or unused.
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
  'text.inEnglish': 'in English',
  'text.someInEnglish':
    'Some labels and notes of this dataset are not yet translated and are shown in English.',
  'embed.language': 'Language of the embedded chart',
  'embed.languageBrowser': 'The reader’s browser language',
  'theme.label': 'Theme',
  'theme.system': 'As the system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'embed.theme': 'Theme of the embedded chart',
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
  'chart.tableCaption': '{title}: the values plotted',
  'chart.caveats': 'Notes',
  'chart.empty': 'No rows match the filters: {reason}',
  'chart.emptyFilters': 'the filters leave no figures for this combination',
  'chart.derived': 'derived',
  'chart.breakNote': 'Break in series',
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
  'chart.restOfTotal': 'Rest of the stated total',
  'chart.restOfTotalHow': 'the stated {total} minus the parts shown',
  'chart.remainderHow':
    'the sum of the {count, plural, one {# category} other {# categories}} not shown',
  'chart.drawnSome': '{count} of {of}',
  'chart.flagsTitle': 'Figures in doubt',
  'summary.title': 'In words:',
  'tabs.label': '{title}: chart, table, sources, downloads',
  'tabs.chart': 'Chart',
  'compare.tableRegion': '{country}: table of figures',
  'explore.controls': 'Filters and chart options',
  'explore.controlsActive': 'Filters and chart options (filters set: {count})',
  'tabs.table': 'Table',
  'tabs.sources': 'Sources',
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
  'chart.sourceJoin': 'other source',
  'filters.year': 'Year',
  'chart.openDataset': 'Explore this dataset',
  'chart.sourceRule': 'Which source draws the line',
  'chart.sourceRuleDefault': 'The documented rule (see Notes)',
  'table.value': 'Value',
  'table.unit': 'Unit',
  'table.period': 'Period',
  'table.source': 'Source',
  'table.note': 'Note',
  'table.notListed': 'not listed',
  'qualifier.almost': 'almost {figure}',
  'qualifier.estimated': '{figure} (estimated)',
  'sources.title': 'Sources',
  'sources.intro':
    'Every figure on this dashboard is copied from the documents below. Figures the dashboard computes are marked “derived”.',
  'sources.published': 'Published {date}',
  'sources.retrieved': 'retrieved {date}',
  'sources.locator': 'Where: {locator}',
  'sources.primary': 'Figures from: {primary}',
  'sources.release': 'Release: {release}.',
  'sources.nextRelease': 'Next release: {next}',
  'sources.quote': 'Quote',
  'sources.license': 'Licence: {license}',
  'filters.title': 'Filters',
  'filters.all': 'Select all',
  'filters.clear': 'Clear',
  'filters.search': 'Search {label}',
  'filters.searchPlaceholder': 'Type to narrow the list',
  'filters.reset': 'Reset filters',
  'filters.from': 'From',
  'filters.to': 'To',
  'filters.noneSelected': 'nothing is selected for {label}',
  'un.controls': 'Countries, year and chart options',
  'un.direction': 'Question',
  'un.directionOrigin': 'Where do people born in X live?',
  'un.directionDestination': 'Who lives in Y?',
  'un.country': 'Country',
  'un.compareWith': 'Compare with',
  'un.compareNone': 'None',
  'un.compareYear': 'Compare with year',
  'un.year': 'Year',
  'un.topN': 'Countries shown',
  'un.measure': 'Measure',
  'un.absolute': 'Number of people',
  'un.share': 'Share of the total (%)',
  'un.remainder': 'All other countries',
  'un.totalAbroad': 'Total born in {country} living abroad, {year}: {value}',
  'un.totalIn': 'Total migrants in {country} from the origins listed, {year}: {value}',
  'un.shareDerived':
    'Shares are derived: each stock divided by the total over all countries in the table for that year.',
  'un.remainderDerived': '“All other countries” is derived: the sum of the stocks not shown.',
  'un.overTime': 'Top destinations over time',
  'un.summaryLargest': '{panel}: the largest is {partner}, {value}.',
  'un.stockConcept':
    'Stock: people born in the origin country living in the destination country at mid-year (not a count of labour migrants).',
  'un.totalInPublished':
    'Migrants in {country}, {year}: {published} (UN published total); {value} from the origins the UN lists by country (derived sum)',
  'un.shareOfPublished':
    'Shares are derived: each stock divided by the UN’s published total for the country and year, which includes migrants of unknown or other origin; they do not add up to 100 %.',
  'un.totalAbroadPublished':
    'Born in {country} living abroad, {year}: {published} (UN published total); {value} summed over the destinations the UN lists (derived sum)',
  'un.shareOfPublishedOrigin':
    'Shares are derived: each stock divided by the UN’s published total of people born in the country living abroad that year (the “WORLD” row of the UN table), which equals the sum over the destinations listed.',
  'un.topDrawn': 'The {top} largest, the rest summed (derived)',
  'un.compareWithMore': 'Add a country beside it',
  'un.compareRemove': 'Remove {country}',
  'un.show': 'Draw as',
  'un.showBars': 'Bars',
  'un.showMap': 'World map',
  'un.showFlows': 'Flows',
  'un.panelTitle': '{country}, {year}',
  'un.mapTitleOrigin': 'Where people born in {country} live, {year}',
  'un.mapTitleDestination': 'Where the migrants living in {country} were born, {year}',
  'un.flowsTitle': 'From {origins} to their largest destinations, {year}',
  'un.flowsTitleDestination': 'Largest origins of the migrants living in {countries}, {year}',
  'un.flowsNote':
    'Each band is one figure of the UN table; “All other countries” (derived) is the sum of the rest, the same countries for every country drawn. A figure beside a partner is the sum over every country drawn (derived).',
  'un.play': 'Play years',
  'un.pause': 'Pause',
  'un.typedYear': 'Type a year',
  'un.typedYearHelp': 'UN estimates exist for {years}.',
  'un.typedYearNone': 'No UN estimate for {year}: choose one of {years}.',
  'export.unRemainderNote':
    'The stock of “all other countries” is derived: the sum of the stocks of the countries not listed.',
  'export.unRemainderOf': 'Summed rows ({count}): {codes}.',
  'export.unShareNote':
    'share_pct is derived: the stock divided by the total named in share_of, × 100.',
  'export.unShareOfPublished': 'UN published total {total}',
  'export.unShareOfSum': 'sum over the countries in the table {total} (derived)',
  'map.label': 'World map: {title}',
  'map.keyboardHelp':
    'Tab to the map, then arrow keys move between countries with a figure; Enter chooses the country.',
  'map.noData': 'No data',
  'map.legend': 'Number of people (bins)',
  'map.legendShare': 'Share of the total, % (derived; bins)',
  'map.binRange': '{from} to {to}',
  'map.binRangeBelow': '{from} to under {to}',
  'map.binTop': '{from} or more',
  'map.binBottom': 'fewer than {to}',
  'map.share': '{share} % of the total (derived)',
  'map.tooltipNoData': '{country}: no data for {year}',
  'map.selected': 'chosen country',
  'map.notDrawn': 'Too small to draw on this map: {list}.',
  'map.disclaimer':
    'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations or by this dashboard. Natural Earth boundaries (1:110 million).',
  'map.loading': 'Loading the map…',
  'flows.label': 'Flows: {title}',
  'flows.loading': 'Loading the flows…',
  'flows.sum': 'sum, derived',
  'flows.sumOver': '{name}, {year}: {value}, the sum over {countries} (derived).',
  'flows.keyboardHelp':
    'Tab to the flows, then arrow keys move through each origin, its bands and the destinations; each shows its figure.',
  'combobox.noMatch': 'No country matches “{query}”',
  'combobox.results': '{count, plural, one {# country matches} other {# countries match}}',
  'combobox.hint': 'Type a name or an ISO code (e.g. KGZ)',
  'compare.title': 'Compare measures: Uzbekistan, Tajikistan and Kyrgyzstan',
  'compare.intro':
    'Different sources count different things. Each figure below says what it counts, for which period, and where it comes from.',
  'compare.measure': 'Measure',
  'compare.chartTitleAll': 'Figures counted in people, by country, kind of figure and period',
  'compare.groupTotals': 'totals',
  'compare.groupParts': 'parts (by destination or sex)',
  'compare.conflict': 'differs from another figure of the same kind for the same year',
  'compare.conflictNote':
    'A figure marked ≠ differs from another figure of the same measure, kind and year from another source; both are shown, neither is averaged.',
  'compare.concept': 'What it counts',
  'compare.allDestinations': 'all countries of destination (UN published total)',
  'compare.legendConflict': 'Outlined, ≠: differs from another figure of the same kind and year',
  'concept.flow': 'Flow: people who left during the period',
  'concept.stock': 'Stock: people abroad on a date',
  'concept.share': 'Share of labour migrants',
  'concept.birthStock':
    'Stock: people born in the country living abroad at mid-year (all migrants, not only workers; UN estimate)',
  'concept.rate': 'Rate',
  'concept.money': 'Money sent home',
  'concept.mixed': 'Several measures (see each row)',
  'explore.chartType': 'Chart type',
  'explore.measure': 'Show',
  'explore.absolute': 'Numbers as reported',
  'explore.share': 'Share of the stated total (%, derived)',
  'explore.sort': 'Sort bars',
  'explore.sortData': 'As in the data',
  'explore.sortValue': 'By value',
  'explore.sortName': 'By name',
  'explore.events': 'Show agreements and meetings on the chart',
  'explore.eventsListed': 'Events on the chart',
  'measure.shareUnit': '% of {total} (derived)',
  'measure.shareHow':
    'Derived: the figure divided by the stated total ({total}) of the same year, period and source, × 100.',
  'table.change': 'Change on previous year (derived)',
  'table.changePct': 'Change, % (derived)',
  'table.changePoints': '{change} pp',
  'table.pointsUnit': 'percentage points',
  'table.changeHow':
    'Derived: this year’s figure minus the previous calendar year’s, on the same line; % of the previous year.',
  'explore.back': 'Back to all datasets',
  'chartType.bar': 'Bars',
  'chartType.grouped-bar': 'Grouped bars',
  'chartType.stacked-bar': 'Stacked bars',
  'chartType.line': 'Line',
  'chartType.figures': 'Figures',
  'chartType.table': 'Table',
  'chartType.timeline': 'Timeline',
  'chartType.matrix': 'Who is party to what',
  'embed.title': 'Embed this chart',
  'embed.instructions':
    'Paste this into your page: the chart keeps these filters, sizes itself and shows its source.',
  'embed.copy': 'Copy snippet',
  'embed.copied': 'Copied',
  'embed.openFull': 'Open in the dashboard',
  'embed.notEmbeddable':
    'This view is not offered as an embed: only a dataset’s chart, the UN migrant stock view and the comparison are.',
  'download.menu': 'Download',
  'download.csv': 'CSV of this view',
  'download.full': 'Full dataset (CSV)',
  'download.package': 'Data package (.zip: CSV, metadata, how to cite)',
  'download.fullSeveral': 'Full data of every dataset shown (.zip)',
  'download.png': 'Chart as PNG',
  'download.svg': 'Chart as SVG',
  'download.done': 'Downloaded {file}',
  'download.preparing': 'Preparing {file}…',
  'download.failed': 'The download failed: {reason}',

  'export.derivedNote': '{how}; computed by this dashboard',
  'export.none': 'none',
  'export.readme': `# {title}

{description}

## What this download contains

- \`{file}\`: {rows, plural, one {# row} other {# rows}}, the figures of the view below, each with a short citation of its source.
- \`metadata.json\`: the dataset's full description (columns, units, sources with full citations) and the filters of this download.
- \`README.md\`: this file.

Filters applied: {filters}

Reference period: {referencePeriod}

View: <{viewUrl}>

Downloaded: {downloadedAt}

## How to cite

{citations}

## Licence

{license}

## Caveats

{caveats}

## Derived figures

Figures marked “derived” (the columns named in \`derived_note\`) were computed by this dashboard from the published figures; they do not appear in the sources.
`,
  'export.viewReadmeFile':
    '`{file}`: {rows, plural, one {# row} other {# rows}}, each with a short citation of its source',
  'export.viewReadme': `# {title}

{description}

## What this download contains

{files}
- \`metadata.json\`: every dataset's full description (columns, units, sources with full citations) and what this download selected.
- \`README.md\`: this file.

Filters applied: {filters}

View: <{viewUrl}>

Downloaded: {downloadedAt}

## How to cite

{citations}

## Licences

{licenses}

## Caveats

{caveats}

## Derived figures

Figures marked “derived” were computed by this dashboard from the published figures; they do not appear in the sources.
`,
} as const;

export type MessageKey = keyof typeof en;
