"""Readers: every input kind, metadata precedence, and bad input that never stops a batch."""

from __future__ import annotations

import datetime as dt
import io
import sys
import time
from pathlib import Path

import pytest

from sitrep.schema import Document, ReadError
from sitrep.sources import MAX_DOCUMENT_BYTES, decode, guess_language, read_paths, read_text

INPUTS = Path(__file__).parent / "fixtures" / "inputs"
FLAG_DATE = dt.date(2024, 1, 2)


def _read(*paths: Path | str, **flags) -> list[Document | ReadError]:
    return list(read_paths([str(p) for p in paths], **flags))


def _one_document(path: Path | str, **flags) -> Document:
    (item,) = _read(path, **flags)
    assert isinstance(item, Document), item
    return item


def _one_error(path: Path | str) -> ReadError:
    (item,) = _read(path)
    assert isinstance(item, ReadError), item
    return item


def test_txt_reader_sets_id_body_language_and_flags() -> None:
    path = INPUTS / "caption_reply_related.txt"
    doc = _one_document(path, published=FLAG_DATE, source="Sahel Desk", url="https://example.org/a")
    assert doc.id == str(path) and doc.path == str(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.body == [(0, 73), (138, 686)]
    assert (doc.published, doc.published_source) == (FLAG_DATE, "flag")
    assert (doc.source, doc.url, doc.language) == ("Sahel Desk", "https://example.org/a", "en")


def test_read_text_sets_body_and_language() -> None:
    doc = read_text("Gunmen killed four villagers near Gao on Tuesday, officials said.", document_id="x",
                    published=FLAG_DATE, title="Gao attack")
    assert doc.body == [(0, len(doc.text))] and doc.language == "en"
    assert (doc.id, doc.title, doc.published_source) == ("x", "Gao attack", "flag")


def test_html_reader_drops_comments_and_takes_page_metadata() -> None:
    doc = _one_document(INPUTS / "page_with_comments.html")
    assert doc.title == "Shelling kills two in frontline village"
    assert doc.source == "Steppe Monitor"
    assert (doc.published, doc.published_source) == (dt.date(2022, 8, 17), "metadata")
    assert "killing two elderly residents" in doc.text
    assert "my cousin lived" not in doc.text and "Leave a Reply" not in doc.text
    assert "All rights reserved" not in doc.text
    assert doc.body and doc.text[doc.body[0][0]:].startswith("Shelling kills two")


def test_html_flags_win_over_page_metadata() -> None:
    doc = _one_document(INPUTS / "page_with_comments.html", published=FLAG_DATE, source="Our Desk")
    assert (doc.published, doc.published_source, doc.source) == (FLAG_DATE, "flag", "Our Desk")


def test_broken_html_is_still_read() -> None:
    doc = _one_document(INPUTS / "broken.html")
    assert "leaving at least four fighters dead" in doc.text
    assert "restore calm" in doc.text


def test_html_without_text_is_a_clear_error() -> None:
    error = _one_error(INPUTS / "empty_page.html")
    assert "no article text" in error.message


def test_jsonl_rows_bad_lines_and_precedence() -> None:
    path = INPUTS / "documents.jsonl"
    items = _read(path, published=FLAG_DATE, source="Flag Source")
    ids = [item.id if isinstance(item, Document) else item.document_id for item in items]
    assert ids == ["wire-001", "wire-002", f"{path}:3", "page-003", f"{path}:5", f"{path}:6", "wire-006"]
    docs = {item.id: item for item in items if isinstance(item, Document)}
    assert (docs["wire-001"].published, docs["wire-001"].published_source) == (dt.date(2019, 5, 2), "jsonl")
    assert (docs["wire-001"].source, docs["wire-001"].title) == ("Wire", "Car bomb kills six in Mogadishu")
    assert (docs["wire-002"].published_source, docs["wire-002"].source) == ("flag", "Flag Source")
    assert (docs["page-003"].published, docs["page-003"].published_source) == (dt.date(2021, 11, 20), "metadata")
    assert docs["page-003"].source == "Lakeside Herald"
    assert "abducting three fishermen" in docs["page-003"].text
    errors = [item for item in items if isinstance(item, ReadError)]
    assert "line" in errors[0].message and ":3 is not valid JSON" in errors[0].message
    assert "no `text` or `html`" in errors[1].message
    assert "not a date" in errors[2].message and "YYYY-MM-DD" in errors[2].message


def test_warc_html_responses_are_read_by_target_uri(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = (INPUTS / "page_with_comments.html").read_bytes()
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        records = [
            ("https://example.org/shelling", "text/html; charset=utf-8", page),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            ("https://example.org/empty", "text/html", b"<html><body></body></html>"),
        ]
        for uri, content_type, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))
    doc, error = _read(path, source="Crawl")
    assert isinstance(doc, Document) and isinstance(error, ReadError)
    assert doc.id == doc.url == "https://example.org/shelling"
    assert doc.source == "Steppe Monitor" and doc.published_source == "metadata"
    assert "killing two elderly residents" in doc.text and "my cousin" not in doc.text
    assert error.document_id == "https://example.org/empty"


