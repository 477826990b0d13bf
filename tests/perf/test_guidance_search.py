"""Benchmark: a search over every guidance chapter (both languages) takes well under 20 ms.

Machines are noisy, so the run also times a plain-Python reference operation on the same
data in the same process: case-folding the Markdown of every chapter in both languages once
(no Qt involved). Every figure is reported in milliseconds and as a ratio to that reference.
Run alone with ``pytest tests/perf/test_guidance_search.py -s`` to see the report.
"""

from __future__ import annotations

import statistics
import time

import pytest

from app.content import search as search_module
from app.content.chapters import chapters
from app.content.formats import LANGUAGES
from app.content.search import build_index, search

TARGET_MS = 20.0
QUERIES = ("noodpakket", "NOODPAKKET", "nood pakket", "nöodpakket", "water", "stroom", "radio",
           "NL-Alert", "nl alert", "koolmonoxide", "carbon monoxide", "buren", "neighbours",
           "kopieen", "0800-9009", "112", "crisis.nl", "de", "a", "evacuatie", "flood",
           "zaklamp", "torch", "contant geld", "cash", "xylofoonquiz", "sirene", "heat",
           "overstroming", "help elkaar")
ROUNDS = 20


def _reference_ms(runs: int = 50) -> float:
    texts = [item.markdown for language in LANGUAGES for item in chapters(language)]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        folded = [text.casefold() for text in texts]
        times.append((time.perf_counter() - start) * 1000)
    assert len(folded) == len(texts)
    return statistics.median(times)


@pytest.mark.perf
def test_guidance_search_speed(record_property):
    search_module._index.cache_clear()
    start = time.perf_counter()
    entries = build_index()
    index_ms = (time.perf_counter() - start) * 1000
    reference = _reference_ms()

    per_query = []
    found = 0
    for _ in range(ROUNDS):
        for query in QUERIES:
            start = time.perf_counter()
            hits = search(query)
            per_query.append((time.perf_counter() - start) * 1000)
            found += len(hits)
    assert found > 0

    median = statistics.median(per_query)
    p95 = statistics.quantiles(per_query, n=20)[-1]
    worst = max(per_query)
    report = (f"guidance search over {entries} sentences, {len(per_query)} queries: median "
              f"{median:.3f} ms, p95 {p95:.3f} ms, worst {worst:.3f} ms; index built once in "
              f"{index_ms:.1f} ms; reference (case-fold all chapter text) {reference:.3f} ms; "
              f"ratio median/reference {median / reference:.1f}, p95/reference {p95 / reference:.1f}")
    print("\n" + report)
    record_property("guidance_search", report)
    assert median < TARGET_MS, report
    assert p95 < TARGET_MS, report
