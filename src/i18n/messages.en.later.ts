/**
 * The English messages only lazily loaded parts show (the UN, compare, map and flows views, the
 * explore controls and filters, the drawings and tables loaded on demand, the full citations,
 * downloads and exports, the embed panel, the country search): the second part of the English
 * catalogue (messages.en.ts), loaded with those parts (src/i18n/i18n.ts,
 * `loadLaterMessages`) so the first view does not carry them. Same form and rules as
 * messages.en.ts; Russian and Uzbek keep every key in one file.
 */
export const enLater = {
  'embed.language': 'Language of the embedded chart',
  'embed.languageBrowser': 'The reader’s browser language',
  'embed.theme': 'Theme of the embedded chart',
  'compare.tableRegion': '{country}: table of figures',
  'compare.countrySwitch': 'Country',
  'explore.controls': 'Filters and chart options',
  'explore.controlsActive': 'Filters and chart options (filters set: {count})',
  'datasets.title': 'Datasets',
  'datasets.search': 'Search the datasets',
  'datasets.searchHint': 'A country, a publisher, a topic…',
  'datasets.count': '{total, plural, one {{shown} of # dataset} other {{shown} of # datasets}}',
  'datasets.none':
    'No dataset matches. Try a country, a publisher or a topic such as “remittances”.',
  'datasets.publishers':
    '{count, plural, one {Publisher: {list}} other {{more, plural, =0 {Publishers: {list}} other {Publishers: {list} and # more}}}}',
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
  'un.sex': 'Sex',
  'un.sexBoth': 'Total',
  'un.sexMale': 'Male',
  'un.sexFemale': 'Female',
  'un.sexWordsBoth': 'both sexes',
  'un.sexWordsMale': 'men',
  'un.sexWordsFemale': 'women',
  'un.titleSex': '{title} ({sex})',
  'un.sexNote':
    'Figures of {sex} alone: each share is of the total of {sex} in the same year and table (derived).',
  'un.typeOfData': 'What the UN’s figure rests on (type of data): {type}.',
  'un.typeOfDataColumn': 'Type of data (UN)',
  'un.typeOfDataKey':
    'Type of data (UN): B foreign-born; C foreign citizens; R refugees added; I no data, estimate imputed. Figures rest on each country’s last census or register, so they can stand still for years.',
  'un.unavailable': 'Not available in this table: {countries}.',
  'un.unavailableHeld':
    'The UN table shipped here is the Central Asian part of its origin × destination table: it holds where people born in {origins} live, and where the migrants living in {destinations} were born.',
  'un.revisionDrawn':
    'One revision drawn: {release}, {years}. Other revisions are datasets of their own and are never mixed into these lines.',
  'un.absolute': 'Number of people',
  'un.share': 'Share of the total (%)',
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
  'map.countedIn': '{area}: counted in {country} in the UN figures',
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
  'compare.missing': 'Not shown, because it could not be loaded: {titles}.',
  'compare.conflictNote':
    'A figure marked ≠ differs from another figure of the same measure, kind and year from another source; both are shown, neither is averaged.',
  'compare.concept': 'What it counts',
  'compare.allDestinations': 'all countries of destination (UN published total)',
  'compare.legendConflict': 'Outlined, ≠: differs from another figure of the same kind and year',
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
  'embed.title': 'Embed this chart',
  'embed.instructions':
    'Paste this into your page: the chart keeps these filters, sizes itself and shows its source.',
  'embed.copy': 'Copy snippet',
  'embed.copied': 'Copied',
  'download.menu': 'Download',
  'download.csv': 'CSV of this view',
  'download.xlsx': 'Excel (.xlsx) of this view',
  'download.fullXlsx': 'Full dataset (Excel .xlsx)',
  'xlsx.sheetData': 'Data',
  'xlsx.sheetCitation': 'Citation',
  'xlsx.title': 'Title',
  'xlsx.view': 'This view in the dashboard',
  'xlsx.filters': 'Filters applied',
  'xlsx.downloaded': 'Downloaded',
  'xlsx.notes': 'Notes (derived values, flagged figures)',
  'xlsx.dataset': 'Dataset',
  'xlsx.referencePeriod': 'Data refer to',
  'xlsx.license': 'Licence',
  'xlsx.caveats': 'Caveats',
  'xlsx.source': 'Source',
  'xlsx.citation': 'Full citation',
  'xlsx.publisher': 'Publisher',
  'xlsx.docTitle': 'Title of the document',
  'xlsx.url': 'Web address',
  'xlsx.published': 'Published',
  'xlsx.release': 'Release',
  'xlsx.retrieved': 'Retrieved',
  'xlsx.locator': 'Where in the document',
  'download.full': 'Full dataset (CSV)',
  'download.package': 'Data package (.zip: CSV, metadata, how to cite)',
  'download.fullSeveral': 'Full data of every dataset shown (.zip)',
  'download.png': 'Chart as PNG',
  'download.svg': 'Chart as SVG',
  'download.imageSlide': 'slide, 1,200 × 675',
  'download.imageSquare': 'square, 1,080 × 1,080',
  'image.sourcesSome': '{prefix} {names} and {count} more — full list in the data',
  'image.sourcesCount': '{count} sources — full list in the data',
  'image.flagged': '◇ {count, plural, one {# figure} other {# figures}} in doubt — see the data',
  'image.derived':
    '{count, plural, one {# figure} other {# figures}} derived (computed by this dashboard from the figures shown)',
  'image.events':
    '{count, plural, =1 {┆ Dashed line 1: an agreement or event} other {┆ Dashed lines 1–#: agreements and events}}, numbered as in the dashboard’s list with their dates',
  'image.part': 'image {n} of {count}',
  'image.legendPartial': 'part-year figure',
  'image.legendAlternative': 'another source, same year',
  'image.legendPointInTime': 'figures at a date',
  'image.legendGap': 'years without a figure',
  'image.legendSourceJoin': 'continues on another source',
  'image.legendFlag': 'figure in doubt',
  'download.done': 'Downloaded {file}',
  'cite.menu': 'Cite',
  'cite.intro':
    'Cite the original sources first, since the figures are theirs, then this view of them with the day you opened it. References are written in English, as citation styles and reference managers expect; titles stay as the sources give them.',
  'cite.apa': 'APA style',
  'cite.ris': 'RIS (EndNote, Zotero, Mendeley)',
  'cite.region': '{format}: the references',
  'cite.copy': 'Copy',
  'cite.download': 'Download .{extension} file',
  'cite.copied': '{format}: copied',
  'cite.selected': '{format}: selected; press Ctrl+C (⌘C on a Mac) to copy',
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
  'chart.breakNote': 'Break in series',
  'chart.sourceJoin': 'other source',
  'filters.year': 'Year',
  'chart.sourceRule': 'Which source draws the line',
  'chart.sourceRuleDefault': 'The documented rule (see Notes)',
  'chart.tableCaption': '{title}: the values plotted',
  'table.value': 'Value',
  'table.unit': 'Unit',
  'table.source': 'Source',
  'table.note': 'Note',
  'sources.title': 'Sources',
  'sources.intro':
    'Every figure on this dashboard is copied from the documents below. Figures the dashboard computes are marked “derived”.',
  'sources.published': 'Published {date}',
  'sources.retrieved': 'retrieved {date}',
  'sources.locator': 'Where: {locator}',
  'sources.primary': 'Figures from: {primary}',
  'sources.quote': 'Quote',
  'sources.license': 'Licence: {license}',
  'table.change': 'Change on previous year (derived)',
  'table.changePct': 'Change, % (derived)',
  'table.changePoints': '{change} pp',
  'table.changeHow':
    'Derived: this year’s figure minus the previous calendar year’s, on the same line; % of the previous year.',
  'table.notListed': 'not listed',
  'filters.title': 'Filters',
  'filters.all': 'Select all',
  'filters.clear': 'Clear',
  'filters.search': 'Search {label}',
  'filters.searchPlaceholder': 'Type to narrow the list',
  'filters.reset': 'Reset filters',
  'filters.from': 'From',
  'filters.to': 'To',
  'table.changePointsHow':
    'Derived: this year’s figure minus the previous calendar year’s, on the same line, in percentage points.',
  'chartType.bar': 'Bars',
  'chartType.grouped-bar': 'Grouped bars',
  'chartType.stacked-bar': 'Stacked bars',
  'chartType.line': 'Line',
  'chartType.figures': 'Figures',
  'chartType.table': 'Table',
  'chartType.timeline': 'Timeline',
  'chartType.matrix': 'Who is party to what',
} as const;
