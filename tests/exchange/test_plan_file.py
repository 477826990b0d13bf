"""The locked plan file: round trip, wrong password, any flipped byte, any cut-off, hostile
headers and hostile contents; each refusal has its own plain outcome and changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import commands
from app.core.demo import demo_household, demo_stock
from app.core.household import Household
from app.core.records import Member
from app.exchange import plan_file
from app.exchange.files import ImportRefused
from app.exchange.json_export import document_bytes
from app.exchange.plan_file import KdfParams
from app.storage.repository import Repository
from app.words.bilingual import problem_text

TODAY = dt.date(2026, 3, 12)
PASSWORD = "tulp fiets regen lamp"
FAST = KdfParams(memory_kib=8, iterations=1, lanes=1)  # tests only: the header says what to use


@pytest.fixture(scope="module")
def plan_bytes() -> bytes:
    """The demo household and kit, locked with the fast parameters (made once)."""
    return plan_file.encrypt(document_bytes(demo_household(), demo_stock(TODAY)), PASSWORD, FAST)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    """A household that is NOT the demo: every refusal must leave exactly this behind."""
    repository = Repository.open(tmp_path / "current.sqlite3")
    household = demo_household()
    household.members[0] = dataclasses.replace(household.members[0], name="Eigen Naam")
    repository.replace_all(household, demo_stock(TODAY)[:3])
    yield repository
    repository.close()


def snapshot(repository: Repository) -> tuple[Household, list]:
    return repository.household(), repository.list("stock")


def refused_code(repository: Repository, tmp_path: Path, data: bytes,
                 password: str = PASSWORD) -> str:
    """The outcome of importing ``data``; asserts that the current data did not change."""
    before = snapshot(repository)
    path = tmp_path / "in.paraat"
    path.write_bytes(data)
    with pytest.raises(ImportRefused) as caught:
        commands.import_plan(repository, path, password,
                             before_replace=lambda: pytest.fail("backup before a refusal"))
    assert snapshot(repository) == before
    return caught.value.problem.code


def forge(params: tuple[int, int, int] = (8, 1, 1), version: int = 1, name: bytes = b"argon2id",
          salt: bytes = b"s" * 16, nonce: bytes = b"n" * 12, payload: bytes = b"x" * 40,
          extra: bytes = b"") -> bytes:
    """A plan file written by hand from the documented layout, with a right checksum: what a
    hostile program could make."""
    body = (bytes([len(name)]) + name + struct.pack(">III", *params) + bytes([len(salt)]) + salt
            + bytes([len(nonce)]) + nonce + extra + b"c" * 32)
    header = plan_file.MAGIC + struct.pack(">HH", version, len(body)) + body
    return header + hashlib.sha256(header).digest() + payload


def lock(document: dict | bytes, password: str = PASSWORD) -> bytes:
    """A correctly locked file around any content, as a hostile program with the password
    could make it."""
    data = document if isinstance(document, bytes) else json.dumps(document).encode()
    return plan_file.encrypt(data, password, FAST)


# --- round trip ------------------------------------------------------------------------------


def test_every_record_kind_survives_the_round_trip(repo: Repository, tmp_path: Path) -> None:
    household, stock = demo_household(), demo_stock(TODAY)
    for kind in ("members", "medicines", "pets", "pickups", "care", "documents", "contacts",
                 "phones", "checks"):
        assert getattr(household, kind), f"the demo has no {kind}: the test would prove nothing"
    assert household.meeting_places and household.roles and household.scenarios and stock
    source = Repository.open(tmp_path / "source.sqlite3")
    source.replace_all(household, stock)
    path = tmp_path / "plan.paraat"
    stored_stock = source.list("stock")  # in the repository's order (by best-before)
    size = plan_file.write_plan(path, source.household(), stored_stock, PASSWORD, FAST)
    source.close()
    assert path.stat().st_size == size
    assert plan_file.MAGIC in path.read_bytes()[:20]
    assert b"Oma Riet" not in path.read_bytes()  # the contents are encrypted
    backups: list[str] = []
    contents = commands.import_plan(repo, path, PASSWORD, before_replace=lambda: backups.append("x"))
    assert backups == ["x"]
    assert repo.household() == household
    assert repo.list("stock") == stored_stock
    assert sorted(stored_stock, key=lambda entry: entry.id) == stock
    assert contents.saved_at is not None


def test_two_files_of_the_same_plan_differ_everywhere_after_the_magic(plan_bytes: bytes) -> None:
    again = plan_file.encrypt(document_bytes(demo_household(), demo_stock(TODAY)), PASSWORD, FAST)
    header = plan_file.read_header(plan_bytes)
    other = plan_file.read_header(again)
    assert header.salt != other.salt and header.nonce != other.nonce
    assert plan_bytes[len(header.raw):] != again[len(other.raw):]


def test_a_password_typed_composed_or_decomposed_opens_the_file() -> None:
    data = plan_file.encrypt(b'{"format": 1}', "crème brûlée op zondag", FAST)
    decomposed = "cre\u0300me bru\u0302le\u0301e op zondag"
    assert plan_file.decrypt(data, decomposed) == b'{"format": 1}'


def test_default_parameters_are_stored_and_used(tmp_path: Path) -> None:
    """One file with the real defaults (64 MiB, 3 passes, 4 lanes); prints the time taken."""
    household = demo_household()
    path = tmp_path / "real.paraat"
    started = time.perf_counter()
    plan_file.write_plan(path, household, [], PASSWORD)
    written = time.perf_counter() - started
    header = plan_file.read_header(path.read_bytes())
    assert header.kdf == KdfParams(64 * 1024, 3, 4)
    started = time.perf_counter()
    assert plan_file.read_plan(path, PASSWORD).household == household
    opened = time.perf_counter() - started
    print(f"\nArgon2id m=64 MiB t=3 p=4: write {written:.2f} s, open {opened:.2f} s")
    with pytest.raises(ImportRefused) as caught:
        plan_file.read_plan(path, PASSWORD + "!")
    assert caught.value.problem.code == "plan_password"


# --- wrong password, damage ------------------------------------------------------------------


def test_wrong_password_is_told_as_such(repo: Repository, tmp_path: Path, plan_bytes: bytes) -> None:
    assert refused_code(repo, tmp_path, plan_bytes, "tulp fiets regen lampje") == "plan_password"
    assert refused_code(repo, tmp_path, plan_bytes, "") == "plan_password"
    from app.core.fields import Problem

    assert problem_text(Problem("plan_password")) == "Het wachtwoord klopt niet."
    assert problem_text(Problem("plan_password"), "en") == "The password is not right."


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_one_flipped_byte_anywhere_is_damage(repo: Repository, tmp_path: Path, plan_bytes: bytes,
                                             data: st.DataObject) -> None:
    position = data.draw(st.integers(0, len(plan_bytes) - 1), label="position")
    bit = data.draw(st.integers(0, 7), label="bit")
    damaged = bytearray(plan_bytes)
    damaged[position] ^= 1 << bit
    assert refused_code(repo, tmp_path, bytes(damaged)) == "plan_damaged"


def test_a_flipped_byte_in_each_part_of_the_header(repo: Repository, tmp_path: Path,
                                                   plan_bytes: bytes) -> None:
    """Every header byte (magic, version, length, parameters, salt, nonce, check, checksum)
    and the first and last byte of the ciphertext and tag, without sampling."""
    header = plan_file.read_header(plan_bytes)
    for position in [*range(len(header.raw)), len(header.raw), len(plan_bytes) - 1]:
        damaged = bytearray(plan_bytes)
        damaged[position] ^= 0x80
        assert refused_code(repo, tmp_path, bytes(damaged)) == "plan_damaged", position


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_file_cut_off_anywhere_is_damage(repo: Repository, tmp_path: Path, plan_bytes: bytes,
                                           data: st.DataObject) -> None:
    length = data.draw(st.integers(0, len(plan_bytes) - 1), label="length")
    assert refused_code(repo, tmp_path, plan_bytes[:length]) == "plan_damaged"


def test_a_file_cut_off_inside_the_header_at_every_length(repo: Repository, tmp_path: Path,
                                                          plan_bytes: bytes) -> None:
    header = plan_file.read_header(plan_bytes)
    for length in range(len(header.raw) + plan_file.TAG_BYTES + 1):
        assert refused_code(repo, tmp_path, plan_bytes[:length]) == "plan_damaged", length


def test_bytes_added_at_the_end_are_damage(repo: Repository, tmp_path: Path, plan_bytes: bytes) -> None:
    assert refused_code(repo, tmp_path, plan_bytes + b"\0") == "plan_damaged"


# --- not a plan file, hostile headers --------------------------------------------------------


@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n" + b"x" * 100,
    b'{"format": "paraat-household", "version": 1}',
    b"PK\x03\x04" + b"\0" * 100,
    b"\x89PNG\r\n\x1a\n" + b"\0" * 100,
    b"Dit is een briefje, geen plan." * 3,
])
def test_another_kind_of_file_is_not_a_plan_file(repo: Repository, tmp_path: Path, data: bytes) -> None:
    assert refused_code(repo, tmp_path, data) == "plan_not_ours"


def test_the_magic_one_or_two_bytes_off_is_damage_three_is_not_ours(repo: Repository, tmp_path: Path,
                                                                    plan_bytes: bytes) -> None:
    two = bytearray(plan_bytes)
    two[1] ^= 0x20
    two[5] ^= 0x20  # "pARAaT": typed or changed by hand
    assert refused_code(repo, tmp_path, bytes(two)) == "plan_damaged"
    three = bytearray(two)
    three[3] ^= 0x20
    assert refused_code(repo, tmp_path, bytes(three)) == "plan_not_ours"


@pytest.mark.parametrize("params", [
    (4 * 1024 * 1024 * 1024 - 1, 3, 4),  # 4 TiB of memory
    (plan_file.MAX_MEMORY_KIB + 1, 1, 1),
    (64 * 1024, 1_000_000, 4),  # a million passes
    (64 * 1024, plan_file.MAX_ITERATIONS + 1, 4),
    (1024 * 1024, 8, 4),  # each within its cap, together far too much work
    (64 * 1024, 3, 1 << 20),  # a million lanes
])
def test_a_header_asking_too_much_is_refused_before_any_work(
        repo: Repository, tmp_path: Path, params: tuple[int, int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_file, "derive_keys",
                        lambda *a: pytest.fail("the key was derived from a hostile header"))
    assert refused_code(repo, tmp_path, forge(params)) == "plan_too_costly"


@pytest.mark.parametrize("params", [(0, 1, 1), (8, 0, 1), (8, 1, 0), (31, 1, 4)])
def test_impossible_parameters_are_damage(repo: Repository, tmp_path: Path,
                                          params: tuple[int, int, int]) -> None:
    assert refused_code(repo, tmp_path, forge(params)) == "plan_damaged"


def test_a_newer_version_is_told_as_such(repo: Repository, tmp_path: Path) -> None:
    assert refused_code(repo, tmp_path, forge(version=2)) == "plan_too_new"
    assert refused_code(repo, tmp_path, forge(version=0xFFFF, name=b"future-kdf")) == "plan_too_new"


@pytest.mark.parametrize("changes", [
    {"version": 0},
    {"name": b"scrypt"},
    {"name": b""},
    {"salt": b"s" * 8},
    {"nonce": b"n" * 16},
    {"extra": b"\0"},
])
def test_a_malformed_header_with_a_right_checksum_is_damage(repo: Repository, tmp_path: Path,
                                                            changes: dict) -> None:
    assert refused_code(repo, tmp_path, forge(**changes)) == "plan_damaged"


def test_a_header_claiming_a_huge_body_is_damage(repo: Repository, tmp_path: Path) -> None:
    data = plan_file.MAGIC + struct.pack(">HH", 1, 0xFFFF) + b"\0" * 2000
    assert refused_code(repo, tmp_path, data) == "plan_damaged"


def test_forged_header_with_the_wrong_check_is_a_wrong_password(repo: Repository, tmp_path: Path) -> None:
    """The forged file's check bytes are not the HMAC of any key: told as a wrong password."""
    assert refused_code(repo, tmp_path, forge()) == "plan_password"


