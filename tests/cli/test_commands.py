"""Commands that need no window: create_demo, the kit's and the contacts' files, and
`python -m app` in a subprocess."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import main
from app.cli.parser import build_parser
from app.commands import (
    RefusedError,
    create_demo,
    export_supplies,
    import_contacts,
    import_supplies,
    kit_hours,
    last_kit_check,
    preview_contacts,
    preview_supplies,
)
from app.core.demo import demo_household
from app.core.fields import InvalidValue
from app.core.records import Member
from app.storage.repository import Repository
from app.storage.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def repo(data_dir: Path) -> Repository:
    repository = Repository.open(data_dir / "paraat.sqlite3")
    yield repository
    repository.close()


# --- create_demo -------------------------------------------------------------------------------


def test_create_demo_on_an_empty_file(repo: Repository) -> None:
    create_demo(repo)
    assert repo.household() == demo_household()
    assert repo.setting("wizard_done") == "1"


def test_create_demo_refuses_when_there_is_data(repo: Repository) -> None:
    mine = repo.add("member", Member(name="Mijn eigen naam"))
    with pytest.raises(RefusedError) as caught:
        create_demo(repo)
    assert str(caught.value) == "demo_would_overwrite"
    assert repo.list("member") == [mine]
    assert repo.setting("wizard_done") == ""


def test_create_demo_refuses_a_second_time(repo: Repository) -> None:
    create_demo(repo)
    with pytest.raises(RefusedError):
        create_demo(repo)


def test_create_demo_with_force_replaces_the_data(repo: Repository) -> None:
    repo.add("member", Member(name="Mijn eigen naam"))
    repo.set_field("role", "gas", "person", "Ik")
    create_demo(repo, force=True)
    assert repo.household() == demo_household()


# --- the parser and main() in-process ----------------------------------------------------------


def test_parser_reads_the_demo_command() -> None:
    args = build_parser().parse_args(["--data-dir", "X", "--lang", "en", "demo", "--force"])
    assert (args.data_dir, args.lang, args.command, args.force) == ("X", "en", "demo", True)
    assert build_parser().parse_args([]).command is None


def test_main_demo_in_process(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "cli"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    assert str(folder) in capsys.readouterr().out
    assert main(["--data-dir", str(folder), "--lang", "en", "demo"]) == 1
    assert "already holds data" in capsys.readouterr().err


def test_main_on_a_damaged_file_sets_it_aside_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cli"
    folder.mkdir()
    (folder / "paraat.sqlite3").write_text("geen database\n" * 50)
    assert main(["--data-dir", str(folder), "demo"]) == 0  # no backup: starts fresh
    err = capsys.readouterr().err
    assert "beschadigd" in err and "geen goede reservekopie" in err
    kept = list(folder.glob("paraat-damaged-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_text() == "geen database\n" * 50
    assert str(kept[0]) in err


def test_main_on_a_file_from_a_newer_paraat_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cli"
    folder.mkdir()
    raw = sqlite3.connect(str(folder / "paraat.sqlite3"))
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.commit()
    raw.close()
    assert main(["--data-dir", str(folder), "demo"]) == 2
    err = capsys.readouterr().err
    assert "nieuwere" in err


# --- python -m app -----------------------------------------------------------------------------


def test_cli_demo_then_refusal_then_force(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    first = run_app("--data-dir", str(folder), "demo")
    assert first.returncode == 0, first.stderr
    assert "Demo-huishouden gemaakt" in first.stdout
    assert (folder / "paraat.sqlite3").is_file()

    second = run_app("--data-dir", str(folder), "demo")
    assert second.returncode == 1
    assert "Er staan al gegevens in deze map" in second.stderr
    assert "--force" in second.stderr
    assert "Traceback" not in second.stderr

    forced = run_app("--data-dir", str(folder), "demo", "--force")
    assert forced.returncode == 0, forced.stderr

    repository = Repository.open(folder / "paraat.sqlite3")
    try:
        assert repository.household() == demo_household()
    finally:
        repository.close()


def test_cli_demo_in_english(tmp_path: Path) -> None:
    folder = tmp_path / "cli"
    assert run_app("--data-dir", str(folder), "--lang", "en", "demo").returncode == 0
    again = run_app("--data-dir", str(folder), "--lang", "en", "demo")
    assert again.returncode == 1
    assert "This folder already holds data" in again.stderr


def test_cli_version() -> None:
    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Paraat {__version__}" == "Paraat 0.1.0"


def test_cli_unusable_data_dir_exits_2_without_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    result = run_app("--data-dir", str(blocker / "data"), "demo")
    assert result.returncode == 2
    assert "Paraat kan zijn gegevens niet bewaren in" in result.stderr
    assert "een deel van dit pad is een bestand, geen map" in result.stderr
    assert str(blocker / "data") in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_commands_do_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from app.__main__ import main; "
        f"rc = main(['--data-dir', {str(tmp_path / 'q')!r}, 'demo']); "
        "import app.core.household, app.core.broadcasters, app.storage.repository; "
        "app.core.broadcasters.broadcasters(); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["0", "False"]


# --- the kit's files: calendar, supplies CSV, shopping list ----------------------------------


def demo_folder(tmp_path: Path, name: str = "cli") -> Path:
    folder = tmp_path / name
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def stock_of(folder: Path) -> list:
    repository = Repository.open(folder / "paraat.sqlite3")
    try:
        return repository.list("stock")
    finally:
        repository.close()


BAD_CSV = (
    "\ufeffartikel;hoeveelheid;eenheid;houdbaar tot\r\n"
    "water;2,5;liter;31-12-2027\r\n"
    "water;1;liter;31-02-2027\r\n"
    "zaklamp;1;liter;\r\n"
    "radio;1;stuks;\r\n"
)


def test_cli_export_calendar(tmp_path: Path) -> None:
    from icalendar import Calendar

    folder = demo_folder(tmp_path)
    target = tmp_path / "noodpakket.ics"
    result = run_app("--data-dir", str(folder), "export-calendar", str(target))
    assert result.returncode == 0, result.stderr
    assert "Agenda geschreven naar" in result.stdout
    calendar = Calendar.from_ical(target.read_bytes())
    uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    assert "kit-check@paraat.invalid" in uids and len(uids) == len(set(uids)) > 2
    assert f"{len(uids)} afspraken" in result.stdout


def test_cli_import_with_problems_writes_nothing(tmp_path: Path) -> None:
    folder = demo_folder(tmp_path)
    before = stock_of(folder)
    source = tmp_path / "voorraad.csv"
    source.write_text(BAD_CSV, encoding="utf-8", newline="")
    result = run_app("--data-dir", str(folder), "import-supplies", str(source))
    assert result.returncode == 1
    assert "2 van de 4 regels zijn goed" in result.stdout
    assert "regel 3, kolom houdbaar tot: Deze datum bestaat niet." in result.stderr
    assert "regel 4, kolom eenheid: Dit artikel kan niet in liter worden geteld." in result.stderr
    assert "--skip-invalid" in result.stderr and "Traceback" not in result.stderr
    assert stock_of(folder) == before

    english = run_app("--data-dir", str(folder), "--lang", "en", "import-supplies", str(source))
    assert english.returncode == 1
    assert "line 3, column expires: This date does not exist." in english.stderr
    assert stock_of(folder) == before


def test_cli_import_skip_invalid_imports_exactly_the_valid_rows(tmp_path: Path) -> None:
    folder = demo_folder(tmp_path)
    before = stock_of(folder)
    source = tmp_path / "voorraad.csv"
    source.write_text(BAD_CSV, encoding="utf-8", newline="")
    result = run_app("--data-dir", str(folder), "import-supplies", str(source), "--skip-invalid")
    assert result.returncode == 0, result.stderr
    assert "2 regels toegevoegd" in result.stdout
    assert "2 regels met een probleem overgeslagen" in result.stdout
    after = stock_of(folder)
    new = [entry for entry in after if entry.id not in {old.id for old in before}]
    assert len(after) == len(before) + 2
    assert sorted((e.item_id, e.quantity, e.unit, e.expires) for e in new) == [
        ("radio", 1.0, "pcs", ""), ("water", 2.5, "l", "2027-12-31")]


def test_export_then_import_round_trips_through_the_cli(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    source, target = demo_folder(tmp_path, "a"), demo_folder(tmp_path, "b")
    for plain in ([], ["--plain"]):
        path = tmp_path / f"voorraad{'-plain' if plain else ''}.csv"
        assert main(["--data-dir", str(source), "export-supplies", str(path), *plain]) == 0
        assert "Voorraad geschreven" in capsys.readouterr().out
        before = stock_of(target)
        assert main(["--data-dir", str(target), "import-supplies", str(path)]) == 0
        assert "15 regels toegevoegd" in capsys.readouterr().out
        added = stock_of(target)[len(before):]
        key = lambda entry: dataclasses.replace(entry, id=None)  # noqa: E731
        assert sorted(map(key, stock_of(target)), key=repr) == sorted(
            [*map(key, before), *map(key, stock_of(source))], key=repr)
        assert len(added) == 15


def test_cli_export_shopping_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_folder(tmp_path)
    path = tmp_path / "boodschappen.csv"
    assert main(["--data-dir", str(folder), "--lang", "en", "export-shopping-list", str(path),
                 "--plain"]) == 0
    assert "Shopping list written to" in capsys.readouterr().out
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "item,missing,unit,category"
    assert "Water for pets,1.5,litre,Water" in lines
    repository = Repository.open(folder / "paraat.sqlite3")
    repository.set_setting("kit_hours", str(24 * 7))
    repository.close()
    assert main(["--data-dir", str(folder), "export-shopping-list", str(path)]) == 0
    week = path.read_bytes().decode("utf-8-sig").splitlines()
    assert "Water voor huisdieren;3,5;liter;Water" in week  # 0,5 l a day for 7 days


def test_cli_whole_file_problems_exit_1_in_plain_words(tmp_path: Path) -> None:
    folder = demo_folder(tmp_path)
    before = stock_of(folder)
    wrong = tmp_path / "lijst.csv"
    wrong.write_text("naam;plek\nZaklamp;Gang\n", encoding="utf-8")
    result = run_app("--data-dir", str(folder), "import-supplies", str(wrong))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"Paraat kan {wrong} niet importeren." in result.stderr
    assert "ontbreken de kolommen: artikel, hoeveelheid" in result.stderr
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x81")
    result = run_app("--data-dir", str(folder), "--lang", "en", "import-supplies", str(binary))
    assert result.returncode == 1 and "cannot read the characters" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run_app("--data-dir", str(folder), "import-supplies", str(tmp_path / "weg.csv"))
    assert missing.returncode == 1
    assert f"Paraat kan {tmp_path / 'weg.csv'} niet lezen: het bestand" in missing.stderr
    assert "Traceback" not in missing.stderr
    assert stock_of(folder) == before


def test_cli_cannot_write_the_target(tmp_path: Path) -> None:
    folder = demo_folder(tmp_path)
    for command in ("export-supplies", "export-shopping-list", "export-calendar"):
        target = tmp_path / "bestaat-niet" / "x.csv"
        result = run_app("--data-dir", str(folder), command, str(target))
        assert result.returncode == 1
        assert f"Paraat kan {target} niet schrijven:" in result.stderr
        assert "Traceback" not in result.stderr
    result = run_app("--data-dir", str(folder), "--lang", "en", "export-supplies", str(tmp_path))
    assert result.returncode == 1 and "this is a folder, not a file" in result.stderr


def test_an_interrupted_import_leaves_the_stock_unchanged(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    create_demo(repo)
    before = repo.list("stock")
    path = tmp_path / "v.csv"
    export_supplies(repo, path)
    preview = preview_supplies(repo, path)
    assert len(preview.rows) == 15 and preview.ok
    real_insert = Repository._insert
    calls = []

    def failing_insert(self: Repository, kind, record, keep_id):  # noqa: ANN001
        calls.append(record)
        if len(calls) == len(preview.rows):
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, kind, record, keep_id)

    monkeypatch.setattr(Repository, "_insert", failing_insert)
    with pytest.raises(sqlite3.OperationalError):
        import_supplies(repo, preview)
    assert repo.list("stock") == before

    calls.clear()
    folder = Path(repo.path).parent
    assert main(["--data-dir", str(folder), "import-supplies", str(path)]) == 1
    err = capsys.readouterr().err
    assert "er is niets veranderd" in err and "Traceback" not in err
    assert repo.list("stock") == before


def test_import_supplies_refusals(repo: Repository, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.csv"
    path.write_text("item;quantity\nwater;1\nwater;nul\n", encoding="utf-8")
    preview = preview_supplies(repo, path)
    with pytest.raises(RefusedError, match="import_has_problems"):
        import_supplies(repo, preview)
    assert [e.item_id for e in import_supplies(repo, preview, skip_invalid=True)] == ["water"]
    path.write_text("item;quantity\nwater;nul\n", encoding="utf-8")
    with pytest.raises(RefusedError, match="import_nothing"):
        import_supplies(repo, preview_supplies(repo, path), skip_invalid=True)
    monkeypatch.setattr("app.commands.MAX_STOCK", 1)
    path.write_text("item;quantity\nwater;1\n", encoding="utf-8")
    with pytest.raises(InvalidValue) as caught:
        import_supplies(repo, preview_supplies(repo, path))
    assert caught.value.problem.code == "too_many"
    assert repo.count("stock") == 1


@pytest.mark.parametrize(("saved", "hours"), [
    ("", 72.0), ("168", 168.0), ("nan", 72.0), ("inf", 72.0), ("veel", 72.0), ("1", 24.0),
    ("100000", 672.0),
])
def test_kit_hours_setting(repo: Repository, saved: str, hours: float) -> None:
    if saved:
        repo.set_setting("kit_hours", saved)
    assert kit_hours(repo) == hours


def test_last_kit_check_setting(repo: Repository) -> None:
    assert last_kit_check(repo) is None
    repo.set_setting("kit_last_check", "2026-01-20")
    assert last_kit_check(repo) == dt.date(2026, 1, 20)
    repo.set_setting("kit_last_check", "gisteren")
    assert last_kit_check(repo) is None


def test_exchange_commands_do_not_load_qt(tmp_path: Path) -> None:
    folder, out = tmp_path / "q", tmp_path / "out"
    code = (
        "import sys; from app.__main__ import main; "
        f"main(['--data-dir', {str(folder)!r}, 'demo']); "
        f"a = main(['--data-dir', {str(folder)!r}, 'export-supplies', {str(out) + '.csv'!r}]); "
        f"b = main(['--data-dir', {str(folder)!r}, 'export-calendar', {str(out) + '.ics'!r}]); "
        f"c = main(['--data-dir', {str(folder)!r}, 'import-supplies', {str(out) + '.csv'!r}]); "
        "print(a, b, c, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-4:] == ["0", "0", "0", "False"]


# --- contacts: vCard files --------------------------------------------------------------------

CONTACTS_VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna de Vries\r\nTEL;TYPE=CELL:06-11111111\r\n"
    "TEL;TYPE=HOME:030 123 45 67\r\nEMAIL:anna@example.org\r\nUID:anna-1\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bram Zonder Nummer\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kapot\r\ndit is geen regel\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chris\r\nTEL:12\r\nTEL:+32 470 12 34 56\r\nEND:VCARD\r\n"
)


def contacts_of(folder: Path) -> tuple[list, list]:
    repository = Repository.open(folder / "paraat.sqlite3")
    try:
        household = repository.household()
        return household.contacts, household.phones
    finally:
        repository.close()


def test_cli_import_contacts_preview_imports_nothing(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_folder(tmp_path)
    before = contacts_of(folder)
    source = tmp_path / "contacten.vcf"
    source.write_text(CONTACTS_VCF, encoding="utf-8", newline="")
    assert main(["--data-dir", str(folder), "import-contacts", str(source)]) == 0
    out = capsys.readouterr().out
    assert f"{source}: 4 kaarten" in out
    assert "  1. Anna de Vries: 06 11111111 (mobiel), 030 123 4567 (thuis)\n" in out
    assert "  2. Bram Zonder Nummer: geen telefoonnummer\n" in out
    assert "+32 470 12 34 56 (mobiel)" not in out  # no TYPE: "overig"
    assert "  4. Chris: 12 (overig), +32 470 12 34 56 (overig)\n" in out
    assert "Controleer dit nummer: '12' kan niet kloppen." in out  # kept as written, marked
    assert ("Overgeslagen:\n  kaart 3 (Kapot): Deze kaart is beschadigd: Paraat kan regel 16 "
            "van het bestand niet lezen.\n") in out
    assert "Gebruik --all om de 3 nieuwe contacten toe te voegen." in out
    assert "staat er al" not in out
    assert contacts_of(folder) == before


def test_cli_import_contacts_all_then_again(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = demo_folder(tmp_path)
    before_contacts, before_phones = contacts_of(folder)
    source = tmp_path / "contacten.vcf"
    source.write_text(CONTACTS_VCF, encoding="utf-8", newline="")
    assert main(["--data-dir", str(folder), "import-contacts", str(source), "--all"]) == 0
    assert "3 contacten toegevoegd." in capsys.readouterr().out
    contacts, phones = contacts_of(folder)
    assert len(contacts) == len(before_contacts) + 3
    new = {contact.name: contact for contact in contacts if contact not in before_contacts}
    assert set(new) == {"Anna de Vries", "Bram Zonder Nummer", "Chris"}
    assert new["Anna de Vries"].uid == "anna-1" and new["Anna de Vries"].category == "other"
    assert sorted(p.number for p in phones if p.contact_id == new["Anna de Vries"].id) == [
        "030 123 45 67", "06-11111111"]
    assert sorted(p.number for p in phones if p.contact_id == new["Chris"].id) == [
        "+32 470 12 34 56", "12"]
    assert len(phones) == len(before_phones) + 4

    assert main(["--data-dir", str(folder), "--lang", "en", "import-contacts", str(source),
                 "--all"]) == 0
    out = capsys.readouterr().out
    assert out.count("(already there)") == 3
    assert "Nothing was added: every contact in this file is already in Paraat." in out
    assert contacts_of(folder) == (contacts, phones)


def test_an_interrupted_contacts_import_changes_nothing(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    create_demo(repo)
    before = repo.household()
    source = tmp_path / "contacten.vcf"
    source.write_text(CONTACTS_VCF, encoding="utf-8", newline="")
    preview = preview_contacts(repo, source)
    inserts = sum(1 + len(card.phones) for card in preview.new_cards)
    real_insert = Repository._insert
    calls = []

    def failing_insert(self: Repository, kind, record, keep_id):  # noqa: ANN001
        calls.append(record)
        if len(calls) == inserts:
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, kind, record, keep_id)

    monkeypatch.setattr(Repository, "_insert", failing_insert)
    with pytest.raises(sqlite3.OperationalError):
        import_contacts(repo, preview)
    assert len(calls) == inserts and repo.household() == before

    calls.clear()
    folder = Path(repo.path).parent
    assert main(["--data-dir", str(folder), "import-contacts", str(source), "--all"]) == 1
    err = capsys.readouterr().err
    assert "Paraat kon de contacten niet opslaan; er is niets veranderd." in err
    assert "Traceback" not in err
    assert repo.household() == before


def test_import_contacts_refusals(repo: Repository, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "c.vcf"
    source.write_text("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n", encoding="utf-8")
    with pytest.raises(RefusedError, match="contacts_nothing"):
        import_contacts(repo, preview_contacts(repo, source))
    monkeypatch.setattr("app.commands.MAX_CONTACTS", 2)
    source.write_text(CONTACTS_VCF, encoding="utf-8", newline="")
    with pytest.raises(InvalidValue) as caught:
        import_contacts(repo, preview_contacts(repo, source))
    assert caught.value.problem.code == "too_many"
    assert repo.count("contact") == 0


def test_cli_export_then_import_contacts_round_trip(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    source = demo_folder(tmp_path, "a")
    target = tmp_path / "b"
    path = tmp_path / "contacten.vcf"
    assert main(["--data-dir", str(source), "export-contacts", str(path)]) == 0
    assert f"Contacten geschreven naar {path}: 8 contacten." in capsys.readouterr().out
    assert main(["--data-dir", str(target), "import-contacts", str(path), "--all"]) == 0
    assert "8 contacten toegevoegd." in capsys.readouterr().out
    (old, old_phones), (new, new_phones) = contacts_of(source), contacts_of(target)

    def summary(contacts: list, phones: list) -> list:
        return [(c.name, c.email, c.address, c.notes,
                 [(p.number, p.kind) for p in phones if p.contact_id == c.id]) for c in contacts]

    assert summary(new, new_phones) == summary(old, old_phones)
    assert {c.uid for c in new} == {f"paraat-contact-{c.id}@paraat.invalid" for c in old}
    # the same file again: everything is already there, by name and number or by UID
    assert main(["--data-dir", str(target), "import-contacts", str(path), "--all"]) == 0
    assert "alle contacten in dit bestand staan al in Paraat" in capsys.readouterr().out
    assert main(["--data-dir", str(source), "import-contacts", str(path)]) == 0
    assert capsys.readouterr().out.count("(staat er al)") == 8
    assert contacts_of(target) == (new, new_phones)


def test_cli_contacts_whole_file_problems_exit_1_in_plain_words(tmp_path: Path) -> None:
    folder = demo_folder(tmp_path)
    before = contacts_of(folder)
    binary = tmp_path / "foto.vcf"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x81" * 10)
    result = run_app("--data-dir", str(folder), "import-contacts", str(binary), "--all")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"Paraat kan {binary} niet importeren. Dit is geen bestand met contacten" in (
        result.stderr)
    big = tmp_path / "groot.vcf"
    with open(big, "wb") as stream:
        stream.truncate(50 * 1024 * 1024)
    result = run_app("--data-dir", str(folder), "--lang", "en", "import-contacts", str(big))
    assert result.returncode == 1 and "The file is too large: at most 5 MB." in result.stderr
    missing = run_app("--data-dir", str(folder), "import-contacts", str(tmp_path / "weg.vcf"))
    assert missing.returncode == 1
    assert f"Paraat kan {tmp_path / 'weg.vcf'} niet lezen: het bestand" in missing.stderr
    target = tmp_path / "bestaat-niet" / "c.vcf"
    result = run_app("--data-dir", str(folder), "export-contacts", str(target))
    assert result.returncode == 1 and f"Paraat kan {target} niet schrijven:" in result.stderr
    assert "Traceback" not in result.stderr + missing.stderr
    assert contacts_of(folder) == before


def test_cli_import_contacts_with_no_usable_card(tmp_path: Path) -> None:
    source = tmp_path / "leeg.vcf"
    source.write_text("BEGIN:VCARD\nVERSION:3.0\nNOTE:niets\nEND:VCARD\n", encoding="utf-8")
    preview = run_app("import-contacts", str(source))
    assert preview.returncode == 0 and "Paraat kan geen enkele kaart" in preview.stdout
    assert "kaart 1: Op deze kaart staat geen naam" in preview.stdout
    result = run_app("import-contacts", str(source), "--all")
    assert result.returncode == 1 and "Paraat kan geen enkele kaart" in result.stderr


def test_contacts_commands_do_not_load_qt(tmp_path: Path) -> None:
    folder, out = tmp_path / "q", str(tmp_path / "c.vcf")
    code = (
        "import sys; from app.__main__ import main; "
        f"main(['--data-dir', {str(folder)!r}, 'demo']); "
        f"a = main(['--data-dir', {str(folder)!r}, 'export-contacts', {out!r}]); "
        f"b = main(['--data-dir', {str(folder)!r}, 'import-contacts', {out!r}, '--all']); "
        "print(a, b, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["0", "0", "False"]


def test_parser_reads_the_contacts_commands() -> None:
    args = build_parser().parse_args(["import-contacts", "c.vcf", "--all"])
    assert (args.command, args.file, args.all) == ("import-contacts", "c.vcf", True)
    assert build_parser().parse_args(["import-contacts", "c.vcf"]).all is False
    assert build_parser().parse_args(["export-contacts", "c.vcf"]).command == "export-contacts"


# --- the whole household: export-plan, import-plan, export-json -----------------------------

PLAN_PASSWORD = "tulp fiets regen lamp"


def _plan_folders(tmp_path: Path) -> tuple[str, str, Path]:
    """A demo folder, an empty other folder, and a password file."""
    source, target = tmp_path / "bron", tmp_path / "doel"
    assert main(["--data-dir", str(source), "demo"]) == 0
    password = tmp_path / "wachtwoord.txt"
    password.write_text(PLAN_PASSWORD + "\n", encoding="utf-8")
    return str(source), str(target), password


def _household_in(folder: str) -> tuple:
    repository = Repository.open(Path(folder) / "paraat.sqlite3")
    try:
        return repository.household(), repository.list("stock")
    finally:
        repository.close()


def test_cli_export_plan_then_import_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target, password = _plan_folders(tmp_path)
    plan = tmp_path / "plan.paraat"
    assert main(["--data-dir", source, "export-plan", str(plan), "--password-file", str(password)]) == 0
    assert "Planbestand geschreven" in capsys.readouterr().out
    assert b"Oma Riet" not in plan.read_bytes()
    assert main(["--data-dir", target, "--lang", "en", "import-plan", str(plan),
                 "--password-file", str(password)]) == 0
    out = capsys.readouterr().out
    assert "5 members, 8 contacts, 15 kit entries" in out
    assert _household_in(target) == _household_in(source)


def test_cli_import_plan_makes_a_backup_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("app.storage.backups")
    source, target, password = _plan_folders(tmp_path)
    plan = tmp_path / "plan.paraat"
    main(["--data-dir", source, "export-plan", str(plan), "--password-file", str(password)])
    main(["--data-dir", source, "import-plan", str(plan), "--password-file", str(password)])
    assert [p.name for p in (Path(source) / "backups").glob("*-import*.sqlite3")]


def test_cli_import_plan_with_a_wrong_password_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target, password = _plan_folders(tmp_path)
    plan = tmp_path / "plan.paraat"
    main(["--data-dir", source, "export-plan", str(plan), "--password-file", str(password)])
    other = tmp_path / "fout.txt"
    other.write_text("tulp fiets regen lampje", encoding="utf-8")
    main(["--data-dir", target, "demo"])
    repository = Repository.open(Path(target) / "paraat.sqlite3")
    repository.set_field("member", 1, "name", "Iemand Anders")
    repository.close()
    before = _household_in(target)
    capsys.readouterr()
    assert main(["--data-dir", target, "import-plan", str(plan), "--password-file", str(other)]) == 1
    err = capsys.readouterr().err
    assert "Het wachtwoord klopt niet." in err and "Er is niets veranderd." in err
    assert "Traceback" not in err
    damaged = bytearray(plan.read_bytes())
    damaged[len(damaged) // 2] ^= 1
    plan.write_bytes(bytes(damaged))
    assert main(["--data-dir", target, "--lang", "en", "import-plan", str(plan),
                 "--password-file", str(password)]) == 1
    assert "The file is damaged or was changed." in capsys.readouterr().err
    assert _household_in(target) == before
    assert not (Path(target) / "backups").exists() or not list((Path(target) / "backups").glob("*import*"))


def test_cli_export_plan_refuses_a_weak_password_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, _target, _password = _plan_folders(tmp_path)
    weak = tmp_path / "zwak.txt"
    weak.write_text("geheim\n", encoding="utf-8")
    plan = tmp_path / "plan.paraat"
    assert main(["--data-dir", source, "export-plan", str(plan), "--password-file", str(weak)]) == 1
    assert "te kort" in capsys.readouterr().err
    assert not plan.exists()


@pytest.mark.parametrize(("content", "message"), [
    (None, "bestaat niet"),
    (b"\xff\xfe\x00binary", "één regel tekst"),
    (b"first line\nsecond line\n", "één regel tekst"),
    (b"x" * 5000, "één regel tekst"),
])
def test_cli_password_file_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    content: bytes | None, message: str) -> None:
    source, _target, _password = _plan_folders(tmp_path)
    password = tmp_path / "pw"
    if content is not None:
        password.write_bytes(content)
    plan = tmp_path / "plan.paraat"
    assert main(["--data-dir", source, "export-plan", str(plan), "--password-file", str(password)]) == 1
    assert message in capsys.readouterr().err
    assert not plan.exists()


def test_cli_import_plan_of_another_file_or_a_missing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, _target, password = _plan_folders(tmp_path)
    before = _household_in(source)
    json_file = tmp_path / "plan.json"
    assert main(["--data-dir", source, "export-json", str(json_file)]) == 0
    assert main(["--data-dir", source, "import-plan", str(json_file), "--password-file", str(password)]) == 1
    assert "Dit is geen planbestand van Paraat." in capsys.readouterr().err
    assert main(["--data-dir", source, "import-plan", str(tmp_path / "weg.paraat"),
                 "--password-file", str(password)]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert _household_in(source) == before


def test_cli_export_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    source, _target, _password = _plan_folders(tmp_path)
    out = tmp_path / "alles.json"
    assert main(["--data-dir", source, "--lang", "en", "export-json", str(out)]) == 0
    assert f"Data written to {out}." in capsys.readouterr().out
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["household"]["members"]) == 5 and len(document["stock"]) == 15
    assert main(["--data-dir", source, "export-json", str(tmp_path)]) == 1
    assert "dit is een map" in capsys.readouterr().err


def test_cli_plan_password_from_standard_input(tmp_path: Path) -> None:
    source, target, _password = _plan_folders(tmp_path)
    plan = str(tmp_path / "plan.paraat")
    for folder, command in ((source, "export-plan"), (target, "import-plan")):
        result = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", folder, command, plan, "--password-file", "-"],
            cwd=ROOT, input=PLAN_PASSWORD + "\r\n", capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
    assert _household_in(target) == _household_in(source)


def test_plan_commands_do_not_load_qt(tmp_path: Path) -> None:
    folder, out = tmp_path / "q", str(tmp_path / "p.paraat")
    password = tmp_path / "pw"
    password.write_text(PLAN_PASSWORD, encoding="utf-8")
    code = (
        "import sys; from app.__main__ import main; "
        f"main(['--data-dir', {str(folder)!r}, 'demo']); "
        f"a = main(['--data-dir', {str(folder)!r}, 'export-plan', {out!r}, '--password-file', {str(password)!r}]); "
        f"b = main(['--data-dir', {str(folder)!r}, 'import-plan', {out!r}, '--password-file', {str(password)!r}]); "
        f"c = main(['--data-dir', {str(folder)!r}, 'export-json', {out + '.json'!r}]); "
        "print(a, b, c, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-4:] == ["0", "0", "0", "False"]


def test_parser_reads_the_plan_commands() -> None:
    args = build_parser().parse_args(["export-plan", "p.paraat", "--password-file", "pw"])
    assert (args.command, args.file, args.password_file) == ("export-plan", "p.paraat", "pw")
    args = build_parser().parse_args(["import-plan", "p.paraat", "--password-file", "-"])
    assert (args.command, args.password_file) == ("import-plan", "-")
    assert build_parser().parse_args(["export-json", "a.json"]).command == "export-json"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["import-plan", "p.paraat"])  # the password file is required


def test_cli_import_plan_backs_up_the_old_data_and_refuses_without_a_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage import backups

    source, target, password = _plan_folders(tmp_path)
    plan = tmp_path / "plan.paraat"
    main(["--data-dir", source, "export-plan", str(plan), "--password-file", str(password)])
    repository = Repository.open(Path(target) / "paraat.sqlite3")
    repository.add("member", Member(name="Alleen ik"))
    repository.close()
    before = _household_in(target)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(backups, "make_backup", fail)
        assert main(["--data-dir", target, "import-plan", str(plan), "--password-file", str(password)]) == 1
    assert "kon eerst geen reservekopie maken" in capsys.readouterr().err
    assert _household_in(target) == before
    assert main(["--data-dir", target, "import-plan", str(plan), "--password-file", str(password)]) == 0
    [backup] = (Path(target) / "backups").glob("*-import*.sqlite3")
    kept = Repository.open(backup)
    try:
        assert [member.name for member in kept.list("member")] == ["Alleen ik"]
    finally:
        kept.close()
    assert _household_in(target) == _household_in(source)


@pytest.mark.parametrize("command", ["import-supplies", "demo"])
def test_cli_refusal_for_a_failed_backup_says_why(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    """A change refused because the backup before it failed names the reason in words."""
    import errno

    from app.storage import backups

    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    csv_file = tmp_path / "voorraad.csv"
    assert main(["--data-dir", str(folder), "export-supplies", str(csv_file)]) == 0
    capsys.readouterr()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "paraat-x.sqlite3.tmp-1")

    args = (["import-supplies", str(csv_file)] if command == "import-supplies"
            else ["demo", "--force"])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(backups, "make_backup", full)
        assert main(["--data-dir", str(folder), *args]) == 1
    err = capsys.readouterr().err
    assert "reservekopie" in err and "de schijf is vol" in err
    assert ".tmp" not in err


@pytest.mark.skipif(not hasattr(os, "fork"), reason="crash points need fork")
def test_an_export_that_crashed_while_writing_leaves_no_temp_file_after_the_next_export(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A crash (power cut, kill -9) cannot clean up; the next export of the same file does."""
    from tests.fault_injection import crash_at, list_steps

    folder = demo_folder(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "o.vcf"
    export = ["--data-dir", str(folder), "export-contacts", str(target)]
    steps = list_steps(lambda: main(export))
    target.unlink()
    opened = next(n for n, step in enumerate(steps) if step.startswith("open .o.vcf."))
    assert steps[opened + 1].startswith("write"), steps[opened:opened + 2]
    assert crash_at(lambda: main(export), opened + 1)
    left = os.listdir(out)
    assert len(left) == 1 and left[0].startswith(".o.vcf.") and left[0].endswith(".tmp"), left
    capsys.readouterr()
    assert main(export) == 0
    assert os.listdir(out) == ["o.vcf"]
    assert "BEGIN:VCARD" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "er staat een bestand waar de map voor reservekopieën moet staan: {where}"),
    ("en", "there is a file where the folder for backups should be: {where}"),
])
def test_a_file_where_the_backups_folder_should_be_is_said_in_words(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str, expected: str) -> None:
    source, target, password = _plan_folders(tmp_path)
    plan = tmp_path / "plan.paraat"
    assert main(["--data-dir", source, "export-plan", str(plan), "--password-file", str(password)]) == 0
    repository = Repository.open(Path(target) / "paraat.sqlite3")
    repository.add("member", Member(name="Alleen ik"))
    repository.close()
    before = _household_in(target)
    blocker = Path(target) / "backups"
    if blocker.is_dir():
        for path in blocker.iterdir():
            path.unlink()
        blocker.rmdir()
    blocker.write_text("geen map")
    capsys.readouterr()
    assert main(["--data-dir", target, "--lang", lang, "import-plan", str(plan),
                 "--password-file", str(password)]) == 1
    err = capsys.readouterr().err
    assert expected.format(where=blocker) in err
    assert "File exists" not in err and "Not a directory" not in err
    assert _household_in(target) == before and blocker.read_text() == "geen map"


