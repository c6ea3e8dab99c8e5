import type { Catalogue } from './catalogue.ts';

/**
 * Uzbek, Latin script, in the official orthography: oʻ and gʻ with U+02BB, the tutuq belgisi
 * (maʼlumot) U+02BC. Terms as stat.uz writes them: «mehnat muhojirlari», «soni», «ishsizlik
 * darajasi», «pul oʻtkazmalari». Nouns after a number stay singular (5 ta qator).
 */
export const uz: Catalogue = {
  'app.title': 'Markaziy Osiyodan mehnat migratsiyasi',
  'app.ignored': 'Manzildagi quyidagilar hisobga olinmadi: {values}',
  'ignored.repeated': '{param} (takrorlangan)',
  'ignored.notOffered': '{param} (bu yerda mavjud emas)',
  'ignored.notInData': '{param} (maʼlumotlarda yoʻq)',
  'ignored.outOfRange': '{param} (maʼlumotlar {from}–{to} yillarni qamraydi)',
  'app.tagline':
    'Oʻzbekiston, Tojikiston va Qirgʻizistondan boʻlgan mehnat muhojirlari haqidagi rasmiy va eʼlon qilingan maʼlumotlar — har bir raqam manbasi bilan.',
  'nav.overview': 'Barcha maʼlumotlar toʻplamlari',
  'nav.sources': 'Manbalar',
  'nav.label': 'Boʻlimlar',
  'nav.unStock': 'Muhojirlar qayerda yashaydi (BMT)',
  'nav.compare': 'Koʻrsatkichlarni solishtirish',
  'app.language': 'Til',
  'front.title': 'Maʼlumotlar nima deydi',
  'front.intro':
    'Panel javob beradigan toʻrtta savol. Har bir raqam manba bergan koʻrinishda, davri, manbasi va uni tushuntiradigan boʻlimga havola bilan berilgan. Quyida — maʼlumotlar toʻplamlari boʻyicha qidiruv va har bir toʻplam grafik koʻrinishida.',
  'front.cards': 'Barcha maʼlumotlar toʻplamlari grafik koʻrinishida',
  'keyFigures.loading': 'Asosiy raqamlar yuklanmoqda…',
  'keyFigures.disagree':
    'Manbalar bir-biriga mos kelmaydi: har bir raqam oʻz manbasi bilan koʻrsatilgan.',
  'keyFigures.flagged': 'Shubhali: {flag}',
  'keyFigures.route': '{origin} → {destination}',
  'keyFigures.tajikDepartures.title': 'Tojikistondan ketgan mehnat muhojirlari',
  'keyFigures.tajikDepartures.what':
    'Ishlash uchun xorijga ketgan Tojikiston fuqarolari: toʻliq hisoblangan soʻnggi kalendar yili.',
  'keyFigures.tajikDepartures.link': 'Butun qator, barcha manbalari bilan',
  'keyFigures.uzbekAbroad.title': 'Xorijdagi oʻzbekistonlik muhojirlar',
  'keyFigures.uzbekAbroad.what':
    'Xorijda yashayotgan yoki ishlayotgan oʻzbekistonliklar soni: soʻnggi yil uchun berilgan barcha raqamlar.',
  'keyFigures.uzbekAbroad.link': 'Koʻrsatkichlarni yonma-yon solishtirish',
  'keyFigures.remittances.title': 'Pul oʻtkazmalarining YaIMdagi ulushi',
  'keyFigures.remittances.what':
    'Olingan shaxsiy pul oʻtkazmalari, YaIMga nisbatan foizda (Jahon banki, World Development Indicators): har bir mamlakat boʻyicha soʻnggi yil.',
  'keyFigures.remittances.link': 'Pul oʻtkazmalari yillar boʻyicha',
  'keyFigures.whereLive.title': 'Markaziy osiyoliklar xorijda qayerda yashaydi',
  'keyFigures.whereLive.what':
    'Markaziy Osiyodagi har bir tugʻilgan mamlakat uchun — u yerda tugʻilganlarning eng koʻpi yashaydigan mamlakat (BMT IIIB, International Migrant Stock).',
  'keyFigures.whereLive.link': 'Barcha borish mamlakatlari',
  'datasets.title': 'Maʼlumotlar toʻplamlari',
  'datasets.search': 'Maʼlumotlar toʻplamlarini qidirish',
  'datasets.searchHint': 'Mamlakat, nashr etuvchi, mavzu…',
  'datasets.count':
    '{total, plural, one {# tadan {shown} ta toʻplam} other {# tadan {shown} ta toʻplam}}',
  'datasets.none':
    'Hech narsa topilmadi. Mamlakat, nashr etuvchi yoki mavzuni kiriting, masalan, «oʻtkazmalar».',
  'datasets.publishers':
    '{count, plural, one {Nashr etuvchi: {list}} other {{more, plural, =0 {Nashr etuvchilar: {list}} other {Nashr etuvchilar: {list} va yana # ta}}}}',
  'text.inEnglish': 'ingliz tilida',
  'text.someInEnglish':
    'Bu maʼlumotlar toʻplamining ayrim yozuv va izohlari hali tarjima qilinmagan, ingliz tilida koʻrsatilgan.',
  'embed.language': 'Joylashtirilgan grafik tili',
  'embed.languageBrowser': 'Oʻquvchi brauzerining tili',
  'loading.view': 'Boʻlim yuklanmoqda…',
  'loading.catalog': 'Maʼlumotlar toʻplamlari roʻyxati yuklanmoqda…',
  'loading.dataset': 'Yuklanmoqda: {title}…',
  'error.catalog': 'Maʼlumotlar toʻplamlari roʻyxatini yuklab boʻlmadi: {message}',
  'error.drawing': 'Bu grafikni chizadigan kodni yuklab boʻlmadi.',
  'error.code': 'Sahifaning bu qismini yuklab boʻlmadi.',
  'error.codeOffline':
    'Internetga ulanmagansiz, shuning uchun {file} yuklanmadi. Ulangandan soʻng qayta urinib koʻring.',
  'error.codeUnreachable':
    '{file} yuklanmadi: saytga ulanib boʻlmadi. Ulanishni tekshiring va qayta urinib koʻring.',
  'error.codeRedeployed':
    'Bu sahifa ochilganidan keyin sayt yangilandi va {file} endi yoʻq. Yangi versiyani olish uchun sahifani qayta yuklang.',
  'error.codeHttp': '{file} yuklanmadi (HTTP {status}).',
  'error.codeDamaged': '{file} toʻliq emas yoki buzilgan holda keldi va ishga tushmadi.',
  'error.codeTimeout': '{file} {seconds} soniya ichida kelmadi.',
  'error.codeUnknown': 'Kodni yuklab boʻlmadi: {message}',
  'error.part': 'Sahifaning bu qismi ishlamay qoldi: {message}',
  'error.reload': 'Sahifani qayta yuklash',
  'error.language':
    '{language}: interfeysni yuklab boʻlmadi, shuning uchun sahifa ingliz tilida koʻrsatilgan. {reason}',
  'error.dataset': 'Bu maʼlumotlar toʻplamini koʻrsatib boʻlmadi.',
  'error.metadata': 'Maʼlumotlar toʻplamining tavsifini oʻqib boʻlmadi.',
  'error.retry': 'Qayta urinish',
  'error.retrying': 'Qayta urinilmoqda…',
  'error.noSuchDataset': '«{id}» degan maʼlumotlar toʻplami yoʻq.',
  'error.noSuchDatasetHint':
    'Havolada xato boʻlishi yoki u eskirgan boʻlishi mumkin. Mavjud maʼlumotlar toʻplamlari:',
  'chart.sourcePrefix': 'Manba:',
  'chart.sourcesPrefix': 'Manbalar:',
  'chart.unit': 'Oʻlchov birligi: {unit}',
  'chart.period': 'Hisobot davri: {period}',
  'chart.tableCaption': '{title}: grafikdagi qiymatlar',
  'chart.caveats': 'Izohlar',
  'chart.empty': 'Filtrlarga mos qator yoʻq: {reason}',
  'chart.emptyFilters': 'bu filtrlar birikmasi uchun maʼlumot yoʻq',
  'chart.derived': 'hisoblangan',
  'chart.moreInTable':
    '{count, plural, one {Eng kattalaridan {shown} tasi chizilgan; yana # tasi jadvalda.} other {Eng kattalaridan {shown} tasi chizilgan; yana # tasi jadvalda.}}',
  'chart.breakNote': 'Qatordagi uzilish',
  'chart.alternative': 'boshqa manba',
  'chart.legendPartial': 'yilning bir qismi uchun qiymat (yillik chiziqqa ulanmagan)',
  'chart.legendAlternative': 'boshqa manbaning shu yil uchun qiymati',
  'chart.legendPointInTime': 'uzuq chiziq: kalendar yil uchun emas, sanaga boʻlgan qiymatlar',
  'chart.legendPointPeriod': 'sanaga boʻlgan qiymat: {period}',
  'chart.legendGap': 'uzuq chiziq: bir qatorning ikki qiymati orasidagi maʼlumotsiz yillar',
  'chart.legendSourceJoin': 'nuqtali chiziq: chiziq boshqa manba qatori boʻyicha davom etadi',
  'chart.legendFlag': 'halqali: maʼlumotlarning oʻzi shubha ostiga qoʻygan qiymat (pastga qarang)',
  'chart.legendFlagBar':
    'qizil chegara: maʼlumotlarning oʻzi shubha ostiga qoʻygan qiymat (pastga qarang)',
  'chart.legendTotal': '{label} (koʻrsatilgan jami, qoʻshilmaydi)',
  'chart.markKey': 'Shartli belgilar ({count})',
  'chart.restOfTotal': 'Koʻrsatilgan jamining qolgan qismi',
  'chart.restOfTotalHow': 'koʻrsatilgan jami ({total}) minus koʻrsatilgan qismlar',
  'chart.remainderHow':
    'koʻrsatilmagan {count, plural, one {# ta toifa} other {# ta toifa}} yigʻindisi',
  'chart.drawnSome': '{of} tadan {count} ta',
  'chart.flagsTitle': 'Shubhali qiymatlar',
  'chart.sourceJoin': 'boshqa manba',
  'filters.year': 'Yil',
  'chart.csvFile': 'Butun jadval (CSV)',
  'chart.openDataset': 'Bu maʼlumotlar toʻplamini ochish',
  'chart.firstRows':
    '{count} ta qatordan 1–{shown}: barcha qatorlar maʼlumotlar toʻplami sahifasida',
  'chart.sourceRule': 'Chiziq qaysi manba boʻyicha chiziladi',
  'chart.sourceRuleDefault': 'Tavsifdagi qoida (Izohlarga qarang)',
  'table.value': 'Qiymat',
  'table.unit': 'Birlik',
  'table.period': 'Davr',
  'table.source': 'Manba',
  'table.note': 'Izoh',
  'table.notListed': 'koʻrsatilmagan',
  'qualifier.almost': 'qariyb {figure}',
  'qualifier.estimated': '{figure} (taxminiy)',
  'sources.title': 'Manbalar',
  'sources.intro':
    'Bu sahifadagi har bir raqam quyidagi hujjatlardan olingan. Panel tomonidan hisoblangan qiymatlar «hisoblangan» deb belgilangan.',
  'sources.published': 'Eʼlon qilingan: {date}',
  'sources.retrieved': 'murojaat qilingan sana: {date}',
  'sources.locator': 'Qayerda: {locator}',
  'sources.primary': 'Maʼlumotlar manbai: {primary}',
  'sources.release': 'Nashr: {release}.',
  'sources.nextRelease': 'Keyingi nashr: {next}',
  'sources.quote': 'Iqtibos',
  'sources.license': 'Litsenziya: {license}',
  'filters.title': 'Filtrlar',
  'filters.all': 'Hammasini tanlash',
  'filters.clear': 'Tozalash',
  'filters.search': 'Qidirish: {label}',
  'filters.searchPlaceholder': 'Roʻyxatni qisqartirish uchun yozing',
  'filters.reset': 'Filtrlarni tiklash',
  'filters.from': 'Boshlanish yili',
  'filters.to': 'Oxirgi yil',
  'filters.noneSelected': '{label} uchun hech narsa tanlanmagan',
  'un.controls': 'Mamlakatlar, yil va grafik sozlamalari',
  'un.direction': 'Savol',
  'un.directionOrigin': 'X mamlakatida tugʻilganlar qayerda yashaydi?',
  'un.directionDestination': 'Y mamlakatida kimlar yashaydi?',
  'un.country': 'Mamlakat',
  'un.compareWith': 'Solishtirish',
  'un.compareNone': 'Yoʻq',
  'un.compareYear': 'Yil bilan solishtirish',
  'un.year': 'Yil',
  'un.topN': 'Koʻrsatilgan mamlakatlar',
  'un.measure': 'Koʻrsatkich',
  'un.sex': 'Jins',
  'un.sexBoth': 'Jami',
  'un.sexMale': 'Erkaklar',
  'un.sexFemale': 'Ayollar',
  'un.sexWordsBoth': 'ikkala jins',
  'un.sexWordsMale': 'erkaklar',
  'un.sexWordsFemale': 'ayollar',
  'un.titleSex': '{title} ({sex})',
  'un.sexNote':
    'Faqat {sex}: har bir ulush oʻsha yil va oʻsha jadvaldagi «{sex}» jamisidan olingan (hisoblangan).',
  'un.typeOfData': 'BMT raqami nimaga asoslangan (maʼlumot turi): {type}.',
  'un.typeOfDataColumn': 'Maʼlumot turi (BMT)',
  'un.typeOfDataKey':
    'Maʼlumot turi (BMT): B xorijda tugʻilganlar; C chet el fuqarolari; R qochqinlar qoʻshilgan; I maʼlumot yoʻq, baho hisoblangan. Raqamlar mamlakatning oxirgi aholi roʻyxati yoki reyestriga asoslanadi, shuning uchun yillar davomida oʻzgarmasligi mumkin.',
  'un.unavailable': 'Bu jadvalda yoʻq: {countries}.',
  'un.unavailableHeld':
    'Bu yerda BMTning «kelib chiqish × borish» jadvalining Markaziy Osiyo qismi berilgan: {origins}da tugʻilganlar qayerda yashashi va {destinations}da yashovchi muhojirlar qayerda tugʻilgani.',
  'un.revisionDrawn':
    'Bitta tahrir koʻrsatilgan: {release}, {years}. Boshqa tahrirlar alohida maʼlumotlar toʻplamlari boʻlib, bu chiziqlarga qoʻshilmaydi.',
  'un.absolute': 'Soni, kishi',
  'un.share': 'Jamidagi ulushi (%)',
  'un.remainder': 'Boshqa barcha mamlakatlar',
  'un.totalAbroad': '{country}da tugʻilib, xorijda yashovchilar jami, {year}: {value}',
  'un.totalIn':
    '{country}dagi koʻrsatilgan kelib chiqish mamlakatlaridan muhojirlar jami, {year}: {value}',
  'un.shareDerived':
    'Ulushlar hisoblangan: har bir son shu yil uchun jadvaldagi barcha mamlakatlar jamiga boʻlingan.',
  'un.remainderDerived':
    '«Boshqa barcha mamlakatlar» hisoblangan: koʻrsatilmagan mamlakatlar sonlarining yigʻindisi.',
  'un.overTime': 'Asosiy yashash mamlakatlari vaqt boʻyicha',
  'un.summaryLargest': '{panel}: eng koʻpi — {partner}, {value}.',
  'un.stockConcept':
    'Soni: kelib chiqish mamlakatida tugʻilib, yil oʻrtasida boshqa mamlakatda yashovchi kishilar (mehnat muhojirlari soni emas).',
  'un.totalInPublished':
    '{country}dagi muhojirlar, {year}: {published} (BMT eʼlon qilgan jami); {value} — BMT mamlakatlar boʻyicha keltirgan kelib chiqish mamlakatlaridan (hisoblangan yigʻindi)',
  'un.shareOfPublished':
    'Ulushlar hisoblangan: har bir son BMT mamlakat va yil boʻyicha eʼlon qilgan jamiga boʻlingan; bu jamiga kelib chiqishi nomaʼlum yoki boshqa muhojirlar ham kiradi, shuning uchun ulushlar yigʻindisi 100 % boʻlmaydi.',
  'un.compareWithMore': 'Yoniga mamlakat qoʻshish',
  'un.compareRemove': 'Olib tashlash: {country}',
  'un.show': 'Koʻrinishi',
  'un.showBars': 'Ustunlar',
  'un.showMap': 'Dunyo xaritasi',
  'un.showFlows': 'Oqimlar',
  'un.panelTitle': '{country}, {year}',
  'un.mapTitleOrigin': '{country}da tugʻilganlar qayerda yashaydi, {year}',
  'un.mapTitleDestination': '{country}da yashovchi muhojirlar qayerda tugʻilgan, {year}',
  'un.flowsTitle': '{origins}dan asosiy yashash mamlakatlariga, {year}',
  'un.flowsTitleDestination':
    '{countries}da yashovchi muhojirlarning asosiy kelib chiqish mamlakatlari, {year}',
  'un.flowsNote':
    'Har bir tasma — BMT jadvalining bitta qiymati; «Boshqa barcha mamlakatlar» (hisoblangan) — qolganlarining yigʻindisi, koʻrsatilgan har bir mamlakat uchun bir xil mamlakatlar. Hamkor mamlakat yonidagi son — koʻrsatilgan barcha mamlakatlar boʻyicha yigʻindi (hisoblangan).',
  'un.play': 'Yillar boʻyicha koʻrsatish',
  'un.pause': 'Toʻxtatish',
  'un.typedYear': 'Yilni kiriting',
  'un.typedYearHelp': 'BMT baholari mavjud yillar: {years}.',
  'un.typedYearNone': '{year} yil uchun BMT bahosi yoʻq: {years} yillardan birini tanlang.',
  'export.unRemainderNote':
    '«Boshqa barcha mamlakatlar» soni hisoblangan: roʻyxatda yoʻq mamlakatlar sonlarining yigʻindisi.',
  'export.unRemainderOf': 'Jamlangan qatorlar ({count}): {codes}.',
  'export.unShareNote':
    'share_pct hisoblangan: son share_of ustunida koʻrsatilgan jamiga boʻlingan, × 100.',
  'export.unShareOfPublished': 'BMT eʼlon qilgan jami {total}',
  'export.unShareOfSum': 'jadvaldagi mamlakatlar yigʻindisi {total} (hisoblangan)',
  'map.label': 'Dunyo xaritasi: {title}',
  'map.keyboardHelp':
    'Tab tugmasi bilan xaritaga oʻting, soʻng strelka tugmalari maʼlumotli mamlakatlar orasida yuradi; Enter mamlakatni tanlaydi.',
  'map.noData': 'Maʼlumot yoʻq',
  'map.countedIn': '{area}: BMT raqamlarida {country} tarkibida hisoblangan',
  'map.legend': 'Soni, kishi (oraliqlar)',
  'map.legendShare': 'Jamidagi ulushi, % (hisoblangan; oraliqlar)',
  'map.binRange': '{from} – {to}',
  'map.binRangeBelow': '{from} – {to} (yuqori chegara kirmaydi)',
  'map.binTop': '{from} va undan koʻp',
  'map.binBottom': '{to} nafardan kam',
  'map.share': 'jamining {share} % (hisoblangan)',
  'map.tooltipNoData': '{country}: {year} yil uchun maʼlumot yoʻq',
  'map.selected': 'tanlangan mamlakat',
  'map.notDrawn': 'Bu xaritada chizish uchun juda kichik: {list}.',
  'map.disclaimer':
    'Ushbu xaritada koʻrsatilgan chegaralar, nomlar va belgilar Birlashgan Millatlar Tashkiloti yoki ushbu panel tomonidan rasman maʼqullangan yoki qabul qilinganini anglatmaydi. Natural Earth chegaralari (1:110 million).',
  'map.loading': 'Xarita yuklanmoqda…',
  'flows.label': 'Oqimlar: {title}',
  'flows.loading': 'Oqimlar yuklanmoqda…',
  'flows.sum': 'yigʻindi, hisoblangan',
  'flows.sumOver':
    '{name}, {year}: {value} — quyidagilar boʻyicha yigʻindi: {countries} (hisoblangan).',
  'combobox.noMatch': 'Mos mamlakat topilmadi: «{query}»',
  'combobox.results': '{count, plural, one {# ta mamlakat topildi} other {# ta mamlakat topildi}}',
  'combobox.hint': 'Nomini yoki ISO kodini yozing (masalan, KGZ)',
  'compare.title': 'Koʻrsatkichlarni solishtirish: Oʻzbekiston, Tojikiston va Qirgʻiziston',
  'compare.intro':
    'Turli manbalar turli narsalarni hisoblaydi. Quyidagi har bir raqam nimani hisoblashi, qaysi davrga tegishli ekani va qayerdan olingani bilan berilgan.',
  'compare.measure': 'Koʻrsatkich',
  'compare.conflict': 'shu yil uchun shu turdagi boshqa qiymatdan farq qiladi',
  'compare.missing': 'Yuklab boʻlmagani uchun koʻrsatilmagan: {titles}.',
  'compare.conflictNote':
    '≠ belgisi qoʻyilgan qiymat boshqa manbadagi shu koʻrsatkich, tur va yilning boshqa qiymatidan farq qiladi; ikkalasi ham koʻrsatiladi, hech biri oʻrtachalashtirilmaydi.',
  'compare.concept': 'Nimani hisoblaydi',
  'concept.flow': 'Oqim: davr mobaynida ketganlar',
  'concept.stock': 'Soni: sanaga xorijda boʻlganlar',
  'concept.share': 'Mehnat muhojirlari ulushi',
  'concept.birthStock':
    'Soni: mamlakatda tugʻilib, yil oʻrtasida xorijda yashovchilar (faqat ishchilar emas, barcha muhojirlar; BMT bahosi)',
  'concept.rate': 'Daraja',
  'concept.money': 'Pul oʻtkazmalari',
  'concept.mixed': 'Bir nechta koʻrsatkich (har bir qatorga qarang)',
  'explore.chartType': 'Grafik turi',
  'explore.measure': 'Koʻrsatish',
  'explore.absolute': 'Eʼlon qilingan qiymatlar',
  'explore.share': 'Koʻrsatilgan jamidagi ulushi (%, hisoblangan)',
  'explore.sort': 'Ustunlar tartibi',
  'explore.sortData': 'Maʼlumotlardagidek',
  'explore.sortValue': 'Qiymat boʻyicha',
  'explore.sortName': 'Nomi boʻyicha',
  'explore.events': 'Grafikda kelishuvlar va uchrashuvlarni koʻrsatish',
  'explore.eventsListed': 'Grafikdagi voqealar',
  'measure.shareUnit': '% (100 % — {total}; hisoblangan)',
  'measure.shareHow':
    'Hisoblangan: qiymat shu yil, davr va manbaning koʻrsatilgan jamisiga ({total}) boʻlingan, × 100.',
  'table.change': 'Oldingi yilga nisbatan oʻzgarish (hisoblangan)',
  'table.changePct': 'Oʻzgarish, % (hisoblangan)',
  'table.changePoints': '{change} f. p.',
  'table.changePointsHow':
    'Hisoblangan: shu yilgi qiymat minus oʻsha chiziqdagi oldingi kalendar yil qiymati, foiz punktlarida.',
  'table.changeHow':
    'Hisoblangan: shu yilgi qiymat minus oʻsha chiziqdagi oldingi kalendar yil qiymati; oldingi yilga nisbatan %.',
  'explore.back': 'Barcha maʼlumotlar toʻplamlariga qaytish',
  'chartType.bar': 'Ustunlar',
  'chartType.grouped-bar': 'Guruhlangan ustunlar',
  'chartType.stacked-bar': 'Ustma-ust ustunlar',
  'chartType.line': 'Chiziq',
  'chartType.figures': 'Raqamlar',
  'chartType.table': 'Jadval',
  'chartType.timeline': 'Xronologiya',
  'chartType.matrix': 'Kim nimada ishtirok etadi',
  'embed.title': 'Bu grafikni joylashtirish',
  'embed.instructions':
    'Buni oʻz sahifangizga qoʻying: grafik shu filtrlarni saqlaydi, oʻlchamini oʻzi tanlaydi va manbasini koʻrsatadi.',
  'embed.copy': 'Kodni nusxalash',
  'embed.copied': 'Nusxalandi',
  'embed.openFull': 'Panelda ochish',
  'embed.getData': 'Maʼlumotlarni olish',
  'embed.moreSources': 'va yana {count} ta',
  'embed.wholeChart': 'Butun grafikni koʻrsatish',
  'link.copy': 'Havolani nusxalash',
  'link.copied': 'Havola nusxalandi',
  'link.select':
    'Bu yerda nusxalashga ruxsat berilmadi: havola quyida belgilangan, uni Ctrl+C tugmalari bilan nusxalang (Mac kompyuterida ⌘C).',
  'link.field': 'Shu koʻrinishga havola',
  'embed.notEmbeddable':
    'Bu boʻlimni joylashtirib boʻlmaydi: faqat maʼlumotlar toʻplami grafigi, BMT migrantlar soni boʻlimi va taqqoslash joylashtiriladi.',
  'download.menu': 'Yuklab olish',
  'download.preparing': '{file} tayyorlanmoqda…',
  'download.failed': 'Faylni yuklab olib boʻlmadi: {reason}',
  'download.csv': 'Shu koʻrinishning CSV fayli',
  'download.xlsx': 'Shu koʻrinishning Excel (.xlsx) fayli',
  'download.fullXlsx': 'Butun maʼlumotlar toʻplami (Excel .xlsx)',
  'xlsx.sheetData': 'Maʼlumotlar',
  'xlsx.sheetCitation': 'Iqtibos',
  'xlsx.title': 'Nomi',
  'xlsx.view': 'Paneldagi shu koʻrinish',
  'xlsx.filters': 'Qoʻllangan filtrlar',
  'xlsx.downloaded': 'Yuklab olingan sana',
  'xlsx.notes': 'Izohlar (hisoblangan qiymatlar, belgilangan raqamlar)',
  'xlsx.dataset': 'Maʼlumotlar toʻplami',
  'xlsx.referencePeriod': 'Maʼlumotlar davri',
  'xlsx.license': 'Litsenziya',
  'xlsx.caveats': 'Eslatmalar',
  'xlsx.source': 'Manba',
  'xlsx.citation': 'Toʻliq iqtibos',
  'xlsx.publisher': 'Nashr etuvchi',
  'xlsx.docTitle': 'Hujjat nomi',
  'xlsx.url': 'Veb-manzil',
  'xlsx.published': 'Eʼlon qilingan',
  'xlsx.release': 'Nashr',
  'xlsx.retrieved': 'Olingan sana',
  'xlsx.locator': 'Hujjatdagi oʻrni',
  'download.full': 'Butun maʼlumotlar toʻplami (CSV)',
  'download.package': 'Maʼlumotlar paketi (.zip: CSV, metamaʼlumotlar, qanday iqtibos keltirish)',
  'download.png': 'Grafik PNG formatida',
  'download.svg': 'Grafik SVG formatida',
  'download.imageSlide': 'slayd, 1200 × 675',
  'download.imageSquare': 'kvadrat, 1080 × 1080',
  'image.sourcesSome': '{prefix} {names} va yana {count} ta — toʻliq roʻyxat maʼlumotlarda',
  'image.sourcesCount': 'Manbalar soni: {count} — toʻliq roʻyxat maʼlumotlarda',
  'image.flagged': '◇ {count} ta koʻrsatkich shubhali — maʼlumotlarga qarang',
  'image.derived':
    '{count} ta koʻrsatkich ushbu panel tomonidan koʻrsatilgan raqamlardan hisoblangan',
  'image.events':
    '{count, plural, =1 {┆ 1-uzuq chiziq: kelishuv yoki voqea} other {┆ 1–# uzuq chiziqlar: kelishuvlar va voqealar}}, panel roʻyxatidagidek sanalari bilan raqamlangan',
  'image.part': '{count} ta rasmdan {n}-si',
  'image.legendPartial': 'yilning bir qismi uchun qiymat',
  'image.legendAlternative': 'boshqa manba, shu yil',
  'image.legendPointInTime': 'sanaga boʻlgan qiymatlar',
  'image.legendGap': 'maʼlumotsiz yillar',
  'image.legendSourceJoin': 'boshqa manba boʻyicha davomi',
  'image.legendFlag': 'shubhali qiymat',
  'download.done': 'Yuklab olindi: {file}',
  'cite.menu': 'Iqtibos',
  'cite.intro':
    'Avval asl manbalarga iqtibos keltiring, chunki raqamlar ularniki, keyin panelning shu koʻrinishiga, uni ochgan kuningiz bilan. Havolalar iqtibos uslublari va havola dasturlari kutganidek ingliz tilida yozilgan; sarlavhalar manbalar bergandek qoldirilgan.',
  'cite.apa': 'APA uslubi',
  'cite.ris': 'RIS (EndNote, Zotero, Mendeley)',
  'cite.region': '{format}: havolalar',
  'cite.copy': 'Nusxalash',
  'cite.download': '.{extension} faylini yuklab olish',
  'cite.copied': '{format}: nusxalandi',
  'cite.selected':
    '{format}: belgilandi; nusxalash uchun Ctrl+C tugmasini bosing (Mac kompyuterida ⌘C)',

  'export.derivedNote': '{how}; ushbu panel tomonidan hisoblangan',
  'export.none': 'yoʻq',
  'export.readme': `# {title}

{description}

## Ushbu yuklamada nimalar bor

- \`{file}\`: {rows, plural, one {# ta qator} other {# ta qator}} — quyidagi koʻrinishning qiymatlari, har biri manbasiga qisqa havola bilan.
- \`metadata.json\`: maʼlumotlar toʻplamining toʻliq tavsifi (ustunlar, oʻlchov birliklari, toʻliq havolali manbalar) va ushbu yuklamaning filtrlari.
- \`README.md\`: ushbu fayl.

Qoʻllangan filtrlar: {filters}

Hisobot davri: {referencePeriod}

Koʻrinish: <{viewUrl}>

Yuklab olingan: {downloadedAt}

## Qanday iqtibos keltirish

{citations}

## Litsenziya

{license}

## Ogohlantirishlar

{caveats}

## Hisoblangan qiymatlar

«Hisoblangan» deb belgilangan qiymatlar (\`derived_note\` ustunida nomlangan ustunlar) ushbu panel tomonidan eʼlon qilingan maʼlumotlar asosida hisoblangan; ular manbalarda yoʻq.
`,
  'theme.label': 'Koʻrinish',
  'theme.system': 'Tizimdagidek',
  'theme.light': 'Yorugʻ',
  'theme.dark': 'Qorongʻi',
  'embed.theme': 'Joylashtirilgan grafik koʻrinishi',
  'summary.title': 'Soʻz bilan:',
  'summary.more': 'Soʻz bilan',
  'tabs.label': '{title}: grafik, jadval, manbalar, iqtibos, yuklab olish',
  'tabs.chart': 'Grafik',
  'tabs.table': 'Jadval',
  'tabs.sources': 'Manbalar',
  'tabs.cite': 'Iqtibos',
  'tabs.download': 'Yuklab olish',
  'tabs.embed': 'Joylashtirish',
  'compare.tableRegion': '{country}: qiymatlar jadvali',
  'compare.countrySwitch': 'Mamlakat',
  'explore.controls': 'Filtrlar va grafik sozlamalari',
  'explore.controlsActive': 'Filtrlar va grafik sozlamalari (oʻrnatilgan filtrlar: {count})',
  'summary.largest': 'Eng kattasi: {label}, {value}.',
  'summary.smallest': 'Eng kichigi: {label}, {value}.',
  // The figure carries its unit ("775 578 kishi"): no case suffix can join it, so none follows it.
  'summary.change':
    '{series}: {fromYear} yilda {from}, {toYear} yilda {to}; oʻzgarish {change} (hisoblangan).',
  'summary.period': '{series}: {fromYear} yilda {from}, {toYear} yilda {to}.',
  'summary.single': '{series}: {year} yilda {value}, yagona qiymat.',
  'summary.changePoints':
    '{series}: {fromYear} yilda {from}, {toYear} yilda {to}; oʻzgarish {change} foiz punkti (hisoblangan).',
  'summary.stretch': '{series}: {year} yilda {value}.',
  'summary.sourceSeries':
    '{series}: chiziq {count} ta boʻlakdan iborat ({years}), har biri bitta manba qatoridan; ular orasidagi oʻzgarish hisoblanmaydi.',
  'summary.flagged':
    'Shubhali, shuning uchun hech narsa bilan solishtirilmaydi: {label}, {value} ({flag}).',
  'un.totalAbroadPublished':
    '{country}da tugʻilib, xorijda yashovchilar, {year}: {published} (BMT eʼlon qilgan jami); {value} — BMT sanab oʻtgan borish mamlakatlari boʻyicha yigʻindi (hisoblangan yigʻindi)',
  'un.shareOfPublishedOrigin':
    'Ulushlar hisoblangan: har bir son oʻsha yili mamlakatda tugʻilib, xorijda yashovchilarning BMT eʼlon qilgan jami soniga (BMT jadvalidagi «WORLD» qatori) boʻlingan; u sanab oʻtilgan borish mamlakatlari boʻyicha yigʻindiga teng.',
  'un.topDrawn': 'Eng katta {top} tasi, qolganlari jamlangan (hisoblangan)',
  'flows.keyboardHelp':
    'Tab tugmasi bilan oqimlarga oʻting; strelka tugmalari har bir kelib chiqish mamlakati, uning oqimlari va borish mamlakatlari boʻylab yuradi; har birining qiymati koʻrsatiladi.',
  'compare.chartTitleAll':
    'Odamlar soni boʻyicha qiymatlar, mamlakatlar, koʻrsatkich turlari va davrlar kesimida',
  'compare.groupTotals': 'jami',
  'compare.groupParts': 'qismlar (borish mamlakati yoki jins boʻyicha)',
  'compare.allDestinations': 'barcha borish mamlakatlari (BMT eʼlon qilgan jami)',
  'compare.legendConflict':
    'Chegaralangan, ≠: oʻsha yilning xuddi shu turdagi boshqa qiymatidan farq qiladi',
  'download.fullSeveral': 'Koʻrsatilgan har bir toʻplamning barcha maʼlumotlari (.zip)',
  'export.viewReadmeFile':
    '`{file}`: {rows, plural, one {# ta qator} other {# ta qator}}, har biri manbasiga qisqa havola bilan',
  'export.viewReadme': `# {title}

{description}

## Ushbu yuklamada nimalar bor

{files}
- \`metadata.json\`: har bir maʼlumotlar toʻplamining toʻliq tavsifi (ustunlar, oʻlchov birliklari, toʻliq havolali manbalar) va ushbu yuklamada tanlanganlar.
- \`README.md\`: ushbu fayl.

Qoʻllangan filtrlar: {filters}

Koʻrinish: <{viewUrl}>

Yuklab olingan: {downloadedAt}

## Qanday iqtibos keltirish

{citations}

## Litsenziyalar

{licenses}

## Ogohlantirishlar

{caveats}

## Hisoblangan qiymatlar

«Hisoblangan» deb belgilangan qiymatlar ushbu panel tomonidan eʼlon qilingan maʼlumotlar asosida hisoblangan; ular manbalarda yoʻq.
`,
};
