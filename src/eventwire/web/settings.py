"""Settings of the HTTP server, declared once with their help text (``GET /settings`` lists them
with their values; the write key is never among them)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Any

API_KEY_ENV = "EVENTWIRE_API_KEY"


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class WebSettings:
    max_body_bytes: int = _setting(2_000_000, "Largest request body accepted; larger ones get 413.")
    code_timeout: float = _setting(30.0, "Seconds a request waits for coding before 504 (or 503 when still queued).")
    max_queued: int = _setting(8, "Coding requests allowed to wait for the coder; more get 503 at once.")
    default_limit: int = _setting(100, "Events per page when the request gives no limit.")
    max_limit: int = _setting(1000, "Largest page of events a request may ask for.")
    cors_origins: tuple[str, ...] = _setting((), "Origins allowed to call the API from other sites; none by default.")
    preload: bool = _setting(False, "Load the spaCy model when the server starts, not on the first coding request.")

    @classmethod
    def help(cls) -> dict[str, str]:
        return {f.name: f.metadata["help"] for f in fields(cls)}

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def api_key_from_env() -> str | None:
    """The write key, or None when writes are disabled (an empty variable counts as unset, so a
    blank key can never unlock writes)."""
    return os.environ.get(API_KEY_ENV) or None
