"""Run the server in a thread on a free loopback port and drive Debian's Chromium: for tests, benchmarks, screenshots.

Playwright (a dev dependency) is imported only here, and only its Python driver is used: the browser
is the system's Chromium (`CHROMIUM`), never one Playwright downloads.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

CHROMIUM = os.environ.get("SITREP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@contextlib.contextmanager
def running_server(app: Any) -> Iterator[str]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 in a daemon thread; yields its base URL, stops it after."""
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextlib.contextmanager
def chromium_page(width: int = 1400, height: int = 860) -> Iterator[Any]:
    """A Playwright page in headless system Chromium, offline apart from the loopback server."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            context.route("**/*", _loopback_only)
            yield context.new_page()
        finally:
            browser.close()


def _loopback_only(route: Any) -> None:
    """Let requests to the loopback server through and refuse every other, so a page that needs the internet fails."""
    host = route.request.url.split("/")[2].split(":")[0] if "://" in route.request.url else ""
    if host in ("127.0.0.1", "localhost"):
        route.continue_()
    else:
        route.abort()


def wait_until_ready(page: Any, url: str, timeout_ms: int = 20_000) -> None:
    """Open the page and wait until it has loaded its data (body[data-ready])."""
    page.goto(url)
    page.wait_for_selector("body[data-ready='true']", timeout=timeout_ms)
