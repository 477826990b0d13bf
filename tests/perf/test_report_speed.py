"""Benchmark: the full emergency plan PDF for the demo household in under 0.5 s, in process.

Machines are noisy, so the run also times a bare reference in the same process (a one-line
PDF written with QPdfWriter) and reports the plan as a ratio to it as well as in seconds.
Run alone with ``pytest tests/perf -s`` to see the report.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainter, QPdfWriter

from app.core.check import next_check_of
from app.core.demo import demo_household, demo_stock
from app.core.supplies import kit_report
from app.report.builders import build_document
from app.report.document import PrintOptions, a4_layout, write_pdf

TARGET_S = 0.5
RUNS = 7


def _bare_pdf_s(folder: Path) -> float:
    times = []
    for n in range(RUNS):
        start = time.perf_counter()
        writer = QPdfWriter(str(folder / f"bare{n}.pdf"))
        writer.setResolution(300)
        writer.setPageLayout(a4_layout(20))
        painter = QPainter(writer)
        painter.drawText(QPointF(100, 100), "Paraat")
        painter.end()
        del writer
        times.append(time.perf_counter() - start)
    return statistics.median(times)


@pytest.mark.perf
def test_full_plan_pdf_speed(qapp, tmp_path: Path, record_property) -> None:
    import datetime as dt

    today = dt.date(2026, 3, 12)
    bare = _bare_pdf_s(tmp_path)
    times = []
    for n in range(RUNS):
        start = time.perf_counter()
        household, stock = demo_household(), demo_stock(today)
        report = kit_report(household, stock, today, 72, None)
        document = build_document("plan", household, stock, report,
                                  PrintOptions(today, next_check_of(report)))
        pages = write_pdf(document, tmp_path / f"plan{n}.pdf")
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    report_text = (f"full plan PDF ({pages} pages): median {median * 1000:.0f} ms, worst "
                   f"{max(times) * 1000:.0f} ms; bare one-line PDF {bare * 1000:.1f} ms; "
                   f"ratio median/bare {median / bare:.1f}")
    print("\n" + report_text)
    record_property("report_speed", report_text)
    assert median < TARGET_S, report_text