def test_corrupt_warc_is_an_error_for_that_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nthis is not a record\r\n\r\n")
    items = _read(path, INPUTS / "wire_plain.txt")
    assert isinstance(items[0], ReadError) and items[0].document_id == str(path)
    assert isinstance(items[-1], Document)


def test_stdin_is_read_as_text_or_html(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Two soldiers were wounded when a roadside bomb hit their patrol near Kidal, the army said.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    doc = _one_document("-", published=FLAG_DATE)
    assert (doc.id, doc.text, doc.published_source) == ("-", text, "flag")
    page = (INPUTS / "page_with_comments.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page)))
    assert "killing two elderly residents" in _one_document("-").text


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Militants attacked a police post in the east on Friday, police said.\n")
    (tmp_path / "a.txt").write_text("Protesters marched to parliament on Monday to demand wage rises, witnesses said.\n")
    (tmp_path / "notes.csv").write_text("ignored,file\n")
    ids = [item.id for item in _read(tmp_path)]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]
    assert [item.id for item in _read(tmp_path, recursive=False)] == [str(tmp_path / "a.txt")]


def test_non_utf8_files_are_decoded() -> None:
    assert "Ségou region" in _one_document(INPUTS / "cp1252.txt").text
    assert "\u2013 the third such attack" in _one_document(INPUTS / "cp1252.txt").text
    doc = _one_document(INPUTS / "latin1_french.txt")
    assert "près de Ménaka" in doc.text and doc.language == "fr"


@pytest.mark.parametrize("encoding, text", [
    ("cp1251", "Вооружённые люди напали на блокпост у границы, убив двух военных."),
    ("cp1256", "قال مصدر أمني إن مسلحين هاجموا نقطة تفتيش للجيش قرب الحدود."),
    ("utf-16", "Shelling hit the market on Sunday morning, residents said."),
])
def test_other_encodings_are_decoded(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding)) == text


def test_other_languages_are_read_but_flagged() -> None:
    assert _one_document(INPUTS / "french.txt").language == "fr"
    assert _one_document(INPUTS / "arabic.txt").language == "ar"
    assert guess_language("Вооружённые люди напали на блокпост у границы") == "ru"
    assert guess_language("Bewaffnete griffen in der Nacht einen Posten der Armee an, die Polizei sagte") == "de"
    assert guess_language("ok") is None


def test_one_foreign_function_word_does_not_make_a_headline_foreign() -> None:
    assert guess_language("Al Shabaab raids border police camp overnight") is None
    assert guess_language("Los hombres armados atacaron el puesto de la policía en la frontera") == "es"


def test_bad_inputs_get_clear_errors_and_the_batch_goes_on(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    huge = tmp_path / "dump.txt"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    paths = [INPUTS / "empty.txt", INPUTS / "blank.txt", binary, huge, tmp_path / "missing.txt",
             INPUTS / "broken.html", INPUTS / "french.txt", INPUTS / "wire_plain.txt"]
    start = time.perf_counter()
    items = _read(*paths)
    assert time.perf_counter() - start < 5
    messages = {Path(item.document_id).name: item.message for item in items if isinstance(item, ReadError)}
    assert messages["empty.txt"].startswith("empty document")
    assert messages["blank.txt"].startswith("empty document")
    assert "binary content" in messages["image.txt"]
    assert "50.0 MiB, over the 5 MiB limit" in messages["dump.txt"] and "split it" in messages["dump.txt"]
    assert "no such file" in messages["missing.txt"]
    assert [item.id for item in items if isinstance(item, Document)] == [str(p) for p in paths[-3:]]


def test_text_just_over_the_limit_is_rejected_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"id": "big", "text": "' + "a" * (MAX_DOCUMENT_BYTES + 1) + '"}\n'
                    '{"id": "ok", "text": "Police arrested five people after clashes at a rally on Sunday."}\n')
    big, ok = _read(path)
    assert isinstance(big, ReadError) and "limit" in big.message
    assert isinstance(ok, Document) and ok.id == "ok"


