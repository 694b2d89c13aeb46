"""Page trees per language: the Kazakh, Russian and English copies of the site's structure."""

from wagtail.models import Locale, Page


def localized(page: Page, language: str) -> Page:
    """``page``'s live translation in ``language``, copied (with its parents) and published if missing."""
    locale = Locale.objects.get(language_code=language)
    if page.locale_id == locale.pk:
        return page
    translation = page.get_translation_or_none(locale)
    if translation is None:
        parent = page.get_parent()
        if parent.depth > 1:
            localized(parent.specific, language)
        translation = page.copy_for_translation(locale)
    translation = translation.specific
    if not translation.live:
        translation.save_revision().publish()
    return translation
