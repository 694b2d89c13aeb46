"""Demo research papers in Kazakh, Russian and English, written for this portal."""

import datetime

PAPERS = [
    {
        "slug": "kk-digital-legal-education",
        "language": "kk",
        "title": "Мектеп оқушыларының құқықтық санасын цифрлық құралдармен қалыптастыру",
        "authors": "Ахметова Гүлнар; Серікбаев Ержан",
        "date": datetime.date(2025, 3, 14),
        "abstract": (
            "Мақалада жасөспірімдер арасында құқық бұзушылықтың алдын алу үшін мектептерде цифрлық "
            "құқықтық білім беру бағдарламаларын енгізу тәжірибесі талданады. Жамбыл облысындағы үш "
            "мектепте өткізілген пилоттық жобаның нәтижелері оқушылардың құқығы мен міндеттері туралы "
            "білімінің артқанын көрсетеді. Ұсыныстар ювеналдық полиция инспекторлары мен мұғалімдерге арналған."
        ),
    },
    {
        "slug": "kk-safe-urban-environment",
        "language": "kk",
        "title": "Қауіпсіз қалалық орта: бейнебақылау және көшелерді жарықтандыру жобаларының тиімділігі",
        "authors": "Жұмабеков Нұрлан",
        "date": datetime.date(2024, 11, 2),
        "abstract": (
            "Зерттеу «Қауіпсіз Тараз» жобасы аясында көшелерді жарықтандыру мен бейнебақылау камераларын "
            "орнатудың қылмыстың деңгейіне әсерін бағалайды. Жоба аудандарында көше қылмыстары екі жыл "
            "ішінде азайды, ал көрші аудандарда қылмыстың ығысуы байқалмады. Әдістеме басқа қалаларға "
            "ауқымдау үшін ұсынылады."
        ),
    },
    {
        "slug": "kk-domestic-violence-prevention",
        "language": "kk",
        "title": "Отбасылық-тұрмыстық зорлық-зомбылықтың алдын алудағы учаскелік полиция инспекторларының рөлі",
        "authors": "Омарова Әсел; Қасымов Бауыржан",
        "date": datetime.date(2023, 6, 20),
        "abstract": (
            "Мақала отбасылық-тұрмыстық зорлық-зомбылық құрбандарына көмек көрсету тетіктерін және "
            "учаскелік инспекторлардың профилактикалық жұмысын қарастырады. Құқықтар мен кепілдіктерді "
            "түсіндіру, қорғау нұсқамаларын уақтылы шығару және әлеуметтік қызметтермен бірлескен жұмыс "
            "қайталама құқық бұзушылықтарды азайтатыны көрсетілген."
        ),
    },
    {
        "slug": "ru-juvenile-crime-diagnostics",
        "language": "ru",
        "title": "Криминологическая диагностика преступности несовершеннолетних в регионах Казахстана",
        "authors": "Иванова Мария; Байжанов Арман",
        "date": datetime.date(2025, 1, 28),
        "abstract": (
            "В статье предложена методика криминологической диагностики преступности несовершеннолетних "
            "на уровне региона: набор показателей, источники данных и порядок их сопоставления. На данных "
            "четырёх областей показано, что уровень преступности среди подростков связан с долей "
            "незанятой молодёжи и доступностью внешкольных программ."
        ),
    },
    {
        "slug": "ru-telecom-fraud",
        "language": "ru",
        "title": "Противодействие телефонному мошенничеству: опыт проекта «Sim box»",
        "authors": "Ким Сергей",
        "date": datetime.date(2024, 9, 5),
        "abstract": (
            "Рассматривается опыт выявления нелегальных шлюзов Sim box, используемых для мошеннических "
            "звонков. Совместная работа полиции и операторов связи позволила сократить число "
            "преступлений в сфере телекоммуникационного мошенничества. Описаны этапы внедрения, "
            "ответственные органы и показатели результативности."
        ),
    },
    {
        "slug": "ru-kpi-prevention",
        "language": "ru",
        "title": "Система ключевых показателей эффективности профилактической деятельности органов внутренних дел",
        "authors": "Сапарова Дина; Петров Алексей",
        "date": datetime.date(2023, 12, 11),
        "abstract": (
            "Статья обосновывает переход от валовых показателей к оценке ощутимых результатов "
            "профилактики правонарушений и уровня общественного доверия. Предложены индикаторы для "
            "оценки профилактики рецидива, защиты прав потерпевших и участия граждан."
        ),
    },
    {
        "slug": "en-preventing-programme-schools",
        "language": "en",
        "title": "Preventing youth violence: a school-based programme evaluated in three regions",
        "authors": "Smith, Laura; Nurpeisova, Aigerim",
        "date": datetime.date(2025, 4, 3),
        "abstract": (
            "We evaluate a school-based preventing programme that combines mentoring, conflict-resolution "
            "training and parental outreach. Across three regions, pupils in participating schools "
            "reported fewer violent incidents after one year, and the effect persisted at follow-up. "
            "We discuss costs, implementation fidelity and scaling."
        ),
    },
    {
        "slug": "en-recidivism-meta-analysis",
        "language": "en",
        "title": "Reducing recidivism through probation supervision: a meta-analysis",
        "authors": "Okafor, Daniel",
        "date": datetime.date(2024, 2, 16),
        "abstract": (
            "This meta-analysis pools 42 studies of probation supervision models. Programmes that pair "
            "risk-need-responsivity assessment with cognitive-behavioural interventions reduce "
            "reoffending by about a fifth; purely surveillance-oriented supervision shows no effect."
        ),
    },
    {
        "slug": "en-cybercrime-awareness",
        "language": "en",
        "title": "Countering cybercrime against older adults: awareness campaigns and their limits",
        "authors": "Brown, Helen; Tokayev, Marat",
        "date": datetime.date(2023, 8, 30),
        "abstract": (
            "Awareness campaigns are the most common response to online fraud targeting older adults. "
            "Drawing on victim surveys, we find that campaigns raise knowledge but change behaviour only "
            "when combined with bank-side transaction warnings and a single reporting channel."
        ),
    },
]

