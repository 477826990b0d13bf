"""The search proxy filters as people type: each key looks only at the rows the text before it
matched (issue 20), and always shows exactly the rows holding every typed word."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from app.ui.common.search_proxy import SearchProxy

WORDS = ("kelder", "zolder", "keuken", "schuur", "garage", "kast", "water", "rijst")


class Texts(QAbstractTableModel):
    def __init__(self, texts: list[str]) -> None:
        super().__init__()
        self.search_texts = texts

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.search_texts)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self.search_texts[index.row()] if role == Qt.ItemDataRole.DisplayRole else None

    def sort_key(self, row: int, column: int) -> Any:
        return self.search_texts[row]

    def replace(self, texts: list[str]) -> None:
        self.beginResetModel()
        self.search_texts = texts
        self.endResetModel()


def shown(proxy: SearchProxy) -> list[str]:
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def expected(texts: list[str], typed: str) -> list[str]:
    words = typed.lower().split()
    return sorted(text for text in texts if all(word in text for word in words))


def test_typing_on_deleting_and_changing_words_always_shows_exactly_the_matches() -> None:
    texts = [f"{WORDS[n % 8]} {WORDS[(n * 3) % 8]} partij {n}" for n in range(500)]
    model = Texts(texts)
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    for typed in ("k", "ke", "kel", "keld", "kelder", "kelder ", "kelder w", "kelder wa",
                  "kelder", "kel", "k", "", "z", "zo", "zol", "s", "sch", "partij 1", "partij 12",
                  "partij 1", "1 partij", "KAST ri", "kast rijst", "rijst"):
        proxy.set_search(typed)
        assert shown(proxy) == expected(texts, typed), typed


def test_a_new_source_text_is_searched_after_a_reset() -> None:
    model = Texts(["kelder", "zolder"])
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("ke")
    assert shown(proxy) == ["kelder"]
    model.replace(["kelder", "zolder", "keuken"])  # an entry added while the search stands
    assert sorted(shown(proxy)) == ["kelder", "keuken"]
    proxy.set_search("keu")
    assert shown(proxy) == ["keuken"]


class Counting(list):  # type: ignore[type-arg]
    reads = 0

    def __getitem__(self, index: Any) -> Any:
        Counting.reads += 1
        return super().__getitem__(index)


def test_a_key_typed_on_looks_only_at_the_rows_already_shown() -> None:
    texts = Counting(f"{WORDS[n % 8]} partij {n}" for n in range(2000))
    proxy = SearchProxy()
    proxy.setSourceModel(Texts(texts))
    proxy.set_search("ke")
    before = proxy.rowCount()  # "kelder" and "keuken": a quarter of the rows
    Counting.reads = 0
    proxy.set_search("kel")
    assert Counting.reads == before < len(texts) // 2
    assert proxy.rowCount() == len(texts) // 8