@pytest.mark.parametrize("command", ["export-contacts", "import-supplies", "export-json"])
def test_a_command_after_starting_empty_stops_once_with_exit_5(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    """Damaged without a good backup: Paraat starts empty. A command does not run on that
    household as if nothing happened: it says so and stops; the next run goes ahead."""
    folder = demo_folder(tmp_path)
    (tmp_path / "voorraad.csv").write_text(
        "\ufeffartikel;hoeveelheid;eenheid;houdbaar tot\r\nwater;6;liter;31-12-2030\r\n",
        encoding="utf-8")
    for backup in (folder / "backups").glob("*"):
        backup.unlink()  # no good backup to put back
    (folder / "paraat.sqlite3").write_text("geen database\n" * 50)
    target = tmp_path / ("voorraad.csv" if command == "import-supplies" else "uit.bestand")
    args = ["--data-dir", str(folder), command, str(target)]
    capsys.readouterr()
    assert main(args) == 5  # docs/cli.md: exit codes
    err = capsys.readouterr().err
    assert "Er was geen goede reservekopie. Daarom begint Paraat leeg." in err
    assert "De opdracht is niet uitgevoerd, omdat Paraat nu leeg is." in err
    assert stock_of(folder) == []
    if command != "import-supplies":
        assert not target.exists()
    assert main(args) == 0  # told once: now the command runs on the empty household
    assert "leeg" not in capsys.readouterr().err
    assert target.exists()
    if command == "import-supplies":
        assert len(stock_of(folder)) > 0
