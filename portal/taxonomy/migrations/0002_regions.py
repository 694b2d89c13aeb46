"""Kazakhstan's regions and cities of republican significance (ISO 3166-2:KZ codes), and the
countries whose practices the portal reviews."""

from django.db import migrations

REGIONS = [
    # code, kind, Kazakh, Russian, English
    ("KZ-10", "region", "Абай облысы", "Абайская область", "Abai Region"),
    ("KZ-11", "region", "Ақмола облысы", "Акмолинская область", "Akmola Region"),
    ("KZ-15", "region", "Ақтөбе облысы", "Актюбинская область", "Aktobe Region"),
    ("KZ-19", "region", "Алматы облысы", "Алматинская область", "Almaty Region"),
    ("KZ-23", "region", "Атырау облысы", "Атырауская область", "Atyrau Region"),
    ("KZ-27", "region", "Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan Region"),
    ("KZ-31", "region", "Жамбыл облысы", "Жамбылская область", "Zhambyl Region"),
    ("KZ-33", "region", "Жетісу облысы", "Область Жетысу", "Zhetysu Region"),
    ("KZ-35", "region", "Қарағанды облысы", "Карагандинская область", "Karaganda Region"),
    ("KZ-39", "region", "Қостанай облысы", "Костанайская область", "Kostanay Region"),
    ("KZ-43", "region", "Қызылорда облысы", "Кызылординская область", "Kyzylorda Region"),
    ("KZ-47", "region", "Маңғыстау облысы", "Мангистауская область", "Mangystau Region"),
    ("KZ-55", "region", "Павлодар облысы", "Павлодарская область", "Pavlodar Region"),
    ("KZ-59", "region", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan Region"),
    ("KZ-61", "region", "Түркістан облысы", "Туркестанская область", "Turkistan Region"),
    ("KZ-62", "region", "Ұлытау облысы", "Область Улытау", "Ulytau Region"),
    ("KZ-63", "region", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan Region"),
    ("KZ-71", "city", "Астана", "Астана", "Astana"),
    ("KZ-75", "city", "Алматы", "Алматы", "Almaty"),
    ("KZ-79", "city", "Шымкент", "Шымкент", "Shymkent"),
    ("KZ", "country", "Қазақстан", "Казахстан", "Kazakhstan"),
    ("RU", "country", "Ресей", "Россия", "Russia"),
    ("UZ", "country", "Өзбекстан", "Узбекистан", "Uzbekistan"),
    ("KG", "country", "Қырғызстан", "Кыргызстан", "Kyrgyzstan"),
    ("GB", "country", "Ұлыбритания", "Великобритания", "United Kingdom"),
    ("US", "country", "АҚШ", "США", "United States"),
    ("DE", "country", "Германия", "Германия", "Germany"),
    ("FI", "country", "Финляндия", "Финляндия", "Finland"),
    ("EE", "country", "Эстония", "Эстония", "Estonia"),
    ("NL", "country", "Нидерланд", "Нидерланды", "Netherlands"),
    ("SE", "country", "Швеция", "Швеция", "Sweden"),
    ("SG", "country", "Сингапур", "Сингапур", "Singapore"),
    ("KR", "country", "Корея Республикасы", "Республика Корея", "Republic of Korea"),
    ("CA", "country", "Канада", "Канада", "Canada"),
]


def create_regions(apps, schema_editor):
    Region = apps.get_model("taxonomy", "Region")
    for code, kind, kk, ru, en in REGIONS:
        Region.objects.update_or_create(code=code, defaults={"kind": kind, "name_kk": kk, "name_ru": ru, "name_en": en})


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(create_regions, migrations.RunPython.noop)]
