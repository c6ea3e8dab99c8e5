import type { Catalogue } from './catalogue.ts';

/**
 * Russian. Terms as the statistics offices of the region write them in Russian (stat.uz, stat.tj,
 * stat.kg): «трудовые мигранты», «численность», «уровень безработицы», «денежные переводы».
 */
export const ru: Catalogue = {
  'app.title': 'Трудовая миграция из Центральной Азии',
  'app.ignored': 'Не учтено из адреса: {values}',
  'ignored.repeated': '{param} (повтор)',
  'ignored.notOffered': '{param} (здесь недоступно)',
  'ignored.notInData': '{param} (нет в данных)',
  'ignored.outOfRange': '{param} (данные охватывают {from}–{to})',
  'app.tagline':
    'Официальные и опубликованные данные о трудовых мигрантах из Узбекистана, Таджикистана и Кыргызстана — каждая цифра со ссылкой на источник.',
  'nav.overview': 'Все наборы данных',
  'nav.sources': 'Источники',
  'nav.label': 'Разделы',
  'nav.unStock': 'Где живут мигранты (ООН)',
  'nav.compare': 'Сравнение показателей',
  'app.language': 'Язык',
  'front.title': 'Что говорят данные',
  'front.intro':
    'Четыре вопроса, на которые отвечает панель. Каждая цифра приведена так, как её даёт источник, с периодом, источником и ссылкой на раздел, где она объяснена. Ниже — поиск по наборам данных и каждый набор в виде графика.',
  'front.cards': 'Все наборы данных в виде графиков',
  'keyFigures.loading': 'Загрузка ключевых цифр…',
  'keyFigures.disagree': 'Источники расходятся: каждая цифра показана со своим источником.',
  'keyFigures.flagged': 'Под сомнением: {flag}',
  'keyFigures.route': '{origin} → {destination}',
  'keyFigures.tajikDepartures.title': 'Трудовые мигранты, выехавшие из Таджикистана',
  'keyFigures.tajikDepartures.what':
    'Граждане Таджикистана, выехавшие на работу за рубеж, за последний календарный год, подсчитанный полностью.',
  'keyFigures.tajikDepartures.link': 'Весь ряд со всеми источниками',
  'keyFigures.uzbekAbroad.title': 'Мигранты из Узбекистана за рубежом',
  'keyFigures.uzbekAbroad.what':
    'Численность выходцев из Узбекистана, живущих или работающих за рубежом: все цифры за последний год.',
  'keyFigures.uzbekAbroad.link': 'Сравнить показатели',
  'keyFigures.remittances.title': 'Денежные переводы в % ВВП',
  'keyFigures.remittances.what':
    'Полученные личные денежные переводы, % ВВП (Всемирный банк, World Development Indicators): последний год по каждой стране.',
  'keyFigures.remittances.link': 'Переводы по годам',
  'keyFigures.whereLive.title': 'Где живут выходцы из Центральной Азии',
  'keyFigures.whereLive.what':
    'Для каждой страны рождения в Центральной Азии — страна, где живёт больше всего родившихся в ней (ДЭСВ ООН, International Migrant Stock).',
  'keyFigures.whereLive.link': 'Все страны назначения',
  'datasets.title': 'Наборы данных',
  'datasets.search': 'Поиск по наборам данных',
  'datasets.searchHint': 'Страна, издатель, тема…',
  'datasets.count':
    '{total, plural, one {{shown} из # набора} few {{shown} из # наборов} many {{shown} из # наборов} other {{shown} из # набора}}',
  'datasets.none': 'Ничего не найдено. Попробуйте страну, издателя или тему, например «переводы».',
  'datasets.publishers':
    '{count, plural, one {Издатель: {list}} other {{more, plural, =0 {Издатели: {list}} other {Издатели: {list} и ещё #}}}}',
  'text.inEnglish': 'на английском',
  'text.someInEnglish':
    'Часть подписей и примечаний этого набора данных ещё не переведена и показана на английском.',
  'embed.language': 'Язык встроенного графика',
  'embed.languageBrowser': 'Язык браузера читателя',
  'loading.view': 'Загрузка раздела…',
  'loading.catalog': 'Загрузка списка наборов данных…',
  'loading.dataset': 'Загрузка: {title}…',
  'error.catalog': 'Не удалось загрузить список наборов данных: {message}',
  'error.drawing': 'Не удалось загрузить код, рисующий этот график.',
  'error.code': 'Не удалось загрузить эту часть страницы.',
  'error.codeOffline':
    'Нет подключения к интернету, поэтому файл {file} не загружен. Повторите попытку после подключения.',
  'error.codeUnreachable':
    'Не удалось загрузить {file}: сайт недоступен. Проверьте подключение и повторите попытку.',
  'error.codeRedeployed':
    'Сайт обновился после того, как эта страница была открыта, и файла {file} больше нет. Перезагрузите страницу, чтобы получить новую версию.',
  'error.codeHttp': 'Не удалось загрузить {file} (HTTP {status}).',
  'error.codeDamaged': 'Файл {file} пришёл неполным или повреждённым, и его не удалось выполнить.',
  'error.codeTimeout': 'Файл {file} не пришёл за {seconds} с.',
  'error.codeUnknown': 'Не удалось загрузить код: {message}',
  'error.part': 'Эта часть страницы перестала работать: {message}',
  'error.reload': 'Перезагрузить страницу',
  'error.language':
    '{language}: не удалось загрузить интерфейс, поэтому страница показана на английском. {reason}',
  'error.dataset': 'Этот набор данных не удалось показать.',
  'error.metadata': 'Не удалось прочитать описание набора данных.',
  'error.retry': 'Повторить',
  'error.retrying': 'Повторная попытка…',
  'error.noSuchDataset': 'Набора данных «{id}» нет.',
  'error.noSuchDatasetHint':
    'Возможно, в ссылке опечатка или она устарела. Доступны следующие наборы данных:',
  'chart.sourcePrefix': 'Источник:',
  'chart.sourcesPrefix': 'Источники:',
  'chart.unit': 'Единица измерения: {unit}',
  'chart.period': 'Отчётный период: {period}',
  'chart.tableCaption': '{title}: значения на графике',
  'chart.caveats': 'Примечания',
  'chart.empty': 'Нет строк, отвечающих фильтрам: {reason}',
  'chart.emptyFilters': 'для этого сочетания фильтров данных нет',
  'chart.derived': 'расчётное',
  'chart.moreInTable':
    '{count, plural, one {Показаны {shown} крупнейших; ещё # — в таблице.} few {Показаны {shown} крупнейших; ещё # — в таблице.} many {Показаны {shown} крупнейших; ещё # — в таблице.} other {Показаны {shown} крупнейших; ещё # — в таблице.}}',
  'chart.breakNote': 'Разрыв ряда',
  'chart.alternative': 'другой источник',
  'chart.legendPartial': 'данные за часть года (не соединены с годовой линией)',
  'chart.legendAlternative': 'данные другого источника за тот же год',
  'chart.legendPointInTime': 'пунктир: данные на дату, а не за календарный год',
  'chart.legendPointPeriod': 'данные на дату: {period}',
  'chart.legendGap': 'пунктир: годы без данных между двумя значениями одного ряда',
  'chart.legendSourceJoin': 'точки: линия продолжается по ряду другого источника',
  'chart.legendFlag': 'в кольце: значение, которое сами данные ставят под сомнение (см. ниже)',
  'chart.legendFlagBar':
    'красный контур: значение, которое сами данные ставят под сомнение (см. ниже)',
  'chart.legendTotal': '{label} (указанный итог, не суммируется)',
  'chart.markKey': 'Условные обозначения ({count})',
  'chart.restOfTotal': 'Остаток указанного итога',
  'chart.restOfTotalHow': 'указанный итог ({total}) за вычетом показанных частей',
  'chart.remainderHow':
    'сумма {count, plural, one {# непоказанной категории} other {# непоказанных категорий}}',
  'chart.drawnSome': '{count} из {of}',
  'chart.flagsTitle': 'Сомнительные значения',
  'chart.sourceJoin': 'другой источник',
  'filters.year': 'Год',
  'chart.csvFile': 'Вся таблица (CSV)',
  'chart.openDataset': 'Открыть этот набор данных',
  'chart.firstRows': 'Строки 1–{shown} из {count}: все строки — на странице набора данных',
  'chart.sourceRule': 'Какой источник задаёт линию',
  'chart.sourceRuleDefault': 'Правило из описания (см. Примечания)',
  'table.value': 'Значение',
  'table.unit': 'Единица',
  'table.period': 'Период',
  'table.source': 'Источник',
  'table.note': 'Примечание',
  'table.notListed': 'не указано',
  'qualifier.almost': 'почти {figure}',
  'qualifier.estimated': '{figure} (оценка)',
  'sources.title': 'Источники',
  'sources.intro':
    'Каждая цифра на этой странице взята из перечисленных ниже документов. Значения, рассчитанные панелью, помечены как «расчётные».',
  'sources.published': 'Опубликовано {date}',
  'sources.retrieved': 'дата обращения {date}',
  'sources.locator': 'Где: {locator}',
  'sources.primary': 'Данные: {primary}',
  'sources.release': 'Выпуск: {release}.',
  'sources.nextRelease': 'Следующий выпуск: {next}',
  'sources.quote': 'Цитата',
  'sources.license': 'Лицензия: {license}',
  'filters.title': 'Фильтры',
  'filters.all': 'Выбрать все',
  'filters.clear': 'Снять все',
  'filters.search': 'Поиск: {label}',
  'filters.searchPlaceholder': 'Начните вводить, чтобы сократить список',
  'filters.reset': 'Сбросить фильтры',
  'filters.from': 'С',
  'filters.to': 'По',
  'filters.noneSelected': 'не выбрано ни одного значения: {label}',
  'un.controls': 'Страны, год и настройки графика',
  'un.direction': 'Вопрос',
  'un.directionOrigin': 'Где живут уроженцы страны X?',
  'un.directionDestination': 'Кто живёт в стране Y?',
  'un.country': 'Страна',
  'un.compareWith': 'Сравнить с',
  'un.compareNone': 'Нет',
  'un.compareYear': 'Сравнить с годом',
  'un.year': 'Год',
  'un.topN': 'Показано стран',
  'un.measure': 'Показатель',
  'un.sex': 'Пол',
  'un.sexBoth': 'Всего',
  'un.sexMale': 'Мужчины',
  'un.sexFemale': 'Женщины',
  'un.sexWordsBoth': 'оба пола',
  'un.sexWordsMale': 'мужчины',
  'un.sexWordsFemale': 'женщины',
  'un.titleSex': '{title} ({sex})',
  'un.sexNote':
    'Только {sex}: каждая доля — от итога для категории «{sex}» за тот же год по той же таблице (расчётное значение).',
  'un.typeOfData': 'На чём основана цифра ООН (тип данных): {type}.',
  'un.typeOfDataColumn': 'Тип данных (ООН)',
  'un.typeOfDataKey':
    'Тип данных (ООН): B — родившиеся за рубежом; C — иностранные граждане; R — добавлены беженцы; I — данных нет, оценка рассчитана. Цифры основаны на последней переписи или регистре страны, поэтому могут годами не меняться.',
  'un.unavailable': 'Нет в этой таблице: {countries}.',
  'un.unavailableHeld':
    'Здесь приведена центральноазиатская часть таблицы ООН «происхождение × назначение»: где живут уроженцы стран {origins} и откуда родом мигранты, живущие в странах {destinations}.',
  'un.revisionDrawn':
    'Показана одна редакция: {release}, {years}. Другие редакции — отдельные наборы данных, в эти линии они не смешиваются.',
  'un.absolute': 'Численность, человек',
  'un.share': 'Доля в итоге (%)',
  'un.remainder': 'Все остальные страны',
  'un.totalAbroad': 'Всего уроженцев страны «{country}» за рубежом, {year}: {value}',
  'un.totalIn':
    'Всего мигрантов в стране «{country}» из указанных стран происхождения, {year}: {value}',
  'un.shareDerived':
    'Доли расчётные: численность, делённая на итог по всем странам таблицы за тот же год.',
  'un.remainderDerived': '«Все остальные страны» — расчётное значение: сумма непоказанных стран.',
  'un.overTime': 'Основные страны проживания в динамике',
  'un.summaryLargest': '{panel}: больше всего — {partner}, {value}.',
  'un.stockConcept':
    'Численность: уроженцы страны происхождения, проживающие в стране назначения на середину года (не число трудовых мигрантов).',
  'un.totalInPublished':
    'Мигранты в стране «{country}», {year}: {published} (итог, опубликованный ООН); {value} — из стран происхождения, которые ООН приводит поимённо (расчётная сумма)',
  'un.shareOfPublished':
    'Доли расчётные: численность, делённая на опубликованный ООН итог по стране и году, который включает мигрантов неизвестного или иного происхождения; в сумме они не дают 100 %.',
  'un.compareWithMore': 'Добавить страну рядом',
  'un.compareRemove': 'Убрать: {country}',
  'un.show': 'Показать как',
  'un.showBars': 'Столбцы',
  'un.showMap': 'Карта мира',
  'un.showFlows': 'Потоки',
  'un.panelTitle': '{country}, {year}',
  'un.mapTitleOrigin': 'Где живут мигранты по стране рождения: {country}, {year}',
  'un.mapTitleDestination': 'Где родились мигранты по стране проживания: {country}, {year}',
  'un.flowsTitle': 'Из стран ({origins}) в основные страны проживания, {year}',
  'un.flowsTitleDestination':
    'Основные страны происхождения мигрантов, живущих в: {countries}, {year}',
  'un.flowsNote':
    'Каждая полоса — одно значение таблицы ООН; «Все остальные страны» (расчётное) — сумма остальных, одни и те же страны для каждой показанной страны. Число у страны-партнёра — сумма по всем показанным странам (расчётная).',
  'un.play': 'Проиграть по годам',
  'un.pause': 'Пауза',
  'un.typedYear': 'Введите год',
  'un.typedYearHelp': 'Оценки ООН есть за {years}.',
  'un.typedYearNone': 'Оценки ООН за {year} нет: выберите один из годов {years}.',
  'export.unRemainderNote':
    'Численность «всех остальных стран» — расчётная: сумма численности непоказанных стран.',
  'export.unRemainderOf': 'Суммированные строки ({count}): {codes}.',
  'export.unShareNote':
    'share_pct — расчётная величина: численность, делённая на итог, указанный в share_of, × 100.',
  'export.unShareOfPublished': 'итог, опубликованный ООН, {total}',
  'export.unShareOfSum': 'сумма по странам таблицы {total} (расчётная)',
  'map.label': 'Карта мира: {title}',
  'map.keyboardHelp':
    'Перейдите на карту клавишей Tab; стрелки переходят между странами с данными, Enter выбирает страну.',
  'map.noData': 'Нет данных',
  'map.countedIn': '{area}: в цифрах ООН учтено в составе страны {country}',
  'map.legend': 'Численность, человек (интервалы)',
  'map.legendShare': 'Доля в итоге, % (расчётная; интервалы)',
  'map.binRange': 'от {from} до {to}',
  'map.binRangeBelow': 'от {from} до менее {to}',
  'map.binTop': '{from} и более',
  'map.binBottom': 'менее {to}',
  'map.share': '{share} % итога (расчётное)',
  'map.tooltipNoData': '{country}: нет данных за {year}',
  'map.selected': 'выбранная страна',
  'map.notDrawn': 'Слишком малы для этой карты: {list}.',
  'map.disclaimer':
    'Границы и названия на этой карте и используемые обозначения не означают официального одобрения или признания со стороны Организации Объединённых Наций или этой панели. Границы Natural Earth (1:110 млн).',
  'map.loading': 'Загрузка карты…',
  'flows.label': 'Потоки: {title}',
  'flows.loading': 'Загрузка потоков…',
  'flows.sum': 'сумма, расчётная',
  'flows.sumOver': '{name}, {year}: {value} — сумма по странам: {countries} (расчётная).',
  'combobox.noMatch': 'Нет страны, подходящей под «{query}»',
  'combobox.results':
    '{count, plural, one {Найдена # страна} few {Найдено # страны} many {Найдено # стран} other {Найдено # страны}}',
  'combobox.hint': 'Введите название или код ISO (например, KGZ)',
  'compare.title': 'Сравнение показателей: Узбекистан, Таджикистан и Кыргызстан',
  'compare.intro':
    'Разные источники считают разное. У каждой цифры ниже указано, что она измеряет, за какой период и откуда она взята.',
  'compare.measure': 'Показатель',
  'compare.conflict': 'расходится с другим значением того же вида за тот же год',
  'compare.missing': 'Не показано, так как не удалось загрузить: {titles}.',
  'compare.conflictNote':
    'Значение с пометкой ≠ расходится с другим значением того же показателя, вида и года из другого источника; показаны оба, ни одно не усредняется.',
  'compare.concept': 'Что измеряет',
  'concept.flow': 'Поток: выехавшие за период',
  'concept.stock': 'Численность: находящиеся за рубежом на дату',
  'concept.share': 'Доля трудовых мигрантов',
  'concept.birthStock':
    'Численность: уроженцы страны, проживающие за рубежом на середину года (все мигранты, не только трудовые; оценка ООН)',
  'concept.rate': 'Уровень',
  'concept.money': 'Денежные переводы',
  'concept.mixed': 'Несколько показателей (см. каждую строку)',
  'explore.chartType': 'Тип графика',
  'explore.measure': 'Показать',
  'explore.absolute': 'Значения как опубликованы',
  'explore.share': 'Доля в указанном итоге (%, расчётная)',
  'explore.sort': 'Порядок столбцов',
  'explore.sortData': 'Как в данных',
  'explore.sortValue': 'По значению',
  'explore.sortName': 'По названию',
  'explore.events': 'Показать соглашения и встречи на графике',
  'explore.eventsListed': 'События на графике',
  'measure.shareUnit': '% от значения «{total}» (расчётное)',
  'measure.shareHow':
    'Расчётное: значение, делённое на указанный итог ({total}) того же года, периода и источника, × 100.',
  'table.change': 'Изменение к предыдущему году (расчётное)',
  'table.changePct': 'Изменение, % (расчётное)',
  'table.changePoints': '{change} п. п.',
  'table.changePointsHow':
    'Расчётное: значение этого года минус значение предыдущего календарного года на той же линии, в процентных пунктах.',
  'table.changeHow':
    'Расчётное: значение этого года минус значение предыдущего календарного года на той же линии; % к предыдущему году.',
  'explore.back': 'Назад ко всем наборам данных',
  'chartType.bar': 'Столбцы',
  'chartType.grouped-bar': 'Сгруппированные столбцы',
  'chartType.stacked-bar': 'Столбцы с накоплением',
  'chartType.line': 'Линия',
  'chartType.figures': 'Цифры',
  'chartType.table': 'Таблица',
  'chartType.timeline': 'Хронология',
  'chartType.matrix': 'Кто в чём участвует',
  'embed.title': 'Встроить этот график',
  'embed.instructions':
    'Вставьте этот код в свою страницу: график сохранит эти фильтры, сам подберёт размер и покажет источник.',
  'embed.copy': 'Копировать код',
  'embed.copied': 'Скопировано',
  'embed.openFull': 'Открыть в панели',
  'embed.getData': 'Получить данные',
  'embed.moreSources': 'и ещё {count}',
  'embed.wholeChart': 'Показать весь график',
  'link.copy': 'Копировать ссылку',
  'link.copied': 'Ссылка скопирована',
  'link.select':
    'Копирование здесь не разрешено: ссылка выделена ниже, скопируйте её клавишами Ctrl+C (⌘C на Mac).',
  'link.field': 'Ссылка на этот вид',
  'embed.notEmbeddable':
    'Этот раздел нельзя встроить: встраиваются только график набора данных, раздел о численности мигрантов ООН и сравнение.',
  'download.menu': 'Скачать',
  'download.preparing': 'Готовится {file}…',
  'download.failed': 'Не удалось скачать файл: {reason}',
  'download.csv': 'CSV этого вида',
  'download.xlsx': 'Excel (.xlsx) этого вида',
  'download.fullXlsx': 'Весь набор данных (Excel .xlsx)',
  'xlsx.sheetData': 'Данные',
  'xlsx.sheetCitation': 'Цитирование',
  'xlsx.title': 'Название',
  'xlsx.view': 'Этот вид на панели',
  'xlsx.filters': 'Применённые фильтры',
  'xlsx.downloaded': 'Дата загрузки',
  'xlsx.notes': 'Примечания (расчётные значения, отмеченные цифры)',
  'xlsx.dataset': 'Набор данных',
  'xlsx.referencePeriod': 'Период данных',
  'xlsx.license': 'Лицензия',
  'xlsx.caveats': 'Оговорки',
  'xlsx.source': 'Источник',
  'xlsx.citation': 'Полная ссылка',
  'xlsx.publisher': 'Издатель',
  'xlsx.docTitle': 'Название документа',
  'xlsx.url': 'Веб-адрес',
  'xlsx.published': 'Опубликовано',
  'xlsx.release': 'Выпуск',
  'xlsx.retrieved': 'Дата обращения',
  'xlsx.locator': 'Место в документе',
  'download.full': 'Весь набор данных (CSV)',
  'download.package': 'Пакет данных (.zip: CSV, метаданные, как цитировать)',
  'download.png': 'График в PNG',
  'download.svg': 'График в SVG',
  'download.imageSlide': 'слайд, 1200 × 675',
  'download.imageSquare': 'квадрат, 1080 × 1080',
  'image.sourcesSome': '{prefix} {names} и ещё {count} — полный список в данных',
  'image.sourcesCount': 'Источников: {count} — полный список в данных',
  'image.flagged':
    '◇ {count, plural, one {# значение вызывает} few {# значения вызывают} many {# значений вызывают} other {# значения вызывают}} сомнение — см. данные',
  'image.derived': 'Расчётных значений: {count} (вычислены панелью по показанным цифрам)',
  'image.events':
    '{count, plural, =1 {┆ Пунктир 1: соглашение или событие} other {┆ Пунктиры 1–#: соглашения и события}}, с номерами, как в списке панели с их датами',
  'image.part': 'изображение {n} из {count}',
  'image.legendPartial': 'данные за часть года',
  'image.legendAlternative': 'другой источник, тот же год',
  'image.legendPointInTime': 'данные на дату',
  'image.legendGap': 'годы без данных',
  'image.legendSourceJoin': 'продолжение по другому источнику',
  'image.legendFlag': 'значение под сомнением',
  'download.done': 'Скачан файл {file}',
  'cite.menu': 'Цитирование',
  'cite.intro':
    'Сначала цитируйте первоисточники — цифры принадлежат им, — затем этот вид панели с датой, когда вы его открыли. Ссылки составлены на английском, как того ждут стили цитирования и менеджеры ссылок; названия даны так, как их приводят источники.',
  'cite.apa': 'Стиль APA',
  'cite.ris': 'RIS (EndNote, Zotero, Mendeley)',
  'cite.region': '{format}: ссылки',
  'cite.copy': 'Копировать',
  'cite.download': 'Скачать файл .{extension}',
  'cite.copied': '{format}: скопировано',
  'cite.selected': '{format}: выделено; нажмите Ctrl+C (⌘C на Mac), чтобы скопировать',

  'export.derivedNote': '{how}; рассчитано этой панелью',
  'export.none': 'нет',
  'export.readme': `# {title}

{description}

## Что входит в этот файл

- \`{file}\`: {rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}} — значения показанного ниже вида, у каждого краткая ссылка на источник.
- \`metadata.json\`: полное описание набора данных (столбцы, единицы измерения, источники с полными ссылками) и фильтры этой выгрузки.
- \`README.md\`: этот файл.

Применённые фильтры: {filters}

Отчётный период: {referencePeriod}

Вид: <{viewUrl}>

Скачано: {downloadedAt}

## Как цитировать

{citations}

## Лицензия

{license}

## Оговорки

{caveats}

## Расчётные значения

Значения с пометкой «расчётное» (столбцы, названные в \`derived_note\`) рассчитаны этой панелью на основе опубликованных данных; в источниках их нет.
`,
  'theme.label': 'Оформление',
  'theme.system': 'Как в системе',
  'theme.light': 'Светлое',
  'theme.dark': 'Тёмное',
  'embed.theme': 'Оформление встроенного графика',
  'summary.title': 'Словами:',
  'summary.more': 'Словами',
  'tabs.label': '{title}: график, таблица, источники, цитирование, выгрузка',
  'tabs.chart': 'График',
  'tabs.table': 'Таблица',
  'tabs.sources': 'Источники',
  'tabs.cite': 'Цитирование',
  'tabs.download': 'Скачать',
  'tabs.embed': 'Встроить',
  'compare.tableRegion': '{country}: таблица значений',
  'compare.countrySwitch': 'Страна',
  'explore.controls': 'Фильтры и настройки графика',
  'explore.controlsActive': 'Фильтры и настройки графика (задано фильтров: {count})',
  'summary.largest': 'Наибольшее: {label}, {value}.',
  'summary.smallest': 'Наименьшее: {label}, {value}.',
  'summary.change':
    '{series}: с {from} в {fromYear} году до {to} в {toYear} году, изменение {change} (расчётное).',
  'summary.period': '{series}: с {from} в {fromYear} году до {to} в {toYear} году.',
  'summary.single': '{series}: {value} в {year} году, единственное значение.',
  'summary.changePoints':
    '{series}: с {from} в {fromYear} году до {to} в {toYear} году, изменение {change} п. п. (в процентных пунктах, расчётное).',
  'summary.stretch': '{series}: {value} в {year} году.',
  'summary.sourceSeries':
    '{series}: линия состоит из {count} отрезков ({years}), каждый из одного ряда источника; изменение между ними не рассчитывается.',
  'summary.flagged': 'Под сомнением, поэтому ни с чем не сравнивается: {label}, {value} ({flag}).',
  'un.totalAbroadPublished':
    'Уроженцы страны «{country}», живущие за рубежом, {year}: {published} (итог, опубликованный ООН); {value} — сумма по странам назначения, перечисленным ООН (расчётная сумма)',
  'un.shareOfPublishedOrigin':
    'Доли расчётные: численность, делённая на опубликованный ООН итог уроженцев страны, живущих за рубежом, в том же году (строка «WORLD» таблицы ООН); он равен сумме по перечисленным странам назначения.',
  'un.topDrawn': '{top} крупнейших, остальные суммированы (расчётное)',
  'flows.keyboardHelp':
    'Перейдите к потокам клавишей Tab; клавиши со стрелками перемещают по каждой стране происхождения, её потокам и странам назначения; у каждого показано значение.',
  'compare.chartTitleAll': 'Значения в численности людей, по странам, видам показателей и периодам',
  'compare.groupTotals': 'итоги',
  'compare.groupParts': 'части (по странам назначения или полу)',
  'compare.allDestinations': 'все страны назначения (итог, опубликованный ООН)',
  'compare.legendConflict':
    'С обводкой, ≠: расходится с другим значением того же показателя за тот же год',
  'download.fullSeveral': 'Все данные каждого показанного набора (.zip)',
  'export.viewReadmeFile':
    '`{file}`: {rows, plural, one {# строка} few {# строки} many {# строк} other {# строки}}, у каждой краткая ссылка на источник',
  'export.viewReadme': `# {title}

{description}

## Что входит в этот файл

{files}
- \`metadata.json\`: полное описание каждого набора данных (столбцы, единицы измерения, источники с полными ссылками) и что выбрано в этой выгрузке.
- \`README.md\`: этот файл.

Применённые фильтры: {filters}

Вид: <{viewUrl}>

Скачано: {downloadedAt}

## Как ссылаться

{citations}

## Лицензии

{licenses}

## Оговорки

{caveats}

## Расчётные значения

Значения с пометкой «расчётное» рассчитаны этой панелью на основе опубликованных данных; в источниках их нет.
`,
};
