"""Fetching is safe: internal addresses refused on every hop, robots.txt per host reached, a total
deadline per request, and size caps for robots.txt, feeds and WARC header lines.

Every server here is our own, started in the test on a loopback address; the benign path passes
`allow_private` (or allows 127.0.0.1 alone) and the same requests without it must be refused.
"""

from __future__ import annotations

import gzip
import http.server
import ipaddress
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitrep.cli import main
from sitrep.commands.common import EXIT_SOME_FAILED
from sitrep.ingest import FetchOptions, Fetcher, is_public_address, read_inputs
from sitrep.schema import Document, ReadError
from sitrep.sources import read_paths

PAGE = ("<html><head><title>Clash near Gao</title></head><body><article><h1>Clash near Gao</h1>"
        "<p>Soldiers clashed with militants near Gao on Tuesday, leaving two soldiers dead, officials said.</p>"
        "<p>The army said it had sent reinforcements to the area after the fighting.</p></article></body></html>")


class Site(http.server.BaseHTTPRequestHandler):
    """Routes set per server: path -> (status, headers, body or a callable writing it)."""

    def do_GET(self):
        self.server.seen.append(self.path)
        status, headers, body = self.server.routes.get(self.path, (404, {}, b"not here"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if callable(body):
            self.end_headers()
            body(self.wfile)
            return
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    servers = []

    def start(routes: dict, host: str = "127.0.0.1") -> str:
        server = http.server.ThreadingHTTPServer((host, 0), Site)
        server.daemon_threads = True
        server.routes, server.seen = routes, []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://{host}:{server.server_address[1]}"

    start.servers = servers
    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def html(body: str = PAGE) -> tuple[int, dict, bytes]:
    return 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode("utf-8")


def only(items):
    [item] = list(items)
    return item


def test_loopback_is_refused_without_allow_private_and_read_with_it(serve):
    site = serve({"/page": html()})
    refused = only(read_inputs([f"{site}/page"]))
    assert isinstance(refused, ReadError) and "refusing to fetch" in refused.message and "127.0.0.1" in refused.message
    assert serve.servers[0].seen == []
    fetched = only(read_inputs([f"{site}/page"], fetch=FetchOptions(allow_private=True)))
    assert isinstance(fetched, Document) and "near Gao" in fetched.text


@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254",
                                     "100.64.0.1", "0.0.0.0", "224.0.0.1", "240.0.0.1", "::1", "fe80::1",
                                     "fc00::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254"])
def test_internal_addresses_are_not_public(address):
    assert not is_public_address(ipaddress.ip_address(address))


def test_public_addresses_are_public():
    assert is_public_address(ipaddress.ip_address("93.184.216.34"))
    assert is_public_address(ipaddress.ip_address("2606:4700::1111"))


def test_a_redirect_to_an_internal_address_is_refused_at_that_hop(serve):
    inner = serve({"/secret": html()}, host="127.0.0.2")
    outer = serve({"/go": (302, {"Location": f"{inner}/secret"}, b""),
                   "/meta": (301, {"Location": "http://169.254.169.254/latest/meta-data/"}, b"")})
    options = FetchOptions(allow_networks=("127.0.0.1/32",), timeout_s=5)
    for path, target in (("/go", "127.0.0.2"), ("/meta", "169.254.169.254")):
        refused = only(read_inputs([f"{outer}{path}"], fetch=options))
        assert isinstance(refused, ReadError) and f"resolves to {target}" in refused.message
    assert serve.servers[0].seen == []
    fetched = only(read_inputs([f"{outer}/go"], fetch=FetchOptions(allow_private=True)))
    assert isinstance(fetched, Document) and fetched.url == f"{inner}/secret"


def test_a_feed_teaser_link_to_an_internal_address_is_refused(serve, tmp_path):
    inner = serve({"/story": html()}, host="127.0.0.2")
    feed = tmp_path / "teasers.rss"
    feed.write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Clash</title><link>{inner}/story</link><description>Short teaser.</description></item>
