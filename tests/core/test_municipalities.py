"""The municipality table (resources/data/municipalities.json) and the radio facts that follow
from it: every municipality → a safety region → a calamity broadcaster → a sourced frequency or
none."""

from __future__ import annotations

import json
import re

import pytest

from app.content.sources import resolve
from app.core.broadcasters import BASES, broadcaster_for_region, broadcasters
from app.core.municipalities import (
    _key,
    canonical_name,
    filled_from_setting,
    filled_to_setting,
    find_municipality,
    match_municipality,
    municipality_names,
    municipality_table,
    radio_for,
    radio_values,
)
from app.core.records import BROADCASTERS, SAFETY_REGIONS, clean_value
from app.paths import resource

# The table's boundaries and count: CBS "Gemeentelijke indeling op 1 januari 2026" counts 342, as
# on 1 Jan 2023 and 1 Jan 2024 (FACTS 6.8), so the app says "stand: 1 januari 2026".
YEAR = 2026
COUNT = 342
CBS_2026 = ("github.com/Vid567/woningencheck", "data/municipalities-2026.json",
            "4a708ed5f0985d8769f492c0b6db4ac2ffcd7895")


def _raw(name: str) -> dict:
    return json.loads(resource("data", name).read_text(encoding="utf-8"))


def test_the_table_has_every_municipality_of_its_year() -> None:
    table = municipality_table()
    assert (table.year, table.as_of, table.count) == (YEAR, f"{YEAR}-01-01", COUNT)
    assert len(table.municipalities) == COUNT
    assert len({m.code for m in table.municipalities}) == COUNT
    assert len({m.name for m in table.municipalities}) == COUNT
    assert all(re.fullmatch(r"GM\d{4}", m.code) for m in table.municipalities)


def test_the_boundaries_are_those_of_1_january_2026() -> None:
    names = {m.name for m in municipality_table().municipalities}
    # no merger since 2023 (the count stayed 342): formed on 1 January 2023 (Voorne aan Zee) and
    # 2022, so in the list ...
    assert {"Voorne aan Zee", "Dijk en Waard", "Land van Cuijk", "Maashorst"} <= names
    # ... and the municipalities they replaced are not
    assert not {"Brielle", "Hellevoetsluis", "Westvoorne", "Heerhugowaard", "Langedijk",
                "Uden", "Landerd", "Boxmeer", "Cuijk"} & names


@pytest.mark.parametrize(("code", "name", "region"), [
    # seen one by one in CBS's list of 1 January 2026 (the first and last entries of the copy)
    ("GM1680", "Aa en Hunze", "Drenthe"),
    ("GM0888", "Beek (L.)", "Zuid-Limburg"),
    ("GM0893", "Bergen (L.)", "Limburg-Noord"),
    ("GM0373", "Bergen (NH.)", "Noord-Holland Noord"),
    ("GM0310", "De Bilt", "Utrecht"),
    ("GM1992", "Voorne aan Zee", "Rotterdam-Rijnmond"),
    ("GM1949", "Waadhoeke", "Fryslân"),
    ("GM0193", "Zwolle", "IJsselland"),
    # CBS's spelling with the province (the 2025 note) and the Frisian names, other names kept
    ("GM0164", "Hengelo (O.)", "Twente"),
    ("GM1900", "Súdwest-Fryslân", "Fryslân"),
])
def test_codes_names_and_regions(code, name, region) -> None:
    by_code = {m.code: m for m in municipality_table().municipalities}
    assert (by_code[code].name, by_code[code].region) == (name, region)


def test_other_names_still_find_the_cbs_name() -> None:
    assert find_municipality("Zuidwest-Friesland").name == "Súdwest-Fryslân"  # type: ignore[union-attr]
    assert find_municipality("Tietjerksteradeel").code == "GM0737"  # type: ignore[union-attr]
    assert find_municipality("Noordoost-Friesland").code == "GM1970"  # type: ignore[union-attr]
    assert find_municipality("Den Bosch").name == "'s-Hertogenbosch"  # type: ignore[union-attr]


def test_the_data_file_names_its_sources_date_and_authority() -> None:
    data = _raw("municipalities.json")
    assert (data["count"], data["year"], data["as_of"]) == (COUNT, YEAR, f"{YEAR}-01-01")
    source = data["source"]  # the list: CBS on 1 January 2026, from a public copy
    assert (source["repository"], source["path"], source["commit"]) == CBS_2026
    assert (source["reference_date"], source["count"]) == (data["as_of"], COUNT)
    assert source["url"].endswith("gemeentelijke-indeling-op-1-januari-2026") and "CBS" in source["publisher"]
    assert municipality_table().source == " @ ".join((" ".join(CBS_2026[:2]), CBS_2026[2]))
    regions = data["regions_source"]  # the safety regions: CBS's list has only the province
    assert regions["repository"] == "github.com/minvws/nl-covid19-data-dashboard"
    assert regions["path"] == "packages/common/src/data/gm.ts"
    assert re.fullmatch(r"[0-9a-f]{40}", regions["commit"])
    assert municipality_table().regions_source.startswith("github.com/minvws/nl-covid19-data-dashboard ")
    assert "by CBS code" in data["matched"]
    assert "98 of the 342" in data["compared"]  # the stored copy was cut short: says what was seen
    assert "Gebieden in Nederland" in data["authority"]
    for key in data["facts"]:
        resolve(key)
    assert [region["name"] for region in data["safety_regions"]] == list(SAFETY_REGIONS)


