"""The broadcaster list in resources/data/broadcasters.json."""

from __future__ import annotations

from app.core.broadcasters import Broadcaster, Frequency, broadcasters
from app.core.fields import InvalidValue
from app.core.records import BROADCASTERS, clean_value


def test_the_file_lists_exactly_the_13_known_broadcasters_in_order() -> None:
    assert tuple(broadcasters()) == BROADCASTERS


def test_entries_are_complete_records() -> None:
    for key, entry in broadcasters().items():
        assert isinstance(entry, Broadcaster)
        assert entry.id == key
        assert entry.name.strip()
        assert entry.area.strip()
        assert isinstance(entry.frequencies, tuple)
        for frequency in entry.frequencies:
            assert isinstance(frequency, Frequency)
            assert frequency.where.strip()
            assert frequency.source.strip()


def test_every_listed_frequency_is_a_valid_fm_frequency() -> None:
    found = 0
    for entry in broadcasters().values():
        for frequency in entry.frequencies:
            found += 1
            try:
                stored = clean_value("home", "fm_frequency", frequency.mhz)
            except InvalidValue as error:  # pragma: no cover - the message is the point
                raise AssertionError(f"{entry.id} {frequency.mhz}: {error}") from None
            assert stored == frequency.mhz
    assert found >= 1


def test_known_frequencies() -> None:
    assert [f.mhz for f in broadcasters()["rtv_utrecht"].frequencies] == ["93.1"]
    assert "95.3" in {f.mhz for f in broadcasters()["l1"].frequencies}


def test_list_is_read_once_and_cached() -> None:
    assert broadcasters() is broadcasters()
