"""Guards against a known fault in the Qt binding that would crash Paraat after long use.

PySide6-Essentials 6.12.0 drops one reference to None every time a Python ``data()``
override returns None. Python 3.11 counts references to None, so after enough repaints the
process dies with "Fatal Python error: none_dealloc". pyproject.toml keeps 6.12 out; this test
fails if a binding with that fault is installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class _Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_data_keeps_none_alive(qapp):
    model = _Model()
    index = model.index(0)
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) - before > -100  # 6.12.0 gives -1000