def test_every_municipality_maps_to_a_region_and_a_broadcaster() -> None:
    for municipality in municipality_table().municipalities:
        assert municipality.region in SAFETY_REGIONS, municipality
        radio = radio_for(municipality.name)
        assert radio is not None, municipality.name
        assert radio.municipality == municipality
        assert radio.broadcaster.id in BROADCASTERS
        assert radio.basis in BASES
    used = {m.region for m in municipality_table().municipalities}
    assert used == set(SAFETY_REGIONS)  # all 25 regions have municipalities


def test_every_safety_region_has_exactly_one_broadcaster() -> None:
    for region in SAFETY_REGIONS:
        serving = [b.id for b in broadcasters().values() if b.basis_for(region)]
        assert len(serving) == 1, (region, serving)
    for broadcaster in broadcasters().values():
        assert broadcaster.regions, broadcaster.id
        for link in broadcaster.regions:
            assert link.region in SAFETY_REGIONS and link.basis in BASES and link.source.strip()
            if link.basis == "province":
                assert "afgeleid via de provincie" in link.source
    assert broadcaster_for_region("Nergens") is None


def test_zuid_holland_is_marked_unconfirmed() -> None:
    for broadcaster_id in ("omroep_west", "rijnmond"):
        links = broadcasters()[broadcaster_id].regions
        assert links and {link.basis for link in links} == {"unconfirmed"}
    assert radio_for("Leiden").basis == "unconfirmed"  # type: ignore[union-attr]
    assert radio_for("Dordrecht").broadcaster.id == "rijnmond"  # type: ignore[union-attr]


def test_every_frequency_has_a_source_a_date_and_regions_of_its_broadcaster() -> None:
    raw = {entry["id"]: entry for entry in _raw("broadcasters.json")["broadcasters"]}
    for broadcaster in broadcasters().values():
        served = {link.region for link in broadcaster.regions}
        for frequency in broadcaster.frequencies:
            assert frequency.source.strip()
            assert clean_value("home", "fm_frequency", frequency.mhz) == frequency.mhz
            assert frequency.regions and set(frequency.regions) <= served
            if frequency.date:
                assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", frequency.date)
            else:  # a source without a date says so in the file
                assert "no date" in raw[broadcaster.id]["about_frequencies"]


def test_unverified_frequencies_are_never_offered() -> None:
    offered = {f.mhz for b in broadcasters().values() for f in b.frequencies}
    for entry in _raw("broadcasters.json")["broadcasters"]:
        for frequency in entry.get("unverified", ()):
            assert frequency["mhz"] not in offered and frequency["why"].strip()


@pytest.mark.parametrize(("name", "broadcaster", "mhz"), [
    ("Utrecht", "rtv_utrecht", "93.1"),
    ("Maastricht", "l1", "95.3"),
    ("Eindhoven", "omroep_brabant", "87.6"),
    ("Oss", "omroep_brabant", "95.8"),
    ("Breda", "omroep_brabant", None),    # Midden- en West-Brabant: two fit, so neither
    ("Venlo", "l1", None),                 # 95.3 is sourced for Zuid-Limburg only
    ("Zwolle", "rtv_oost", None),          # no frequency sourced
    ("Den Haag", "omroep_west", None),     # the old 89.3 is not verified
])
def test_the_frequency_is_filled_only_when_exactly_one_sourced_frequency_fits(name, broadcaster, mhz) -> None:
    radio = radio_for(name)
    assert radio is not None
    assert radio.broadcaster.id == broadcaster
    assert (radio.frequency.mhz if radio.frequency else None) == mhz


def test_finding_a_municipality_as_people_type_it() -> None:
    assert find_municipality("  utrecht ").name == "Utrecht"  # type: ignore[union-attr]
    assert find_municipality("den   haag").name == "'s-Gravenhage"  # type: ignore[union-attr]
    assert find_municipality("s-Gravenhage").code == "GM0518"  # type: ignore[union-attr]
    assert find_municipality("’s-Hertogenbosch").code == "GM0796"  # type: ignore[union-attr]
    assert find_municipality("Hengelo").name == "Hengelo (O.)"  # type: ignore[union-attr]
    assert find_municipality("Bergen") is None  # Limburg or Noord-Holland: choose from the list
    assert find_municipality("Bergen (NH.)").region == "Noord-Holland Noord"  # type: ignore[union-attr]
    assert find_municipality("Weesp") is None and find_municipality("") is None
    assert canonical_name("den haag") == "Den Haag"
    assert canonical_name("hengelo") == "Hengelo (O.)"
    assert canonical_name(" Atlantis ") == "Atlantis"


