"""The web page in real Chromium (Debian's, driven by Playwright): markers, filters, evidence, escaping.

The browser may reach only the loopback server (every other request is aborted), so these tests
also prove the page works offline. They skip when Chromium or Playwright is missing; `.ci/run`
installs Chromium and `make test` builds the map's libraries (`make assets`).
"""

from __future__ import annotations

import os
import re
import time

import pytest

from sitrep.serve.app import STATIC_DIR, create_app
from sitrep.serve.harness import CHROMIUM, chromium_page, running_server, wait_until_ready
from sitrep.store import EventQuery, Store
from test_serve_api import HOSTILE_TEXT, example_store_path  # noqa: F401 - the shared session store

pytest.importorskip("playwright")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
]
MAP_BUILT = (STATIC_DIR / "vendor" / "leaflet.js").exists()
needs_map = pytest.mark.skipif(not MAP_BUILT, reason="map libraries not built (make assets needs npm)")


@pytest.fixture(scope="module")
def site(example_store_path):  # noqa: F811 - the fixture imported above
    store = Store(example_store_path)
    with running_server(create_app(store)) as url:
        yield url, store
    store.close()


@pytest.fixture
def page():
    with chromium_page() as opened:
        dialogs: list[str] = []
        opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        opened.dialogs = dialogs
        yield opened


@needs_map
def test_the_map_has_a_marker_for_every_located_incident(site, page):
    url, store = site
    wait_until_ready(page, url + "/")
    located = sum(lat is not None for _, lat, *_ in store.points())
    assert located > 20
    assert page.get_attribute("#map", "data-markers") == str(located)
    drawn = page.locator("path.sitrep-marker").count() + page.locator(".sitrep-cluster").count()
    assert 0 < drawn <= located
    assert page.locator(".leaflet-overlay-pane path").count() > 100, "the offline country borders are drawn"
    cluster_total = sum(int(t) for t in page.locator(".sitrep-cluster").all_text_contents())
    assert cluster_total + page.locator("path.sitrep-marker").count() == located


def test_a_filter_changes_the_counts_table_and_timeline(site, page):
    url, store = site
    wait_until_ready(page, url + "/")
    everything = len(list(store.query()))
    assert page.get_attribute("#summary", "data-total") == str(everything)
    page.select_option("#f-country", "Mexico")
    page.click("#filters button[type=submit]")
    mexico = len(list(store.query(EventQuery(country="Mexico"))))
    page.wait_for_selector(f"#summary[data-total='{mexico}']")
    assert page.locator("#table tbody tr").count() == mexico < everything
    assert all("Mexico" in place for place in page.locator("#table tbody td:nth-child(4)").all_text_contents())
    bars = page.locator("#timeline rect.bar")
    assert 0 < bars.count() < len({e.event_date for e in store.query()})
    if MAP_BUILT:
        located = sum(lat is not None for _, lat, *_ in store.points(EventQuery(country="Mexico")))
        assert page.get_attribute("#map", "data-markers") == str(located)


def test_the_table_sorts_by_a_column(site, page):
    url, _store = site
    wait_until_ready(page, url + "/")
    page.click("#table th[data-key='fatalities']")
    page.click("#table th[data-key='fatalities']")
    deaths = [int(v) for v in page.locator("#table tbody td:nth-child(5)").all_text_contents()]
    assert deaths == sorted(deaths, reverse=True) and deaths[0] > deaths[-1]


def test_the_incident_view_highlights_each_evidence_span_and_names_each_claimant(site, page):
    url, store = site
    incident = next(e for e in store.query() if e.claims and e.evidence)
    view = store.incident(incident.event_id)
    wait_until_ready(page, f"{url}/#incident/{incident.event_id}")
    page.wait_for_selector("#incident mark.evidence")
    marked = " ".join(page.locator("#incident .article mark.evidence").all_text_contents())
    for member in view.members:
        for evidence in member.evidence:
            assert " ".join(evidence.text.split()) in " ".join(marked.split())
    claims = page.locator("#incident .claims li strong").all_text_contents()
    assert {c.claimant or "the outlet" for c in incident.claims} <= set(claims)
    page.click("#close-incident")
    assert page.locator("#incident").is_hidden()


def test_a_claim_of_responsibility_says_who_claimed_what_not_a_missing_figure(site, page):
    url, store = site
    claimed = next(e for e in store.query() for c in e.claims if c.claim_type == "responsibility")
    claim = next(c for c in claimed.claims if c.claim_type == "responsibility")
    wait_until_ready(page, f"{url}/#incident/{claimed.event_id}")
    line = page.locator("#incident .claims li[data-claim-type='responsibility']").first
    line.wait_for()
    said = " ".join(line.text_content().split())
    assert f"claims responsibility for {claim.responsible_actor}" in said and "no figure" not in said


def test_hostile_article_text_is_shown_as_text(site, page):
    url, store = site
    hostile = next(e for e in store.query(EventQuery(text="Kandahar")))
    wait_until_ready(page, f"{url}/#incident/{hostile.event_id}")
    page.wait_for_selector("#incident .article")
    article = page.locator("#incident .article").text_content()
    assert "<script>alert('owned')</script>" in article
    assert "<img src=x onerror=alert(1)>" in article
    assert re.search(r"onerror=alert\(1\)", " ".join(page.locator("#incident mark.evidence").all_text_contents()))
    assert page.locator("#incident img, #incident script, #incident b").count() == 0
    assert "<script>" in page.locator("#incident .member h3").first.text_content()
    assert page.dialogs == [] and page.title() == "sitrep: incidents"
    assert HOSTILE_TEXT.splitlines()[0] in article


def test_without_the_map_libraries_the_table_and_timeline_still_work(site, page):
    url, store = site
    page.route("**/static/vendor/**", lambda route: route.abort())
    wait_until_ready(page, url + "/")
    assert page.locator("#map-missing").is_visible()
    assert page.locator("#table tbody tr").count() == len(list(store.query()))
    assert page.locator("#timeline rect.bar").count() > 0


@needs_map
def test_zooming_in_redraws_the_view_s_clusters_and_detailed_borders(site, page):
    url, store = site
    wait_until_ready(page, url + "/")
    assert page.get_attribute("#map", "data-borders") == "countries-110m.json"
    page.locator(".sitrep-cluster").first.click()
    deadline = time.monotonic() + 20
    while int(page.get_attribute("#map", "data-drawn-zoom")) <= 2:  # the click zooms in and asks again
        assert time.monotonic() < deadline, "clicking a cluster did not zoom into it"
        page.wait_for_timeout(50)
    page.evaluate("() => { state.map.setView([19.2, -101.9], 7, { animate: false }); }")
    page.wait_for_selector("#map[data-drawn-zoom='7']")
    page.wait_for_selector("#map[data-borders='countries-50m.json']")
    west, south, east, north = page.evaluate(
        "() => { const b = state.map.getBounds(); return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; }")
    inside = [p for p in store.points() if p[1] is not None and south <= p[1] <= north and west <= p[2] <= east]
    assert 0 < len(inside) < sum(p[1] is not None for p in store.points())
    assert page.get_attribute("#map", "data-markers") == str(len(inside))
