"""What one server holds: the store, the coder and the limits around them.

The ``Eventwire`` object is built on the first coding request (or at start-up with ``preload``)
because loading the spaCy model takes seconds and read-only use never needs it. Coding runs on
one worker thread: spaCy pipelines and our lazily built stages are not documented as safe to
share between threads, and one coder at a time keeps memory flat. A request waits at most
``code_timeout`` seconds; Python cannot stop a thread, so a text that overruns finishes in the
background and later requests queue behind it (503 when the queue is full or they never start).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from eventwire.model import Article, Event
from eventwire.store import Store, open_store

from .errors import ApiError
from .settings import WebSettings

if TYPE_CHECKING:
    from eventwire.config import Config
    from eventwire.pipeline import Eventwire

log = logging.getLogger(__name__)
T = TypeVar("T")
WARM_UP_TEXT = "Iran's foreign minister met his Iraqi counterpart in Baghdad on Monday."


def public_url(url: str) -> str:
    """The database URL without credentials, safe to show in ``/health``."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class WebState:
    def __init__(self, db: str, settings: WebSettings, api_key: str | None,
                 config: Config | None = None, eventwire: Eventwire | None = None) -> None:
        self.db = db
        self.settings = settings
        self.api_key = api_key
        self.config = config
        self._eventwire = eventwire
        self._store: Store | None = None
        self._store_lock = threading.RLock()  # one connection, used by one request at a time
        self._ew_lock = threading.Lock()
        self._pool_lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None  # made on first use, again after close()
        self._queued = 0  # submitted and not finished, touched only on the event loop

    # -- the store ------------------------------------------------------------------------------
    @contextmanager
    def store(self) -> Iterator[Store]:
        """The shared store, held for the duration of the ``with`` block."""
        with self._store_lock:
            if self._store is None:
                try:
                    # least privilege: a server that cannot write opens the database read-only
                    from eventwire.config import Config
                    from eventwire.store import dedup_from_config

                    dedup = dedup_from_config(self.config or Config.load())
                    self._store = open_store(self.db, read_only=self.api_key is None, dedup=dedup)
                except Exception as exc:  # noqa: BLE001 - a locked or unreachable database
                    # the message may quote the URL: never send its password to a client
                    message = str(exc).replace(self.db, public_url(self.db))
                    raise ApiError(503, "the database cannot be opened", f"{public_url(self.db)}: {message}") from exc
            yield self._store

    def read(self, fn: Callable[[Store], T]) -> T:
        with self.store() as store:
            return fn(store)

    # -- the coder ------------------------------------------------------------------------------
    @property
    def coder_loaded(self) -> bool:
        return self._eventwire is not None

    def eventwire(self) -> Eventwire:
        with self._ew_lock:
            if self._eventwire is None:
                from eventwire.pipeline import Eventwire

                self._eventwire = Eventwire(self.config)
            return self._eventwire

    def _coder_thread(self) -> ThreadPoolExecutor:
        # an app whose lifespan ended (close()) may be started again (a second TestClient, a
        # server restarted in-process): it gets a new thread instead of "cannot schedule new
        # futures after shutdown" on every coding request
        with self._pool_lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="eventwire-coder")
            return self._executor

    def _code_sync(self, text: str, doc_id: str, pub_date: str | None, html: bool) -> tuple[Article, list[Event]]:
        return self.eventwire().code_text(text, doc_id=doc_id, pub_date=pub_date, html=html)

    def warm_up(self) -> Future:
        """Load the model and build every stage in the background."""
        return self._coder_thread().submit(self._code_sync, WARM_UP_TEXT, "warm-up", "2020-01-01", False)

    async def code(self, text: str, doc_id: str, pub_date: str | None, html: bool) -> tuple[Article, list[Event]]:
        """Code one text on the coder thread, within the time limit."""
        timeout = self.settings.code_timeout
        if self._queued >= self.settings.max_queued:
            raise ApiError(503, "the coder is busy", f"{self._queued} texts are waiting; try again shortly",
                           headers={"Retry-After": "5"})
        future = self._coder_thread().submit(self._code_sync, text, doc_id, pub_date, html)
        self._queued += 1
        try:
            wrapped = asyncio.wrap_future(future)
            done, _ = await asyncio.wait({wrapped}, timeout=timeout)
            if not done:
                if future.cancel():  # never started: the coder was busy with earlier texts
                    raise ApiError(503, "the coder is busy", f"the text waited {timeout:g} s without being coded",
                                   headers={"Retry-After": "10"})
                wrapped.add_done_callback(_consume)
                raise ApiError(504, "coding took too long", f"gave up after {timeout:g} s; send a shorter text")
            return wrapped.result()
        except ValueError as exc:
            raise ApiError(422, "the text cannot be coded", str(exc)) from exc
        finally:
            self._queued -= 1

    def close(self) -> None:
        with self._pool_lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def _consume(fut: asyncio.Future[Any]) -> None:
    # a timed-out job may still fail later; read its exception so asyncio does not log it as lost
    if not fut.cancelled():
        fut.exception()
