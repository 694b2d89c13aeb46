"""The item a practitioner is looking for comes in the top three, in any of the three languages and any word form.

The corpus stands for the portal's content: reviews, methodologies, papers and
pilot projects in Kazakh, Russian and English. Queries use other inflected
forms than the items do.
"""

import pytest

from search.index import alias
from search.index.mapping import alias_name
from search.query import faceted
from search.query.params import SearchParams
from tests.conftest import delete_indices
from tests.support.corpus import doc, write

CORPUS = {
    # English
    "mentoring_en": doc(
        "Mentoring programmes for young offenders in small towns",
        abstract="A systematic review of twelve mentoring programmes: pairing adolescents with trained volunteers "
        "reduces reoffending in rural districts.",
        keywords=["mentoring", "juvenile offending", "reoffending"],
        topics=["prevention", "prevention/juvenile"],
    ),
    "lighting_en": doc(
        "Street lighting and burglary prevention",
        abstract="Improved street lighting in residential areas reduced burglaries and vehicle thefts at night.",
        topics=["prevention", "prevention/situational"],
    ),
    "domestic_en": doc(
        "Police response to domestic violence",
        kind="methodology",
        abstract="A protocol for officers attending domestic violence calls: risk assessment, protection orders "
        "and referral to shelters.",
    ),
    "fraud_en": doc(
        "Telephone fraud against pensioners",
        kind="paper",
        abstract="Fraudsters posing as bank employees deceive elderly people; awareness campaigns and bank alerts "
        "reduce losses.",
    ),
    "drugs_en": doc(
        "School-based drug prevention curricula",
        abstract="Interactive lessons about drugs and alcohol delay first use among pupils.",
    ),
    "hotspots_en": doc(
        "Hot spots policing in city centres",
        abstract="Concentrating patrols on a few high-crime streets reduces violent crime without displacing it.",
    ),
    "probation_en": doc(
        "Electronic monitoring of probationers",
        kind="project",
        status="pilot",
        abstract="A regional pilot of electronic tags for people on probation, with weekly meetings.",
    ),
    "bullying_en": doc(
        "Preventing bullying in secondary schools",
        kind="methodology",
        abstract="A whole-school programme with teacher training and peer mediators reduces bullying and truancy.",
    ),
    "trafficking_en": doc(
        "Identifying victims of human trafficking at borders",
        kind="paper",
        abstract="Indicators that help border guards recognise trafficked persons and refer them to support.",
    ),
    "extremism_en": doc(
        "Countering online radicalisation of young people",
        kind="paper",
        abstract="Youth workers and moderated forums reduce exposure to extremist propaganda on social networks.",
    ),
    # Russian
    "mentoring_ru": doc(
        "Наставничество для несовершеннолетних правонарушителей",
        language="ru",
        abstract="Программа наставничества снижает повторные правонарушения подростков в малых городах.",
    ),
    "domestic_ru": doc(
        "Профилактика семейно-бытового насилия",
        language="ru",
        kind="methodology",
        abstract="Алгоритм действий участкового инспектора при вызовах, связанных с насилием в семье, "
        "и выдача защитных предписаний.",
    ),
    "fraud_ru": doc(
        "Телефонное мошенничество в отношении пенсионеров",
        language="ru",
        kind="paper",
        abstract="Мошенники представляются сотрудниками банков и обманывают пожилых людей.",
    ),
    "drugs_ru": doc(
        "Профилактика наркомании среди студентов колледжей",
        language="ru",
        abstract="Тренинги и волонтёрские клубы снижают употребление наркотиков студентами.",
    ),
    "hotspots_ru": doc(
        "Патрулирование мест концентрации преступлений",
        language="ru",
        abstract="Адресное патрулирование улиц с высоким уровнем уличной преступности снижает число грабежей.",
    ),
    "reentry_ru": doc(
        "Ресоциализация осуждённых после освобождения",
        language="ru",
        kind="project",
        status="pilot",
        abstract="Пилотный проект в Карагандинской области: трудоустройство и жильё для освобождённых снижают рецидив.",
    ),
    "cyberbullying_ru": doc(
        "Кибербуллинг среди школьников",
        language="ru",
        kind="paper",
        abstract="Опрос учащихся показал связь травли в социальных сетях с пропусками занятий.",
    ),
    "roads_ru": doc(
        "Снижение аварийности на дорогах с помощью камер",
        language="ru",
        kind="project",
        abstract="Камеры фиксации скорости на трассах уменьшили число дорожно-транспортных происшествий.",
    ),
    "corruption_ru": doc(
        "Антикоррупционное обучение государственных служащих",
        language="ru",
        kind="methodology",
        abstract="Курс по выявлению конфликта интересов и предотвращению коррупции для служащих.",
    ),
    "migrants_ru": doc(
        "Правовая помощь трудовым мигрантам",
        language="ru",
        kind="paper",
        abstract="Бесплатные юридические консультации защищают мигрантов от эксплуатации.",
    ),
    # Kazakh
    "juvenile_kk": doc(
        "Жасөспірімдер арасындағы құқық бұзушылықтың алдын алу",
        language="kk",
        abstract="Мектептердегі құқықтық тәрбие бағдарламалары жасөспірімдердің қылмысқа тартылуын азайтады.",
    ),
    "domestic_kk": doc(
        "Отбасылық зорлық-зомбылықпен күрес",
        language="kk",
        kind="methodology",
        abstract="Учаскелік полиция инспекторының отбасындағы зорлық туралы хабарламаларға әрекет ету тәртібі.",
    ),
    "fraud_kk": doc(
        "Зейнеткерлерге қатысты телефон алаяқтығы",
        language="kk",
        kind="paper",
        abstract="Алаяқтар банк қызметкерлері болып таныстырып, қарттарды алдайды.",
    ),
    "drugs_kk": doc(
        "Студенттер арасында есірткіге қарсы профилактика",
        language="kk",
        abstract="Тренингтер мен еріктілер клубтары студенттердің есірткі тұтынуын азайтады.",
    ),
    "hotspots_kk": doc(
        "Қалалардағы көше қылмысының ошақтарын патрульдеу",
        language="kk",
        abstract="Қылмыс жиі болатын көшелерде патрульдеу тонау санын азайтады.",
    ),
    "reentry_kk": doc(
        "Сотталғандарды босатылғаннан кейін әлеуметтік бейімдеу",
        language="kk",
        kind="project",
        status="pilot",
        abstract="Қарағанды облысындағы пилоттық жоба: жұмысқа орналастыру қайталама қылмысты азайтады.",
    ),
    "bullying_kk": doc(
        "Мектептердегі қорқытушылықтың алдын алу",
        language="kk",
        kind="methodology",
        abstract="Мұғалімдерді оқыту және құрдастар медиациясы қорқытушылықты азайтады.",
    ),
    "roads_kk": doc(
        "Жол-көлік оқиғаларын камералар арқылы азайту",
        language="kk",
        kind="project",
        abstract="Жылдамдықты тіркейтін камералар жол апаттарының санын қысқартты.",
    ),
    "corruption_kk": doc(
        "Мемлекеттік қызметшілерге сыбайлас жемқорлыққа қарсы оқыту",
        language="kk",
        kind="methodology",
        abstract="Мүдделер қақтығысын анықтау курсы.",
    ),
    "migrants_kk": doc(
        "Еңбек мигранттарына құқықтық көмек",
        language="kk",
        kind="paper",
        abstract="Тегін заң кеңестері мигранттарды қанаудан қорғайды.",
    ),
}

