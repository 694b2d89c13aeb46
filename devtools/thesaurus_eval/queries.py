"""Queries of the thesaurus evaluation, by category, each with the records that answer it.

A query succeeds at 3 when one of its records is among the first three hits.
Cross-language queries are named by direction (``kk→ru``: a Kazakh query, a Russian record).
"""

SAME = "same-language"
SYNONYM = "synonym"
ABBREVIATION = "abbreviation"
TYPO = "typo"
CROSS = "cross-language"

FRAUD = ("ru-card-fraud", "ru-pyramids", "ru-phone-fraud")

QUERIES = [
    # Same language: the words of the record, inflected as people type them.
    (SAME, "профилактика правонарушений несовершеннолетних", ("ru-juveniles",)),
    (SAME, "защитное предписание", ("ru-domestic-violence",)),
    (SAME, "кризисный центр бытовое насилие", ("ru-domestic-violence",)),
    (SAME, "камеры видеонаблюдения", ("ru-cctv",)),
    (SAME, "незаконный оборот наркотиков", ("ru-drugs",)),
    (SAME, "государственные закупки коррупция", ("ru-procurement",)),
    (SAME, "электронные браслеты", ("ru-probation",)),
    (SAME, "финансовые пирамиды", ("ru-pyramids",)),
    (SAME, "нашақорлықтың алдын алу", ("kk-drug-prevention",)),
    (SAME, "көше жарығы", ("kk-street-lighting",)),
    (SAME, "учаскелік инспекторлар", ("kk-inspectors",)),
    (SAME, "діни экстремизм", ("kk-extremism",)),
    (SAME, "hot spots policing", ("en-hot-spots",)),
    (SAME, "ransomware small business", ("en-ransomware",)),
    (SAME, "street lighting crime", ("en-street-lighting",)),
    # Kazakh query, Russian record
    ("kk→ru", "кәмелетке толмағандар", ("ru-juveniles",)),
    ("kk→ru", "бейнебақылау", ("ru-cctv",)),
    ("kk→ru", "адам саудасы", ("ru-trafficking", "kk-trafficking-victims")),
    ("kk→ru", "жасанды интеллект", ("ru-ai",)),
    ("kk→ru", "мас күйінде көлік жүргізу", ("ru-drink-driving",)),
    ("kk→ru", "электрондық бақылау", ("ru-probation",)),
    # Russian query, Kazakh record
    ("ru→kk", "интернет-мошенничество", ("kk-online-fraud",)),
    ("ru→kk", "профилактика наркомании", ("kk-drug-prevention",)),
    ("ru→kk", "уличное освещение", ("kk-street-lighting", "en-street-lighting")),
    ("ru→kk", "помощь потерпевшим", ("kk-victim-support",)),
    ("ru→kk", "жертвы торговли людьми", ("kk-trafficking-victims",)),
    ("ru→kk", "детский дорожно-транспортный травматизм", ("kk-child-road",)),
    # English query, Russian record
    ("en→ru", "domestic violence", ("ru-domestic-violence", "en-domestic-abuse-helpline")),
    ("en→ru", "human trafficking", ("ru-trafficking", "kk-trafficking-victims")),
    ("en→ru", "recidivism", ("ru-recidivism",)),
    ("en→ru", "drink driving", ("ru-drink-driving",)),
    ("en→ru", "pyramid schemes", ("ru-pyramids",)),
    ("en→ru", "deradicalisation", ("ru-extremism",)),
    # Russian query, English record
    ("ru→en", "горячие точки", ("en-hot-spots",)),
    ("ru→en", "восстановительное правосудие", ("en-restorative",)),
    ("ru→en", "отмывание денег", ("en-laundering",)),
    ("ru→en", "соседский дозор", ("en-neighbourhood-watch",)),
    ("ru→en", "нагрудные видеорегистраторы", ("en-bodycams",)),
    ("ru→en", "игровая зависимость", ("en-gambling",)),
    # Kazakh query, English record
    ("kk→en", "қалпына келтіру сот төрелігі", ("en-restorative",)),
    ("kk→en", "кірістерді заңдастыру", ("en-laundering",)),
    ("kk→en", "көршілік күзет", ("en-neighbourhood-watch",)),
    ("kk→en", "бейнетіркегіштер", ("en-bodycams",)),
    ("kk→en", "құмар ойындарға тәуелділік", ("en-gambling",)),
    ("kk→en", "бопсалаушы бағдарлама", ("en-ransomware",)),
    # English query, Kazakh record
    ("en→kk", "online fraud", ("kk-online-fraud",)),
    ("en→kk", "drug prevention", ("kk-drug-prevention",)),
    ("en→kk", "anti-corruption", ("kk-anti-corruption",)),
    ("en→kk", "school bullying", ("kk-bullying", "ru-cyberbullying")),
    ("en→kk", "victim support", ("kk-victim-support",)),
    ("en→kk", "local police inspector", ("kk-inspectors", "ru-kpi")),
    # Synonyms: another word of the same language for the record's subject
    (SYNONYM, "афера", FRAUD),
    (SYNONYM, "домашнее насилие", ("ru-domestic-violence",)),
    (SYNONYM, "наркоторговля", ("ru-drugs",)),
    (SYNONYM, "подростки правонарушения", ("ru-juveniles", "ru-rct-mentoring")),
    (SYNONYM, "повторная преступность", ("ru-recidivism",)),
    (SYNONYM, "парақорлық", ("kk-anti-corruption",)),
    (SYNONYM, "problem gambling", ("en-gambling",)),
    (SYNONYM, "reoffending factors", ("ru-recidivism", "en-restorative")),
    # Abbreviations
    (ABBREVIATION, "ДТП пешеходы", ("ru-pedestrians",)),
    (ABBREVIATION, "ИИ", ("ru-ai",)),
    (ABBREVIATION, "AI", ("ru-ai",)),
    (ABBREVIATION, "ЖИ", ("ru-ai",)),
    (ABBREVIATION, "CCTV", ("ru-cctv",)),
    (ABBREVIATION, "КПЭ участковых", ("ru-kpi",)),
    (ABBREVIATION, "RCT mentoring", ("ru-rct-mentoring",)),
    (ABBREVIATION, "ЖКО балалар", ("kk-child-road", "ru-pedestrians")),
    # Typos
    (TYPO, "профилактка правонарушений", ("ru-juveniles",)),
    (TYPO, "мошеничество", FRAUD),
    (TYPO, "кибербулинг", ("ru-cyberbullying",)),
    (TYPO, "видеонаблюдени", ("ru-cctv",)),
    (TYPO, "коррупцыонные риски", ("ru-procurement",)),
    (TYPO, "restorativ justice", ("en-restorative",)),
    (TYPO, "нашакорлық", ("kk-drug-prevention",)),
    (TYPO, "ресоциализаци", ("ru-reintegration",)),
]