# Papers added with the full content model; "translation_of" links a paper to the one it translates.
PAPERS += [
    {
        "slug": "en-juvenile-crime-diagnostics",
        "translation_of": "ru-juvenile-crime-diagnostics",
        "language": "en",
        "title": "Criminological diagnostics of juvenile crime in the regions of Kazakhstan",
        "authors": "Ivanova, Maria; Baizhanov, Arman",
        "date": datetime.date(2025, 1, 28),
        "abstract": (
            "The article proposes a method for diagnosing juvenile crime at regional level: a set of indicators, "
            "data sources and a procedure for comparing them. Data from four regions show that the juvenile crime "
            "rate is associated with the share of young people not in education or employment and with access to "
            "after-school programmes."
        ),
    },
    {
        "slug": "ru-safe-urban-environment",
        "translation_of": "kk-safe-urban-environment",
        "language": "ru",
        "title": "Безопасная городская среда: эффективность проектов видеонаблюдения и освещения улиц",
        "authors": "Жумабеков Нурлан",
        "date": datetime.date(2024, 11, 2),
        "abstract": (
            "Исследование оценивает влияние освещения улиц и установки камер видеонаблюдения в рамках проекта "
            "«Қауіпсіз Тараз» на уровень преступности. В районах проекта уличные преступления за два года "
            "сократились, смещения преступности в соседние районы не выявлено. Методика рекомендуется для "
            "масштабирования в другие города."
        ),
    },
    {
        "slug": "en-kpi-prevention",
        "translation_of": "ru-kpi-prevention",
        "language": "en",
        "title": "A key performance indicator system for the prevention work of internal affairs bodies",
        "authors": "Saparova, Dina; Petrov, Alexey",
        "date": datetime.date(2023, 12, 11),
        "abstract": (
            "The article argues for moving from counts of activities to measuring tangible prevention results "
            "and public trust. It proposes indicators for preventing recidivism, protecting victims' rights and "
            "involving citizens."
        ),
    },
    {
        "slug": "ru-online-drug-sales",
        "language": "ru",
        "title": "Бесконтактный сбыт синтетических наркотиков среди молодёжи: криминологическая характеристика",
        "authors": "Есенова Жанар; Байжанов Арман",
        "date": datetime.date(2025, 6, 17),
        "abstract": (
            "На материалах уголовных дел Карагандинской области описаны схемы бесконтактного сбыта наркотиков "
            "через мессенджеры и «закладки». Вовлечение молодёжи в роли курьеров связано с обещанием быстрого "
            "заработка. Предложены меры профилактики: блокировка ресурсов, работа с родителями и школами."
        ),
    },
    {
        "slug": "en-online-drug-sales",
        "translation_of": "ru-online-drug-sales",
        "language": "en",
        "title": "Contactless sales of synthetic drugs among young people: a criminological profile",
        "authors": "Yessenova, Zhanar; Baizhanov, Arman",
        "date": datetime.date(2025, 6, 17),
        "abstract": (
            "Using criminal case files from Karaganda Region, we describe contactless drug sales through "
            "messengers and dead drops. Young people are recruited as couriers with promises of quick money. "
            "We propose prevention measures: blocking online shops, and working with parents and schools."
        ),
    },
    {
        "slug": "kk-road-traffic-injuries",
        "language": "kk",
        "title": "Мектеп маңындағы жол-көлік оқиғаларының алдын алу: Алматы тәжірибесі",
        "authors": "Тоқаев Марат",
        "date": datetime.date(2024, 10, 21),
        "abstract": (
            "Мақалада Алматы қаласындағы «Мектепке қауіпсіз жол» жобасының нәтижелері талданады. Жылдамдықты "
            "шектеу, өткелдерді жарықтандыру және оқушыларды оқыту балалардың жарақаттануын азайтты. Жобаны "
            "басқа қалаларда қолдану шарттары сипатталған."
        ),
    },
    {
        "slug": "ru-modular-training",
        "language": "ru",
        "title": "Модульное обучение специалистов правоохранительных органов в сфере профилактики",
        "authors": "Нурпеисова Айгерим",
        "date": datetime.date(2024, 5, 6),
        "abstract": (
            "Описана модульная программа повышения квалификации участковых инспекторов и инспекторов по делам "
            "несовершеннолетних: криминологическая диагностика участка, работа с семьями, оценка результатов. "
            "Слушатели показали рост знаний и применяли инструменты в практике."
        ),
    },
    {
        "slug": "en-crime-forecasting",
        "language": "en",
        "title": "Forecasting street crime with machine learning: lessons from a pilot in Astana",
        "authors": "Kim, Sergey; Ivanova, Maria",
        "date": datetime.date(2025, 7, 8),
        "abstract": (
            "We compare gradient-boosting and simple hot-spot models for forecasting weekly street crime in "
            "Astana. Machine learning improved accuracy modestly; the larger gains came from cleaner data and "
            "from analysts turning forecasts into patrol plans."
        ),
    },
]

