"""status [--json]: how ready the household is, in words or as one JSON object.

The figure, whether the household is ready for its horizon, the weakest essentials with their
numbers, what goes off soon and the next check, computed as the window and the printed plan do
(app/core/readiness.py through app/commands.py). Before the first run is finished it says "not
started" (``readiness_percent`` null, never 0) and still exits 0.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from app.cli.messages import language_of

if TYPE_CHECKING:
    from app.storage.repository import Repository


def status_data(repository: Repository, language: str) -> dict[str, Any]:
    """The object ``status --json`` prints."""
    from app.commands import kit_report_of, medicine_names, readiness_of
    from app.core.check import next_check_of
    from app.core.kit import catalogue
    from app.words.bilingual import weakest_sentence
    from app.words.check import next_check_sentence

    medicines = medicine_names(repository)

    def label(item_id: str, name: str) -> str:
        item = catalogue().item(item_id)
        return medicines.get(item_id) or (item.label(language) if item else "") or name or item_id

    report = kit_report_of(repository)
    result = readiness_of(repository, report=report)
    started = result.started
    check = next_check_of(report)
    return {
        "readiness_percent": result.percent,
        "ready": result.ready,
        "started": started,
        "horizon_hours": report.hours,
        "weakest": [
            {"item": need.item, "name": need.name(language), "have": need.have, "need": need.need,
             "unit": need.unit, "hours": None if need.hours is None else round(need.hours, 1),
             "tier": need.tier, "facts": list(need.facts),
             "text": weakest_sentence(need, language)}
            for need in result.weakest
        ] if started else [],
        "expiring": [
            {"item": entry.item_id, "name": label(entry.item_id, entry.name), "expires": entry.expires,
             "expired": entry in report.expiry.expired}
            for entry in (*report.expiry.expired, *report.expiry.soon)
        ] if started else [],
        # never checked: "check now", no date (as the window and the paper say)
        "next_check": check.date.isoformat() if started and check.date else None,
        "check_now": started and check.check_now,
        "check_text": next_check_sentence(check, language) if started else "",
    }


def run_status(args: argparse.Namespace, repository: Repository) -> int:
    """Print the status in the user's language, or as JSON with --json; always exit 0."""
    from app.core.fields import format_date
    from app.words.bilingual import horizon_words, readiness_figure, readiness_word

    language = language_of(args, repository)
    data = status_data(repository, language)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    horizon = horizon_words(data["horizon_hours"], language)
    lines = [readiness_figure(data["readiness_percent"], data["horizon_hours"], language)]
    if not data["started"]:
        lines.append(readiness_word("start_first", language))
    else:
        lines.append(readiness_word("ready" if data["ready"] else "not_ready", language)
                     .format(horizon=horizon))
        if data["weakest"]:
            lines.append(readiness_word("weakest", language))
            lines.extend(f"  - {need['text']}" for need in data["weakest"][:5])
        if data["expiring"]:
            lines.append(readiness_word("expiring", language))
            lines.extend(f"  - {entry['name']}: {format_date(entry['expires'])}"
                         for entry in data["expiring"])
        lines.append(data["check_text"])
    print("\n".join(lines))
    return 0
