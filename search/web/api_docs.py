"""/api/docs/: the API's reference as a plain HTML page, rendered here from the OpenAPI schema.

The schema that django-ninja builds (/api/schema/) is the one source; this page only lays it out, so
it cannot drift from the endpoints. No script and nothing from another host: it reads like any page.
"""

from django.shortcuts import render
from django.urls import reverse

METHODS = ("get", "post", "put", "patch", "delete")


def type_label(schema: dict) -> str:
    """A short type for a parameter: ``string``, ``integer``, ``array of string``, or its allowed values."""
    if "anyOf" in schema:
        return " | ".join(type_label(option) for option in schema["anyOf"] if option.get("type") != "null")
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return "array of " + type_label(schema.get("items", {}))
    return schema.get("type", "")


def parameter(spec: dict) -> dict:
    schema = spec.get("schema", {})
    values = schema.get("enum") or schema.get("items", {}).get("enum") or []
    return {
        "name": spec["name"],
        "where": spec.get("in", ""),
        "required": spec.get("required", False),
        "type": type_label(schema),
        "values": [str(value) for value in values],
        "default": schema.get("default"),
        "description": spec.get("description", ""),
    }


def operations(schema: dict) -> list[dict]:
    found = []
    for url, item in schema.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            parameters = [parameter(p) for p in operation.get("parameters", [])]
            responses = [
                {"status": status, "description": answer.get("description", "")}
                for status, answer in sorted(operation.get("responses", {}).items())
            ]
            found.append(
                {
                    "id": operation.get("operationId", f"{method}-{url}"),
                    "method": method.upper(),
                    "url": url,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": parameters,
                    "responses": responses,
                }
            )
    return found


def api_docs(request, api):
    schema = api.get_openapi_schema(path_prefix=reverse("api:api-root"))
    context = {
        "info": schema.get("info", {}),
        "operations": operations(schema),
        "schema_url": reverse("api:openapi-json"),
    }
    return render(request, "search/api_docs.html", context)
