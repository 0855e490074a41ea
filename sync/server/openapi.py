"""Request bodies in the OpenAPI document.

Device requests are read as raw bytes (the signature covers the exact bytes, which may be zstd
compressed), so FastAPI cannot infer their schema; each route names its model with
:func:`body_doc` and :func:`install` adds those schemas to ``components``.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from sync.protocol.messages import ErrorOut

_MODELS: dict[str, type[BaseModel]] = {}
REF = "#/components/schemas/{model}"


def body_doc(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` describing a required JSON (optionally zstd-encoded) body of ``model``."""
    _MODELS[model.__name__] = model
    ref = {"$ref": REF.format(model=model.__name__)}
    return {"requestBody": {"required": True, "content": {
        "application/json": {"schema": ref},
    }, "description": f"{model.__name__} as JSON; may be sent zstd-compressed with "
                      "'Content-Encoding: zstd'."}}


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text} for code, text in (
        (401, "not signed by an enrolled device, or the signature does not verify"),
        (403, "revoked device (wipe order) or role not allowed"),
        (404, "not found, or outside the caller's scope"),
        (409, "refused by the workflow or clock rules"),
        (413, "body too large"),
        (422, "malformed body"),
    )}


def install(app: FastAPI) -> None:
    """Replace ``app.openapi`` with one that includes the raw-body schemas."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, model in _MODELS.items():
            js = model.model_json_schema(ref_template=REF)
            for def_name, definition in js.pop("$defs", {}).items():
                components.setdefault(def_name, definition)
            components.setdefault(name, js)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