CASES = [
    # English: plurals, verb forms, British spellings
    ("mentoring programme for a young offender", "mentoring_en"),
    ("juveniles reoffending in rural district", "mentoring_en"),
    ("burglaries and street lights", "lighting_en"),
    ("domestic violence protection order", "domestic_en"),
    ("fraudster targeting pensioner", "fraud_en"),
    ("drugs prevention in school", "drugs_en"),
    ("policing hot spot", "hotspots_en"),
    ("electronic tag for probationer", "probation_en"),
    ("prevent bullying at secondary school", "bullying_en"),
    ("trafficking victim identified at the border", "trafficking_en"),
    ("radicalisation of youth online", "extremism_en"),
    # Russian: other cases and numbers
    ("программы наставничества для несовершеннолетних", "mentoring_ru"),
    ("насилие в семьях", "domestic_ru"),
    ("мошенничества с пенсионерами", "fraud_ru"),
    ("наркомания у студента", "drugs_ru"),
    ("патрулирование улицы грабежи", "hotspots_ru"),
    ("рецидив освобождённого", "reentry_ru"),
    ("кибербуллинга школьников", "cyberbullying_ru"),
    ("камерами на дорогах", "roads_ru"),
    ("коррупции служащего", "corruption_ru"),
    ("правовой помощи мигранту", "migrants_ru"),
    # Kazakh: case endings, plurals, possessives
    ("жасөспірімдердің құқық бұзушылығы", "juvenile_kk"),
    ("отбасындағы зорлық", "domestic_kk"),
    ("телефон алаяқтары", "fraud_kk"),
    ("есірткі профилактикасы", "drugs_kk"),
    ("көшелердегі қылмыс", "hotspots_kk"),
    ("сотталғандардың бейімдеуі", "reentry_kk"),
    ("мектептегі қорқытушылық", "bullying_kk"),
    ("жол-көлік оқиғалары", "roads_kk"),
    ("сыбайлас жемқорлықпен күрес", "corruption_kk"),
    ("мигранттарға құқықтық көмек", "migrants_kk"),
]


@pytest.fixture(scope="module")
def corpus_ids(elasticsearch_node):
    """The corpus, indexed once for every case (the cases only read)."""
    delete_indices(elasticsearch_node, f"{alias_name()}*")
    alias.ensure_index()
    ids = write(*CORPUS.values())
    yield dict(zip(CORPUS, ids, strict=True))
    delete_indices(elasticsearch_node, f"{alias_name()}*")


def test_the_cases_cover_three_languages_and_enough_queries():
    languages = {CORPUS[key]["language"] for _, key in CASES}
    assert languages == {"kk", "ru", "en"}
    assert len(CASES) >= 25


@pytest.mark.parametrize(("query", "expected"), CASES, ids=[q for q, _ in CASES])
def test_expected_item_is_in_the_top_three(corpus_ids, db, query, expected):  # db: facets are labelled from it
    hits = faceted.run(SearchParams(q=query)).hits
    top = [hit.id for hit in hits[:3]]
    titles = [hit.title for hit in hits[:3]]
    assert corpus_ids[expected] in top, f"{query!r} gave {titles}"