def test_the_names_offered_while_typing() -> None:
    names = municipality_names()
    assert len(names) == COUNT + 5  # with Den Haag, Den Bosch and three Dutch names of Frisian ones
    assert "Den Haag" in names and "'s-Gravenhage" in names and "Bergen (L.)" in names


@pytest.mark.parametrize(("typed", "code", "name"), [
    # accents left out: the Frisian names
    ("Sudwest Fryslan", "GM1900", "Súdwest-Fryslân"),
    ("sudwest-fryslan", "GM1900", "Súdwest-Fryslân"),
    ("Noardeast Fryslan", "GM1970", "Noardeast-Fryslân"),
    # the province without its dot, or without brackets
    ("Beek (L)", "GM0888", "Beek (L.)"),
    ("bergen (nh)", "GM0373", "Bergen (NH.)"),
    ("Bergen NH", "GM0373", "Bergen (NH.)"),
    ("Hengelo (O)", "GM0164", "Hengelo (O.)"),
    ("Bergen (L)", "GM0893", "Bergen (L.)"),
    # 's with a space, without the apostrophe, with a curly apostrophe
    ("'s Hertogenbosch", "GM0796", "'s-Hertogenbosch"),
    ("s-Hertogenbosch", "GM0796", "'s-Hertogenbosch"),
    ("’s Gravenhage", "GM0518", "'s-Gravenhage"),
    ("s Gravenhage", "GM0518", "'s-Gravenhage"),
    # the first place of a long name that lists its places
    ("Nuenen", "GM0820", "Nuenen, Gerwen en Nederwetten"),
    ("nuenen gerwen", "GM0820", "Nuenen, Gerwen en Nederwetten"),
    ("Nuenen Gerwen en Nederwetten", "GM0820", "Nuenen, Gerwen en Nederwetten"),
])
def test_names_are_found_without_accents_dots_or_the_s_spelling(typed, code, name) -> None:
    match = match_municipality(typed)
    assert match.municipality is not None and match.municipality.code == code
    assert canonical_name(typed) == name


def test_no_two_names_look_alike_once_accents_and_punctuation_are_left_out() -> None:
    keys: dict[str, str] = {}
    for municipality in municipality_table().municipalities:
        for name in (municipality.name, *municipality.also_called):
            assert keys.setdefault(_key(name), municipality.code) == municipality.code, name


def test_a_name_that_fits_more_than_one_finds_none_but_says_which() -> None:
    bergen = match_municipality("Bergen")
    assert bergen.municipality is None
    assert bergen.candidates == ("Bergen (L.)", "Bergen (NH.)")
    assert match_municipality("Alphen").candidates == ("Alphen aan den Rijn", "Alphen-Chaam")
    assert match_municipality("den").candidates == ("Den Bosch", "Den Haag", "Den Helder")
    # the first word of a name that does not list its places only suggests it: a Valkenburg
    # lies in Katwijk too, and "Son" is filled in only when chosen from the list
    valkenburg = match_municipality("Valkenburg")
    assert valkenburg.municipality is None and valkenburg.candidates == ("Valkenburg aan de Geul",)
    assert match_municipality("Son").candidates == ("Son en Breugel",)
    assert match_municipality("Noord").municipality is None
    assert find_municipality("Tilburg").name == "Tilburg"  # type: ignore[union-attr]


def test_former_municipalities_are_not_guessed() -> None:
    """The VWS table the regions come from (regions_source) names no former municipality as a
    search term (only Den Haag, Den Bosch, Dutch names of Frisian ones and nicknames), so Weesp
    (Amsterdam since 2022) and Brielle (Voorne aan Zee since 2023) find nothing."""
    for former in ("Weesp", "Brielle", "Hellevoetsluis", "Westvoorne", "Atlantis"):
        match = match_municipality(former)
        assert match.municipality is None and match.candidates == (), former
        assert radio_for(former) is None
        assert canonical_name(f" {former} ") == former


def test_what_paraat_fills_in_and_how_it_is_remembered() -> None:
    assert radio_values(radio_for("Utrecht")) == {
        "safety_region": "Utrecht", "broadcaster": "rtv_utrecht", "fm_frequency": "93.1"}
    assert radio_values(radio_for("Breda")) == {  # two frequencies fit: none filled in
        "safety_region": "Midden- en West-Brabant", "broadcaster": "omroep_brabant"}
    assert radio_values(None) == {}
    text = filled_to_setting({"safety_region": "Utrecht", "fm_frequency": ""})
    assert filled_from_setting(text) == {"safety_region": "Utrecht"}
    assert filled_from_setting(filled_to_setting({})) == {}
    assert filled_from_setting("") is None  # never stored: the page works it out once
    assert filled_from_setting("not json") is None
    assert filled_from_setting('{"notes": "x", "broadcaster": 3}') == {}
