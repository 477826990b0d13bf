"""Print: export-pdf writes one printable document (the whole noodmap, or the plan, fridge
sheet, wallet cards, …) as an A4 PDF through Qt, without a window; ``--chapters`` picks the
booklet chapters. Qt is loaded only for this command."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from app.cli.messages import language_of

if TYPE_CHECKING:
    from app.storage.repository import Repository


def run_export_pdf(args: argparse.Namespace, repository: Repository) -> int:
    """export-pdf: one printable document as an A4 PDF, through Qt without a window."""
    from app.report import export
    from app.words.bilingual import os_error_reason

    language = language_of(args, repository)
    dutch = language == "nl"
    chapters = None if args.chapters is None else tuple(
        part.strip() for part in args.chapters.split(",") if part.strip())
    try:
        pages = export.export_pdf(repository, args.document, args.file, language,
                                  large=not args.normal_size, include_medical=args.with_medical,
                                  chapters=chapters)
    except export.ChapterMissing as error:
        from app.content.chapters import chapter_ids

        known = ", ".join(chapter_ids())
        print(f"Het boekje heeft geen hoofdstuk '{error}'. Kies uit: {known}." if dutch
              else f"The booklet has no chapter '{error}'. Choose from: {known}.", file=sys.stderr)
        return 1
    except export.DocumentMissing:
        print("Dit document kan deze versie van Paraat nog niet maken." if dutch
              else "This version of Paraat cannot make this document yet.", file=sys.stderr)
        return 1
    except OSError as error:
        why = os_error_reason(error, language)
        print(f"Paraat kan {args.file} niet schrijven: {why}." if dutch
              else f"Paraat cannot write {args.file}: {why}.", file=sys.stderr)
        return 1
    print(f"{args.file}: {pages} pagina's" if dutch and pages != 1 else
          f"{args.file}: 1 pagina" if dutch else
          f"{args.file}: {pages} pages" if pages != 1 else f"{args.file}: 1 page")
    return 0