</channel></rss>""", encoding="utf-8")
    refused = only(read_inputs([str(feed)], fetch=FetchOptions(allow_networks=("127.0.0.1/32",))))
    assert isinstance(refused, ReadError) and "refusing to fetch" in refused.message
    assert serve.servers[0].seen == []


def test_robots_txt_is_checked_on_the_host_a_redirect_lands_on(serve):
    landing = serve({"/robots.txt": (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /closed\n"),
                     "/closed": html(), "/open": html()})
    start = serve({"/a": (302, {"Location": f"{landing}/closed"}, b""),
                   "/b": (302, {"Location": f"{landing}/open"}, b"")})
    options = FetchOptions(allow_private=True)
    refused = only(read_inputs([f"{start}/a"], fetch=options))
    assert isinstance(refused, ReadError) and "robots.txt disallows" in refused.message
    assert isinstance(only(read_inputs([f"{start}/b"], fetch=options)), Document)
    assert "/closed" not in serve.servers[0].seen and "/robots.txt" in serve.servers[0].seen


def _drip(stream):
    stream.write(b"<html><body><p>")
    for _ in range(200):
        try:
            stream.write(b"x")
            stream.flush()
        except OSError:
            return
        time.sleep(0.2)


def test_a_slow_drip_hits_the_total_deadline(serve):
    site = serve({"/slow": (200, {"Content-Type": "text/html"}, _drip)})
    started = time.monotonic()
    refused = only(read_inputs([f"{site}/slow"], fetch=FetchOptions(allow_private=True, timeout_s=1.0,
                                                                    respect_robots=False)))
    assert isinstance(refused, ReadError) and "timed out" in refused.message
    assert time.monotonic() - started < 3.0


def test_a_slow_robots_txt_also_has_the_deadline(serve):
    site = serve({"/robots.txt": (200, {"Content-Type": "text/plain"}, _drip), "/page": html()})
    started = time.monotonic()
    item = only(read_inputs([f"{site}/page"], fetch=FetchOptions(allow_private=True, timeout_s=1.0)))
    assert isinstance(item, (Document, ReadError))
    assert time.monotonic() - started < 4.0


def test_a_gzip_bomb_robots_txt_is_cut_at_its_cap(serve):
    bomb = gzip.compress(b"#" * (64 * 1024 * 1024), compresslevel=9)
    site = serve({"/robots.txt": (200, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}, bomb),
                  "/page": html()})
    fetcher = Fetcher(FetchOptions(allow_private=True, timeout_s=10))
    try:
        started = time.monotonic()
        assert fetcher.allowed(f"{site}/page")
        assert time.monotonic() - started < 5.0
    finally:
        fetcher.close()


def test_a_feed_file_over_the_cap_is_refused(tmp_path):
    feed = tmp_path / "big.xml"
    feed.write_bytes(b"<rss><channel>" + b" " * 5000 + b"</channel></rss>")
    refused = only(read_inputs([str(feed)], fetch=FetchOptions(max_bytes=1000)))
    assert isinstance(refused, ReadError) and "larger than 1000 bytes" in refused.message


def test_feeds_inside_folders_are_read(tmp_path):
    folder = tmp_path / "inbox" / "feeds"
    folder.mkdir(parents=True)
    body = " ".join(["Soldiers clashed with militants near Gao on Tuesday, leaving two soldiers dead."] * 6)
    (folder / "wire.rss").write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Clash</title><description>{body}</description></item></channel></rss>""", encoding="utf-8")
    item = only(read_inputs([str(tmp_path / "inbox")]))
    assert isinstance(item, Document) and item.source == "Wire"


def test_a_huge_warc_header_line_is_refused(tmp_path):
    warc = tmp_path / "bad.warc"
    warc.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"a" * (2 * 1024 * 1024) + b"\r\n\r\n")
    item = only(read_paths([str(warc)]))
    assert isinstance(item, ReadError) and "header line" in item.message


def test_the_cli_refuses_internal_urls_unless_told(serve, tmp_path):
    site = serve({"/page": html()})
    db = str(tmp_path / "f.db")
    refused = CliRunner().invoke(main, ["ingest", "--no-progress", "--db", db, f"{site}/page"])
    assert refused.exit_code == EXIT_SOME_FAILED
    assert "refusing to fetch" in refused.stderr and "0 document(s) stored" in refused.stderr
    allowed = CliRunner().invoke(main, ["ingest", "--no-progress", "--allow-private", "--db", db, f"{site}/page"])
    assert "1 document(s) stored" in allowed.stderr


def test_only_http_urls_are_fetched():
    fetcher = Fetcher(FetchOptions(allow_private=True))
    try:
        for url in ("file:///etc/passwd", "gopher://127.0.0.1/", "http:///nohost"):
            with pytest.raises(Exception, match="only http"):
                fetcher.get(url)
    finally:
        fetcher.close()


def test_warc_and_jsonl_readers_still_work(tmp_path):
    rows = tmp_path / "ok.jsonl"
    rows.write_text('{"id": "x", "text": "Soldiers clashed near Gao on Tuesday."}\n', encoding="utf-8")
    assert isinstance(only(read_paths([str(rows)])), Document)
    assert Path(rows).exists()
