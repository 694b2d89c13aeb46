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
