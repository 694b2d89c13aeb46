"""Demo methodologies: the academy's three methodological documents and a KPI method."""

import datetime

METHODOLOGIES = [
    {
        "key": "criminological-diagnostics",
        "date": datetime.date(2025, 2, 3),
        "topics": ["criminology", "forecasting"],
        "regions": ["KZ"],
        "organisations": ["academy", "kpsisu"],
        "authors": ["Ivanova, Maria", "Baizhanov, Arman"],
        "pdf": True,
        "texts": {
            "ru": {
                "title": "Методика криминологической диагностики региона",
                "purpose": "Единый порядок измерения криминологической обстановки области или города: какие "
                "показатели собирать, из каких источников и как сопоставлять регионы между собой.",
                "stages": [
                    (
                        "Сбор данных",
                        "Выгрузка сведений о зарегистрированных преступлениях, лицах и потерпевших за пять лет.",
                        "КПСиСУ",
                        "1 месяц",
                    ),
                    (
                        "Расчёт показателей",
                        "Уровень, структура и динамика преступности на 10 000 жителей.",
                        "Аналитический отдел",
                        "2 недели",
                    ),
                    (
                        "Виктимологический опрос",
                        "Опрос населения для оценки латентной преступности и доверия к полиции.",
                        "Академия",
                        "2 месяца",
                    ),
                    (
                        "Интерпретация",
                        "Выявление факторов и территорий риска, сравнение с соседними регионами.",
                        "Рабочая группа",
                        "1 месяц",
                    ),
                    ("Рекомендации", "Приоритеты профилактики на следующий год.", "Рабочая группа", "2 недели"),
                ],
                "indicators": [
                    ("Коэффициент преступности", "Число преступлений на 10 000 жителей", "КПСиСУ"),
                    ("Доля рецидива", "Доля преступлений, совершённых ранее судимыми", "КПСиСУ"),
                    ("Индекс латентности", "Отношение числа пострадавших по опросу к зарегистрированным", "Опрос"),
                ],
                "keywords": ["криминологическая диагностика", "уровень преступности", "латентность"],
            },
            "kk": {
                "title": "Өңірдің криминологиялық диагностикасы әдістемесі",
                "purpose": "Облыстың немесе қаланың криминологиялық жағдайын өлшеудің бірыңғай тәртібі: қандай "
                "көрсеткіштерді, қай дереккөздерден жинау және өңірлерді қалай салыстыру.",
                "stages": [
                    (
                        "Деректерді жинау",
                        "Бес жылдағы тіркелген қылмыстар, тұлғалар және жәбірленушілер туралы мәліметтер.",
                        "ҚСжАЕК",
                        "1 ай",
                    ),
                    (
                        "Көрсеткіштерді есептеу",
                        "10 000 тұрғынға шаққандағы қылмыстың деңгейі, құрылымы және серпіні.",
                        "Талдау бөлімі",
                        "2 апта",
                    ),
                    (
                        "Виктимологиялық сауалнама",
                        "Жасырын қылмыс пен полицияға сенімді бағалау үшін халыққа сауалнама.",
                        "Академия",
                        "2 ай",
                    ),
                    ("Түсіндіру", "Қауіп факторлары мен аумақтарын анықтау.", "Жұмыс тобы", "1 ай"),
                    ("Ұсынымдар", "Келесі жылға арналған алдын алу басымдықтары.", "Жұмыс тобы", "2 апта"),
                ],
                "indicators": [
                    ("Қылмыс коэффициенті", "10 000 тұрғынға шаққандағы қылмыс саны", "ҚСжАЕК"),
                    ("Қайталама қылмыс үлесі", "Бұрын сотталғандар жасаған қылмыстар үлесі", "ҚСжАЕК"),
                    ("Жасырындық индексі", "Сауалнамадағы жәбірленушілердің тіркелгендерге қатынасы", "Сауалнама"),
                ],
                "keywords": ["криминологиялық диагностика", "қылмыс деңгейі"],
            },
            "en": {
                "title": "Methodology for the criminological diagnostics of a region",
                "purpose": "One procedure for measuring the crime situation of a region or city: which indicators "
                "to collect, from which sources, and how to compare regions.",
                "stages": [
                    (
                        "Data collection",
                        "Five years of recorded offences, offenders and victims.",
                        "Committee on Legal Statistics",
                        "1 month",
                    ),
                    ("Indicators", "Level, structure and trend of crime per 10,000 residents.", "Analysts", "2 weeks"),
                    (
                        "Victimisation survey",
                        "A household survey to estimate unreported crime and trust in police.",
                        "Academy",
                        "2 months",
                    ),
                    (
                        "Interpretation",
                        "Risk factors and risk areas; comparison with neighbouring regions.",
                        "Working group",
                        "1 month",
                    ),
                    ("Recommendations", "Prevention priorities for the coming year.", "Working group", "2 weeks"),
                ],
                "indicators": [
                    ("Crime rate", "Offences per 10,000 residents", "Legal statistics"),
                    (
                        "Recidivism share",
                        "Share of offences committed by people with a previous conviction",
                        "Legal statistics",
                    ),
                    ("Dark-figure index", "Victims in the survey per recorded victim", "Survey"),
                ],
                "keywords": ["criminological diagnostics", "crime rate", "victimisation survey"],
            },
        },
    },
    {
        "key": "pilot-project-algorithm",
        "date": datetime.date(2024, 12, 16),
        "topics": ["prevention", "management"],
        "regions": ["KZ"],
        "organisations": ["academy", "mvd"],
        "authors": ["Saparova, Dina", "Yessenova, Zhanar"],
        "pdf": True,
        "texts": {
            "ru": {
                "title": "Алгоритм внедрения пилотных проектов в сфере профилактики",
                "purpose": "Порядок, по которому региональная инициатива проходит путь от идеи до пилотного проекта, "
                "оценки и масштабирования на всю страну.",
                "stages": [
                    (
                        "Обоснование",
                        "Описание проблемы по данным криминологической диагностики и выбор практики "
                        "с доказанной эффективностью.",
                        "Инициатор, Академия",
                        "1 месяц",
                    ),
                    (
                        "Паспорт проекта",
                        "Цели, ответственные органы, сроки, KPI с базовыми и целевыми значениями.",
                        "Инициатор",
                        "2 недели",
                    ),
                    (
                        "Пилот",
                        "Реализация в одном-двух районах с контрольной территорией.",
                        "Акимат, полиция",
                        "6–12 месяцев",
                    ),
                    (
                        "Оценка",
                        "Сравнение KPI с контрольной территорией, отчёт об эффекте и затратах.",
                        "Академия",
                        "1 месяц",
                    ),
                    (
                        "Масштабирование",
                        "Решение о тиражировании и методические рекомендации для регионов.",
                        "Межведомственная комиссия",
                        "3 месяца",
                    ),
                ],
                "indicators": [
                    ("Достижение KPI", "Доля показателей, достигших целевых значений", "Паспорт проекта"),
                    (
                        "Эффект относительно контроля",
                        "Разница в динамике преступности пилотной и контрольной территорий",
                        "КПСиСУ",
                    ),
                ],
                "keywords": ["пилотный проект", "масштабирование", "алгоритм"],
            },
            "kk": {
                "title": "Алдын алу саласындағы пилоттық жобаларды енгізу алгоритмі",
                "purpose": "Өңірлік бастаманың идеядан пилоттық жобаға, бағалауға және бүкіл елге ауқымдалуына "
                "дейінгі жолының тәртібі.",
                "stages": [
                    (
                        "Негіздеме",
                        "Криминологиялық диагностика деректері бойынша мәселені сипаттау.",
                        "Бастамашы",
                        "1 ай",
                    ),
                    ("Жоба паспорты", "Мақсаттар, жауапты органдар, мерзімдер, KPI.", "Бастамашы", "2 апта"),
                    ("Пилот", "Бір-екі ауданда бақылау аумағымен бірге іске асыру.", "Әкімдік, полиция", "6–12 ай"),
                    ("Бағалау", "KPI-ды бақылау аумағымен салыстыру.", "Академия", "1 ай"),
                    (
                        "Ауқымдау",
                        "Тарату туралы шешім және өңірлерге әдістемелік ұсынымдар.",
                        "Ведомствоаралық комиссия",
                        "3 ай",
                    ),
                ],
                "indicators": [
                    ("KPI орындалуы", "Мақсатты мәнге жеткен көрсеткіштер үлесі", "Жоба паспорты"),
                ],
                "keywords": ["пилоттық жоба", "ауқымдау"],
            },
            "en": {
                "title": "Algorithm for implementing pilot projects in crime prevention",
                "purpose": "How a regional initiative moves from an idea to a pilot, an evaluation and nationwide "
                "scaling.",
                "stages": [
                    (
                        "Justification",
                        "The problem described with diagnostics data; a practice with evidence chosen.",
                        "Initiator, Academy",
                        "1 month",
                    ),
                    (
                        "Project passport",
                        "Goals, responsible bodies, timeline, KPIs with baseline and target values.",
                        "Initiator",
                        "2 weeks",
                    ),
                    (
                        "Pilot",
                        "Run in one or two districts with a comparison area.",
                        "City administration, police",
                        "6–12 months",
                    ),
                    (
                        "Evaluation",
                        "KPIs compared with the comparison area; effect and cost report.",
                        "Academy",
                        "1 month",
                    ),
                    (
                        "Scaling",
                        "Decision to replicate and guidance for regions.",
                        "Inter-agency commission",
                        "3 months",
                    ),
                ],
                "indicators": [
                    ("KPI attainment", "Share of indicators that reached their target", "Project passport"),
                    (
                        "Effect against comparison",
                        "Difference in crime trends between pilot and comparison areas",
                        "Legal statistics",
                    ),
                ],
                "keywords": ["pilot project", "scaling", "evaluation"],
            },
        },
    },
    {
        "key": "best-practice-review-method",
        "date": datetime.date(2024, 4, 22),
        "topics": ["prevention"],
        "regions": [],
        "organisations": ["academy"],
        "authors": ["Nurpeisova, Aigerim"],
        "pdf": False,
        "texts": {
            "ru": {
                "title": "Методика международного обзора лучших практик профилактики",
                "purpose": "Как отбирать зарубежные практики, оценивать силу доказательств и присваивать рейтинг "
                "эффективности, чтобы практики на портале можно было сравнивать.",
                "stages": [
                    (
                        "Поиск",
                        "Систематический поиск в базах Campbell, Cochrane и национальных реестрах.",
                        "Академия",
                        "",
                    ),
                    ("Отбор", "Включаются оценки с контрольной группой.", "Эксперты", ""),
                    (
                        "Оценка доказательств",
                        "Одно исследование, несколько исследований или систематический обзор.",
                        "Эксперты",
                        "",
                    ),
                    ("Рейтинг", "Эффективна, перспективна, неоднозначна, без эффекта или вредна.", "Редакция", ""),
                ],
                "indicators": [
                    ("Размер эффекта", "Стандартизированная разница средних или отношение шансов", "Исследования")
                ],
                "keywords": ["лучшие практики", "доказательная профилактика", "рейтинг"],
            },
            "en": {
                "title": "Methodology of the international review of best prevention practices",
                "purpose": "How foreign practices are selected, how the strength of evidence is judged and how the "
                "evidence rating is assigned so that practices on the portal can be compared.",
                "stages": [
                    ("Search", "Systematic search of Campbell, Cochrane and national registries.", "Academy", ""),
                    ("Screening", "Only evaluations with a comparison group are included.", "Experts", ""),
                    ("Strength of evidence", "One study, several studies, or a systematic review.", "Experts", ""),
                    ("Rating", "Effective, promising, inconclusive, no effect or harmful.", "Editors", ""),
                ],
                "indicators": [("Effect size", "Standardised mean difference or odds ratio", "Studies")],
                "keywords": ["best practices", "evidence-based prevention", "evidence rating"],
            },
        },
    },
    {
        "key": "kpi-prevention-method",
        "date": datetime.date(2025, 6, 9),
        "topics": ["kpi"],
        "regions": ["KZ"],
        "organisations": ["mvd"],
        "authors": ["Saparova, Dina", "Petrov, Alexey"],
        "pdf": True,
        "texts": {
            "ru": {
                "title": "Методика оценки профилактической работы на основе KPI",
                "purpose": "Набор показателей, который оценивает результат профилактики — снижение преступности "
                "и доверие населения, — а не число проведённых мероприятий.",
                "stages": [
                    ("Выбор показателей", "Не более семи KPI, связанных с результатом.", "МВД", ""),
                    ("Базовые значения", "Расчёт по данным трёх предыдущих лет.", "Аналитики", ""),
                    ("Целевые значения", "Согласование с регионами с учётом их диагностики.", "МВД, акиматы", ""),
                    ("Мониторинг", "Ежеквартальная публикация результатов.", "МВД", ""),
                ],
                "indicators": [
                    ("Снижение уличной преступности", "Изменение числа уличных преступлений к базовому году", "КПСиСУ"),
                    ("Доверие к полиции", "Доля жителей, доверяющих полиции, по опросу", "Опрос"),
                ],
                "keywords": ["KPI", "оценка эффективности", "доверие населения"],
            },
            "kk": {
                "title": "KPI негізінде алдын алу жұмысын бағалау әдістемесі",
                "purpose": "Іс-шаралар санын емес, нәтижені — қылмыстың азаюын және халықтың сенімін бағалайтын "
                "көрсеткіштер жиынтығы.",
                "stages": [
                    ("Көрсеткіштерді таңдау", "Нәтижеге байланысты жетіден аспайтын KPI.", "ІІМ", ""),
                    ("Базалық мәндер", "Алдыңғы үш жылдың деректері бойынша есептеу.", "Талдаушылар", ""),
                    ("Мақсатты мәндер", "Өңірлермен келісу.", "ІІМ, әкімдіктер", ""),
                    ("Мониторинг", "Нәтижелерді тоқсан сайын жариялау.", "ІІМ", ""),
                ],
                "indicators": [("Полицияға сенім", "Сауалнама бойынша полицияға сенетін тұрғындар үлесі", "Сауалнама")],
                "keywords": ["KPI", "тиімділікті бағалау"],
            },
        },
    },
]
