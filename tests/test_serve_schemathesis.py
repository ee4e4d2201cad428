"""Property-based tests of `sitrep serve`'s API against its own OpenAPI description (schemathesis).

Every operation gets generated requests, valid and not; each response must be no server error, have a
documented status and content type and match its schema. Schema-valid requests may still be refused
with a 422 where two parameters disagree (a bbox whose minimum exceeds its maximum, `since` after
`until`), which no OpenAPI schema can express, so schemathesis's positive-data-acceptance check is off. No request here carries the token, so
schemathesis also checks that the write operation refuses it. A short run (`MAX_EXAMPLES` per operation).
"""

from __future__ import annotations

import pytest

from sitrep.serve.app import create_app
from sitrep.store import Store
from test_serve_api import TOKEN, example_store_path  # noqa: F401 - the shared session store

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402 - schemathesis brings hypothesis

MAX_EXAMPLES = 20


@pytest.fixture(scope="module")
def api_schema(example_store_path):  # noqa: F811 - the fixture imported above
    store = Store(example_store_path)
    yield schemathesis.openapi.from_asgi("/openapi.json", create_app(store, token=TOKEN))
    store.close()


def operations(api_schema) -> dict[str, object]:
    return {op.label: op for op in (result.ok() for result in api_schema.get_all_operations())}


def test_every_operation_keeps_to_the_openapi_description(api_schema):
    found = operations(api_schema)
    assert {"GET /api/incidents", "GET /api/incident/{incident_id}", "POST /api/documents",
            "GET /api/events/export"} <= set(found)
    failures = {}
    for label, operation in found.items():

        @given(case=operation.as_strategy())
        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck),
                  derandomize=True, database=None)
        def check(case) -> None:
            case.call_and_validate(excluded_checks=[schemathesis.checks.positive_data_acceptance])

        try:
            check()
        except Exception as exc:  # noqa: BLE001 - every operation is checked, then all failures are reported
            failures[label] = str(exc)[:2000]
    assert not failures, "\n\n".join(f"{label}: {message}" for label, message in failures.items())
