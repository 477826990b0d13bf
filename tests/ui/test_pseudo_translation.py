"""Pseudo-translation (issue 18, "all strings 40 % longer show no clipping at the largest size").

packaging/pseudo_translation.py makes every Dutch text 40 % longer between "[" and "]"; the
fixture ``pseudo_translation`` makes Paraat load that .qm instead of the real one. The window
tests open the demo household at 24 pt in 1280x800, every page and every section, and every
step of the first-run wizard, and check them with tests/ui/layout_checks.py.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel

from app.ui.common.section_tabs import SectionTabs
from app.ui.common.theme import apply_text_size
from app.ui.start.wizard import STEPS, FirstRunWizard
from app.words import i18n
from app.words.i18n import Translations, tr
from tests.ui.layout_checks import settle, widget_problems

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "paraat_nl.ts"
WIDTH, HEIGHT = 1280, 800


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pseudo_translation", ROOT / "packaging" / "pseudo_translation.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pseudo = _generator()


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pseudo")
    pseudo.build(folder)
    return folder


@pytest.fixture
def pseudo_translation(qapp: QApplication, pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Paraat's Dutch is the pseudo-translation while the test runs: its translators load
    paraat_nl.qm from the pseudo folder (Qt's own qtbase_nl stays as it is)."""
    real = i18n.resource
    monkeypatch.setattr(i18n, "resource", lambda *parts: pseudo_folder if parts == ("i18n",) else real(*parts))
    Translations(qapp).use("nl")
    yield pseudo_folder
    Translations(qapp).use("en")
    apply_text_size(qapp, "normal")


# --- the generator ------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%L?\d+|%n")


def _pairs(ts: Path) -> list[tuple[str, str]]:
    pairs = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform") or [translation]
        pairs += [(message.findtext("source") or "", form.text or "") for form in forms]
    return pairs


def _marks(text: str) -> list[str]:
    """The pieces a translation must keep: placeholders, tags, "&" keyboard marks, line breaks."""
    return (sorted(PLACEHOLDER.findall(text)) + re.findall(r"<[^<>]*>", text)
            + sorted(re.findall(r"&&|&(?=\S)", text)) + [str(text.count("\n"))])


@pytest.mark.parametrize("text, expected", [
    ("Ja", "[Ja ~]"),
    ("&Opslaan", "[&Opslaan ~~~]"),
    ("Stap %1 van %2", "[Stap %1 van %2 ~~~~~~]"),
    ("<b>Titel</b>", "<b>[Titel ~~]</b>"),
    ("Regel een\nRegel twee", "[Regel een ~~~~\nRegel twee ~~~~]"),
    ("Rook &amp; vuur", "[Rook &amp; vuur ~~~~~]"),
    ("", ""),
])
def test_lengthen_examples(text, expected):
    assert pseudo.lengthen(text) == expected


def test_every_translation_is_40_percent_longer_and_keeps_its_marks(pseudo_folder):
    real = _pairs(TS)
    fake = _pairs(pseudo_folder / "paraat_nl.ts")
    assert len(fake) == len(real) > 200
    for (source, dutch), (fake_source, long) in zip(real, fake, strict=True):
        assert fake_source == source
        if not dutch.strip():
            continue
        assert pseudo.visible_length(long) >= 1.4 * pseudo.visible_length(dutch), (dutch, long)
        assert _marks(long) == _marks(dutch), (dutch, long)
        assert "[" in long and long.rstrip().endswith(("]", ">")), long
        for line, fake_line in zip(dutch.split("\n"), long.split("\n"), strict=True):
            if line.strip():  # every line grows, not only the last
                assert pseudo.visible_length(fake_line) >= 1.4 * pseudo.visible_length(line), (line, fake_line)
        assert max(len(word) for word in re.findall(r"~+", long)) <= pseudo.WORD


def test_the_qm_loads_and_tr_gives_the_long_text(qapp, pseudo_folder):
    translator = QTranslator()
    assert translator.load("paraat_nl", str(pseudo_folder))
    assert translator.translate("", "Save as a locked plan file…") == "[Bewaren als planbestand op slot… ~~~~~~ ~~~~~~ ~]"


def test_the_fixture_puts_the_long_text_in_tr(pseudo_translation):
    assert tr("Cancel").startswith("[") and tr("Cancel").endswith("]")
    assert "~" in tr("Overview")


# --- the window at 24 pt ------------------------------------------------------------------------

PAGES = ("overview", "household", "kit", "plan", "together", "info", "print", "carry", "settings", "backups")
WAITS_FOR_LAYOUT: dict[str, str] = {}
"""Pages that still cut off pseudo-translated text, with the reason; strict: take a page out of
this dict once it passes."""


def _page_param(name: str) -> object:
    if name in WAITS_FOR_LAYOUT:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=WAITS_FOR_LAYOUT[name]))
    return name


@pytest.mark.parametrize("page", [_page_param(name) for name in PAGES])
def test_page_shows_long_text_whole_at_24_pt(launcher, pseudo_translation, page):
    launcher.start_demo(dt.date(2026, 3, 1))
    launcher.paraat.session.set_setting("text_size", "largest")
    window = launcher.paraat.build_window()
    window.resize(WIDTH, HEIGHT)
    window.show_page(page)
    settle()
    problems: list[str] = []
    if (window.width(), window.height()) != (WIDTH, HEIGHT):
        problems.append(f"24 pt {page}: the window is {window.width()}x{window.height()}, not {WIDTH}x{HEIGHT} "
                        f"(its minimum size is {window.minimumSizeHint().width()}x"
                        f"{window.minimumSizeHint().height()}, the sidebar is {window.sidebar.width()} wide)")
    widget = window.pages[page][0]
    shown = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    assert any("~" in text for text in shown), "the page does not show the pseudo-translation"
    tabs = widget.findChildren(SectionTabs)
    if not tabs:
        problems += widget_problems(window.centralWidget(), f"24 pt {page}", window.height(), widget)
    else:
        for index in range(tabs[0].count()):
            tabs[0].setCurrentIndex(index)
            settle()
            problems += widget_problems(window.centralWidget(), f"24 pt {page}/{tabs[0].tabText(index)}",
                                        window.height(), widget)
    launcher.paraat.session.set_setting("text_size", "normal")
    assert not problems, f"{len(problems)} layout problems:\n" + "\n".join(problems)


WIZARD_WAITS_FOR_LAYOUT: set[int] = set()


@pytest.mark.parametrize("step", [
    pytest.param(step, marks=pytest.mark.xfail(strict=False, reason="waits for layout fixes"))
    if step in WIZARD_WAITS_FOR_LAYOUT else step for step in range(STEPS)])
def test_wizard_step_shows_long_text_whole_at_24_pt(qtbot, session, pseudo_translation, step):
    session.set_setting("text_size", "largest")
    apply_text_size(QApplication.instance(), "largest")
    wizard = FirstRunWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    while wizard.currentId() < step:
        wizard.next()
    assert wizard.currentId() == step
    wizard.resize(WIDTH, HEIGHT)
    settle()
    assert wizard.currentPage().title().startswith("[")
    page = wizard.currentPage()
    problems = widget_problems(wizard, f"24 pt wizard step {step + 1}", wizard.height(), page)
    assert not problems, f"{len(problems)} layout problems:\n" + "\n".join(problems)
