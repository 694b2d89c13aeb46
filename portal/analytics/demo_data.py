"""Demonstration indicators (and the two named projects the demo lacked): what ``demo.py`` loads.

Every series made from these is generated, plausible but not measured, and
marked as demonstration data on the page.
"""

import datetime

# code, (kk, ru, en), unit, direction, frequency, baseline, target, target date, effect
# effect: the share of the way from baseline to target the series has come by its end (1 = reached)
SHARED = {
    "residents-feel-safe": (
        ("Кешке өзін қауіпсіз сезінетін тұрғындар", "Жители, чувствующие себя в безопасности вечером",
         "Residents who feel safe in the evening"), "%", "higher",
    ),
    "street-crimes": (("Көше қылмыстары", "Уличные преступления", "Street crimes"), "", "lower"),
    "juvenile-offences": (
        ("Кәмелетке толмағандардың құқық бұзушылықтары", "Правонарушения несовершеннолетних", "Offences by minors"),
        "", "lower",
    ),
    "repeat-offences": (("Қайталама құқық бұзушылықтар", "Повторные правонарушения", "Repeat offences"), "%", "lower"),
    "child-road-injuries": (
        ("Жол-көлік оқиғаларында жарақат алған балалар", "Дети, пострадавшие в ДТП", "Children injured on the roads"),
        "", "lower",
    ),
}  # fmt: skip

D = datetime.date
INDICATORS = {
    "safe-taraz": [
        ("street-crimes", None, "monthly", 142, 114, D(2026, 12, 1), 1.1),
        ("residents-feel-safe", None, "quarterly", 48, 70, D(2027, 6, 1), 0.8),
        ("cameras", ("Қосылған камералар", "Подключено камер", "Cameras connected"), "monthly", 120, 600, D(2026, 6, 1), 1.05, "", "higher"),  # noqa: E501
    ],
    "adal-bala-project": [
        ("juvenile-offences", None, "monthly", 61, 52, D(2026, 12, 1), 0.9),
        ("pupils-in-clubs", ("Үйірмелерге тартылған қауіп тобындағы оқушылар", "Учащиеся группы риска в кружках",
                             "Pupils at risk in clubs"), "monthly", 40, 70, D(2026, 12, 1), 0.75, "%", "higher"),
    ],
    "sim-box-project": [
        ("fraud-complaints", ("Телефон алаяқтығы туралы шағымдар", "Жалобы на телефонное мошенничество",
                              "Complaints of telephone fraud"), "monthly", 930, 700, D(2026, 12, 1), 1.2, "", "lower"),
        ("blocked-sims", ("Бұғатталған SIM-карталар", "Заблокировано SIM-карт", "SIM cards blocked"),
         "quarterly", 300, 1500, D(2026, 12, 1), 0.9, "", "higher"),
    ],
    "clean-zone-karaganda": [
        ("drug-ads-removed", ("Жойылған есірткі жарнамалары", "Удалено наркорекламы", "Drug adverts removed"),
         "monthly", 60, 220, D(2026, 12, 1), 0.6, "", "higher"),
        ("residents-feel-safe", None, "quarterly", 52, 65, D(2026, 12, 1), 0.4),
    ],
    "family-support-kostanay": [
        ("repeat-offences", None, "quarterly", 34, 27, D(2023, 8, 1), 0.7),
        ("safety-plans", ("Қауіпсіздік жоспарлары", "Планы безопасности", "Safety plans agreed"),
         "monthly", 5, 14, D(2023, 8, 1), 1.1, "", "higher"),
    ],
    "safe-route-to-school": [
        ("child-road-injuries", None, "monthly", 21, 15, D(2024, 5, 1), 1.15),
        ("juvenile-offences", None, "quarterly", 75, 64, D(2024, 5, 1), 0.5),
    ],
    "carbon-project": [
        ("repeat-offences", None, "quarterly", 38, 28, D(2027, 3, 1), 0.95),
        ("employed-probationers", ("Жұмысқа орналасқан пробация есебіндегілер", "Трудоустроенные состоящие на учёте пробации",  # noqa: E501
                                   "People on probation in work"), "monthly", 18, 45, D(2027, 3, 1), 0.85, "%", "higher"),  # noqa: E501
    ],
    "color-route": [
        ("child-road-injuries", None, "monthly", 34, 22, D(2027, 6, 1), 0.55),
        ("residents-feel-safe", None, "quarterly", 55, 72, D(2027, 6, 1), 0.95),
        ("street-crimes", None, "monthly", 96, 80, D(2027, 6, 1), 0.3),
    ],
}  # fmt: skip

# The two named projects the older demo content does not have.
PROJECTS = {
    "carbon-project": {
        "start": D(2023, 1, 9), "status": "pilot", "topics": ["recidivism"], "regions": ["KZ-55", "KZ-63"],
        "practices": ["hot-spots-policing"],
        "texts": {
            "kk": ("«Carbon» жобасы: пробация және жұмыспен қамту",
                   "Павлодар және Шығыс Қазақстан облыстарында пробация есебіндегі адамдарды өнеркәсіп "
                   "кәсіпорындарына жұмысқа орналастыру арқылы қайталама қылмысты азайту жобасы.",
                   "Қайталама құқық бұзушылықтарды төрттен бірге азайту; пробация есебіндегілердің 45%-ын жұмысқа орналастыру."),  # noqa: E501
            "ru": ("Проект «Carbon»: пробация и трудоустройство",
                   "Снижение рецидива в Павлодарской и Восточно-Казахстанской областях через трудоустройство "
                   "состоящих на учёте пробации на промышленных предприятиях.",
                   "Снизить повторные правонарушения на четверть; трудоустроить 45% состоящих на учёте пробации."),
            "en": ("“Carbon” project: probation and employment",
                   "Reducing reoffending in Pavlodar and East Kazakhstan regions by placing people on probation "
                   "in jobs at industrial employers.",
                   "Cut repeat offences by a quarter; bring 45% of people on probation into work."),
        },
    },
    "color-route": {
        "start": D(2024, 2, 1), "status": "pilot", "topics": ["road-safety", "safe-city"], "regions": ["KZ-71", "KZ-75"],  # noqa: E501
        "practices": ["street-lighting", "average-speed-cameras"],
        "texts": {
            "kk": ("«Color Route»: түсті белгіленген қауіпсіз бағыттар",
                   "Астана мен Алматыда мектеп оқушылары мен кешкі жаяу жүргіншілерге арналған түспен белгіленген, "
                   "жарықтандырылған және бейнебақыланатын жаяу бағыттар.",
                   "Балалардың жол жарақаттарын үштен бірге азайту; тұрғындардың қауіпсіздік сезімін арттыру."),
            "ru": ("«Color Route»: цветные безопасные маршруты",
                   "Размеченные цветом, освещённые и охраняемые камерами пешеходные маршруты для школьников и "
                   "вечерних пешеходов в Астане и Алматы.",
                   "Снизить детский дорожный травматизм на треть; повысить чувство безопасности жителей."),
            "en": ("“Color Route”: colour-marked safe routes",
                   "Colour-marked, lit and camera-watched walking routes for schoolchildren and evening pedestrians "
                   "in Astana and Almaty.",
                   "Cut child road injuries by a third; make residents feel safer."),
        },
    },
}  # fmt: skip
