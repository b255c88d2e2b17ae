"""The HTTP API and the web page (``eventwire serve``): one app factory over one store.

    >>> from eventwire.web import create_app
    >>> app = create_app("eventwire.duckdb")   # then: uvicorn, or fastapi.testclient.TestClient(app)
"""

from .app import create_app
from .settings import WebSettings

__all__ = ["WebSettings", "create_app"]
