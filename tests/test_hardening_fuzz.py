"""Fuzzing the readers, the extractor and the CSV writer with hypothesis: whatever the input, they
return documents, events or clear errors, never raise, and what they return is safe to store.

In CI each property runs a few deterministic examples (derandomized, a few seconds in all);
`bench/fuzz_inputs.py` runs the same properties with many random examples
(SITREP_FUZZ_EXAMPLES, SITREP_FUZZ_SEED).
"""

from __future__ import annotations

import csv
import io
import json
import os
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.api import extract_documents
from sitrep.casualties import MAX_TOLL
from sitrep.errors import InputError
from sitrep.export import csv_line
from sitrep.schema import Document, ReadError
from sitrep.sources import decode, read_paths

EXAMPLES = int(os.environ.get("SITREP_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 12,
    derandomize=not EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)

WORDS = ("killed wounded attacked clashed soldiers militants police gunmen villagers protesters bomb drone "
         "airstrike Kano Gao Mosul Aleppo Kabul Monday yesterday 12 March 2024 five 300 thousand billion "
         "at least dozens said reported Reuters [bold] [/x] :100: = + - @ % _ \x1b[31m \u202e \ud800 \x00").split()
HOSTILE = st.text(alphabet=st.characters(codec=None), max_size=200) | st.lists(
    st.sampled_from(WORDS) | st.sampled_from([". ", "\n", "\n\n", "\r", "\t", ", "]), max_size=120).map(" ".join)


def _safe(text: str | None) -> bool:
    return text is None or ("\x00" not in text and not any("\ud800" <= ch <= "\udfff" for ch in text))


def _check_items(items: list) -> None:
    for item in items:
        assert isinstance(item, (Document, ReadError))
        if isinstance(item, Document):
            assert item.text.strip() and _safe(item.text) and _safe(item.id) and _safe(item.url)
            for start, end in item.body or []:
                assert 0 <= start <= end <= len(item.text)
        else:
            assert item.message


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".warc", ".warc.gz"]))
def test_any_bytes_in_any_file_kind_read_as_documents_or_errors(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    _check_items(list(read_paths([str(path)])))


ROW_VALUE = st.none() | st.integers() | st.floats() | st.booleans() | HOSTILE | st.lists(st.integers(), max_size=3)


@FUZZ
@given(rows=st.lists(st.dictionaries(st.sampled_from(["id", "text", "html", "url", "source", "title", "published",
                                                      "country"]), ROW_VALUE, max_size=8), max_size=6))
def test_any_jsonl_rows_read_as_documents_or_errors(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("fuzz") / "rows.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    _check_items(list(read_paths([str(path)])))


@FUZZ
@given(data=st.binary(max_size=2000))
def test_decode_gives_text_or_a_clear_error(data):
    try:
        assert isinstance(decode(data), str)
    except InputError as exc:
        assert str(exc)


@FUZZ
@given(texts=st.lists(HOSTILE, min_size=1, max_size=4))
def test_the_extractor_codes_or_refuses_any_text(texts):
    documents = [Document(id=f"fuzz{n}", text=text) for n, text in enumerate(texts)]
    from sitrep.sources import read_text

    items = []
    for document in documents:
        try:
            items.append(read_text(document.text, document_id=document.id))
        except InputError as exc:
            items.append(ReadError(document.id, str(exc)))
    for item, result in extract_documents(items):
        if isinstance(result, Exception):
            continue
        for event in result:
            assert 0 <= event.fatalities <= MAX_TOLL
            for evidence in event.evidence:
                assert 0 <= evidence.start <= evidence.end <= len(item.text)


@FUZZ
@given(cells=st.lists(st.text(alphabet=string.printable + "\u00e9\u202e", max_size=30), min_size=1, max_size=6))
def test_csv_lines_parse_back_to_one_record_with_formulas_neutralised(cells):
    [row] = list(csv.reader(io.StringIO(csv_line(cells), newline="")))
    assert len(row) == len(cells)
    for written, read in zip(cells, row):
        assert read == ("'" + written if written.startswith(("=", "+", "-", "@", "\t", "\r")) else written)
