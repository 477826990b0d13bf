"""Print: export-pdf writes one printable document (plan, fridge, wallet, checklist,
shopping) as an A4 PDF through Qt, without a window. Qt is loaded only for this command."""

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
    try:
        pages = export.export_pdf(repository, args.document, args.file, language,
                                  large=not args.normal_size, include_medical=args.with_medical)
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
