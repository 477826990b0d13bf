"""The printable documents by name, and the one function that builds any of them.

The print page and ``paraat export-pdf`` ask for a document by name ("plan", "fridge", …);
each document's module has a ``build`` function, listed here. Kept apart from the print
engine (document.py), which every document imports, so no module imports its importers.
"""

from __future__ import annotations

from app.core.household import Household
from app.core.records import Stock
from app.core.supplies import KitReport
from app.report import (
    chapter_pages,
    checklist,
    fridge,
    medicine_list,
    noodmap,
    plan,
    practice,
    shopping,
    timeline_sheet,
    wallet,
)
from app.report.document import Builder, PrintDocument, PrintOptions

DOCUMENTS = ("noodmap", "plan", "fridge", "wallet", "checklist", "shopping", "practice",
             "timeline", "medicines", "chapters")
"""The emergency folder first (everything in one print job), then each document alone."""

BUILDERS: dict[str, Builder] = {
    "noodmap": noodmap.build,
    "plan": plan.build,
    "fridge": fridge.build,
    "wallet": wallet.build,
    "checklist": checklist.build,
    "shopping": shopping.build,
    "practice": practice.build,
    "timeline": timeline_sheet.build,
    "medicines": medicine_list.build,
    "chapters": chapter_pages.build,
}


def build_document(kind: str, household: Household, stock: list[Stock], report: KitReport,
                   options: PrintOptions) -> PrintDocument:
    """The document ``kind`` (one of DOCUMENTS) for this household; KeyError when unknown."""
    try:
        builder = BUILDERS[kind]
    except KeyError:
        raise KeyError(f"unknown document {kind!r}; known: {', '.join(sorted(BUILDERS))}") from None
    return builder(household, stock, report, options)
