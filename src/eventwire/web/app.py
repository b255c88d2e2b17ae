"""The app factory: ``create_app(db)`` builds the API and the web page around one store.

``eventwire serve`` runs it with uvicorn; the tests call it directly. Everything a deployment
may want to change is a :class:`WebSettings` field or an argument here, never a constant in a
route.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__

from .errors import install_error_handlers
from .limits import BodySizeLimit
from .pages import STATIC, PageNegotiation
from .routes import ROUTERS
from .settings import API_KEY_ENV, WebSettings, api_key_from_env
from .state import WebState

if TYPE_CHECKING:
    from eventwire.config import Config
    from eventwire.pipeline import Eventwire

log = logging.getLogger(__name__)
# an inline icon: package data holds only text files, and the icon must not come from a CDN
FAVICON = "data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%20viewBox%3D%220%200%2032%2032%22%3E%3Crect%20width%3D%2232%22%20height%3D%2232%22%20rx%3D%226%22%20fill%3D%22%2314213d%22/%3E%3Cpath%20d%3D%22M4%2022%20L10%2013%20L16%2018%20L22%208%20L28%2014%22%20fill%3D%22none%22%20stroke%3D%22%23fca311%22%20stroke-width%3D%223%22%20stroke-linecap%3D%22round%22%20stroke-linejoin%3D%22round%22/%3E%3C/svg%3E"
_FROM_ENV = object()  # api_key default: read EVENTWIRE_API_KEY (None would mean "writes off")

DESCRIPTION = f"""
Code news articles into CAMEO/PLOVER event records, and read the stored events.

* Read routes need no key. A browser that opens `/events`, `/events/{{id}}`, `/documents/{{id}}`,
  `/dyads/{{a}}/{{b}}/series` or `/network` gets the web page; `?format=json` forces JSON.
* `POST /documents` stores what it codes and needs the key from the server's `{API_KEY_ENV}`
  in the `x-api-key` header: **401** for a missing or wrong key, **403** when the server has no key
  (writes disabled; set `{API_KEY_ENV}` and restart to enable them).
* Errors are `{{"error": "...", "detail": ...}}`: 400 a body that is not JSON, 404 unknown id, 413
  body too large, 422 bad body or filter, 501 not supported by the database back end, 503 coder
  busy, 504 coding too slow.
* Event records follow `shared/spec/event-record.md`.
"""


def create_app(db: str, *, settings: WebSettings | None = None, api_key: str | None | object = _FROM_ENV,
               config: Config | None = None, eventwire: Eventwire | None = None) -> FastAPI:
    """The ASGI app for a database (DuckDB path or ``postgresql://`` URL).

    ``api_key`` defaults to the ``EVENTWIRE_API_KEY`` environment variable; ``None`` disables
    writes. ``eventwire`` lets a caller (the tests) share an already loaded pipeline.
    """
    settings = settings or WebSettings()
    key = api_key_from_env() if api_key is _FROM_ENV else api_key
    state = WebState(db, settings, key if isinstance(key, str) and key else None, config, eventwire)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if settings.preload:
            state.warm_up()
        yield
        state.close()

    app = FastAPI(title="eventwire", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.state.eventwire = state
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _docs_route(app)

    # middleware runs outermost-last-added: the body limit sees every request first
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["content-type", "x-api-key"])
    app.add_middleware(PageNegotiation)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    return app


def _docs_route(app: FastAPI) -> None:
    """Swagger UI from the package: FastAPI's default loads it from a CDN, and the server may
    have no internet."""

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="eventwire API",
                                   swagger_js_url="/static/vendor/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui.css",
                                   swagger_favicon_url=FAVICON)
