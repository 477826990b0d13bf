"""One vocabulary: every label the window, the paper, the command line and the files share comes
from resources/words/labels.toml (read by app.words.bilingual), so they cannot disagree."""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.content import formats
from app.content.chapters import placeholder_values
from app.core.supplies import CHECK_MONTHS
from app.paths import resource
from app.words import bilingual, kit, plan, together
from app.words.i18n import Translations

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("kit_category", "contact_category", "phone_kind", "record_kind", "word", "to_buy_origin")


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Paraat's window in one language (with its Dutch translator), English afterwards."""
    Translations(qapp).use(request.param)
    yield request.param
    Translations(qapp).use("en")


def test_every_label_has_dutch_and_english():
    data = tomllib.loads(resource("words", "labels.toml").read_text(encoding="utf-8"))
    for table in TABLES:
        assert data[table], table
        for code, entry in data[table].items():
            assert entry["nl"].strip() and entry["en"].strip(), (table, code)
    for kind, entry in data["record_kind"].items():
        assert entry["nl_many"].strip() and entry["en_many"].strip(), kind
    assert len(data["month"]["nl"]) == len(data["month"]["en"]) == 12


def test_the_window_and_paper_use_the_same_words_as_the_command_line_and_files(language):
    """Before, the kit category "documents" was "Papieren" in the CSV and on the command line
    but "Documenten" in the window and on paper."""
    assert kit.category_labels() == {
        code: bilingual.category_label(code, language) for code in bilingual.label_codes("kit_category")}
    assert together.category_labels() == {
        code: bilingual.contact_category_label(code, language)
        for code in bilingual.label_codes("contact_category")}
    for code, label in together.phone_kind_labels().items():
        assert label.lower() == bilingual.phone_kind_label(code, language)
    assert set(kit.category_labels()) >= set(
        category for category in ("water", "food", "documents", "warmth"))


def test_documents_are_documenten_everywhere(language):
    expected = {"nl": "Documenten", "en": "Documents"}[language]
    assert bilingual.category_label("documents", language) == expected
    assert kit.category_labels()["documents"] == expected


def test_the_shared_labels_are_not_translated_twice():
    """The labels left the Qt translations: a second Dutch word cannot creep in there."""
    sources = set(re.findall(r"<source>(.*?)</source>",
                             resource("i18n", "paraat_nl.ts").read_text(encoding="utf-8")))
    for only_in_labels in ("Light and power", "First aid and medicines", "Water company",
                           "Grid operator (power, gas)", "After-hours GP post", "Mobile",
                           "household member", "who checks on whom"):
        assert only_in_labels not in sources


def test_phone_kinds_stay_lower_case_for_the_command_line():
    assert bilingual.phone_kind_label("mobile") == "mobiel"
    assert bilingual.phone_kind_label("mobile", capital=True) == "Mobiel"
    assert bilingual.phone_kind_label("fax") == "fax"


def test_the_damage_notice_and_the_plan_file_name_record_kinds_from_one_table(language):
    from app.ui.start.damage_banner import kind_names

    names = kind_names()
    assert names["member"] == bilingual.record_kind_label("member", language)
    assert names["meeting_place"] == {"nl": "ontmoetingsplek", "en": "meeting place"}[language]
    assert bilingual.record_kind_label("meeting_place", "nl", many=True) == "ontmoetingsplekken"
    for section, kind in bilingual._SECTION_KINDS.items():
        assert kind in bilingual.label_codes("record_kind"), section


def test_the_national_numbers_are_worded_once(language):
    from app.ui.together.contacts_page import national_numbers

    words = together.national_number_labels()
    assert [when for _number, when in national_numbers()] == list(words.values())


def test_member_names_from_the_first_start_questions(language):
    expected = {"nl": "Persoon 65+ 2", "en": "Person 65+ 2"}[language]
    assert plan.numbered_member_name("senior", 2) == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_guidance_words_come_from_the_vocabulary(lang):
    assert formats.duration(28, lang) == f"1 {bilingual.word('day', lang)} {bilingual.word('and', lang)} 4 {bilingual.word('hours', lang)}"
    assert formats.duration(0.5, lang) == bilingual.word("less_than_an_hour", lang)
    assert formats.litres(1, lang).endswith(bilingual.word("litre", lang))
    values = placeholder_values(lang)
    for month in CHECK_MONTHS:
        assert bilingual.month_name(month, lang) in " ".join(values.values())


def _strings_in_code(path: Path) -> list[str]:
    """Every string in the module's code (f-string parts included), docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body
                  and isinstance(node.body[0], ast.Expr)}
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
            and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_dutch_or_english_words_in_the_guidance_code():
    """The words live in resources/words/labels.toml, not in app/content's Python."""
    amounts = re.compile(r"\s(uur|hours?|dag|dagen|days?|en|and|of|or|liter|litres?)\b"
                         r"|dagen|minder dan|less than|januari|January|liter")
    calendar = re.compile(r"^dagen$|januari|January|december")  # chapters: errors are English
    for name, words in (("formats.py", amounts), ("chapters.py", calendar)):
        found = [text for text in _strings_in_code(ROOT / "app" / "content" / name)
                 if words.search(text)]
        assert found == [], name
