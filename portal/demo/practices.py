"""Demo best-practice reviews: what was tried, where, and what the evidence says."""

import datetime

PRACTICES = [
    {
        "key": "adal-bala",
        "date": datetime.date(2025, 4, 10),
        "rating": "promising",
        "strength": "single_study",
        "topics": ["juvenile", "legal-education"],
        "regions": ["KZ-31", "KZ-61"],
        "organisations": ["mvd", "education"],
        "papers": ["kk-digital-legal-education"],
        "texts": {
            "kk": {
                "title": "«Adal bala»: мектептегі кәмелетке толмағандар арасындағы құқық бұзушылықтың алдын алу",
                "summary": "Ювеналдық полиция инспекторы, мектеп психологы және ата-аналар бірлесіп қауіп тобындағы "
                "оқушылармен жеке жұмыс жүргізеді; оқушылар үйірмелер мен спорт секцияларына тартылады.",
                "problem": "Сабақтан тыс уақытта бос жүрген жасөспірімдер ұсақ ұрлық пен бұзақылыққа тартылады.",
                "target_group": "11–17 жастағы қауіп тобындағы оқушылар және олардың отбасылары",
                "setting": "Жалпы білім беретін мектептер",
                "mechanism": "Ерте анықтау мен ересек тәлімгердің тұрақты назары жасөспірімнің құқық бұзушылыққа "
                "бейім ортадан алыстауына көмектеседі; бос уақытты пайдалы іспен толтыру қауіпті жағдайлардың "
                "санын азайтады.",
                "steps": [
                    "Мектептегі қауіп тобын әлеуметтік педагог пен инспектор бірлесіп анықтайды.",
                    "Әр оқушыға жеке профилактикалық жоспар жасалады.",
                    "Оқушы кемінде бір үйірмеге немесе секцияға тіркеледі.",
                    "Ата-аналармен тоқсан сайын кездесу өткізіледі.",
                    "Жарты жылда бір рет нәтижелер талданады.",
                ],
                "costs": "Қосымша штат қажет емес; үйірмелерге жергілікті бюджеттен қаржы бөлінеді.",
                "outcomes": "Пилоттық мектептерде кәмелетке толмағандардың құқық бұзушылықтары бір жылда "
                "18%-ға азайды.",
                "sources": "Жамбыл облысы Полиция департаментінің 2024 жылғы есебі",
                "keywords": ["ювеналдық полиция", "мектеп", "тәлімгерлік"],
            },
            "ru": {
                "title": "«Adal bala»: профилактика правонарушений несовершеннолетних в школах",
                "summary": "Инспектор ювенальной полиции, школьный психолог и родители ведут индивидуальную работу "
                "с учащимися группы риска; подростков вовлекают в кружки и спортивные секции.",
                "problem": "Подростки, предоставленные сами себе после уроков, вовлекаются в мелкие "
                "кражи и хулиганство.",
                "target_group": "Учащиеся группы риска 11–17 лет и их семьи",
                "setting": "Общеобразовательные школы",
                "mechanism": "Раннее выявление и постоянное внимание взрослого наставника отдаляют подростка от "
                "криминогенного окружения; занятость в свободное время сокращает число рискованных ситуаций.",
                "steps": [
                    "Социальный педагог и инспектор совместно определяют группу риска.",
                    "Для каждого учащегося составляется индивидуальный план профилактики.",
                    "Учащийся записывается хотя бы в один кружок или секцию.",
                    "Ежеквартально проводятся встречи с родителями.",
                    "Раз в полгода результаты анализируются.",
                ],
                "costs": "Дополнительный штат не нужен; кружки финансируются из местного бюджета.",
                "outcomes": "В пилотных школах число правонарушений несовершеннолетних за год снизилось на 18%.",
                "sources": "Отчёт Департамента полиции Жамбылской области за 2024 год",
                "keywords": ["ювенальная полиция", "школа", "наставничество"],
            },
            "en": {
                "title": "“Adal bala”: preventing juvenile offending through schools",
                "summary": "A juvenile-affairs inspector, the school psychologist and parents work individually with "
                "pupils at risk; the pupils are drawn into clubs and sports sections.",
                "problem": "Teenagers left unsupervised after school drift into petty theft and hooliganism.",
                "target_group": "Pupils at risk aged 11–17 and their families",
                "setting": "Secondary schools",
                "mechanism": "Early identification and the steady attention of an adult mentor pull teenagers away "
                "from delinquent peers; structured free time reduces the number of risky situations.",
                "steps": [
                    "The social pedagogue and the inspector jointly identify pupils at risk.",
                    "Each pupil gets an individual prevention plan.",
                    "Each pupil joins at least one club or sports section.",
                    "Parents meet the school team every quarter.",
                    "Results are reviewed every six months.",
                ],
                "costs": "No extra staff; clubs are funded from the local budget.",
                "outcomes": "Offences by minors in the pilot schools fell by 18% within a year.",
                "sources": "Zhambyl Region Police Department, annual report 2024",
                "keywords": ["juvenile police", "school", "mentoring"],
            },
        },
    },
    {
        "key": "hot-spots-policing",
        "date": datetime.date(2024, 9, 2),
        "rating": "effective",
        "strength": "systematic_review",
        "topics": ["safe-city", "prevention"],
        "regions": ["US", "GB"],
        "organisations": ["college-of-policing", "campbell"],
        "papers": [],
        "texts": {
            "en": {
                "title": "Hot-spots policing",
                "summary": "Patrols concentrate on the few street segments where a large share of crime happens, "
                "guided by mapped incident data.",
                "problem": "Crime is concentrated: about 5% of street segments produce half of recorded street crime.",
                "target_group": "Places rather than people: high-crime street segments",
                "setting": "City streets and public spaces",
                "mechanism": "A visible, unpredictable police presence raises the perceived risk of being caught "
                "exactly where offenders find opportunities.",
                "steps": [
                    "Map recorded incidents for the last 12 months.",
                    "Select the hot spots that persist over time.",
                    "Plan short, random patrol visits of 10–15 minutes.",
                    "Combine patrols with problem-solving (lighting, closing passages).",
                    "Compare crime in hot spots and surrounding areas every month.",
                ],
                "costs": "Redeploys existing patrols; needs an analyst and mapping software.",
                "outcomes": "Meta-analyses find significant reductions in crime and disorder at the hot spots, "
                "with a diffusion of benefits to nearby streets rather than displacement.",
                "sources": "Braga, Turchan, Papachristos, Hureau (2019), Campbell Systematic Reviews\n"
                "College of Policing, Crime Reduction Toolkit",
                "keywords": ["hot spots", "patrol", "crime mapping"],
            },
            "ru": {
                "title": "Патрулирование «горячих точек»",
                "summary": "Патрули сосредоточены на немногих участках улиц, где совершается большая доля "
                "преступлений, по данным картографирования происшествий.",
                "problem": "Преступность концентрирована: около 5% участков улиц дают половину уличных преступлений.",
                "target_group": "Места, а не люди: участки с высокой преступностью",
                "setting": "Городские улицы и общественные места",
                "mechanism": "Заметное и непредсказуемое присутствие полиции повышает субъективный риск задержания "
                "именно там, где у правонарушителей есть возможности.",
                "steps": [
                    "Нанести на карту зарегистрированные происшествия за 12 месяцев.",
                    "Выделить устойчивые во времени «горячие точки».",
                    "Спланировать короткие случайные обходы по 10–15 минут.",
                    "Сочетать патрулирование с устранением причин (освещение, закрытие проходов).",
                    "Ежемесячно сравнивать преступность в точках и вокруг них.",
                ],
                "costs": "Перераспределение имеющихся нарядов; нужен аналитик и ГИС.",
                "outcomes": "Метаанализы показывают значимое снижение преступлений и беспорядков в «горячих точках»; "
                "вместо смещения наблюдается распространение эффекта на соседние улицы.",
                "sources": "Braga et al. (2019), Campbell Systematic Reviews",
                "keywords": ["горячие точки", "патрулирование", "картографирование преступности"],
            },
        },
    },
    {
        "key": "street-lighting",
        "date": datetime.date(2023, 11, 20),
        "rating": "effective",
        "strength": "systematic_review",
        "topics": ["safe-city"],
        "regions": ["GB", "US", "KZ-31"],
        "organisations": ["taraz-akimat"],
        "papers": ["kk-safe-urban-environment"],
        "texts": {
            "en": {
                "title": "Improved street lighting",
                "summary": "Brighter, evenly distributed street lighting in residential areas and along "
                "walking routes.",
                "problem": "Dark streets and courtyards invite robbery, assault and vandalism and keep "
                "residents indoors.",
                "target_group": "Residents and passers-by of poorly lit neighbourhoods",
                "setting": "Residential streets, courtyards, parks",
                "mechanism": "Light increases natural surveillance and signals that the community cares about the "
                "place; more people walk outside, which again raises surveillance.",
                "steps": [
                    "Audit lighting levels at night together with residents.",
                    "Prioritise routes to schools, stops and shops.",
                    "Install energy-efficient LED lamps with even coverage.",
                    "Measure crime and residents' fear of crime before and after.",
                ],
                "costs": "Capital cost of lamps; LED lamps lower the running costs.",
                "outcomes": "A systematic review found crime fell by about a fifth in relit areas, including "
                "crimes committed in daylight.",
                "sources": "Welsh and Farrington (2008), Campbell Systematic Reviews",
                "keywords": ["street lighting", "natural surveillance", "CPTED"],
            },
            "kk": {
                "title": "Көшелерді жарықтандыруды жақсарту",
                "summary": "Тұрғын аудандарда және жаяу жүргіншілер жолдарында біркелкі, жарық көше жарығы.",
                "problem": "Қараңғы көшелер мен аулалар тонау, шабуыл және бұзақылыққа жол ашады.",
                "target_group": "Жарығы нашар аудандардың тұрғындары мен өткіншілері",
                "setting": "Тұрғын көшелер, аулалар, саябақтар",
                "mechanism": "Жарық табиғи бақылауды күшейтеді; көшеде адамдар көбейеді, бұл қылмыскерлер үшін "
                "тәуекелді арттырады.",
                "steps": [
                    "Тұрғындармен бірге түнгі жарықтандыру деңгейін тексеру.",
                    "Мектепке, аялдамаларға апаратын жолдарды бірінші кезекке қою.",
                    "Энергия үнемдейтін LED шамдарын орнату.",
                    "Қылмыс деңгейін жобаға дейін және кейін салыстыру.",
                ],
                "costs": "Шамдарға күрделі шығын; LED шамдар пайдалану шығынын азайтады.",
                "outcomes": "Жүйелі шолу жарықтандырылған аудандарда қылмыс шамамен бестен бірге азайғанын көрсетті.",
                "sources": "Welsh and Farrington (2008), Campbell Systematic Reviews",
                "keywords": ["көше жарығы", "табиғи бақылау"],
            },
        },
    },
    {
        "key": "cctv-public-spaces",
        "date": datetime.date(2024, 2, 5),
        "rating": "promising",
        "strength": "systematic_review",
        "topics": ["safe-city", "forecasting"],
        "regions": ["GB", "KZ-71", "KZ-75"],
        "organisations": ["almaty-police"],
        "papers": [],
        "texts": {
            "ru": {
                "title": "Видеонаблюдение в общественных местах",
                "summary": "Камеры с выводом изображения в ситуационный центр полиции и оперативным реагированием.",
                "problem": "Кражи автомобилей и грабежи на парковках, рынках и остановках.",
                "target_group": "Посетители общественных мест",
                "setting": "Парковки, рынки, остановки, центральные улицы",
                "mechanism": "Камеры повышают риск разоблачения и ускоряют реагирование нарядов; эффект сильнее, "
                "когда за изображением следит оператор.",
                "steps": [
                    "Выбрать места по данным о происшествиях.",
                    "Подключить камеры к ситуационному центру.",
                    "Назначить операторов и регламент вызова нарядов.",
                    "Информировать граждан о наличии камер.",
                ],
                "costs": "Оборудование, каналы связи, операторы ситуационного центра.",
                "outcomes": "В среднем преступность снижается умеренно; заметнее всего — на парковках и при "
                "активном мониторинге.",
                "sources": "Piza, Welsh, Farrington, Thomas (2019), Criminology & Public Policy",
                "keywords": ["видеонаблюдение", "ситуационный центр", "парковки"],
            },
            "en": {
                "title": "CCTV in public spaces",
                "summary": "Cameras streaming to a police situation centre with a rapid-response protocol.",
                "problem": "Vehicle theft and robbery in car parks, markets and at bus stops.",
                "target_group": "Users of public spaces",
                "setting": "Car parks, markets, bus stops, city centre streets",
                "mechanism": "Cameras raise the risk of being identified and speed up the response; the effect is "
                "larger when an operator actively monitors the images.",
                "steps": [
                    "Choose sites from incident data.",
                    "Connect cameras to the situation centre.",
                    "Assign operators and a dispatch protocol.",
                    "Tell the public where cameras are.",
                ],
                "costs": "Equipment, data links and situation-centre operators.",
                "outcomes": "A modest average reduction in crime, largest in car parks and with active monitoring.",
                "sources": "Piza, Welsh, Farrington, Thomas (2019), Criminology & Public Policy",
                "keywords": ["CCTV", "situation centre", "car parks"],
            },
        },
    },
    {
        "key": "scared-straight",
        "date": datetime.date(2023, 5, 15),
        "rating": "harmful",
        "strength": "systematic_review",
        "topics": ["juvenile"],
        "regions": ["US"],
        "organisations": ["campbell"],
        "papers": [],
        "texts": {
            "en": {
                "title": "“Scared Straight” prison visits for juveniles",
                "summary": "Young offenders visit a prison where inmates describe prison life to deter them.",
                "problem": "Repeat offending by adolescents after a first contact with the police.",
                "target_group": "Adolescents with a first offence",
                "setting": "Prisons",
                "mechanism": "Intended to deter through fear; in practice it seems to normalise prison and "
                "bring teenagers into contact with offenders.",
                "steps": ["Not recommended: the practice is reviewed here as a warning."],
                "costs": "Low direct cost, but harm to participants.",
                "outcomes": "Participants offended more than comparable youths who did not take part.",
                "sources": "Petrosino et al. (2013), Campbell Systematic Reviews",
                "keywords": ["deterrence", "prison visits", "iatrogenic effect"],
            },
            "ru": {
                "title": "Программа «Scared Straight»: посещение тюрем подростками",
                "summary": "Подростки-правонарушители посещают тюрьму, где заключённые рассказывают им о жизни "
                "за решёткой, чтобы напугать.",
                "problem": "Повторные правонарушения подростков после первого контакта с полицией.",
                "target_group": "Подростки, совершившие первое правонарушение",
                "setting": "Учреждения уголовно-исполнительной системы",
                "mechanism": "Задумано как устрашение; на деле, по-видимому, нормализует тюрьму и сводит подростков "
                "с преступниками.",
                "steps": ["Не рекомендуется: практика приведена как предупреждение."],
                "costs": "Низкие прямые затраты, но вред участникам.",
                "outcomes": "Участники совершали повторные правонарушения чаще, чем сравнимые подростки без программы.",
                "sources": "Petrosino et al. (2013), Campbell Systematic Reviews",
                "keywords": ["устрашение", "рецидив", "ятрогенный эффект"],
            },
        },
    },
    {
        "key": "police-drug-lectures",
        "date": datetime.date(2023, 9, 1),
        "rating": "no_effect",
        "strength": "systematic_review",
        "topics": ["drugs", "legal-education"],
        "regions": ["US"],
        "organisations": [],
        "papers": [],
        "texts": {
            "en": {
                "title": "Lecture-based drug education delivered by police officers",
                "summary": "Uniformed officers give a series of lectures on the dangers of drugs in schools.",
                "problem": "Early drug use among teenagers.",
                "target_group": "Pupils aged 10–14",
                "setting": "Schools",
                "mechanism": "Information about harm is expected to change attitudes; information alone rarely "
                "changes behaviour.",
                "steps": [
                    "Prefer interactive programmes that train refusal and social skills.",
                    "If lectures are kept, evaluate them against a comparison group.",
                ],
                "costs": "Officer time during school hours.",
                "outcomes": "Evaluations find no lasting effect on drug use.",
                "sources": "West and O'Neal (2004), American Journal of Public Health",
                "keywords": ["drug education", "schools", "DARE"],
            },
            "kk": {
                "title": "Полиция қызметкерлерінің есірткі туралы дәрістері",
                "summary": "Мектептерде полиция қызметкерлері есірткінің зияны туралы дәрістер циклін өткізеді.",
                "problem": "Жасөспірімдердің есірткіні ерте қолдануы.",
                "target_group": "10–14 жастағы оқушылар",
                "setting": "Мектептер",
                "mechanism": "Зиян туралы ақпарат көзқарасты өзгертеді деп күтіледі, бірақ ақпараттың "
                "өзі мінез-құлықты "
                "сирек өзгертеді.",
                "steps": [
                    "Бас тарту дағдыларын үйрететін интерактивті бағдарламаларды таңдау.",
                    "Дәрістер сақталса, оларды салыстыру тобымен бағалау.",
                ],
                "costs": "Сабақ уақытындағы қызметкерлердің жұмыс уақыты.",
                "outcomes": "Бағалаулар есірткі қолдануға ұзақ мерзімді әсерді анықтаған жоқ.",
                "sources": "West and O'Neal (2004), American Journal of Public Health",
                "keywords": ["есірткі", "мектеп", "алдын алу"],
            },
        },
    },
    {
        "key": "sim-box-blocking",
        "date": datetime.date(2025, 2, 18),
        "rating": "promising",
        "strength": "single_study",
        "topics": ["telecom-fraud"],
        "regions": ["KZ"],
        "organisations": ["digital", "mvd"],
        "papers": ["ru-telecom-fraud"],
        "texts": {
            "ru": {
                "title": "Выявление и блокировка SIM-боксов",
                "summary": "Операторы связи по поведенческим признакам выявляют SIM-боксы, через которые "
                "мошенники подменяют международные звонки местными номерами, и блокируют их.",
                "problem": "Телефонное мошенничество с подменой номера: звонки от «службы безопасности банка».",
                "target_group": "Абоненты мобильной связи, особенно пожилые люди",
                "setting": "Сети операторов связи",
                "mechanism": "Блокировка каналов, через которые идут массовые звонки, делает атаку дороже и "
                "снижает число звонков, доходящих до жертв.",
                "steps": [
                    "Согласовать с операторами признаки SIM-бокса (много исходящих, нет входящих, одна "
                    "базовая станция).",
                    "Автоматически блокировать подозрительные SIM-карты.",
                    "Передавать сведения в полицию для установления владельцев оборудования.",
                    "Информировать абонентов о новых схемах обмана.",
                ],
                "costs": "Доработка систем аналитики у операторов; межведомственный регламент.",
                "outcomes": "За первый год заблокированы тысячи SIM-карт; число жалоб на звонки с подменой номера "
                "снизилось.",
                "sources": "Данные МЦРИАП и МВД, 2024",
                "keywords": ["SIM-бокс", "мошенничество", "операторы связи"],
            },
            "en": {
                "title": "Detecting and blocking SIM boxes",
                "summary": "Mobile operators detect SIM boxes, which fraudsters use to disguise international calls "
                "as local numbers, from their calling patterns, and block them.",
                "problem": "Telephone fraud with spoofed numbers: calls from a fake “bank security service”.",
                "target_group": "Mobile subscribers, older people in particular",
                "setting": "Mobile operators' networks",
                "mechanism": "Blocking the channels used for mass calling makes attacks costlier and fewer calls "
                "reach victims.",
                "steps": [
                    "Agree with operators on SIM-box signatures (many outgoing calls, none incoming, one cell).",
                    "Block suspicious SIM cards automatically.",
                    "Pass the data to the police to identify equipment owners.",
                    "Warn subscribers about new fraud schemes.",
                ],
                "costs": "Analytics changes at operators; an inter-agency protocol.",
                "outcomes": "Thousands of SIM cards blocked in the first year; complaints about spoofed calls fell.",
                "sources": "Ministry of Digital Development and Ministry of Internal Affairs data, 2024",
                "keywords": ["SIM box", "fraud", "mobile operators"],
            },
        },
    },
    {
        "key": "marac",
        "date": datetime.date(2024, 6, 12),
        "rating": "promising",
        "strength": "several_studies",
        "topics": ["domestic-violence"],
        "regions": ["GB", "KZ-39"],
        "organisations": ["kostanay-akimat"],
        "papers": ["kk-domestic-violence-prevention"],
        "texts": {
            "en": {
                "title": "Multi-agency risk assessment conferences for domestic violence",
                "summary": "Police, social services, health and housing meet monthly to agree a safety plan for each "
                "victim at high risk of serious harm.",
                "problem": "Victims at high risk fall between agencies; repeat violence is common.",
                "target_group": "Victims of domestic violence at high risk",
                "setting": "Municipal level, chaired by the police",
                "mechanism": "Sharing information and assigning a lead worker closes gaps that the perpetrator "
                "exploits.",
                "steps": [
                    "Screen cases with a common risk checklist.",
                    "Refer high-risk cases to the monthly conference.",
                    "Agree actions and a lead worker per victim.",
                    "Follow up repeat incidents within twelve months.",
                ],
                "costs": "Staff time of the participating agencies; a coordinator.",
                "outcomes": "Studies report fewer repeat incidents among victims whose cases were discussed.",
                "sources": "Robinson (2006), Cardiff University evaluation\nSafeLives practice guidance",
                "keywords": ["risk assessment", "domestic violence", "multi-agency"],
            },
            "ru": {
                "title": "Межведомственные совещания по оценке риска бытового насилия",
                "summary": "Полиция, социальные службы, здравоохранение и жилищные органы ежемесячно согласуют план "
                "безопасности для каждой пострадавшей с высоким риском тяжкого вреда.",
                "problem": "Пострадавшие с высоким риском «теряются» между ведомствами; насилие повторяется.",
                "target_group": "Пострадавшие от бытового насилия с высоким риском",
                "setting": "Уровень города или района под председательством полиции",
                "mechanism": "Обмен сведениями и закрепление ответственного специалиста устраняют пробелы, которыми "
                "пользуется агрессор.",
                "steps": [
                    "Оценивать случаи по единому опроснику риска.",
                    "Направлять случаи высокого риска на ежемесячное совещание.",
                    "Согласовывать меры и ответственного по каждому случаю.",
                    "Отслеживать повторные инциденты в течение года.",
                ],
                "costs": "Рабочее время участников; координатор.",
                "outcomes": "Исследования фиксируют меньше повторных инцидентов среди рассмотренных случаев.",
                "sources": "Robinson (2006), оценка Кардиффского университета",
                "keywords": ["оценка риска", "бытовое насилие", "межведомственное взаимодействие"],
            },
        },
    },
    {
        "key": "average-speed-cameras",
        "date": datetime.date(2024, 10, 8),
        "rating": "effective",
        "strength": "systematic_review",
        "topics": ["road-safety"],
        "regions": ["GB", "SE", "KZ-19"],
        "organisations": [],
        "papers": [],
        "texts": {
            "en": {
                "title": "Speed cameras and average-speed enforcement",
                "summary": "Fixed and average-speed cameras on road sections with a history of serious crashes.",
                "problem": "Speeding causes a large share of deaths on inter-city roads.",
                "target_group": "Drivers",
                "setting": "Inter-city roads and urban arterials",
                "mechanism": "A near-certain penalty lowers speeds along the whole section, not only at the camera.",
                "steps": [
                    "Select sections from crash data.",
                    "Install cameras with clear signs.",
                    "Automate penalty notices.",
                    "Publish results to keep public support.",
                ],
                "costs": "Cameras and processing of notices; largely covered by fines.",
                "outcomes": "Reviews find fewer injury crashes and deaths at camera sites.",
                "sources": "Wilson et al. (2010), Cochrane Database of Systematic Reviews",
                "keywords": ["speed cameras", "road traffic", "enforcement"],
            },
            "ru": {
                "title": "Камеры контроля скорости и средней скорости на участке",
                "summary": "Стационарные камеры и контроль средней скорости на участках с высокой аварийностью.",
                "problem": "Превышение скорости — причина большой доли смертей на междугородних трассах.",
                "target_group": "Водители",
                "setting": "Междугородние трассы и городские магистрали",
                "mechanism": "Почти неизбежное наказание снижает скорость на всём участке, а не только у камеры.",
                "steps": [
                    "Выбрать участки по данным о ДТП.",
                    "Установить камеры и знаки.",
                    "Автоматизировать вынесение постановлений.",
                    "Публиковать результаты для поддержки граждан.",
                ],
                "costs": "Камеры и обработка постановлений; в основном окупаются штрафами.",
                "outcomes": "Обзоры показывают снижение числа ДТП с пострадавшими и погибших на участках.",
                "sources": "Wilson et al. (2010), Cochrane Database of Systematic Reviews",
                "keywords": ["камеры скорости", "дорожное движение", "ДТП"],
            },
        },
    },
    {
        "key": "school-cyber-safety",
        "date": datetime.date(2025, 5, 30),
        "rating": "inconclusive",
        "strength": "several_studies",
        "topics": ["cybercrime", "legal-education", "juvenile"],
        "regions": ["EE", "KZ-71"],
        "organisations": ["education"],
        "papers": ["en-cybercrime-awareness"],
        "texts": {
            "kk": {
                "title": "Мектептерде киберқауіпсіздікке оқыту",
                "summary": "Оқушыларға интернеттегі алаяқтықты, кибербуллингті және жеке деректерді қорғауды "
                "үйрететін сабақтар циклі.",
                "problem": "Балалар желідегі алаяқтық пен қорқытудың құрбаны болады, ата-аналар мұны кеш біледі.",
                "target_group": "5–9 сынып оқушылары",
                "setting": "Мектептер, онлайн сабақтар",
                "mechanism": "Білім мен дағдылар қауіпті жағдайды ерте тануға және көмек сұрауға көмектеседі.",
                "steps": [
                    "Мұғалімдерді оқыту.",
                    "Жасқа сай сабақтар өткізу.",
                    "Ата-аналарға арналған жадынама тарату.",
                    "Білімді сабаққа дейін және кейін тексеру.",
                ],
                "costs": "Мұғалімдерді оқыту және оқу материалдары.",
                "outcomes": "Білім артады, бірақ құрбан болу жиілігіне әсері әлі дәлелденбеген.",
                "sources": "Эстония Білім министрлігінің бағалауы, 2022",
                "keywords": ["киберқауіпсіздік", "мектеп", "құқықтық білім"],
            },
            "ru": {
                "title": "Обучение школьников кибербезопасности",
                "summary": "Цикл уроков о мошенничестве в интернете, кибербуллинге и защите персональных данных.",
                "problem": "Дети становятся жертвами мошенничества и травли в сети, родители узнают об этом поздно.",
                "target_group": "Учащиеся 5–9 классов",
                "setting": "Школы, онлайн-уроки",
                "mechanism": "Знания и навыки помогают вовремя распознать опасную ситуацию и обратиться за помощью.",
                "steps": [
                    "Обучить учителей.",
                    "Провести уроки с учётом возраста.",
                    "Раздать памятки родителям.",
                    "Проверить знания до и после курса.",
                ],
                "costs": "Обучение учителей и учебные материалы.",
                "outcomes": "Знания растут, но влияние на частоту виктимизации пока не доказано.",
                "sources": "Оценка Министерства образования Эстонии, 2022",
                "keywords": ["кибербезопасность", "школа", "правовое просвещение"],
            },
        },
    },
]
