"""Pages built on first show (issue 20, start at once): the main window lists every page in
its sidebar and holds a light placeholder for each in its stack; a page's own widget (and the
module it lives in) is made the first time it is shown or asked for.

``LazyPages`` is the window's ``pages``: a mapping from a page's name to
``(page, title, icon)``, as it always was. Its names, titles and icons are there from the start;
reading an entry (``pages["kit"]``) builds that page, iterating the names builds nothing.
``titles()`` gives the names with titles and icons without building a page.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from PySide6.QtWidgets import QStackedWidget, QWidget


@dataclass(frozen=True)
class PageSpec:
    """A page before it is built: its sidebar title, its icon's name and how to make it."""

    title: str
    icon: str
    make: Callable[[], QWidget]


class Placeholder(QWidget):
    """Stands in the stack for a page that is not built yet (empty, never shown for long)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"placeholder.{name}")


class LazyPages(Mapping[str, tuple[QWidget, str, str]]):
    """The pages by name, in the sidebar's order; each is built on first use and then takes
    its placeholder's place in ``stack``. ``built(name, page)`` is called once per page."""

    def __init__(self, specs: dict[str, PageSpec], stack: QStackedWidget,
                 built: Callable[[str, QWidget], None]) -> None:
        self._specs = specs
        self._stack = stack
        self._built_hook = built
        self._pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, Placeholder] = {}
        for name in specs:
            placeholder = Placeholder(name)
            self._placeholders[name] = placeholder
            stack.addWidget(placeholder)

    def __getitem__(self, name: str) -> tuple[QWidget, str, str]:
        spec = self._specs[name]
        return self.page(name), spec.title, spec.icon

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def titles(self) -> Iterator[tuple[str, str, str]]:
        """(name, title, icon) of every page, in order, building none."""
        for name, spec in self._specs.items():
            yield name, spec.title, spec.icon

    def is_built(self, name: str) -> bool:
        return name in self._pages

    def built_pages(self) -> list[QWidget]:
        """The pages made so far, in the sidebar's order."""
        return [self._pages[name] for name in self._specs if name in self._pages]

    def build_all(self) -> list[QWidget]:
        """Every page, built now (for what looks at every widget of the window, as tests do),
        with every section a page makes when first opened (TabbedPage.add_later)."""
        pages = [self.page(name) for name in self._specs]
        for page in pages:
            build_sections = getattr(page, "build_sections", None)
            if callable(build_sections):
                build_sections()
        return pages

    def page(self, name: str) -> QWidget:
        """The page called ``name``, built now if it was not yet."""
        page = self._pages.get(name)
        if page is not None:
            return page
        page = self._specs[name].make()
        linecache.clearcache()  # the source PySide read of the page's modules (see
        # application.forget_source_lines)
        self._pages[name] = page
        placeholder = self._placeholders.pop(name)
        index = self._stack.indexOf(placeholder)
        self._stack.insertWidget(index, page)
        if self._stack.currentWidget() is placeholder:
            self._stack.setCurrentWidget(page)
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._built_hook(name, page)
        return page
