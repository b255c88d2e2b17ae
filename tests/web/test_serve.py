"""``eventwire serve`` starts the app under uvicorn with the spec's options."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
import pytest

from tests.web.conftest import free_port

pytestmark = pytest.mark.slow


def test_serve_runs_the_api_and_the_page(tiny_db):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_API_KEY"}
    proc = subprocess.Popen([sys.executable, "-m", "eventwire.cli", "serve", "--db", str(tiny_db), "--host", "127.0.0.1",
                             "--port", str(port), "--code-timeout", "20"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"{base}/health", timeout=2).json()
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    pytest.fail(f"the server did not start: {proc.stderr.read() if proc.poll() is not None else ''}")
                time.sleep(0.2)
        assert health["status"] == "ok" and health["events"] == 3 and health["writes_enabled"] is False
        assert httpx.get(f"{base}/settings").json()["code_timeout"]["value"] == 20
        page = httpx.get(f"{base}/events", headers={"accept": "text/html"})
        assert page.headers["content-type"].startswith("text/html")
        assert httpx.post(f"{base}/documents", json={"text": "Iran met Iraq."}).status_code == 403
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "writes are disabled" in stderr and "EVENTWIRE_API_KEY" in stderr
