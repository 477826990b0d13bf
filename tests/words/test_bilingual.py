"""app/words/bilingual: the Qt-free Dutch and English pairs for files and the command line."""

from __future__ import annotations

import errno
import sqlite3

import pytest

from app.words import bilingual


@pytest.mark.parametrize(("function", "code", "nl", "en"), [
    (bilingual.column_label, "expires", "houdbaar tot", "expires"),
    (bilingual.unit_word, "l", "liter", "litre"),
    (bilingual.category_label, "food", "Eten", "Food"),
    (bilingual.contact_category_label, "gp", "Huisarts", "GP"),
    (bilingual.phone_kind_label, "mobile", "mobiel", "mobile"),
])
def test_labels_are_dutch_by_default_and_english_on_request(function, code, nl, en):
    assert function(code) == nl
    assert function(code, "nl") == nl
    assert function(code, "en") == en
    assert function(code, "de") == nl  # any language other than "en" is Dutch


@pytest.mark.parametrize("function", [
    bilingual.column_label, bilingual.unit_word, bilingual.category_label,
    bilingual.contact_category_label, bilingual.phone_kind_label,
])
def test_an_unknown_code_is_shown_as_itself(function):
    assert function("no-such-code", "nl") == "no-such-code"
    assert function("no-such-code", "en") == "no-such-code"


def test_yes_no_and_numbers_in_a_sentence():
    assert (bilingual.yes_no(True), bilingual.yes_no(0, "en")) == ("ja", "no")
    assert bilingual.number_text(1_000_000) == "1.000.000"
    assert bilingual.number_text(1_000_000, "en") == "1,000,000"
    assert bilingual.number_text(0.001) == "0,001"
    assert bilingual.number_text(2.5, "en") == "2.5"


def test_headers_are_recognised_in_either_language_and_any_spelling():
    names = bilingual.header_names("grab_bag")
    assert {"grab bag", "noodtas"} <= names
    assert bilingual.normalise_header("\ufeffHoudbaar_TOT") == "houdbaar tot"
    assert bilingual.normalise_header("Houdbaar_TOT") in bilingual.header_names("expires")


def test_reasons_are_plain_words_in_both_languages():
    full = OSError(errno.ENOSPC, "No space left on device")
    assert bilingual.os_error_reason(full) != bilingual.os_error_reason(full, "en")
    assert "No space" not in bilingual.os_error_reason(full)  # never the system's English
    odd = OSError(errno.ENOMSG, "No message of desired type")  # a code without words of its own
    assert bilingual.os_error_reason(odd) == "het systeem meldt een fout (ENOMSG)"
    assert bilingual.os_error_reason(odd, "en") == "No message of desired type"
    assert bilingual.os_error_reason(OSError("no errno"), "en") == "an unknown error"
    assert bilingual.save_error_reason(sqlite3.OperationalError("database or disk is full")) \
        == bilingual.os_error_reason(full)


def test_an_unknown_problem_code_says_it_cannot_be_saved() -> None:
    """A problem code without words of its own gets the field message, not a file error."""
    from app.core.fields import Problem

    assert bilingual.problem_text(Problem("no_such_code"), "nl") == (
        "Dit kan niet worden opgeslagen.")
    assert bilingual.problem_text(Problem("no_such_code"), "en") == "This value cannot be saved."
