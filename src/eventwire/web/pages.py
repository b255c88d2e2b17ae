"""The web page: the same URLs as the API, as HTML when a browser asks for HTML.

``/events?source=IRN`` gives JSON to ``curl`` and to the page's own ``fetch`` calls, and the
page to a browser that navigates there (its ``Accept`` header puts ``text/html`` first). The
page is one HTML shell (``static/index.html``) whose scripts render each view from the JSON, so
a view's data and its HTML never come from two code paths. ``?format=json`` forces JSON.
"""

from __future__ import annotations

import re
from pathlib import Path

from starlette.responses import FileResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

STATIC = Path(__file__).parent / "static"
INDEX = STATIC / "index.html"

PAGE_PATHS = [re.compile(p) for p in (
    r"^/$",
    r"^/events/?$",
    r"^/events/[^/]+$",
    r"^/documents/?$",
    r"^/documents/.+$",
    r"^/timeline/?$",
    r"^/dyads/[^/]+/[^/]+/series$",
    r"^/network/?$",
)]


def wants_html(scope: Scope) -> bool:
    if scope["type"] != "http" or scope["method"] not in ("GET", "HEAD"):
        return False
    if b"format=json" in scope.get("query_string", b""):
        return False
    accept = ""
    for name, value in scope.get("headers", ()):
        if name == b"accept":
            accept = value.decode("latin-1")
            break
    return "text/html" in accept


def is_page(path: str) -> bool:
    return any(p.match(path) for p in PAGE_PATHS)


class PageNegotiation:
    """Serves the page shell for page paths when the client prefers HTML."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_page(scope["path"]):
            await self.app(scope, receive, send)
            return
        if wants_html(scope):
            response = FileResponse(INDEX, media_type="text/html", headers={"Vary": "Accept", "Cache-Control": "no-cache"})
            await response(scope, receive, send)
            return

        async def send_with_vary(message: Message) -> None:
            # one URL, two bodies: caches must key on Accept or they would serve JSON to a browser
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"vary", b"Accept")]
            await send(message)

        await self.app(scope, receive, send_with_vary)
