"""The plain JSON export: every record and field, readable by any JSON reader, documented, and
read back safely."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import KINDS, Contact, Member
from app.exchange import json_export
from app.exchange.files import ImportRefused
from app.exchange.json_export import (
    SECTIONS,
    build_document,
    document_bytes,
    parse_json,
    read_document,
    write_json,
)

TODAY = dt.date(2026, 3, 12)
SAVED = dt.datetime(2026, 3, 12, 14, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_the_export_holds_every_record_with_every_field(tmp_path: Path) -> None:
    household, stock = demo_household(), demo_stock(TODAY)
    path = tmp_path / "plan.json"
    size = write_json(path, household, stock)
    assert path.stat().st_size == size
    document = json.loads(path.read_text(encoding="utf-8"))  # any JSON reader can read it
    assert document["format"] == "paraat-household" and document["version"] == 1
    body = document["household"]
    assert [name for name, _, _ in SECTIONS] == list(body)
    assert {kind for _, kind, _ in SECTIONS} | {"stock"} == set(KINDS)  # no record kind left out
    assert body["members"][4]["name"] == "Oma Riet"
    assert body["members"][4]["mobility"] == household.members[4].mobility
    assert {place["id"] for place in body["meeting_places"]} == {"home", "near", "neighbourhood", "town"}
    assert body["contact_phones"][0] == {"id": 1, "contact_id": 1, "number": "06-12345009", "kind": "mobile",
                                         "types": ""}
    assert body["checks"][0]["direction"] == "member_checks"
    assert len(document["stock"]) == len(stock)
    hours = [entry["hours"] for entry in document["stock"]]
    assert None in hours and 8 in hours
    for _, kind, shape in SECTIONS:
        records = [body[name] for name, k, _ in SECTIONS if k == kind][0]
        fields = {f.name for f in dataclasses.fields(KINDS[kind].cls)}
        for record in [records] if shape == "one" else records:
            assert set(record) == fields, kind


def test_text_is_utf8_without_escapes_or_bom(tmp_path: Path) -> None:
    household = Household(members=[Member(1, 1, "Zoë Çelik"), Member(2, 2, "مريم الحسن")])
    data = document_bytes(household, [], SAVED)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert "Zoë Çelik".encode() in data and "مريم الحسن".encode() in data
    assert b'"saved": "2026-03-12T14:30:00+01:00"' in data


def test_read_back_gives_the_same_household() -> None:
    household, stock = demo_household(), demo_stock(TODAY)
    contents = read_document(document_bytes(household, stock, SAVED))
    assert contents.household == household
    assert contents.stock == stock
    assert contents.saved_at == SAVED
    assert contents.app.startswith("Paraat ")


def test_an_empty_household_round_trips() -> None:
    contents = read_document(document_bytes(Household(), []))
    assert contents.household == Household(home=contents.household.home, plan=contents.household.plan)
    assert contents.stock == []


def test_the_module_documents_every_section_and_the_readme_points_to_it() -> None:
    doc = json_export.__doc__ or ""
    for name, _, _ in SECTIONS:
        assert f'"{name}"' in doc, name
    for key in ('"format"', '"version"', '"saved"', '"stock"', '"id"', '"kit"', '"hours"',
                '"last_check"'):
        assert key in doc
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "## Your data as JSON" in readme
    assert "export-json" in readme


def test_the_document_is_built_from_the_household_not_the_database() -> None:
    household = Household(contacts=[Contact(3, "Buurman", "neighbour")])
    document = build_document(household, [], SAVED)
    assert document["household"]["contacts"][0]["name"] == "Buurman"
    assert document["household"]["members"] == []


# --- safe reading ----------------------------------------------------------------------------


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"notes": "[[[[[{{{{{" * 1000 + '\\"]]'})
    assert parse_json(text.encode()) == json.loads(text)


def test_nesting_just_under_the_limit_is_read_and_just_over_is_refused() -> None:
    limit = json_export.MAX_DEPTH
    assert parse_json(b"[" * limit + b"]" * limit) is not None
    with pytest.raises(ImportRefused) as caught:
        parse_json(b"[" * (limit + 1) + b"]" * (limit + 1))
    assert caught.value.problem.code == "content_too_deep"


def test_a_huge_document_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json, "loads", lambda *a, **k: pytest.fail("parsed"))
    with pytest.raises(ImportRefused) as caught:
        parse_json(b" " * (json_export.MAX_BYTES + 1))
    assert caught.value.problem.code == "too_large"


@pytest.mark.parametrize(("data", "code"), [
    (b'{"a": 1, "a": 2}', "content_duplicate_key"),
    (b'[{"b": {"c": 1, "c": 1}}]', "content_duplicate_key"),
    (b"[NaN]", "content_not_a_number"),
    (b"[Infinity]", "content_not_a_number"),
    (b"[-1e400]", "content_not_a_number"),
    (b"[1, 2", "content_not_json"),
    (b'["\xc0\xaf"]', "content_not_json"),
])
def test_hostile_json(data: bytes, code: str) -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_json(data)
    assert caught.value.problem.code == code


def test_writing_fails_cleanly_on_a_folder(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_json(tmp_path, demo_household(), [])
    assert list(tmp_path.iterdir()) == []


def test_the_kit_settings_are_written_when_given(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    write_json(path, demo_household(), [], json_export.KitSettings(168.0, "2026-03-01"))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["kit"] == {"hours": 168.0, "last_check": "2026-03-01"}
    assert read_document(path.read_bytes()).kit == json_export.KitSettings(168.0, "2026-03-01")
    assert "kit" not in build_document(demo_household(), [])
    assert read_document(document_bytes(demo_household(), [])).kit is None