def test_a_file_over_the_size_cap_is_refused_before_reading(
        repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.paraat"
    with open(path, "wb") as stream:
        stream.truncate(plan_file.MAX_BYTES + 1)  # sparse: nothing written
    opened = []
    real_open = open

    class Spy:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()

        def fileno(self):
            return self.stream.fileno()

        def read(self, *args):
            opened.append(args)
            return self.stream.read(*args)

    monkeypatch.setattr("builtins.open", lambda *a, **k: Spy(real_open(*a, **k)))
    before = snapshot(repo)
    with pytest.raises(ImportRefused) as caught:
        commands.import_plan(repo, path, PASSWORD)
    assert caught.value.problem.code == "too_large"
    assert opened == []
    assert snapshot(repo) == before


def test_a_missing_file_raises_oserror_and_changes_nothing(repo: Repository, tmp_path: Path) -> None:
    before = snapshot(repo)
    with pytest.raises(OSError):
        commands.import_plan(repo, tmp_path / "weg.paraat", PASSWORD)
    assert snapshot(repo) == before


def test_writing_refuses_unusable_parameters_and_an_empty_password() -> None:
    with pytest.raises(ValueError):
        plan_file.encrypt(b"{}", "", FAST)
    with pytest.raises(ValueError):
        plan_file.encrypt(b"{}", PASSWORD, KdfParams(plan_file.MAX_MEMORY_KIB * 2, 1, 1))


# --- hostile contents behind a right password ------------------------------------------------


def _document(**changes) -> dict:
    document = json.loads(document_bytes(demo_household(), demo_stock(TODAY)))
    for key, value in changes.items():
        document[key] = value
    return document


def _with_member(**fields) -> dict:
    document = _document()
    document["household"]["members"][0].update(fields)
    return document


@pytest.mark.parametrize(("content", "code"), [
    (b'{"format": "paraat-household", "format": "paraat-household", "version": 1}',
     "content_duplicate_key"),
    (b'{"a": 1, "household": {"members": [{"id": 1, "id": 2}]}}', "content_duplicate_key"),
    (b"[" * 100_000 + b"]" * 100_000, "content_too_deep"),
    (b'{"x": ' * 50 + b"1" + b"}" * 50, "content_too_deep"),
    (b'{"format": "paraat-household", "version": 1, "household": {}, "stock": [NaN]}',
     "content_not_a_number"),
    (b'{"format": "paraat-household", "version": 1, "household": {}, "stock": [-Infinity]}',
     "content_not_a_number"),
    (b'{"format": "paraat-household", "version": 1, "household": {}, "stock": [1e999]}',
     "content_not_a_number"),
    (b'{"format": "paraat-household", "version": 1, "household": {}, "stock": [' + b"9" * 5000
     + b"]}", "content_not_json"),
    (b"{'format': 'paraat-household'}", "content_not_json"),
    (b"\xff\xfe{}", "content_not_json"),
    (b"", "content_not_json"),
    (b'{"format": "iets anders", "version": 1}', "content_not_paraat"),
    (b'{"format": "paraat-household", "version": "1"}', "content_not_paraat"),
    (b'{"format": "paraat-household", "version": true}', "content_not_paraat"),
    (b'{"format": "paraat-household", "version": 2, "household": {}}', "plan_too_new"),
    (b'{"format": "paraat-household", "version": 1, "household": []}', "content_not_paraat"),
    (b'{"format": "paraat-household", "version": 1, "household": {"attic": []}}',
     "content_unknown_part"),
])
def test_hostile_json_inside_a_right_file(repo: Repository, tmp_path: Path, content: bytes,
                                          code: str) -> None:
    assert refused_code(repo, tmp_path, lock(content)) == code


@pytest.mark.parametrize(("document", "field", "reason"), [
    (_with_member(name=""), "name", "required"),
    (_with_member(name="x" * 101), "name", "too_long"),
    (_with_member(name="Nul\u0000byte"), "name", "control_characters"),
    (_with_member(age_group="toddler"), "age_group", "not_an_option"),
    (_with_member(phone="bel me maar"), "phone", "not_a_phone_number"),
    (_with_member(position=1.5), "position", "not_a_number"),
    (_with_member(name={"nested": "object"}), "name", "content_not_a_value"),
    (_with_member(name=["a", "list"]), "name", "content_not_a_value"),
    (_with_member(blood_type="A+"), "blood_type", "content_unknown_field"),
    (_with_member(id=0), "id", "content_bad_id"),
    (_with_member(id="1"), "id", "content_bad_id"),
    (_with_member(id=True), "id", "content_bad_id"),
    (_with_member(id=2), "id", "conflict"),
])
def test_a_bad_member_is_named_with_its_field(repo: Repository, tmp_path: Path, document: dict,
                                              field: str, reason: str) -> None:
    path = tmp_path / "in.paraat"
    path.write_bytes(lock(document))
    before = snapshot(repo)
    with pytest.raises(ImportRefused) as caught:
        commands.import_plan(repo, path, PASSWORD)
    problem = caught.value.problem
    assert problem.code == "content_record"
    assert (problem.params["section"], problem.params["field"]) == ("members", field)
    assert problem.params["reason"].code == reason
    assert snapshot(repo) == before
    number = problem.params["number"]
    assert number == (2 if reason == "conflict" else 1)  # the second member with id 2
    assert f"huisgenoten, nummer {number}, veld '{field}'" in problem_text(problem)


def _edit(path: list, value) -> dict:
    document = _document()
    target = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return document


@pytest.mark.parametrize(("document", "section", "reason"), [
    (_edit(["household", "documents", 0, "expires"], "31-02-2027"), "documents", "no_such_date"),
    (_edit(["household", "documents", 0, "expires"], "gisteren"), "documents", "not_a_date"),
    (_edit(["household", "plan", "last_practised"], "1850-01-01"), "plan", "out_of_range"),
    (_edit(["stock", 0, "expires"], "2027-13"), "stock", "no_such_date"),
    (_edit(["stock", 0, "quantity"], -1), "stock", "out_of_range"),
    (_edit(["stock", 0, "quantity"], 1e300), "stock", "out_of_range"),
    (_edit(["household", "medicines", 0, "member_id"], 99), "medicines", "content_missing_link"),
    (_edit(["household", "contact_phones", 0, "contact_id"], 99), "contact_phones",
     "content_missing_link"),
    (_edit(["household", "checks", 0, "member_id"], 99), "checks", "content_missing_link"),
    (_edit(["household", "pickups", 1, "child_id"], 3), "pickups", "conflict"),
    (_edit(["household", "meeting_places", 0, "id"], "zolder"), "meeting_places",
     "not_an_option"),
    (_edit(["household", "roles", 1, "id"], "gas"), "roles", "conflict"),
    (_edit(["household", "pets", 0], "Bobbie"), "pets", "content_not_a_record"),
    (_edit(["household", "members"], [{"id": n, "name": f"P{n}"} for n in range(1, 32)]),
     "members", "too_many"),
])
def test_bad_records_anywhere_are_refused(repo: Repository, tmp_path: Path, document: dict,
                                          section: str, reason: str) -> None:
    path = tmp_path / "in.paraat"
    path.write_bytes(lock(document))
    before = snapshot(repo)
    with pytest.raises(ImportRefused) as caught:
        commands.import_plan(repo, path, PASSWORD)
    problem = caught.value.problem
    assert (problem.code, problem.params["section"], problem.params["reason"].code) == (
        "content_record", section, reason)
    assert snapshot(repo) == before


def test_a_record_without_some_fields_gets_their_defaults(repo: Repository, tmp_path: Path) -> None:
    """An older Paraat's file lacks fields added later: they take their empty value."""
    document = _document()
    document["household"]["members"] = [{"id": 7, "name": "Alleen een naam"}]
    for key in ("medicines", "pickups", "checks", "devices"):  # they point at members
        document["household"][key] = []
    del document["household"]["plan"]
    del document["stock"]
    path = tmp_path / "old.paraat"
    path.write_bytes(lock(document))
    commands.import_plan(repo, path, PASSWORD)
    assert repo.list("member") == [Member(7, 0, "Alleen een naam")]
    assert repo.get("plan", 1).contact_name == ""
    assert repo.list("stock") == []


def test_problem_words_exist_for_every_outcome() -> None:
    from app.core.fields import Problem

    for code in ("plan_password", "plan_not_ours", "plan_damaged", "plan_too_new",
                 "plan_too_costly", "too_large", "content_not_json", "content_too_deep",
                 "content_duplicate_key", "content_not_a_number", "content_not_paraat",
                 "content_unknown_part"):
        params = {"max_mb": 20, "max": 8, "key": "k", "value": "NaN", "part": "p"}
        for language in ("nl", "en"):
            text = problem_text(Problem(code, params), language)
            assert text and "{" not in text and text != problem_text(Problem("?"), language), code


# --- password rules --------------------------------------------------------------------------


@pytest.mark.parametrize(("password", "strength"), [
    ("", "empty"),
    ("kort", "too_short"),
    ("a b c d e f", "too_short"),  # spaces and words of one letter do not count
    ("aaaaaaaaaaaa", "too_simple"),
    ("1234567890", "too_simple"),
    ("Wachtwoord", "too_simple"),
    ("zomer2026!x", "fair"),
    ("tulp fiets regen lamp", "strong"),
    ("tulp fiets bus", "fair"),
    ("tulp bus", "too_short"),
    ("hek pen vis bol", "fair"),
    ("Mijn oma woont in Zwolle", "strong"),
])
def test_password_strength(password: str, strength: str) -> None:
    assert plan_file.password_strength(password) == strength
    assert (plan_file.password_problem(password) is None) == (strength in ("fair", "strong"))


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_or_a_device_is_refused_without_waiting(repo: Repository, tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "pijp.paraat"
    os.mkfifo(pipe)
    before = snapshot(repo)
    for path in (pipe, Path("/dev/zero")):
        with pytest.raises(ImportRefused) as caught:
            commands.import_plan(repo, path, PASSWORD)
        assert caught.value.problem.code == "plan_not_ours"
    with pytest.raises(OSError):
        commands.import_plan(repo, tmp_path, PASSWORD)  # a folder
    assert snapshot(repo) == before


# --- the kit's horizon and last check travel along --------------------------------------------


def test_the_kit_settings_travel_with_the_plan(repo: Repository, tmp_path: Path) -> None:
    source = Repository.open(tmp_path / "source.sqlite3")
    source.replace_all(demo_household(), demo_stock(TODAY))
    source.set_setting("kit_hours", "168")
    source.set_setting("kit_last_check", "2026-03-01")
    path = tmp_path / "plan.paraat"
    commands.export_plan(source, path, PASSWORD, FAST)
    source.close()
    assert commands.kit_hours(repo) == 72
    contents = commands.import_plan(repo, path, PASSWORD)
    assert contents.kit == plan_file.KitSettings(168.0, "2026-03-01")
    assert commands.kit_hours(repo) == 168
    assert commands.last_kit_check(repo) == dt.date(2026, 3, 1)


def test_a_file_without_kit_settings_leaves_them_alone(repo: Repository, tmp_path: Path) -> None:
    repo.set_setting("kit_hours", "240")
    path = tmp_path / "plan.paraat"
    path.write_bytes(lock(_document()))  # written without "kit"
    assert "kit" not in _document()
    commands.import_plan(repo, path, PASSWORD)
    assert commands.kit_hours(repo) == 240


@pytest.mark.parametrize(("kit", "field", "reason"), [
    ({"hours": 10_000}, "hours", "out_of_range"),
    ({"hours": 12}, "hours", "out_of_range"),
    ({"hours": "72"}, "hours", "not_a_number"),
    ({"hours": True}, "hours", "not_a_number"),
    ({"last_check": "31-02-2026"}, "last_check", "no_such_date"),
    ({"last_check": 20260301}, "last_check", "content_not_a_value"),
    ({"colour": "red"}, "colour", "content_unknown_field"),
    ([72], "", "content_not_a_record"),
])
def test_bad_kit_settings_are_refused(repo: Repository, tmp_path: Path, kit, field: str,
                                      reason: str) -> None:
    repo.set_setting("kit_hours", "240")
    path = tmp_path / "plan.paraat"
    path.write_bytes(lock(_document(kit=kit)))
    before = snapshot(repo)
    with pytest.raises(ImportRefused) as caught:
        commands.import_plan(repo, path, PASSWORD)
    problem = caught.value.problem
    assert (problem.params["section"], problem.params["field"], problem.params["reason"].code) == (
        "kit", field, reason)
    assert snapshot(repo) == before and commands.kit_hours(repo) == 240


def test_records_and_kit_settings_are_stored_in_one_transaction(repo: Repository,
                                                                tmp_path: Path) -> None:
    """When the kit's settings cannot be stored, the household is not replaced either."""
    repo.set_setting("kit_hours", "240")
    repo.set_setting("kit_last_check", "2026-01-05")
    before = snapshot(repo)
    source = Repository.open(tmp_path / "source.sqlite3")
    source.replace_all(demo_household(), demo_stock(TODAY),
                       settings={"kit_hours": "168", "kit_last_check": "2026-03-01"})
    path = tmp_path / "plan.paraat"
    commands.export_plan(source, path, PASSWORD, FAST)
    source.close()
    repo.connection.execute(  # the last write of the import fails, as a full disk would
        "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON main.settings "
        "WHEN NEW.key = 'kit_last_check' BEGIN SELECT RAISE(ABORT, 'disk is full'); END")
    with pytest.raises(sqlite3.Error):
        commands.import_plan(repo, path, PASSWORD)
    assert snapshot(repo) == before
    assert (repo.setting("kit_hours"), repo.setting("kit_last_check")) == ("240", "2026-01-05")
    repo.connection.execute("DROP TRIGGER temp.refuse")
    commands.import_plan(repo, path, PASSWORD)
    assert snapshot(repo) != before
    assert (repo.setting("kit_hours"), repo.setting("kit_last_check")) == ("168", "2026-03-01")
