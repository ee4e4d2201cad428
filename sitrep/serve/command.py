"""`sitrep serve`: run the API and the web map over a store with uvicorn."""

from __future__ import annotations

import os

import click

from sitrep.commands.store import DB_OPTION, _open_store


@click.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for every one).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="SITREP_TOKEN", help="Bearer token that allows POST /api/documents (env: SITREP_TOKEN); "
                                                      "without one the server is read-only. Prefer the variable: "
                                                      "a token in the command line shows in `ps`.")
@click.option("--tile-url", envvar="SITREP_TILE_URL",
              help="Optional map tiles, e.g. https://tiles.example.org/{z}/{x}/{y}.png; the offline country "
                   "borders are always drawn (env: SITREP_TILE_URL).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes; more than one serves concurrent clients on more CPU cores.")
def serve_command(db: str, host: str, port: int, token: str | None, tile_url: str | None, workers: int) -> None:
    """Serve the store: a JSON API (OpenAPI at /docs) and a web map with filters, timeline and table.

    Example: sitrep serve --db sitrep.db --port 8000, then open http://127.0.0.1:8000/
    """
    import uvicorn

    from sitrep.serve.app import SERVER_CONNECTIONS, create_app

    store = _open_store(db, create=bool(token), connections=SERVER_CONNECTIONS)
    click.echo(f"sitrep serve: {store.url} on http://{host}:{port}/ (API at /docs; "
               f"{'writes need the bearer token' if token else 'read-only'})", err=True)
    if workers > 1:
        store.close()
        os.environ.update({"SITREP_DB": store.url, "SITREP_TOKEN": token or "", "SITREP_TILE_URL": tile_url or ""})
        uvicorn.run("sitrep.serve.app:app_from_environment", factory=True, workers=workers, host=host, port=port,
                    log_level="warning")
        return
    try:
        uvicorn.run(create_app(store, token=token or None, tile_url=tile_url, warm_up=True), host=host, port=port,
                    log_level="warning")
    finally:
        store.close()