# Classification and bibliographic details of the demo papers, by slug.
PAPER_DETAILS = {
    "kk-digital-legal-education": {
        "topics": ["legal-education", "juvenile"],
        "regions": ["KZ-31"],
        "keywords": ["құқықтық білім", "мектеп"],
    },
    "kk-safe-urban-environment": {
        "topics": ["safe-city"],
        "regions": ["KZ-31"],
        "keywords": ["Қауіпсіз Тараз", "бейнебақылау"],
    },
    "ru-safe-urban-environment": {
        "topics": ["safe-city"],
        "regions": ["KZ-31"],
        "keywords": ["Безопасный Тараз", "видеонаблюдение"],
    },
    "kk-domestic-violence-prevention": {
        "topics": ["domestic-violence"],
        "regions": ["KZ"],
        "keywords": ["тұрмыстық зорлық-зомбылық"],
    },
    "ru-juvenile-crime-diagnostics": {
        "topics": ["juvenile", "criminology"],
        "regions": ["KZ-31", "KZ-35", "KZ-61", "KZ-79"],
        "keywords": ["преступность несовершеннолетних", "криминологическая диагностика"],
        "venue": "Вестник Академии правоохранительных органов",
        "volume": "3",
        "issue": "1",
        "pages": "12–27",
        "doi": "10.52425/2025.3.1.12",
    },
    "en-juvenile-crime-diagnostics": {
        "topics": ["juvenile", "criminology"],
        "regions": ["KZ-31", "KZ-35", "KZ-61", "KZ-79"],
        "keywords": ["juvenile crime", "criminological diagnostics"],
    },
    "ru-telecom-fraud": {"topics": ["telecom-fraud"], "regions": ["KZ"], "keywords": ["Sim box", "мошенничество"]},
    "ru-kpi-prevention": {"topics": ["kpi"], "regions": ["KZ"], "keywords": ["KPI", "доверие"]},
    "en-kpi-prevention": {"topics": ["kpi"], "regions": ["KZ"], "keywords": ["KPI", "public trust"]},
    "en-preventing-programme-schools": {
        "topics": ["juvenile"],
        "regions": ["KZ-71", "KZ-75", "KZ-79"],
        "keywords": ["youth violence", "mentoring"],
        "pdf": True,
    },
    "en-recidivism-meta-analysis": {
        "topics": ["recidivism"],
        "regions": [],
        "keywords": ["probation", "meta-analysis"],
        "venue": "Journal of Experimental Criminology",
        "volume": "20",
        "issue": "2",
        "pages": "233–259",
        "doi": "10.1007/s11292-024-0001",
        "pdf": True,
    },
    "en-cybercrime-awareness": {"topics": ["cybercrime"], "regions": ["GB", "KZ-75"], "keywords": ["online fraud"]},
    "ru-online-drug-sales": {"topics": ["drugs"], "regions": ["KZ-35"], "keywords": ["наркосбыт", "молодёжь"]},
    "en-online-drug-sales": {"topics": ["drugs"], "regions": ["KZ-35"], "keywords": ["drug dealing", "youth"]},
    "kk-road-traffic-injuries": {"topics": ["road-safety"], "regions": ["KZ-75"], "keywords": ["жол қауіпсіздігі"]},
    "ru-modular-training": {"topics": ["training"], "regions": ["KZ"], "keywords": ["повышение квалификации"]},
    "en-crime-forecasting": {
        "topics": ["forecasting"],
        "regions": ["KZ-71"],
        "keywords": ["machine learning"],
        "pdf": True,
    },
}