def test_read_text_rejects_empty_text_clearly() -> None:
    from sitrep.errors import InputError

    with pytest.raises(InputError, match="empty document"):
        read_text("  \n", document_id="blank")


def test_flat_text_title_is_its_headline() -> None:
    doc = _one_document(INPUTS / "share_byline_related.txt")
    assert doc.title == "Drone strike hits fuel depot in Sudanese town, witnesses say"
    assert _one_document(INPUTS / "wire_plain.txt").title is None


@pytest.mark.parametrize(("byline", "expected"), [
    ("Published on 13/01/2025 at 10:42 | Updated on 13/01/2025 at 12:05", dt.date(2025, 1, 13)),
    ("Posted on March 12, 2024 by the Lake Chad desk", dt.date(2024, 3, 12)),
    ("September 20, 2024 · Security · 4 min read", dt.date(2024, 9, 20)),
    ("Published on 03/04/2025", None),
])
def test_bylines_date_the_article_unless_the_date_is_ambiguous(byline, expected):
    doc = read_text(f"Headline of the story\n\n{byline}\n\nGunmen attacked a village near Kandi on Saturday.",
                    document_id="b")
    assert doc.published == expected
    assert doc.published_source == ("byline" if expected else None)


@pytest.mark.parametrize("text", [
    "Al Shabaab militants attack El Wak",
    "Al Shabaab fighters overrun El Wak police station",
    "Government forces recapture Al Qusayr, El Geneina",
    "Militants storm La Paz and El Alto markets",
    "Police say Al Shabaab fighters raided El Wak, Al Kowthar and Dadaab",
    "Jihadists kill two soldiers near Da Nang. El Wak residents flee",
    "Bandits raid Dos Palmas village",
    "AL SHABAAB MILITANTS ATTACK EL WAK",
    "Al Shabaab Militants Attack El Wak Police Station",
    "Militants fire several mortar rounds at a police camp near the border",
    "Al Shabaab fire mortar rounds at Mandera police camp",
    "Gunmen kill two in Garissa",
    "Rioters torch Boda boda stage in Kisumu",
    "Al-Qaeda fighters stormed a base, killing five",
    "El-Fasher shelled as fighters advance on a camp",
])
def test_short_english_with_foreign_looking_names_is_not_refused(text: str) -> None:
    assert guess_language(text) in (None, "en")
    assert read_text(text, document_id="note").language in (None, "en")


@pytest.mark.parametrize(("text", "language"), [
    ("Des hommes armés tuent deux civils à Kidal", "fr"),
    ("Les manifestants ont incendié la mairie de Parakou", "fr"),
    ("Al Shabaab attaque une base de la police à Mandera", "fr"),
    ("Hombres armados matan a dos policías en el norte de Mozambique", "es"),
    ("El ejército atacó una base de Al Shabaab", "es"),
    ("Al Shabaab ataca una base militar en Mandera", "es"),
    ("HOMBRES ARMADOS MATAN A DOS POLICÍAS EN EL NORTE DE LA PROVINCIA", "es"),
    ("Hombres Armados Matan A Dos Policías En El Norte De Mozambique", "es"),
    ("Homens armados matam dois civis na aldeia de Mocímboa", "pt"),
    ("A polícia prendeu os suspeitos em Maputo", "pt"),
    ("Soldados atacam uma base do Al Shabaab em Mandera", "pt"),
    ("مسلحون يقتلون اثنين في مقديشو", "ar"),
])
def test_short_foreign_text_is_still_recognised(text: str, language: str) -> None:
    assert guess_language(text) == language
