"""About the server: ``/health``, ``/settings`` and the CAMEO code table the page labels codes with."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from eventwire import __version__

from ..deps import State
from ..state import public_url

router = APIRouter(tags=["about"])


@router.get("/")
def index() -> dict:
    """What this server offers (browsers get the web page here instead)."""
    return {"name": "eventwire", "version": __version__, "docs": "/docs", "openapi": "/openapi.json",
            "endpoints": ["POST /code", "POST /documents", "GET /events", "GET /events/{id}", "GET /documents",
                          "GET /documents/{id}", "GET /dyads/{source}/{target}/series", "GET /network",
                          "GET /actors", "GET /summary", "GET /export", "GET /health", "GET /settings",
                          "GET /ontology/cameo"]}


@router.get("/health")
def health(state: State) -> JSONResponse:
    """Whether the server can reach its database; 503 when it cannot."""
    body: dict[str, Any] = {"status": "ok", "version": __version__, "db": public_url(state.db),
                            "coder_loaded": state.coder_loaded, "writes_enabled": state.api_key is not None}
    try:
        body["events"] = state.read(lambda store: store.count_events())
    except Exception as exc:  # noqa: BLE001 - report, do not raise: this is the health check
        body.update(status="error", error=str(getattr(exc, "detail", None) or exc))
        return JSONResponse(body, status_code=503)
    return JSONResponse(body)


@router.get("/settings")
def settings(state: State) -> dict:
    """The server's settings with their help text (the write key is never shown)."""
    help_text = state.settings.help()
    return {name: {"value": value, "help": help_text[name]} for name, value in state.settings.as_dict().items()}


@lru_cache(maxsize=1)
def _cameo_table() -> dict[str, Any]:
    from eventwire.ontology import QUAD_NAMES, cameo_codes

    return {
        "codes": {c.code: {"name": c.name, "goldstein": c.goldstein, "quad_class": c.quad_class}
                  for c in cameo_codes().values()},
        "quad_classes": {str(k): v for k, v in QUAD_NAMES.items()},
    }


@router.get("/ontology/cameo")
def cameo() -> JSONResponse:
    """Every CAMEO event code with its name, Goldstein weight and quad class."""
    return JSONResponse(_cameo_table(), headers={"Cache-Control": "public, max-age=3600"})
