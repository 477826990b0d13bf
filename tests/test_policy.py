"""The admin policy: good files, broken files, hostile files, and the two locations."""

from __future__ import annotations

import logging
import os
import string
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import paths
from app.policy import (
    IDLE_DEFAULT,
    IDLE_MAX,
    IDLE_MIN,
    MAX_POLICY_BYTES,
    NAME_MAX,
    Policy,
    load_policy,
    log_problems,
    parse_policy,
    resolve,
)

GOOD = """\
# Bibliotheek Zuidstad, leeszaal
mode = "public"
idle_minutes = 5
allow_local_save = false
library_name = "Bibliotheek Zuidstad"
language = "en"
locked = true
"""


def write(folder: Path, text: str | bytes, name: str = "paraat-policy.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def one(tmp_path: Path, text: str | bytes) -> Policy:
    return load_policy([write(tmp_path, text)])


# --- good files -------------------------------------------------------------------------------


def test_no_policy_file_gives_the_defaults(tmp_path: Path) -> None:
    policy = load_policy([tmp_path / "a" / "paraat-policy.toml", tmp_path / "b" / "paraat-policy.toml"])
    assert policy == Policy()
    assert policy.mode == "normal" and not policy.public and not policy.locked
    assert policy.idle_minutes == IDLE_DEFAULT == 10 and policy.allow_local_save
    assert policy.sources == () and policy.problems == ()


def test_a_complete_good_file_is_read_as_written(tmp_path: Path) -> None:
    policy = one(tmp_path, GOOD)
    assert policy.public and policy.mode == "public"
    assert policy.idle_minutes == 5 and policy.idle_ms == 300_000
    assert policy.allow_local_save is False
    assert policy.library_name == "Bibliotheek Zuidstad"
    assert policy.language == "en"
    assert policy.locked is True
    assert policy.problems == ()
    assert policy.sources == (str(tmp_path / "paraat-policy.toml"),)


def test_a_normal_policy_only_sets_what_it_says(tmp_path: Path) -> None:
    policy = one(tmp_path, 'mode = "normal"\nlanguage = "NL"\n')
    assert policy.mode == "normal" and policy.language == "nl"
    assert policy.locked is False and policy.allow_local_save is True and policy.library_name == ""


def test_a_byte_order_mark_from_notepad_is_fine(tmp_path: Path) -> None:
    policy = one(tmp_path, "\ufeffmode = 'public'\n".encode())
    assert policy.public and policy.problems == ()


@pytest.mark.parametrize(("value", "expected"), [
    ("0", IDLE_MIN), ("-5", IDLE_MIN), ("1", 1), ("7.4", 7), ("240", 240), ("100000", IDLE_MAX),
    ("1e300", IDLE_MAX), ("nan", IDLE_DEFAULT), ("inf", IDLE_DEFAULT), ('"10"', IDLE_DEFAULT),
    ("true", IDLE_DEFAULT), ("[5]", IDLE_DEFAULT),
])
def test_idle_minutes_are_kept_within_bounds(tmp_path: Path, value: str, expected: int) -> None:
    policy = one(tmp_path, f"idle_minutes = {value}\n")
    assert policy.idle_minutes == expected
    assert IDLE_MIN <= policy.idle_minutes <= IDLE_MAX
    assert bool(policy.problems) == (value not in ("1", "240", "7.4"))


# --- broken files: the safe choice -------------------------------------------------------------


@pytest.mark.parametrize("content", [
    b'mode = "normal"\nidle_minutes = \n',           # TOML syntax error
    b'mode = "normal"\nmode = "public"\n',            # duplicate key
    b"mode = \"normal\xff\xfe\"\n",                    # not UTF-8
    b"[[[[[[[[[[",                                    # nonsense
    b"a = " + b"[" * 20_000 + b"]" * 20_000 + b"\n",  # absurd nesting
])
def test_a_file_that_cannot_be_parsed_means_public_and_locked(tmp_path: Path, content: bytes) -> None:
    policy = one(tmp_path, content)
    assert policy.public and policy.locked and not policy.allow_local_save
    assert policy.problems and "public" in policy.problems[0]


def test_a_huge_file_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    parsed = []
    monkeypatch.setattr(tomllib, "loads", lambda text: parsed.append(text) or {})
    text = 'mode = "normal"\n' + "# padding\n" * (MAX_POLICY_BYTES // 10)
    policy = one(tmp_path, text)
    assert parsed == []
    assert policy.public and policy.locked
    assert "larger than" in policy.problems[0]


def test_a_folder_in_place_of_the_file_means_public(tmp_path: Path) -> None:
    (tmp_path / "paraat-policy.toml").mkdir()
    policy = load_policy([tmp_path / "paraat-policy.toml"])
    assert policy.public and policy.locked and "not a regular file" in policy.problems[0]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="POSIX permissions, not root")
def test_an_unreadable_file_means_public(tmp_path: Path) -> None:
    path = write(tmp_path, 'mode = "normal"\n')
    path.chmod(0)
    try:
        policy = load_policy([path])
    finally:
        path.chmod(0o600)
    assert policy.public and policy.locked and "PermissionError" in policy.problems[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_never_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "paraat-policy.toml")
    policy = load_policy([tmp_path / "paraat-policy.toml"])  # would block forever if opened
    assert policy.public


@pytest.mark.parametrize(("text", "public"), [
    ("mode = 'normal'", False), ("mode = 'Public '", True), ("mode = 'pubic'", True),
    ("mode = 'portable'", True), ("mode = 1", True), ("mode = true", True), ("mode = ['normal']", True),
    ("mode = {}", True), ("moed = 'public'", True), ("Mode = 'PUBLIC'", True), ("colour = 'red'", False),
])
def test_a_mode_that_might_say_public_is_public(tmp_path: Path, text: str, public: bool) -> None:
    policy = one(tmp_path, text + "\n")
    assert policy.public is public


def test_a_misspelt_key_saying_public_is_not_overruled_by_mode(tmp_path: Path) -> None:
    assert one(tmp_path, "moed = 'public'\nmode = 'normal'\n").public
    assert one(tmp_path, "mode = 'normal'\nmoed = 'public'\n").public


@pytest.mark.parametrize(("key", "safe"), [("locked", True), ("allow_local_save", False)])
@pytest.mark.parametrize("value", ["'yes'", "1", "0", "'false'", "[]"])
def test_flags_that_are_not_true_or_false_keep_the_safe_value(tmp_path: Path, key: str, safe: bool,
                                                                value: str) -> None:
    policy = one(tmp_path, f"{key} = {value}\n")
    assert getattr(policy, key) is safe
    assert policy.problems


def test_unknown_keys_and_wrong_types_are_ignored_and_logged_without_values(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = ('mode = "normal"\nsecret = "ZZCANARY-4711"\nlanguage = "fr"\nlibrary_name = 42\n'
            '[section]\nkey = "ZZCANARY-4711"\n')
    policy = one(tmp_path, text)
    assert policy.mode == "normal" and policy.language == "" and policy.library_name == ""
    assert len(policy.problems) == 4
    with caplog.at_level(logging.WARNING, logger="app.policy"):
        log_problems(policy)
    assert len(caplog.records) == 4
    assert "'secret'" in caplog.text and "'section'" in caplog.text and "language" in caplog.text
    assert "ZZCANARY" not in caplog.text and "fr" not in caplog.text.replace("from", "")


def test_the_library_name_is_cleaned_and_shortened(tmp_path: Path) -> None:
    policy = one(tmp_path, 'library_name = "Biblio\\u202etheek\\n<b>Zuid</b>\\u0000 stad"\n')
    assert policy.library_name == "Bibliotheek <b>Zuid</b> stad"  # shown as plain text in the banner
    long_name = one(tmp_path, f'library_name = "{"x" * 500}"\n')
    assert len(long_name.library_name) == NAME_MAX


# --- hostile content: never raises, always a valid policy ---------------------------------------


def _assert_sane(policy: Policy) -> None:
    assert policy.mode in ("normal", "public")
    assert IDLE_MIN <= policy.idle_minutes <= IDLE_MAX
    assert isinstance(policy.allow_local_save, bool) and isinstance(policy.locked, bool)
    assert policy.language in ("", "nl", "en")
    assert isinstance(policy.library_name, str) and len(policy.library_name) <= NAME_MAX
    assert all(ord(char) >= 32 for char in policy.library_name)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_random_bytes_never_break_the_start(tmp_path: Path, data: bytes) -> None:
    policy = one(tmp_path, data)
    _assert_sane(policy)
    if policy.mode == "normal":  # only a file that parsed and said nothing public can be normal
        values, _problems = parse_policy(data)
        assert values.get("mode", "normal") == "normal"


toml_text = st.lists(
    st.tuples(st.sampled_from(["mode", "idle_minutes", "allow_local_save", "library_name", "language",
                               "locked", "other"]),
              st.one_of(st.integers(), st.floats(), st.booleans(), st.text(max_size=30),
                        st.sampled_from(["'normal'", "'public'", "[1, 2]", "{a = 1}", "1979-05-27"]))),
    max_size=8,
).map(lambda pairs: "\n".join(f"{key} = {value!r}" if not isinstance(value, str) or value[:1] not in "'[{1"
                              else f"{key} = {value}" for key, value in pairs))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(toml_text, st.text(alphabet=string.printable, max_size=400), st.text(max_size=400)))
def test_random_text_never_breaks_the_start(tmp_path: Path, text: str) -> None:
    _assert_sane(one(tmp_path, text.encode("utf-8", "surrogatepass")))


# --- two locations ------------------------------------------------------------------------------


def test_both_locations_are_read_install_folder_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "install_dir", lambda: tmp_path / "install")
    monkeypatch.setattr(paths.platformdirs, "site_config_dir", lambda *a, **k: str(tmp_path / "site"))
    assert paths.policy_files() == [tmp_path / "install" / "paraat-policy.toml",
                                    tmp_path / "site" / "paraat-policy.toml"]
    write(tmp_path / "site", "library_name = 'Site'\n")
    policy = load_policy()
    assert policy.library_name == "Site" and policy.sources == (str(tmp_path / "site" / "paraat-policy.toml"),)


