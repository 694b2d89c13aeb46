"""Demo regional prevention projects, with KPIs (name, unit, baseline, target, achieved)."""

import datetime

PROJECTS = [
    {
        "key": "safe-taraz",
        "date": datetime.date(2025, 3, 1),
        "start": datetime.date(2022, 5, 1),
        "end": None,
        "status": "scaled",
        "topics": ["safe-city"],
        "regions": ["KZ-31"],
        "organisations": ["taraz-akimat", "zhambyl-police"],
        "practices": ["street-lighting", "cctv-public-spaces"],
        "papers": ["kk-safe-urban-environment"],
        "kpis": [
            ("street-crimes", "%", 0, -20, -27),
            ("cameras", "", 120, 600, 640),
            ("lit-streets", "%", 55, 90, 86),
        ],
        "texts": {
            "kk": {
                "title": "«Қауіпсіз Тараз»: қауіпсіз қалалық орта",
                "summary": "Тараз қаласында көшелерді жарықтандыру, бейнебақылау камераларын ситуациялық орталыққа "
                "қосу және аулаларды абаттандыру арқылы көше қылмысын азайту жобасы.",
                "goals": "Көше қылмыстарын үш жылда бестен бірге азайту; тұрғындардың кешкі уақытта өзін қауіпсіз "
                "сезінуін арттыру.",
                "results": "Жоба аудандарында көше қылмыстары 27%-ға азайды; жоба облыстың басқа қалаларына таратылды.",
                "kpi_names": {
                    "street-crimes": "Көше қылмыстарының өзгерісі",
                    "cameras": "Қосылған камералар",
                    "lit-streets": "Жарықтандырылған көшелер үлесі",
                },
                "keywords": ["Қауіпсіз Тараз", "бейнебақылау", "көше қылмысы"],
            },
            "ru": {
                "title": "«Қауіпсіз Тараз» (Безопасный Тараз): безопасная городская среда",
                "summary": "Проект снижения уличной преступности в Таразе: освещение улиц, подключение камер к "
                "ситуационному центру и благоустройство дворов.",
                "goals": "Снизить уличную преступность на пятую часть за три года; повысить чувство безопасности "
                "жителей в вечернее время.",
                "results": "В районах проекта уличная преступность снизилась на 27%; проект тиражирован в другие "
                "города области.",
                "kpi_names": {
                    "street-crimes": "Изменение числа уличных преступлений",
                    "cameras": "Подключено камер",
                    "lit-streets": "Доля освещённых улиц",
                },
                "keywords": ["Безопасный Тараз", "видеонаблюдение", "уличная преступность"],
            },
            "en": {
                "title": "“Safe Taraz”: a safe urban environment",
                "summary": "Reducing street crime in Taraz with street lighting, cameras connected to a situation "
                "centre and redesigned courtyards.",
                "goals": "Cut street crime by a fifth in three years; make residents feel safer in the evening.",
                "results": "Street crime fell by 27% in the project districts; the project was scaled to other "
                "towns of the region.",
                "kpi_names": {
                    "street-crimes": "Change in street crimes",
                    "cameras": "Cameras connected",
                    "lit-streets": "Share of lit streets",
                },
                "keywords": ["Safe Taraz", "CCTV", "street crime"],
            },
        },
    },
    {
        "key": "adal-bala-project",
        "date": datetime.date(2025, 5, 12),
        "start": datetime.date(2023, 9, 1),
        "end": None,
        "status": "pilot",
        "topics": ["juvenile"],
        "regions": ["KZ-61", "KZ-79"],
        "organisations": ["mvd", "education"],
        "practices": ["adal-bala"],
        "papers": ["kk-digital-legal-education"],
        "kpis": [
            ("juvenile-offences", "%", 0, -15, -18),
            ("pupils-in-clubs", "%", 40, 70, 64),
        ],
        "texts": {
            "kk": {
                "title": "«Adal bala» пилоттық жобасы",
                "summary": "Түркістан облысы мен Шымкент қаласының 40 мектебінде кәмелетке толмағандар арасындағы "
                "құқық бұзушылықтың алдын алу жобасы.",
                "goals": "Кәмелетке толмағандардың құқық бұзушылықтарын 15%-ға азайту; қауіп тобындағы "
                "оқушылардың 70%-ын үйірмелерге тарту.",
                "results": "Бірінші оқу жылында құқық бұзушылықтар 18%-ға азайды.",
                "kpi_names": {
                    "juvenile-offences": "Кәмелетке толмағандардың құқық бұзушылықтары",
                    "pupils-in-clubs": "Үйірмелерге тартылған қауіп тобындағы оқушылар",
                },
                "keywords": ["Adal bala", "ювеналдық профилактика"],
            },
            "ru": {
                "title": "Пилотный проект «Adal bala»",
                "summary": "Профилактика правонарушений несовершеннолетних в 40 школах Туркестанской области и "
                "города Шымкента.",
                "goals": "Снизить число правонарушений несовершеннолетних на 15%; вовлечь 70% учащихся группы риска "
                "в кружки и секции.",
                "results": "За первый учебный год правонарушения снизились на 18%.",
                "kpi_names": {
                    "juvenile-offences": "Правонарушения несовершеннолетних",
                    "pupils-in-clubs": "Учащиеся группы риска в кружках",
                },
                "keywords": ["Adal bala", "профилактика преступности несовершеннолетних"],
            },
            "en": {
                "title": "“Adal bala” pilot project",
                "summary": "Preventing juvenile offending in 40 schools of Turkistan Region and Shymkent.",
                "goals": "Reduce offences by minors by 15%; bring 70% of pupils at risk into clubs and sports.",
                "results": "Offences by minors fell by 18% in the first school year.",
                "kpi_names": {"juvenile-offences": "Offences by minors", "pupils-in-clubs": "Pupils at risk in clubs"},
                "keywords": ["Adal bala", "juvenile prevention"],
            },
        },
    },
    {
        "key": "sim-box-project",
        "date": datetime.date(2024, 12, 2),
        "start": datetime.date(2023, 3, 1),
        "end": None,
        "status": "scaled",
        "topics": ["telecom-fraud"],
        "regions": ["KZ-71", "KZ"],
        "organisations": ["digital", "mvd"],
        "practices": ["sim-box-blocking"],
        "papers": ["ru-telecom-fraud"],
        "kpis": [("blocked-sims", "", 0, 5000, 7300), ("fraud-complaints", "%", 0, -25, -31)],
        "texts": {
            "ru": {
                "title": "Проект «Sim box»: противодействие телефонному мошенничеству",
                "summary": "Совместный проект МВД, МЦРИАП и операторов связи по выявлению SIM-боксов и блокировке "
                "звонков с подменой номера; начат в Астане, распространён на всю страну.",
                "goals": "Заблокировать каналы массовых мошеннических звонков; снизить число жалоб на 25%.",
                "results": "Заблокировано 7 300 SIM-карт; жалобы на звонки с подменой номера снизились на 31%.",
                "kpi_names": {"blocked-sims": "Заблокировано SIM-карт", "fraud-complaints": "Изменение числа жалоб"},
                "keywords": ["Sim box", "телефонное мошенничество"],
            },
            "en": {
                "title": "“Sim box” project: countering telephone fraud",
                "summary": "A joint project of the Ministry of Internal Affairs, the Ministry of Digital Development "
                "and mobile operators to detect SIM boxes and block spoofed calls; started in Astana, now nationwide.",
                "goals": "Block the channels of mass fraud calls; cut complaints by 25%.",
                "results": "7,300 SIM cards blocked; complaints about spoofed calls down 31%.",
                "kpi_names": {"blocked-sims": "SIM cards blocked", "fraud-complaints": "Change in complaints"},
                "keywords": ["Sim box", "telephone fraud"],
            },
        },
    },
    {
        "key": "clean-zone-karaganda",
        "date": datetime.date(2024, 8, 19),
        "start": datetime.date(2024, 1, 15),
        "end": None,
        "status": "pilot",
        "topics": ["drugs"],
        "regions": ["KZ-35"],
        "organisations": ["karaganda-police"],
        "practices": [],
        "papers": [],
        "kpis": [("drug-ads", "", 0, 2000, 2650), ("shops-blocked", "", 0, 150, 120)],
        "texts": {
            "ru": {
                "title": "«Чистая зона»: противодействие наркосбыту через интернет в Карагандинской области",
                "summary": "Волонтёры и полиция удаляют граффити с рекламой наркотиков, а выявленные онлайн-магазины "
                "блокируются по представлению полиции.",
                "goals": "Лишить наркоторговцев рекламы на улицах и в мессенджерах.",
                "results": "Удалено 2 650 надписей, заблокировано 120 интернет-ресурсов.",
                "kpi_names": {"drug-ads": "Удалено надписей с рекламой", "shops-blocked": "Заблокировано ресурсов"},
                "keywords": ["наркопреступность", "граффити", "блокировка сайтов"],
            },
            "kk": {
                "title": "«Таза аймақ»: Қарағанды облысында интернет арқылы есірткі сатуға қарсы іс-қимыл",
                "summary": "Еріктілер мен полиция есірткі жарнамасы бар жазуларды өшіреді, анықталған "
                "онлайн-дүкендер бұғатталады.",
                "goals": "Есірткі сатушыларды көшедегі және мессенджерлердегі жарнамадан айыру.",
                "results": "2 650 жазу өшірілді, 120 интернет-ресурс бұғатталды.",
                "kpi_names": {"drug-ads": "Өшірілген жарнама жазулары", "shops-blocked": "Бұғатталған ресурстар"},
                "keywords": ["есірткі қылмысы", "граффити"],
            },
        },
    },
    {
        "key": "family-support-kostanay",
        "date": datetime.date(2023, 12, 4),
        "start": datetime.date(2021, 9, 1),
        "end": datetime.date(2023, 8, 31),
        "status": "closed",
        "topics": ["domestic-violence"],
        "regions": ["KZ-39"],
        "organisations": ["kostanay-akimat"],
        "practices": ["marac"],
        "papers": ["kk-domestic-violence-prevention"],
        "kpis": [("repeat-calls", "%", 0, -20, -14), ("safety-plans", "", 0, 300, 340)],
        "texts": {
            "ru": {
                "title": "Центры поддержки семьи в Костанайской области",
                "summary": "Пилот межведомственных совещаний по случаям бытового насилия высокого риска в трёх "
                "районах области.",
                "goals": "Снизить повторные вызовы полиции по бытовому насилию на 20%.",
                "results": "Повторные вызовы снизились на 14%; проект завершён, опыт учтён в методических "
                "рекомендациях.",
                "kpi_names": {"repeat-calls": "Повторные вызовы", "safety-plans": "Составлено планов безопасности"},
                "keywords": ["бытовое насилие", "центр поддержки семьи"],
            },
            "en": {
                "title": "Family support centres in Kostanay Region",
                "summary": "A pilot of multi-agency conferences on high-risk domestic-violence cases in three "
                "districts.",
                "goals": "Reduce repeat police call-outs for domestic violence by 20%.",
                "results": "Repeat call-outs fell by 14%; the project closed and its lessons fed into national "
                "guidance.",
                "kpi_names": {"repeat-calls": "Repeat call-outs", "safety-plans": "Safety plans agreed"},
                "keywords": ["domestic violence", "family support"],
            },
        },
    },
    {
        "key": "safe-route-to-school",
        "date": datetime.date(2024, 7, 1),
        "start": datetime.date(2022, 3, 1),
        "end": datetime.date(2024, 5, 31),
        "status": "closed",
        "topics": ["road-safety", "juvenile"],
        "regions": ["KZ-75"],
        "organisations": ["almaty-police", "education"],
        "practices": ["average-speed-cameras"],
        "papers": [],
        "kpis": [("child-injuries", "%", 0, -30, -35), ("crossings", "", 0, 80, 92)],
        "texts": {
            "kk": {
                "title": "«Мектепке қауіпсіз жол»: Алматыдағы жол қауіпсіздігі жобасы",
                "summary": "Мектептер маңында жылдамдықты шектеу, жаяу жүргіншілер өткелдерін жарықтандыру және "
                "оқушыларға жол қозғалысы ережелерін үйрету.",
                "goals": "Мектеп маңындағы балалардың жарақаттануын 30%-ға азайту.",
                "results": "Балалардың жарақаттануы 35%-ға азайды; 92 өткел қайта жабдықталды.",
                "kpi_names": {"child-injuries": "Балалардың жарақаттануы", "crossings": "Жабдықталған өткелдер"},
                "keywords": ["жол қауіпсіздігі", "мектеп"],
            },
            "ru": {
                "title": "«Безопасный путь в школу»: проект по безопасности дорожного движения в Алматы",
                "summary": "Ограничение скорости у школ, освещение пешеходных переходов и обучение учащихся "
                "правилам дорожного движения.",
                "goals": "Снизить детский травматизм у школ на 30%.",
                "results": "Детский травматизм снизился на 35%; переоборудовано 92 перехода.",
                "kpi_names": {"child-injuries": "Детский травматизм", "crossings": "Переоборудовано переходов"},
                "keywords": ["безопасность дорожного движения", "школа", "ДТП"],
            },
            "en": {
                "title": "“Safe route to school”: road safety in Almaty",
                "summary": "Speed limits near schools, lit pedestrian crossings and road-safety lessons for pupils.",
                "goals": "Cut child road injuries near schools by 30%.",
                "results": "Child road injuries fell by 35%; 92 crossings were rebuilt.",
                "kpi_names": {"child-injuries": "Child road injuries", "crossings": "Crossings rebuilt"},
                "keywords": ["road safety", "schools"],
            },
        },
    },
]
