"""Simulated power loss: real saves through the Repository on a disk that forgets unsynced writes.

How it works (RELIABILITY.md §1.4-1.5, modelled on SQLite's own crash tests):

* ``simulated_disk.Disk`` is an in-memory file system served to SQLite as an APSW VFS. Writes
  since a file's last sync are volatile, and so are creates and deletes until the directory
  is synced.
* One run opens a copy of a small household with ``open_database`` (the project's own
  settings, or a control's PRAGMAs applied on top) and makes a stream of saves through the
  public ``Repository`` API, each its own transaction. The power is cut before I/O operation
  ``cut_at`` (random). The disk after the cut is built from the synced state: each unsynced
  write is applied, lost, or torn at 512-byte sectors (each sector new, old, or now and then
  garbage, as in SQLite's crash VFS); a file may have grown with garbage or zeros; each
  unsynced truncate, create and delete may or may not have happened.
* That disk is written to a real folder and opened the normal way (stdlib ``sqlite3`` through
  ``open_database``, as ``Repository.open`` does). A run fails when the file cannot be
  opened, ``integrity_check`` is not "ok", a save whose call returned before the cut is
  missing ("lost"), or the data is not the result of a whole number of saves ("half": a
  batch or a contact's phones in part, or a state that matches none between two saves).
  The expected states come from replaying the same saves on an in-memory database.

Columns of the table: confirmed saves (calls that returned before the cut), lost saves (of
those, the ones missing afterwards that had changed something) and the runs losing any,
corrupt (``integrity_check`` not ok, or a read fails), unopenable (open_database refuses),
half-written, and in-flight kept (the file shows the interrupted save as done: it was
committed before the cut, or the file cannot be told from that state, for example a
confirmed add lost while the interrupted save was deleting that same record).

Command line (prints a table per configuration)::

    python -m tests.storage.power_loss --runs 2000 [--seed N] [--config project sync-off ...]
    python -m tests.storage.power_loss --config project --seed N --run R   # replay one run
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.core.records import Contact, ContactPhone, Member, Stock
from app.storage.database import MEMORY, open_database
from app.storage.repository import Repository
from tests.storage.simulated_disk import Disk, connect, vfs

MAX_OPS = 400  # the cut falls uniformly on I/O operations 1..MAX_OPS of a run
DB_NAME = "paraat.sqlite3"

# Configurations: PRAGMAs applied by the harness after open_database (never app defaults).
CONFIGS: dict[str, tuple[str, ...]] = {
    "project": (),  # journal_mode=DELETE, synchronous=EXTRA as open_database sets them
    "delete-full": ("PRAGMA synchronous = FULL",),
    "sync-off": ("PRAGMA synchronous = OFF",),
    # No shared memory in this VFS: WAL needs exclusive locking (the wal-index lives in heap).
    "wal-normal": ("PRAGMA locking_mode = EXCLUSIVE", "PRAGMA journal_mode = WAL",
                   "PRAGMA synchronous = NORMAL"),
    "wal-full": ("PRAGMA locking_mode = EXCLUSIVE", "PRAGMA journal_mode = WAL",
                 "PRAGMA synchronous = FULL"),
}


# --- the saves: a realistic mix of user actions, each its own transaction -------------------


@dataclasses.dataclass(frozen=True)
class Save:
    """One call of a Repository method that changes data."""

    method: str
    args: tuple[Any, ...]

    def apply(self, repository: Repository) -> Any:
        return getattr(repository, self.method)(*self.args)


@dataclasses.dataclass
class Live:
    """Ids the next saves can refer to (from the results of saves that returned)."""

    members: list[int] = dataclasses.field(default_factory=list)
    contacts: list[int] = dataclasses.field(default_factory=list)
    batches: list[list[int]] = dataclasses.field(default_factory=list)
    counter: int = 0

    def copy(self) -> Live:
        return Live(list(self.members), list(self.contacts),
                    [list(batch) for batch in self.batches], self.counter)

    def saved(self, save: Save, result: Any) -> None:
        if save.method == "add":
            self.members.append(result.id)
        elif save.method == "delete":
            (self.members if save.args[0] == "member" else self.contacts).remove(save.args[1])
        elif save.method == "add_contacts":
            self.contacts.extend(contact.id for contact in result)
        elif save.method == "add_many":
            self.batches.append([record.id for record in result])
        elif save.method == "delete_many":
            self.batches.remove(list(save.args[1]))


def _text(rng: random.Random, label: str, longest: int) -> str:
    return f"{label} {rng.randbytes(rng.randrange(longest // 2)).hex()}"[:longest]


def _phone(rng: random.Random) -> str:
    return f"06-{rng.randrange(10**8):08d}"


def next_save(rng: random.Random, live: Live) -> Save:
    """A random user action on the household as ``live`` knows it."""
    live.counter += 1
    n = live.counter
    choices = ["add_member"] * 3 + ["set_member"] * 4 + ["add_contacts"] * 3 + ["add_stock"] * 3
    choices += ["set_home"] * 2 + ["setting"]
    if len(live.members) > 1:
        choices += ["delete_member", "move_member", "move_member"]
    if live.contacts:
        choices += ["delete_contact"]
    if live.batches:
        choices += ["delete_stock"]
    choice = rng.choice(choices)
    if choice == "add_member" and len(live.members) < 25:
        member = Member(name=f"Lid {n}", age_group=rng.choice(("baby", "child", "adult", "senior")),
                        phone=_phone(rng), notes=_text(rng, "notes", 4000))
        return Save("add", ("member", member))
    if choice in ("set_member", "add_member") and live.members:
        field, value = rng.choice([("name", f"Lid {n} hernoemd"), ("phone", _phone(rng)),
                                   ("notes", _text(rng, f"note {n}", 6000)),
                                   ("diet", _text(rng, "diet", 1000))])
        return Save("set_field", ("member", rng.choice(live.members), field, value))
    if choice == "delete_member":
        return Save("delete", ("member", rng.choice(live.members)))
    if choice == "move_member":
        return Save("move_member", (rng.choice(live.members), rng.choice((-1, 1))))
    if choice == "delete_contact":
        return Save("delete", ("contact", rng.choice(live.contacts)))
    if choice == "delete_stock":
        return Save("delete_many", ("stock", tuple(rng.choice(live.batches))))
    if choice == "add_stock":
        size = rng.randint(2, 6)
        records = [("stock", Stock(name=f"Batch {n}: {i} of {size}", quantity=rng.randint(1, 24),
                                   notes=_text(rng, "stock", 1000))) for i in range(1, size + 1)]
        return Save("add_many", (records, [("plan", 1, "stay_notes", f"batch {n}")]))
    if choice == "set_home":
        kind, field = rng.choice([("home", "address"), ("home", "notes"), ("plan", "contact_notes")])
        return Save("set_field", (kind, 1, field, _text(rng, f"{field} {n}", 300)))
    if choice == "setting":
        return Save("set_setting", (rng.choice(("power_loss_a", "power_loss_b")), f"value {n}"))
    pairs = []  # add_contacts: each contact with its phones, all or nothing
    for i in range(rng.randint(1, 3)):
        phones = [ContactPhone(number=_phone(rng), kind=rng.choice(("mobile", "home", "work")))
                  for _ in range(rng.randint(1, 3))]
        pairs.append((Contact(name=f"Contact {n}.{i} with {len(phones)} phones",
                              notes=_text(rng, "contact", 2000)), phones))
    return Save("add_contacts", (pairs,))


STATE_KINDS = ("member", "contact", "contact_phone", "stock")


def read_state(repository: Repository) -> tuple[Any, ...]:
    """Everything the saves can change, comparable between two databases."""
    lists = tuple(tuple(repository.list(kind)) for kind in STATE_KINDS)
    fixed = (repository.get("home", 1), repository.get("plan", 1))
    settings = tuple(repository.setting(key) for key in ("power_loss_a", "power_loss_b"))
    return (*lists, *fixed, *settings)


def broken_invariants(state: tuple[Any, ...]) -> list[str]:
    """What in ``state`` shows a transaction applied in part."""
    members, contacts, phones, stock = state[:4]
    broken = []
    batches: dict[str, list[Any]] = {}
    for item in stock:
        tag, _, size = item.name.partition(" of ")
        batches.setdefault(tag.split(":")[0], []).append(int(size))
    broken += [f"{tag}: {len(sizes)} of {sizes[0]} items"
               for tag, sizes in batches.items() if len(sizes) != sizes[0]]
    for contact in contacts:
        expected = int(contact.name.split(" with ")[1].split()[0])
        found = sum(1 for phone in phones if phone.contact_id == contact.id)
        if found != expected:
            broken.append(f"{contact.name}: {found} phones")
    if len({member.position for member in members}) != len(members):
        broken.append("two members share a position")
    return broken


# --- one run and many ------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Base:
    image: bytes  # a small household, the database file as it is on the disk
    live: Live


_BASE: Base | None = None


def base() -> Base:
    """The household every run starts from (built once, through the same Repository)."""
    global _BASE
    if _BASE is None:
        rng = random.Random("power-loss base")
        with tempfile.TemporaryDirectory(prefix="paraat-powerloss-") as folder:
            path = str(Path(folder) / DB_NAME)
            disk = vfs().disk = Disk(rng)
            repository = Repository(open_database(path, connect=connect), path)
            live = Live()
            for _ in range(15):
                save = next_save(rng, live)
                live.saved(save, save.apply(repository))
            repository.close()
            assert set(disk.names) == {path}, disk.names
            _BASE = Base(bytes(disk.names[path].data), live)
    return _BASE


def reference(image: bytes) -> Repository:
    """The same household in memory (stdlib sqlite3, through open_database)."""
    connection = sqlite3.connect(MEMORY, isolation_level=None, check_same_thread=False)
    connection.deserialize(image)
    return Repository(open_database(MEMORY, connect=lambda *_, **__: connection))


def expected_states(image: bytes, saves: Sequence[Save], wanted: set[int]) -> dict[int, Any]:
    """The state after the first ``index`` saves, for each index in ``wanted``."""
    repository = reference(image)
    states = {}
    try:
        for index in range(max(wanted) + 1):
            if index in wanted:
                states[index] = read_state(repository)
            if index < len(saves):
                saves[index].apply(repository)
    finally:
        repository.close()
    return states


@dataclasses.dataclass
class RunResult:
    config: str
    seed: int
    run: int
    cut_at: int
    saves: int  # started, the last one usually cut
    confirmed: int  # calls that returned before the cut
    outcome: str  # ok, lost, corrupt, unopenable, half
    lost: int = 0
    in_flight_applied: bool = False
    detail: str = ""

    def describe(self) -> str:
        return (f"[{self.config}] seed {self.seed} run {self.run}: power cut before I/O operation "
                f"{self.cut_at}, {self.confirmed} saves confirmed: {self.outcome}"
                f"{f' ({self.lost} lost)' if self.lost else ''}"
                f"{f' {self.detail}' if self.detail else ''} — replay with "
                f"python -m tests.storage.power_loss --config {self.config} --seed {self.seed} "
                f"--run {self.run}")


def _make_saves(path: str, config: str, disk: Disk, rng: random.Random,
                live: Live) -> tuple[list[Save], int]:
    """Save until the power goes; returns the saves started and how many returned before."""
    saves: list[Save] = []
    confirmed = 0
    repository = None
    try:
        repository = Repository(open_database(path, connect=connect), path)
        for pragma in CONFIGS[config]:
            repository.connection.execute(pragma)
        while len(saves) < 10_000:
            saves.append(next_save(rng, live))
            result = saves[-1].apply(repository)
            if disk.is_off:  # returned, but only after the power went
                break
            confirmed += 1
            live.saved(saves[-1], result)
    except Exception:
        if not disk.is_off:
            raise
    finally:
        if repository is not None:
            repository.close()
    return saves, confirmed


def _verify(path: Path, saves: list[Save], confirmed: int, image: bytes) -> dict[str, Any]:
    """Open the disk after the cut as Paraat would and compare it with the saves."""
    try:
        repository = Repository(open_database(path), path)
    except Exception as error:
        return {"outcome": "unopenable", "detail": f"{type(error).__name__}: {error}"}
    try:
        check = repository.connection.execute("PRAGMA integrity_check").fetchall()
        if check != [("ok",)]:
            return {"outcome": "corrupt", "detail": str(check[:3])}
        orphans = repository.connection.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            return {"outcome": "half", "detail": f"rows without their parent: {orphans[:3]}"}
        found = read_state(repository)
    except sqlite3.DatabaseError as error:
        return {"outcome": "corrupt", "detail": f"{type(error).__name__}: {error}"}
    finally:
        repository.close()
    broken = broken_invariants(found)
    if broken:
        return {"outcome": "half", "detail": "; ".join(broken)}
    # Fast path: the confirmed saves, with or without the one the cut interrupted.
    quick = expected_states(image, saves, {confirmed, len(saves)})
    if found == quick[confirmed]:
        return {"outcome": "ok"}
    if found == quick[len(saves)] and len(saves) == confirmed + 1:
        return {"outcome": "ok", "in_flight_applied": True}
    states = expected_states(image, saves, set(range(len(saves) + 1)))
    matches = [index for index, state in states.items() if state == found]
    if not matches:
        return {"outcome": "half", "detail": "matches no state between saves"}
    # Lost: the confirmed saves after the state found that changed something (not, say, a
    # move of the last member further down, which returns without writing).
    lost = sum(states[index] != states[index - 1] for index in range(max(matches) + 1, confirmed + 1))
    return {"outcome": "lost" if lost else "ok", "lost": lost}


def run_once(config: str, seed: int, run: int, max_ops: int = MAX_OPS) -> RunResult:
    """One stream of saves, one power cut, one check."""
    rng = random.Random(f"{seed}/{run}/saves")  # the same saves in every configuration
    disk_rng = random.Random(f"{seed}/{run}/{config}/disk")
    cut_at = disk_rng.randint(1, max_ops)
    image = base().image
    with tempfile.TemporaryDirectory(prefix="paraat-powerloss-") as folder:
        path = Path(folder) / DB_NAME
        disk = vfs().disk = Disk(disk_rng, cut_at)
        disk.load(str(path), image)
        saves, confirmed = _make_saves(str(path), config, disk, rng, base().live.copy())
        assert disk.after_cut is not None, "the saves ended before the power cut"
        for name, content in disk.after_cut.items():
            Path(name).write_bytes(content)
        verdict = _verify(path, saves, confirmed, image)
    return RunResult(config, seed, run, cut_at, len(saves), confirmed, **verdict)


@dataclasses.dataclass
class Summary:
    config: str
    seed: int
    runs: int = 0
    confirmed: int = 0
    lost: int = 0
    runs_losing: int = 0
    corrupt: int = 0
    unopenable: int = 0
    half: int = 0
    in_flight_applied: int = 0
    seconds: float = 0.0
    failures: list[RunResult] = dataclasses.field(default_factory=list)

    def add(self, result: RunResult) -> None:
        self.runs += 1
        self.confirmed += result.confirmed
        self.lost += result.lost
        self.runs_losing += result.outcome == "lost"
        self.corrupt += result.outcome == "corrupt"
        self.unopenable += result.outcome == "unopenable"
        self.half += result.outcome == "half"
        self.in_flight_applied += result.in_flight_applied
        if result.outcome != "ok":
            self.failures.append(result)

    def describe(self, examples: int = 5) -> str:
        lines = [f"{self.config} (seed {self.seed}): {self.runs} runs, {self.confirmed} confirmed "
                 f"saves, {self.lost} lost in {self.runs_losing} runs, {self.corrupt} corrupt, "
                 f"{self.unopenable} unopenable, {self.half} half-written"]
        lines += [failure.describe() for failure in self.failures[:examples]]
        return "\n".join(lines)


def run_many(config: str, runs: int, seed: int, max_ops: int = MAX_OPS) -> Summary:
    summary = Summary(config, seed)
    started = time.perf_counter()
    for run in range(runs):
        summary.add(run_once(config, seed, run, max_ops))
    summary.seconds = time.perf_counter() - started
    return summary


COLUMNS = ("config", "runs", "confirmed saves", "lost saves", "runs losing", "corrupt",
           "unopenable", "half-written", "in-flight kept", "seconds")


def table(summaries: Sequence[Summary]) -> str:
    """A Markdown table, one row per configuration."""
    rows = [[s.config, s.runs, s.confirmed, s.lost, s.runs_losing, s.corrupt, s.unopenable,
             s.half, s.in_flight_applied, f"{s.seconds:.1f}"] for s in summaries]
    return "\n".join(["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
                     + ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows])


def main(argv: Sequence[str] | None = None, echo: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.storage.power_loss",
                                     description="Simulated power loss during saves.")
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--config", nargs="+", choices=sorted(CONFIGS),
                        default=["project", "delete-full", "sync-off", "wal-normal", "wal-full"])
    parser.add_argument("--run", type=int, help="replay this one run and describe it")
    options = parser.parse_args(argv)
    if options.run is not None:
        for config in options.config:
            echo(run_once(config, options.seed, options.run).describe())
        return 0
    summaries = []
    for config in options.config:
        summaries.append(run_many(config, options.runs, options.seed))
        echo(summaries[-1].describe(examples=3))
    echo(table(summaries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