def test_the_safer_value_wins_between_the_two_files(tmp_path: Path) -> None:
    install = write(tmp_path / "install", "mode = 'public'\nlocked = false\nidle_minutes = 30\n"
                                          "library_name = 'Install'\nlanguage = 'en'\n")
    site = write(tmp_path / "site", "mode = 'normal'\nlocked = true\nidle_minutes = 15\n"
                                    "allow_local_save = false\nlibrary_name = 'Site'\nlanguage = 'nl'\n")
    for files in ([install, site], [site, install]):
        policy = load_policy(files)
        assert policy.public and policy.locked and not policy.allow_local_save
        assert policy.idle_minutes == 15
    assert load_policy([install, site]).library_name == "Site"
    assert load_policy([install, site]).language == "nl"


def test_a_broken_file_in_either_place_keeps_public(tmp_path: Path) -> None:
    good = write(tmp_path / "install", "mode = 'normal'\nlibrary_name = 'Zuidstad'\n")
    broken = write(tmp_path / "site", b"mode = = normal")
    for files in ([good, broken], [broken, good]):
        policy = load_policy(files)
        assert policy.public and policy.locked
        assert policy.library_name == "Zuidstad"
        assert len(policy.sources) == 2


def test_resolve_gives_a_public_location_for_a_public_policy(tmp_path: Path) -> None:
    policy, location = resolve(str(tmp_path / "data"), files=[write(tmp_path, GOOD)])
    assert policy.public and location.in_memory and location.folder is None
    _policy, normal = resolve(str(tmp_path / "data"), files=[])
    assert normal.folder == tmp_path / "data" and normal.mode == "normal"
    _policy, forced = resolve(str(tmp_path / "data"), public=True, files=[])
    assert forced.in_memory
