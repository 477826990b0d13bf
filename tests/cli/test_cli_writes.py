"""Every export command on a full disk, a read-only medium or a special target: the old file
stays, no temporary file is left, the message names the file and says why in the user's
language, the exit code is not 0 and nothing says "written"."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from app.__main__ import main
from app.exchange import plan_file
from app.storage import safe_write
from tests.tiny_disk import fill, leftovers, make_read_only, tiny_disk

PASSWORD = "tulp fiets regen lamp"
OLD = b"the old export, complete\n"
FAST = plan_file.KdfParams(memory_kib=8, iterations=1, lanes=1)

# command, file name, extra arguments
EXPORTS = [
    ("export-calendar", "kit.ics", []),
    ("export-supplies", "kit.csv", []),
    ("export-shopping-list", "shopping.csv", []),
    ("export-contacts", "contacts.vcf", []),
    ("export-plan", "plan.paraat", ["--password-file", "{password}"]),
    ("export-json", "plan.json", []),
    ("export-pdf", "plan.pdf", []),
]
SUCCESS_WORDS = ("geschreven", "written", "pagina", "page")


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli-writes") / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture(autouse=True)
def _fast_plan_files(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plan_file, "DEFAULT_KDF", FAST)


def _argv(demo: Path, command: str, target: Path, extra: list[str], lang: str | None,
          password: Path) -> list[str]:
    argv = ["--data-dir", str(demo)] + (["--lang", lang] if lang else [])
    if command == "export-pdf":
        return argv + [command, "plan", str(target)]
    return argv + [command, str(target)] + [a.format(password=password) for a in extra]


def _password(tmp_path: Path) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(PASSWORD + "\n", encoding="utf-8")
    return path


def _check_refused(code: int, out: str, err: str, target: Path, expected: str) -> None:
    assert code != 0
    assert not any(word in out.lower() for word in SUCCESS_WORDS), out
    assert expected in err, err
    assert "Traceback" not in err and ".tmp" not in err


@pytest.mark.parametrize(("command", "name", "extra"), EXPORTS, ids=[e[0] for e in EXPORTS])
def test_every_export_on_a_really_full_disk(demo_folder, tmp_path, capsys, command, name, extra):
    password = _password(tmp_path)
    with tiny_disk(tmp_path / "stick") as stick:
        target = stick / name
        target.write_bytes(OLD)
        fill(stick)
        code = main(_argv(demo_folder, command, target, extra, None, password))
        captured = capsys.readouterr()
        _check_refused(code, captured.out, captured.err, target,
                       f"Paraat kan {target} niet schrijven: de schijf is vol.")
        assert target.read_bytes() == OLD
        assert leftovers(stick, {name, "filler.bin"}) == []
        os.unlink(stick / "filler.bin")  # room again: the same command now writes the file
        assert main(_argv(demo_folder, command, target, extra, None, password)) == 0
        assert target.read_bytes() != OLD and target.stat().st_size > 100


class _FullDiskOs:
    """``os`` for the writer module, whose ``write`` takes half of the first write, then ENOSPC."""

    def __init__(self) -> None:
        self.writes = 0

    def __getattr__(self, name: str):
        return getattr(os, name)

    def write(self, descriptor: int, data) -> int:
        self.writes += 1
        if self.writes == 1:
            return os.write(descriptor, bytes(data[: max(1, len(data) // 2)]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.mark.parametrize(("command", "name", "extra"), EXPORTS, ids=[e[0] for e in EXPORTS])
@pytest.mark.parametrize(("lang", "expected"), [
    ("nl", "Paraat kan {file} niet schrijven: de schijf is vol."),
    ("en", "Paraat cannot write {file}: the disk is full."),
])
def test_every_export_after_a_short_write_and_enospc(demo_folder, tmp_path, capsys, monkeypatch,
                                                     command, name, extra, lang, expected):
    password = _password(tmp_path)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    target = out_folder / name
    target.write_bytes(OLD)
    fake = _FullDiskOs()
    monkeypatch.setattr(safe_write, "os", fake)
    code = main(_argv(demo_folder, command, target, extra, lang, password))
    monkeypatch.undo()
    captured = capsys.readouterr()
    assert fake.writes == 2  # the writer went on after the short write and met the full disk
    _check_refused(code, captured.out, captured.err, target, expected.format(file=target))
    assert target.read_bytes() == OLD
    assert leftovers(out_folder, {name}) == []


@pytest.mark.parametrize(("command", "name", "extra"), EXPORTS, ids=[e[0] for e in EXPORTS])
def test_every_export_on_a_read_only_medium(demo_folder, tmp_path, capsys, command, name, extra):
    password = _password(tmp_path)
    with tiny_disk(tmp_path / "stick") as stick:
        target = stick / name
        target.write_bytes(OLD)
        make_read_only(stick)
        code = main(_argv(demo_folder, command, target, extra, "en", password))
        captured = capsys.readouterr()
        _check_refused(code, captured.out, captured.err, target,
                       f"Paraat cannot write {target}: the disk or USB stick is read-only.")
        assert target.read_bytes() == OLD and leftovers(stick, {name}) == []


@pytest.mark.parametrize(("command", "name", "extra"), EXPORTS, ids=[e[0] for e in EXPORTS])
def test_every_export_refuses_a_link_and_a_pipe(demo_folder, tmp_path, capsys, command, name, extra):
    password = _password(tmp_path)
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(OLD)
    link = tmp_path / name
    link.symlink_to(elsewhere)
    code = main(_argv(demo_folder, command, link, extra, None, password))
    captured = capsys.readouterr()
    _check_refused(code, captured.out, captured.err, link,
                   f"Paraat kan {link} niet schrijven: dit is een link naar een ander bestand, "
                   "geen gewoon bestand.")
    assert link.is_symlink() and elsewhere.read_bytes() == OLD
    if hasattr(os, "mkfifo"):
        pipe = tmp_path / f"pipe-{name}"
        os.mkfifo(pipe)
        code = main(_argv(demo_folder, command, pipe, extra, "en", password))
        captured = capsys.readouterr()
        _check_refused(code, captured.out, captured.err, pipe,
                       f"Paraat cannot write {pipe}: this is not a normal file.")


def test_an_export_into_a_missing_folder_says_the_folder_does_not_exist(demo_folder, tmp_path, capsys):
    target = tmp_path / "gone" / "kit.csv"
    code = main(["--data-dir", str(demo_folder), "export-supplies", str(target)])
    captured = capsys.readouterr()
    _check_refused(code, captured.out, captured.err, target,
                   f"Paraat kan {target} niet schrijven: de map bestaat niet.")


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM])
def test_an_export_without_permission_says_so(demo_folder, tmp_path, capsys, monkeypatch, code):
    target = tmp_path / "kit.csv"
    target.write_bytes(OLD)

    def refused(*args, **kwargs):
        raise PermissionError(code, os.strerror(code), str(tmp_path / ".kit.csv.abc.tmp"))

    monkeypatch.setattr(safe_write.tempfile, "mkstemp", refused)
    result = main(["--data-dir", str(demo_folder), "export-supplies", str(target)])
    monkeypatch.undo()
    captured = capsys.readouterr()
    _check_refused(result, captured.out, captured.err, target,
                   f"Paraat kan {target} niet schrijven: geen toestemming.")
    assert target.read_bytes() == OLD
