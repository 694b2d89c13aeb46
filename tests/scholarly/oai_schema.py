"""The OAI-PMH 2.0 schema (with oai_dc and simple Dublin Core), read from tests/scholarly/schemas/.

The schemas are vendored from the published specification; ``allow="sandbox"``
keeps xmlschema from fetching anything outside that folder, so validation
never touches the network.
"""

from functools import cache
from pathlib import Path

import xmlschema

SCHEMAS = Path(__file__).resolve().parent / "schemas"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"


@cache
def oai_schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(
        str(SCHEMAS / "OAI-PMH.xsd"), locations=[(OAI_DC, str(SCHEMAS / "oai_dc.xsd"))], allow="sandbox"
    )


def assert_valid(content: bytes) -> None:
    """Fail with the schema's own message when ``content`` is not a valid OAI-PMH response."""
    document = xmlschema.XMLResource(content.decode("utf-8"), allow="none")  # the response fetches nothing either
    errors = list(oai_schema().iter_errors(document, use_location_hints=False))
    assert not errors, str(errors[0])
