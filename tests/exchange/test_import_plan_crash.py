"""import-plan is all or nothing, whatever happens while it runs (issue 14, "Done when").

The scene: a data folder holding a household ("before", with its own kit horizon and last
check) and a locked plan file holding another one ("the plan", with another horizon and last
check). The command line's ``import-plan`` is run in process (``app.__main__.main``, which
opens the folder, reads and checks the file, makes the backup before the import and replaces
everything), and it is broken in every way the harness knows:

* a crash (power cut, kill -9: ``tests/fault_injection.crash_at``) before **every**
  file-system step it takes, and after the last one;
* a crash before **every** SQL statement that changes something on the household's
  connection (the statements of the import's transaction among them, its COMMIT included):
  the kit's horizon and last check used to be stored in later transactions, and a crash between
  those left a mix, which only a crash at this level can show;
* a full disk (``OSError(ENOSPC)``: ``fail_at``) at every file-system step;
* SQLite's own "database or disk is full" in the middle of the import's transaction
  (``PRAGMA max_page_count`` just above the file's size, for a range of sizes).

After each, the folder is opened again as the next start would open it and the household —
records, kit, horizon and last check — must be exactly "before" or exactly the plan: never a
mix, never empty, never a silent restore. The number of points tried is asserted and printed
(``-s``) so that a change which takes a step out of the harness's view is seen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app import commands
from app.__main__ import main
from app.core.demo import demo_household, demo_stock
from app.exchange.plan_file import KdfParams
from app.paths import data_location
from app.storage.recovery import OK, open_or_recover
from app.storage.repository import Repository
from tests.fault_injection import CRASHED, crash_at, fail_at, list_steps

PASSWORD = "tulp fiets regen lamp"
FAST = KdfParams(memory_kib=8, iterations=1, lanes=1)  # the file's header says what to use
BEFORE_KIT = {"kit_hours": "240", "kit_last_check": "2026-01-05"}
PLAN_KIT = {"kit_hours": "168", "kit_last_check": "2026-03-01"}
HOUSEHOLD_FILE = "paraat.sqlite3"

State = tuple[Any, ...]


def state_of(repository: Repository) -> State:
    """Everything the import replaces: every record, the kit, the horizon and last check."""
    return (repository.household(), repository.list("stock"),
            repository.setting("kit_hours"), repository.setting("kit_last_check"))


@dataclasses.dataclass
class Scene:
    folder: Path  # the data folder (--data-dir)
    plan: Path
    password_file: Path

    @property
    def database(self) -> Path:
        return data_location(str(self.folder)).database

    def argv(self) -> list[str]:
        return ["--data-dir", str(self.folder), "--lang", "nl", "import-plan", str(self.plan),
                "--password-file", str(self.password_file)]

    def run(self) -> int:
        return main(self.argv())

    def next_start(self) -> State:
        """What the next start finds: the folder opened as the app opens it."""
        location = data_location(str(self.folder))
        repository, recovery = open_or_recover(location.database, location.backups)
        try:
            assert recovery.status == OK, recovery  # nothing was damaged, nothing restored
            assert repository.verify_all() == []  # every row's checksum is right
            return state_of(repository)
        finally:
            repository.close()


@dataclasses.dataclass(frozen=True)
class Expected:
    before: State
    plan: State
    template: Path  # the data folder before the import, copied for every trial
    plan_file: Path
    password_file: Path


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> Expected:
    root = tmp_path_factory.mktemp("import-plan")
    household = demo_household()
    source = Repository.open(root / "source.sqlite3")
    stock = demo_stock(dt.date(2026, 3, 1))
    stock += [dataclasses.replace(entry, id=None, notes=f"{n}: " + "bewaren in de kelder " * 12)
              for n, entry in enumerate(stock * 3)]  # pages beyond what "before" frees
    source.replace_all(household, stock, settings=PLAN_KIT)
    plan = state_of(source)
    commands.export_plan(source, root / "plan.paraat", PASSWORD, FAST)
    source.close()
    password_file = root / "password.txt"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")

    template = root / "template"
    location = data_location(str(template))
    repository, _ = open_or_recover(location.database, location.backups)
    older = dataclasses.replace(household, members=[
        dataclasses.replace(member, name=member.name + " (oud)") for member in household.members])
    repository.replace_all(older, demo_stock(dt.date(2025, 1, 1))[:3], settings=BEFORE_KIT)
    repository.connection.execute("VACUUM")  # no free pages: the import must grow the file
    before = state_of(repository)
    repository.close()
    assert before != plan and plan[0].members and before[0].members
    assert (before[2], before[3]) == tuple(BEFORE_KIT.values())
    assert (plan[2], plan[3]) == tuple(PLAN_KIT.values())
    return Expected(before, plan, template, root / "plan.paraat", password_file)


@pytest.fixture()
def fresh(expected: Expected, tmp_path: Path) -> Iterator[Callable[[], Scene]]:
    """Makes a new copy of the scene for each trial."""
    count = 0

    def make() -> Scene:
        nonlocal count
        count += 1
        folder = tmp_path / f"trial-{count}"
        shutil.copytree(expected.template, folder)
        return Scene(folder, expected.plan_file, expected.password_file)

    yield make


def test_the_scene_imports_the_plan_whole(expected: Expected, fresh: Callable[[], Scene],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    scene = fresh()
    assert scene.next_start() == expected.before
    assert scene.run() == 0
    assert "staat nu in Paraat" in capsys.readouterr().out
    assert scene.next_start() == expected.plan
    assert len(list((scene.folder / "backups").iterdir())) == 1  # the backup before it


# --- a crash before every file-system step -----------------------------------------------------


def test_a_crash_at_every_file_system_step_leaves_before_or_the_plan(
        expected: Expected, fresh: Callable[[], Scene]) -> None:
    steps = list_steps(fresh().run)
    assert any(step.startswith("replace ") for step in steps)  # the backup is among them
    outcomes = {"before": 0, "plan": 0}
    for n in range(len(steps) + 1):  # + 1: after the last step (the import's own COMMIT)
        scene = fresh()
        crashed = crash_at(scene.run, n)
        assert crashed == (n < len(steps)), (n, steps)
        found = scene.next_start()
        assert found in (expected.before, expected.plan), f"a mix after a crash before {steps[n]}"
        outcomes["before" if found == expected.before else "plan"] += 1
    assert outcomes["plan"] >= 1 and outcomes["before"] >= 1
    print(f"\nimport-plan: {len(steps) + 1} crash points at file-system steps: {outcomes}")


# --- a crash before every SQL statement that changes something --------------------------------


def _statements(crash_before: int | None, seen: list[str]) -> Callable[[], None]:
    """Patch Repository so that the household's connection reports (and, at ``crash_before``,
    dies before) every statement that changes something."""
    real_init = Repository.__init__

    def init(self: Repository, connection: sqlite3.Connection, path: Any = ":memory:") -> None:
        real_init(self, connection, path)
        if os.path.basename(str(path)) != HOUSEHOLD_FILE:
            return

        def trace(statement: str) -> None:
            if statement.lstrip().upper().startswith(("SELECT", "PRAGMA")):
                return
            if len(seen) == crash_before:
                os._exit(CRASHED)  # a power cut just before this statement runs
            seen.append(statement.split("(")[0][:50])

        connection.set_trace_callback(trace)

    Repository.__init__ = init  # type: ignore[method-assign]
    return lambda: setattr(Repository, "__init__", real_init)


def _run_with_statements(scene: Scene, crash_before: int | None, seen: list[str]) -> int:
    undo = _statements(crash_before, seen)
    try:
        return scene.run()
    finally:
        undo()


def test_a_crash_before_every_changing_statement_leaves_before_or_the_plan(
        expected: Expected, fresh: Callable[[], Scene]) -> None:
    seen: list[str] = []
    scene = fresh()
    assert _run_with_statements(scene, None, seen) == 0
    assert scene.next_start() == expected.plan
    commits = [i for i, statement in enumerate(seen) if statement.upper().startswith("COMMIT")]
    settings = [i for i, statement in enumerate(seen) if "settings" in statement]
    # the horizon and last check are written inside the import's transaction, before its COMMIT
    assert settings and commits and max(settings) < commits[-1]
    assert not any(settings[0] < commit < commits[-1] for commit in commits)
    outcomes = {"before": 0, "plan": 0}
    for n in range(len(seen) + 1):
        scene = fresh()
        crashed = crash_at(lambda scene=scene, n=n: _run_with_statements(scene, n, []), 10**9)
        assert crashed == (n < len(seen)), n
        found = scene.next_start()
        assert found in (expected.before, expected.plan), f"a mix after a crash before {seen[n]}"
        outcomes["before" if found == expected.before else "plan"] += 1
    # only a crash after the import's COMMIT ran can show the plan
    assert outcomes == {"before": commits[-1] + 1, "plan": len(seen) - commits[-1]}
    print(f"\nimport-plan: {len(seen) + 1} crash points at SQL statements: {outcomes}")


# --- a full disk at every file-system step -----------------------------------------------------


def test_a_full_disk_at_every_file_system_step_is_told_and_changes_nothing(
        expected: Expected, fresh: Callable[[], Scene],
        capsys: pytest.CaptureFixture[str]) -> None:
    steps = list_steps(fresh().run)
    capsys.readouterr()
    told: dict[str, str] = {}
    for n, step in enumerate(steps):
        scene = fresh()
        code = fail_at(scene.run, n, errno.ENOSPC)
        out, err = capsys.readouterr()
        found = scene.next_start()
        if code == 0:  # a step whose failure does not matter (makedirs of an existing folder)
            assert found == expected.plan, step
            assert "staat nu in Paraat" in out
            continue
        assert isinstance(code, int) and code > 0, (step, code)  # no exception came out
        assert found == expected.before, f"changed after a full disk at {step}"
        assert "staat nu in Paraat" not in out
        assert err.strip() and "Traceback" not in err and ".tmp" not in err, err  # no temp file
        told[step] = f"exit {code}: {err.strip().splitlines()[-1]}"
    # the backup before the import cannot be made: the import is refused, in words
    assert any("reservekopie" in text for text in told.values()), told
    print(f"\nimport-plan: {len(steps)} full-disk points, {len(told)} refused:")
    for step, text in told.items():
        print(f"  {step}: {text}")


# --- SQLite's own "disk is full" inside the import's transaction -------------------------------


def test_sqlite_full_inside_the_transaction_changes_nothing(
        expected: Expected, fresh: Callable[[], Scene], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    room = 0
    real_init = Repository.__init__

    def init(self: Repository, connection: sqlite3.Connection, path: Any = ":memory:") -> None:
        real_init(self, connection, path)
        if os.path.basename(str(path)) == HOUSEHOLD_FILE:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages + room}")

    monkeypatch.setattr(Repository, "__init__", init)
    outcomes = {"full": 0, "imported": 0}
    for room in range(0, 40):
        scene = fresh()
        code = scene.run()
        out, err = capsys.readouterr()
        found = scene.next_start()
        if code == 0:
            assert found == expected.plan
            outcomes["imported"] += 1
            break
        assert code == 1 and "Traceback" not in err, err
        assert "niets veranderd" in err, err
        assert found == expected.before, f"a mix after SQLITE_FULL with {room} pages of room"
        outcomes["full"] += 1
    assert outcomes["full"] >= 1 and outcomes["imported"] == 1, outcomes
    print(f"\nimport-plan: SQLITE_FULL at {outcomes['full']} sizes, then imported")


# --- every import is one transaction -----------------------------------------------------------


def _commits(repository: Repository, action: Callable[[], object]) -> list[str]:
    statements: list[str] = []
    repository.connection.set_trace_callback(statements.append)
    try:
        action()
    finally:
        repository.connection.set_trace_callback(None)
    return [s.split()[0].upper() for s in statements
            if s.split()[0].upper() in ("BEGIN", "COMMIT", "ROLLBACK")]


def test_import_plan_is_one_transaction(expected: Expected, fresh: Callable[[], Scene]) -> None:
    scene = fresh()
    repository = Repository.open(scene.database)
    try:
        assert _commits(repository, lambda: commands.import_plan(
            repository, scene.plan, PASSWORD)) == ["BEGIN", "COMMIT"]
        assert state_of(repository) == expected.plan
    finally:
        repository.close()


def test_import_supplies_is_one_transaction(tmp_path: Path) -> None:
    path = tmp_path / "voorraad.csv"
    path.write_bytes(b"artikel;naam;hoeveelheid\r\n" + b"eigen;Soep;2\r\n" * 30)
    repository = Repository.open(":memory:")
    try:
        preview = commands.preview_supplies(repository, path)
        assert _commits(repository, lambda: commands.import_supplies(repository, preview)) == [
            "BEGIN", "COMMIT"]
        assert repository.count("stock") == 30
    finally:
        repository.close()


def test_import_contacts_is_one_transaction(tmp_path: Path) -> None:
    card = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Buur {n}\r\nTEL;TYPE=CELL:+31 6 1234 56{n:02d}\r\n"
            "TEL;TYPE=HOME:+31 20 123 45{n:02d}\r\nEND:VCARD\r\n")
    path = tmp_path / "buren.vcf"
    path.write_text("".join(card.format(n=n) for n in range(12)), encoding="utf-8")
    repository = Repository.open(":memory:")
    try:
        preview = commands.preview_contacts(repository, path)
        assert len(preview.new_cards) == 12
        assert _commits(repository, lambda: commands.import_contacts(repository, preview)) == [
            "BEGIN", "COMMIT"]
        assert repository.count("contact") == 12 and repository.count("contact_phone") == 24
    finally:
        repository.close()


def test_a_failing_contact_phone_stores_no_contact(tmp_path: Path) -> None:
    """All or nothing: when the last insert fails, the earlier cards are not kept."""
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Buur {n}\r\nTEL:+31 6 1234 56{n:02d}\r\nEND:VCARD\r\n"
    path = tmp_path / "buren.vcf"
    path.write_text("".join(card.format(n=n) for n in range(5)), encoding="utf-8")
    repository = Repository.open(":memory:")
    try:
        preview = commands.preview_contacts(repository, path)
        repository.connection.execute(
            "CREATE TEMP TRIGGER refuse AFTER INSERT ON main.contact_phone "
            "WHEN (SELECT COUNT(*) FROM main.contact_phone) = 5 "
            "BEGIN SELECT RAISE(ABORT, 'disk is full'); END")
        with pytest.raises(sqlite3.Error):
            commands.import_contacts(repository, preview)
        assert repository.count("contact") == 0 and repository.count("contact_phone") == 0
    finally:
        repository.close()
