"""The store's contract on a real PostgreSQL server: the same tests as test_store.py, each in its own schema.

The server's URL comes from SITREP_TEST_DATABASE_URL (set by .ci/run); without it these tests skip.
Every store lives in a schema named after this run and is dropped afterwards, so runs never collide.
"""

from __future__ import annotations

import os
import uuid

import pytest
import sqlalchemy as sa

from sitrep.store import Store
from test_manage import (  # noqa: F401 - filters, re-coding, deleting and stable ids, on PostgreSQL
    test_an_incident_keeps_answering_to_its_id_after_a_source_joins,
    test_an_unknown_filter_value_lists_the_closest_valid_ones,
    test_delete_removes_a_document_and_reclusters_its_incident,
    test_filters_accept_names_codes_aliases_and_admin_names_without_the_article,
    test_replace_coding_replaces_events_keeps_history_and_reclusters,
)
from test_store import (  # noqa: F401 - the shared contract, collected here with the PostgreSQL `store`
    test_dead_letters_are_counted_and_cleared_by_success,
    test_a_second_outlet_of_a_stored_text_is_named_by_its_events_and_incident,
    test_every_order_gives_the_same_store,
    test_filters,
    test_incident_view_has_every_source_and_the_figures,
    test_migration_7_dates_the_actor_tables_of_a_version_6_store,
    test_paging,
    test_same_documents_twice_change_nothing,
    test_schema_version_and_a_newer_store_is_refused,
)

URL = os.environ.get("SITREP_TEST_DATABASE_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="SITREP_TEST_DATABASE_URL is not set (no PostgreSQL server to test against)"),
]
RUN = uuid.uuid4().hex[:10]


def open_schema(number: int) -> Store:
    return Store(URL, schema=f"sitrep_test_{RUN}_{number}")


@pytest.fixture
def store_factory():
    opened: list[Store] = []

    def make() -> Store:
        opened.append(open_schema(len(opened)))
        return opened[-1]

    yield make
    for each in opened:
        each.drop()
        each.close()


@pytest.fixture
def store(store_factory):
    return store_factory()


def test_postgres_store_is_in_its_own_schema(store):
    with store.engine.connect() as conn:
        tables = conn.execute(
            sa.text("SELECT table_name FROM information_schema.tables WHERE table_schema = :schema"),
            {"schema": store.schema},
        ).scalars().all()
    assert {"documents", "events", "incidents", "dead_letters", "schema_version"} <= set(tables)
