"""Supplies CSV: both dialects round-trip, hand-written files import, bad files are refused."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app import commands
from app.core.demo import demo_household, demo_stock
from app.core.fields import InvalidValue
from app.core.records import Stock, ToBuy, clean_record
from app.core.supplies import kit_report
from app.exchange import files, supplies_csv
from app.exchange.supplies_csv import (
    ImportRefused,
    neutralise,
    read_supplies,
    restore,
    write_shopping_list,
    write_supplies,
)
from app.storage.repository import Repository
from app.words import bilingual

TODAY = dt.date(2026, 3, 10)
BOM = codecs.BOM_UTF8


def without_ids(stock: list[Stock]) -> list[Stock]:
    return [dataclasses.replace(entry, id=None) for entry in stock]


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def codes(preview: supplies_csv.SuppliesPreview) -> list[tuple[int, str, str]]:
    return [(p.line, p.column, p.problem.code) for p in preview.problems]


# --- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize("dialect", ["excel-nl", "plain"])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_demo_stock_round_trips(tmp_path: Path, dialect: str, language: str) -> None:
    stock = demo_stock(TODAY)
    path = tmp_path / "voorraad.csv"
    assert write_supplies(stock, path, dialect, language) == len(stock)
    preview = read_supplies(path, today=dt.date(2000, 1, 1))
    assert preview.problems == []
    assert preview.dialect == dialect
    assert preview.rows == without_ids(stock)
    assert preview.line_of_row == {index: index + 2 for index in range(len(stock))}


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    entry = Stock(7, "own", "Kampeerbrander", 1.5, "pcs", "Schuur; achterin", "2027-02",
                  grab_bag=1, hours=2.25, added="2025-12-31", dont_remind=1,
                  notes='Regel één\nRegel "twee"; met komma, en puntkomma')
    for dialect in ("excel-nl", "plain"):
        path = tmp_path / f"{dialect}.csv"
        write_supplies([entry], path, dialect)
        assert read_supplies(path, TODAY).rows == [dataclasses.replace(entry, id=None)]


def test_medicine_names_are_written_and_read_back(tmp_path: Path) -> None:
    stock = [Stock(11, "medicine:1", "", 10, "day", "Medicijnkastje oma", "2027-03-01", added="2026-03-10"),
             Stock(12, "medicine:3", "", 2, "day", "Schooltas Lotte", "2026-06-01", grab_bag=1,
                   added="2026-03-10")]
    names = {"medicine:1": "Metoprolol 50 mg (Oma Riet)", "medicine:3": "EpiPen (Lotte)"}
    path = tmp_path / "m.csv"
    write_supplies(stock, path, medicines=names)
    assert "Metoprolol 50 mg (Oma Riet)" in path.read_text(encoding="utf-8-sig")
    assert read_supplies(path, TODAY, medicines=names).rows == without_ids(stock)
    only_one = read_supplies(path, TODAY, medicines={"medicine:1": "Metoprolol 50 mg (Oma Riet)"})
    assert [entry.item_id for entry in only_one.rows] == ["medicine:1"]
    assert codes(only_one) == [(3, "item", "unknown_medicine")]


def test_streams_as_targets() -> None:
    stock = demo_stock(TODAY)[:3]
    binary = io.BytesIO()
    write_supplies(stock, binary)
    assert binary.getvalue().startswith(BOM)
    text = io.StringIO(newline="")
    write_supplies(stock, text)
    assert text.getvalue().encode("utf-8") == binary.getvalue()
    plain = io.BytesIO()
    write_supplies(stock, plain, "plain")
    assert plain.getvalue().startswith(b"artikel,naam,hoeveelheid,")
    with pytest.raises(ValueError):
        write_supplies(stock, io.BytesIO(), "excel-de")


# --- the excel-nl format --------------------------------------------------------------------------


def test_excel_nl_file_looks_like_dutch_excel(tmp_path: Path) -> None:
    stock = [Stock(1, "water", "", 1.5, "l", "Kelder", "2027-03-15", added="2026-01-02"),
             Stock(2, "food", "", 2000, "kcal", "Kast", "2027-04", hours=None, added="2026-01-02")]
    path = tmp_path / "v.csv"
    write_supplies(stock, path)
    data = path.read_bytes()
    assert data.startswith(BOM)
    text = data[3:].decode("utf-8")
    lines = text.split("\r\n")
    assert lines[0].startswith("artikel;naam;hoeveelheid;eenheid;plek;houdbaar tot;noodtas")
    assert lines[1] == "water;Drinkwater;1,5;liter;Kelder;15-03-2027;nee;;;02-01-2026;nee"
    assert lines[2].split(";")[5] == "04-2027"
    assert lines[-1] == "" and "\n" not in text.replace("\r\n", "")


def test_plain_file_uses_commas_points_and_iso(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    write_supplies([Stock(1, "water", "", 1.5, "l", "", "2027-03-15", added="2026-01-02")],
                   path, "plain", "en")
    data = path.read_bytes()
    assert not data.startswith(BOM)
    assert data.decode().splitlines() == [
        "item,name,quantity,unit,location,expires,grab bag,hours,notes,added,no reminder",
        "water,Drinking water,1.5,litre,,2027-03-15,no,,,2026-01-02,no",
    ]


# --- hand-written files ---------------------------------------------------------------------------


def test_hand_written_dutch_excel_file_imports(tmp_path: Path) -> None:
    text = (
        "Eenheid;NOODTAS;Artikel;Aantal;Houdbaar tot;Plek;Opmerkingen;Kleur\r\n"
        "liter;nee;Drinkwater;12,5;31-12-2027;Kelder;Spa blauw;blauw\r\n"
        "stuks;ja;zaklamp;2;;Gangkast;;\r\n"
        ";;;;;;;\r\n"
        "stuks;WAAR;eigen;1;12-2027;Noodtas;Opladen!;rood\r\n"
        "pak;nee;Wc-papier;1.234,5;mrt-28;Zolder;;\r\n"
    )
    path = write_bytes(tmp_path / "excel.csv", BOM + text.encode("utf-8"))
    preview = read_supplies(path, TODAY)
    assert preview.dialect == "excel-nl" and preview.encoding == "utf-8-sig"
    assert codes(preview) == [(5, "name", "required")]
    water, torch, paper = preview.rows
    assert water == Stock(None, "water", "", 12.5, "l", "Kelder", "2027-12-31",
                          added=TODAY.isoformat(), notes="Spa blauw")
    assert (torch.item_id, torch.quantity, torch.unit) == ("flashlight", 2, "pcs")
    assert torch.grab_bag == 1
    assert (paper.item_id, paper.quantity, paper.expires) == ("toilet_paper", 1234.5, "2028-03")
    assert preview.line_of_row == {0: 2, 1: 3, 2: 6}


def test_plain_english_file_imports(tmp_path: Path) -> None:
    text = (
        "Name,Quantity,Unit,Item,Expires,Grab bag,Hours,Added\n"
        "Camping stove,1,pieces,own,2027-06,yes,,2025-05-01\n"
        ",\"1,234.5\",kcal,Long-life food you can eat cold,2027-06-30,no,,\n"
        ",3,days,Pet food,,0,,\n"
        ",2,PCS,torch,,1,\"6.5\",\n"
    )
    path = write_bytes(tmp_path / "plain.csv", text.encode())
    preview = read_supplies(path, TODAY)
    assert preview.problems == [] and preview.dialect == "plain"
    stove, food, pet_food, torch = preview.rows
    assert (stove.item_id, stove.name, stove.grab_bag, stove.added) == ("own", "Camping stove", 1,
                                                                        "2025-05-01")
    assert (food.item_id, food.quantity, food.expires) == ("food", 1234.5, "2027-06-30")
    assert food.added == TODAY.isoformat()
    assert (pet_food.item_id, pet_food.unit) == ("pet_food", "day")
    assert (torch.item_id, torch.hours) == ("flashlight", 6.5)


@pytest.mark.parametrize(("word", "unit"), [
    ("L", "l"), ("Liter", "l"), ("litre", "l"), ("ml", "ml"), ("stuks", "pcs"), ("pcs", "pcs"),
    ("pieces", "pcs"), ("pak", "pack"), ("set", "set"), ("euro", "eur"), ("€", "eur"),
    ("EUR", "eur"), ("kcal", "kcal"), ("kJ", "kj"), ("dagen", "day"), ("day", "day"),
])
def test_unit_words(tmp_path: Path, word: str, unit: str) -> None:
    path = write_bytes(tmp_path / "u.csv", f"item;name;quantity;unit\nown;Ding;2;{word}\n".encode())
    assert read_supplies(path, TODAY).rows[0].unit == unit


def test_empty_unit_takes_the_items_unit(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "u.csv", b"item,quantity\nwater,3\nmedicine:4,7\nradio,1\n")
    assert [e.unit for e in read_supplies(path, TODAY).rows] == ["l", "day", "pcs"]


def test_excel_sep_line_and_blank_lines(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "s.csv", b"sep=;\r\nitem;quantity\r\n\r\nwater;1,5\r\n")
    preview = read_supplies(path, TODAY)
    assert [e.quantity for e in preview.rows] == [1.5]
    assert preview.line_of_row == {0: 3}


def test_expired_dates_are_allowed(tmp_path: Path) -> None:
    path = write_bytes(tmp_path / "e.csv", b"item;quantity;expires\nwater;1;01-01-2001\n")
    assert read_supplies(path, TODAY).rows[0].expires == "2001-01-01"


# --- formula injection ----------------------------------------------------------------------------

PAYLOADS = ['=HYPERLINK("http://evil.example","klik")', "+1", "-2+3", "@SUM(1)", "\tx", "\rx"]


@pytest.mark.parametrize("dialect", ["excel-nl", "plain"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_cells_get_an_apostrophe(tmp_path: Path, dialect: str, payload: str) -> None:
    entry = Stock(1, "own", payload, 1, "pcs", payload, notes=payload, added="2026-01-01")
    path = tmp_path / "x.csv"
    write_supplies([entry], path, dialect)
    text = path.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline=""),
                           delimiter=";" if dialect == "excel-nl" else ","))
    name, location, notes = rows[1][1], rows[1][4], rows[1][8]
    assert name == location == notes == "'" + payload


def test_neutralise_and_restore_are_exact() -> None:
    for cell in ["=1", "'=1", "''=1", "'hallo", "", "'", "-", "normaal", "\t", "@"]:
        assert restore(neutralise(cell)) == cell
        assert neutralise(cell)[:1] not in supplies_csv.FORMULA_STARTS


def test_injection_round_trip_keeps_the_text(tmp_path: Path) -> None:
    entry = Stock(1, "own", "=1+1", 1, "pcs", "@thuis", notes="- vier pakken\n- twee",
                  added="2026-01-01")
    path = tmp_path / "x.csv"
    write_supplies([entry], path)
    assert read_supplies(path, TODAY).rows == [dataclasses.replace(entry, id=None)]


# --- bad files --------------------------------------------------------------------------------


def refused(path: Path) -> supplies_csv.Problem:
    with pytest.raises(ImportRefused) as caught:
        read_supplies(path, TODAY)
    return caught.value.problem


def test_missing_columns_are_refused(tmp_path: Path) -> None:
    problem = refused(write_bytes(tmp_path / "m.csv", b"naam;plek\nZaklamp;Gang\n"))
    assert problem.code == "missing_columns"
    assert problem.params == {"columns": ["item", "quantity"]}
    problem = refused(write_bytes(tmp_path / "m2.csv", b"item,name\nwater,x\n"))
    assert problem.params == {"columns": ["quantity"]}


def test_empty_files_are_refused(tmp_path: Path) -> None:
    assert refused(write_bytes(tmp_path / "e.csv", b"")).code == "empty_file"
    assert refused(write_bytes(tmp_path / "e2.csv", BOM + b"\r\n ;;\r\n")).code == "empty_file"


def test_header_only_gives_an_empty_preview(tmp_path: Path) -> None:
    preview = read_supplies(write_bytes(tmp_path / "h.csv", b"item;quantity\r\n"), TODAY)
    assert preview.rows == [] and preview.problems == []


def test_cp1252_file_imports(tmp_path: Path) -> None:
    text = "artikel;naam;hoeveelheid;opmerkingen\r\neigen;Crème brûlée;2;Één € \r\n"
    preview = read_supplies(write_bytes(tmp_path / "c.csv", text.encode("cp1252")), TODAY)
    assert preview.encoding == "cp1252"
    assert (preview.rows[0].name, preview.rows[0].notes) == ("Crème brûlée", "Één €")


@pytest.mark.parametrize("data", [
    "item;quantity\nwater;1\n".encode("utf-16"),  # UTF-16 (NUL bytes)
    "item;quantity\nwater;1\n".encode("utf-16-le"),  # UTF-16 without its BOM
    BOM + b"item;quantity\nwater;1\x00\n",  # UTF-8 with a NUL
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
])
def test_undecodable_files_are_refused(tmp_path: Path, data: bytes) -> None:
    assert refused(write_bytes(tmp_path / "u.csv", data)).code == "encoding"


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as stream:
        stream.write(b"item;quantity\n")
        stream.truncate(50 * 1024 * 1024)  # sparse: fast and takes no disk space
    opened: list[object] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    start = time.perf_counter()
    problem = refused(path)
    assert time.perf_counter() - start < 1.0
    assert problem == supplies_csv.Problem("too_large", {"max_mb": 5})
    assert opened == []


def test_too_many_columns_are_refused(tmp_path: Path) -> None:
    header = ";".join(["item", "quantity", *(f"k{i}" for i in range(9_998))])
    problem = refused(write_bytes(tmp_path / "wide.csv", f"{header}\nwater;1\n".encode()))
    assert problem == supplies_csv.Problem("too_many_columns", {"max": 100})
    row = "water;1" + ";" * 100
    problem = refused(write_bytes(tmp_path / "wide_row.csv", f"item;quantity\n{row}\n".encode()))
    assert problem.code == "too_many_columns"
    fine = "water;1" + ";" * 98  # exactly 100 fields
    assert len(read_supplies(write_bytes(tmp_path / "ok.csv", f"item;quantity\n{fine}\n".encode()),
                             TODAY).rows) == 1


def test_a_gigantic_cell_is_refused_and_the_limit_restored(tmp_path: Path) -> None:
    before = csv.field_size_limit()
    data = b'item;quantity;notes\nwater;1;"' + b"x" * 3_000_000 + b'"\n'
    assert refused(write_bytes(tmp_path / "big.csv", data)).code == "cell_too_large"
    assert csv.field_size_limit() == before


def test_too_many_rows_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(supplies_csv, "MAX_STOCK", 3)
    path = write_bytes(tmp_path / "r.csv", b"item;quantity\n" + b"water;1\n" * 4)
    assert refused(path) == supplies_csv.Problem("too_many_rows", {"max": 3})
    path = write_bytes(tmp_path / "r3.csv", b"item;quantity\n" + b"water;1\n" * 3 + b";\n" * 5)
    assert len(read_supplies(path, TODAY).rows) == 3


def test_bad_rows_become_problems_and_good_rows_stay(tmp_path: Path) -> None:
    text = (
        "artikel;naam;hoeveelheid;eenheid;houdbaar tot;noodtas;uren\r\n"
        "water;;5;liter;31-12-2027;nee;\r\n"               # 2 fine
        "water;;-3;liter;;nee;\r\n"                         # 3 negative
        "water;;5000000;liter;;nee;\r\n"                    # 4 absurd
        "water;;veel;liter;;nee;\r\n"                       # 5 not a number
        "water;;;liter;;nee;\r\n"                           # 6 empty
        "zaklamp;;1;emmer;;nee;\r\n"                        # 7 unknown unit
        "water;;1;liter;31-02-2027;nee;\r\n"                # 8 no such date
        "zaklamp;;1;liter;;nee;\r\n"                        # 9 unit does not fit
        "medicine:1;;1;stuks;;nee;\r\n"                     # 10 medicine in days only
        "fietspomp;;1;stuks;;nee;\r\n"                      # 11 unknown item
        "eigen;;1;stuks;;nee;\r\n"                          # 12 own without name
        "zaklamp;;1;stuks;;misschien;-1\r\n"                # 13 flag and hours
        "zaklamp;;1;stuks;dertien;nee;\r\n"                 # 14 not a date
        "eigen;Tent;1;liter;12-2027;ja;\r\n"                # 15 fine: own takes any unit
    )
    preview = read_supplies(write_bytes(tmp_path / "bad.csv", BOM + text.encode()), TODAY)
    assert codes(preview) == [
        (3, "quantity", "out_of_range"),
        (4, "quantity", "out_of_range"),
        (5, "quantity", "not_a_number"),
        (6, "quantity", "required"),
        (7, "unit", "unknown_unit"),
        (8, "expires", "no_such_date"),
        (9, "unit", "unit_not_fitting"),
        (10, "unit", "unit_not_fitting"),
        (11, "item", "unknown_item"),
        (12, "name", "required"),
        (13, "grab_bag", "not_yes_no"),
        (13, "hours", "out_of_range"),
        (14, "expires", "not_a_date"),
    ]
    assert [(row.item_id, preview.line_of_row[i]) for i, row in enumerate(preview.rows)] == [
        ("water", 2), ("own", 15)]
    assert preview.rejected_lines == list(range(3, 15))
    unit = next(p.problem for p in preview.problems if p.line == 9)
    assert unit.params == {"unit": "l", "allowed": ["pcs"]}


def test_line_numbers_count_rows_not_physical_lines(tmp_path: Path) -> None:
    text = 'item;quantity;notes\nwater;1;"een\ntwee\ndrie"\nwater;nul;\n'
    preview = read_supplies(write_bytes(tmp_path / "l.csv", text.encode()), TODAY)
    assert codes(preview) == [(3, "quantity", "not_a_number")]


def test_reading_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    write_supplies(demo_stock(TODAY), path)
    before = {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    read_supplies(path, TODAY)
    assert {p: p.stat().st_mtime_ns for p in tmp_path.iterdir()} == before


# --- atomic writes and the shopping list -------------------------------------------------------


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v.csv"
    path.write_text("oud")

    def fail(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", fail)
    with pytest.raises(OSError):
        write_supplies(demo_stock(TODAY), path)
    assert path.read_text() == "oud"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v.csv"]


def test_writing_into_a_folder_or_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        write_supplies([], tmp_path)
    with pytest.raises(FileNotFoundError):
        write_supplies([], tmp_path / "nergens" / "v.csv")
    assert list(tmp_path.iterdir()) == []


def test_shopping_list(tmp_path: Path) -> None:
    report = kit_report(demo_household(), demo_stock(TODAY), TODAY, 72, None)
    path = tmp_path / "boodschappen.csv"
    count = write_shopping_list(report.statuses, path)
    assert count == len(report.shopping) > 0
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert rows[0] == ["artikel", "nog nodig", "eenheid", "categorie"]
    assert len(rows) == count + 1
    by_name = {row[0]: row[1:] for row in rows[1:]}
    assert by_name["Water voor huisdieren"] == ["1,5", "liter", "Water"]
    assert by_name["Luiers"] == ["18", "stuks", "Baby"]
    english = tmp_path / "shopping.csv"
    write_shopping_list(report.shopping, english, "plain", "en")
    lines = english.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "item,missing,unit,category"
    assert "Water for pets,1.5,litre,Water" in lines



def test_shopping_list_has_own_things_and_never_a_not_needed_item(tmp_path: Path) -> None:
    """The demo borrows its tools ("not needed for us", and none in stock): never on the list,
    even when every status is handed in. Its own thing to buy follows the kit's items, with its
    note and where it came from; a name that looks like a formula is neutralised."""
    household = demo_household()
    household.to_buy.append(ToBuy(2, "=Kaarsen", "own", "2026-03-01", ""))
    report = kit_report(household, demo_stock(TODAY), TODAY, 72, None)
    tools = next(status for status in report.statuses if status.requirement.item.id == "tools")
    assert tools.missing > 0 and tools.requirement.not_needed
    path = tmp_path / "boodschappen.csv"
    count = write_shopping_list(report.statuses, path, to_buy=report.to_buy)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert count == len(report.shopping) + 2 == len(rows) - 1
    names = [row[0] for row in rows[1:]]
    assert "Gereedschap: hamer, zaag, kniptang" not in names
    assert rows[-2] == ["Hoofdlampjes, één per persoon (Na de oefenavond: met een hoofdlamp heb je je handen vrij.)",
                        "", "", "Van de oefenavond"]
    assert rows[-1] == ["'=Kaarsen", "", "", "Zelf toegevoegd"]
    english = tmp_path / "shopping.csv"
    write_shopping_list(report.shopping, english, "plain", "en", to_buy=report.to_buy)
    assert english.read_text(encoding="utf-8").splitlines()[-1] == "'=Kaarsen,,,Added by you"


def test_export_shopping_list_command_writes_the_own_things(tmp_path: Path) -> None:
    """What `paraat export-shopping-list` runs: the stored household's own list is in the file."""
    repository = Repository.open(tmp_path / "paraat.sqlite3")
    try:
        commands.create_demo(repository, today=TODAY)
        repository.add("to_buy", ToBuy(name="Hoofdlamp voor oma", origin="check", added=TODAY.isoformat()))
        path = tmp_path / "lijst.csv"
        count = commands.export_shopping_list(repository, path, today=TODAY)
    finally:
        repository.close()
    lines = path.read_bytes().decode("utf-8-sig").splitlines()
    assert count == len(lines) - 1
    assert "Hoofdlamp voor oma;;;Van de halfjaarlijkse controle" in lines
    assert "Hoofdlampjes, één per persoon (Na de oefenavond: met een hoofdlamp heb je je handen vrij.);;;Van de oefenavond" in lines
    assert not any(line.startswith("Gereedschap: hamer") for line in lines)

# --- any clean entry survives a round trip ---------------------------------------------

_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t=+-@'\";,"),
                max_size=40)


@st.composite
def stock_entries(draw: st.DrawFn) -> Stock:
    item_id = draw(st.sampled_from(["own", "water", "food", "flashlight", "medicine:7"]))
    units = {"own": ["pcs", "l", "set", "eur"], "water": ["l", "ml"], "food": ["kcal", "kj"],
             "flashlight": ["pcs"], "medicine:7": ["day"]}[item_id]
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2150, 12, 31)))
    entry = Stock(
        None, item_id, draw(_TEXT) if item_id == "own" else "",
        draw(st.integers(1, 1_000_000_000)) / 1000, draw(st.sampled_from(units)),
        draw(_TEXT), draw(st.sampled_from(["", day.isoformat(), day.isoformat()[:7]])),
        draw(st.integers(0, 1)),
        draw(st.none() | st.integers(0, 100_000_000).map(lambda n: n / 1000)),
        day.isoformat(), draw(st.integers(0, 1)),
        draw(st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t'="),
                     max_size=80)),
    )
    try:
        entry = clean_record("stock", entry)
    except InvalidValue:
        assume(False)
    assume(entry.item_id != "own" or entry.name)
    return entry


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(stock_entries(), max_size=5),
       dialect=st.sampled_from(["excel-nl", "plain"]), language=st.sampled_from(["nl", "en"]))
def test_any_clean_entry_round_trips(tmp_path: Path, entries: list[Stock], dialect: str,
                                     language: str) -> None:
    path = tmp_path / "h.csv"
    write_supplies(entries, path, dialect, language)
    preview = read_supplies(path, TODAY)
    assert preview.problems == []
    assert preview.rows == entries


# --- decoding per field: a bad byte is replaced in its cell, the rest keeps its encoding -------


def notes(preview: supplies_csv.SuppliesPreview) -> list[tuple[int, str]]:
    return [(p.line, p.column) for p in preview.problems if p.note]


def excel_export(rows: int = 14) -> list[bytes]:
    """The lines of a UTF-8 file as Excel's "CSV UTF-8" writes it (BOM, ;, CRLF), accents
    everywhere: row n (the header is row 1) is lines[n - 1]."""
    lines = ["artikel;naam;hoeveelheid;eenheid;locatie;opmerkingen"]
    for n in range(2, rows + 1):
        lines.append(f"eigen;Crème brûlée {n};{n},5;stuks;Kelder ë;Één € per stuk")
    encoded = [(line + "\r\n").encode("utf-8") for line in lines]
    encoded[0] = BOM + encoded[0]
    return encoded


@pytest.mark.parametrize("bom", [True, False])
def test_a_stray_byte_in_a_utf8_export_is_replaced_in_its_cell_only(tmp_path: Path,
                                                                     bom: bool) -> None:
    lines = excel_export()
    lines[11] = lines[11].replace("Kelder ë".encode(), b"Kel\xffder \xc3\xab")  # row 12
    if not bom:
        lines[0] = lines[0][len(BOM):]
    preview = read_supplies(write_bytes(tmp_path / "export.csv", b"".join(lines)), TODAY)
    assert preview.encoding == ("utf-8-sig" if bom else "utf-8")
    assert notes(preview) == [(12, "location")] and preview.rejected_lines == []
    assert len(preview.rows) == 13  # the row with the replaced character is added too
    row_12 = preview.rows[10]
    assert row_12.location == "Kel\ufffdder ë"
    assert (row_12.name, row_12.notes) == ("Crème brûlée 12", "Één € per stuk")
    for entry in preview.rows[:10] + preview.rows[11:]:
        assert (entry.location, entry.notes) == ("Kelder ë", "Één € per stuk")
    assert all("\ufffd" not in entry.name for entry in preview.rows)


def test_the_note_names_the_row_and_the_cell_in_both_languages(tmp_path: Path) -> None:
    lines = excel_export()
    lines[11] = lines[11].replace(b"Kelder", b"Kel\xffder")
    preview = read_supplies(write_bytes(tmp_path / "export.csv", b"".join(lines)), TODAY)
    [note] = preview.problems
    dutch = bilingual.row_problem_text(note.line, note.column, note.problem, "nl")
    english = bilingual.row_problem_text(note.line, note.column, note.problem, "en")
    assert dutch == ("regel 12, kolom plek: Een onleesbaar teken is vervangen door \ufffd. "
                     "Kijk of de rest klopt.")
    assert english.startswith("line 12, column location: An unreadable character was replaced")


def test_a_replaced_character_does_not_stop_the_import(tmp_path: Path) -> None:
    lines = excel_export()
    lines[3] = lines[3].replace("Één".encode(), b"\xc9\xe9n")  # cp1252 bytes in a UTF-8 file
    preview = read_supplies(write_bytes(tmp_path / "export.csv", b"".join(lines)), TODAY)
    assert notes(preview) == [(4, "notes")] and preview.rows[2].notes == "\ufffd\ufffdn € per stuk"
    repository = Repository.open(":memory:")
    try:
        stored = commands.import_supplies(repository, preview)  # no skip_invalid needed
        assert len(stored) == 13 and repository.list("stock")[2].notes.startswith("\ufffd")
    finally:
        repository.close()


def test_a_bad_byte_in_a_number_leaves_that_row_out_and_says_both(tmp_path: Path) -> None:
    lines = excel_export()
    lines[5] = lines[5].replace(b"6,5", b"6\xff5")
    preview = read_supplies(write_bytes(tmp_path / "export.csv", b"".join(lines)), TODAY)
    assert (6, "quantity", "replaced_character") in codes(preview)
    assert preview.rejected_lines == [6] and len(preview.rows) == 12


def test_a_bad_byte_in_a_column_paraat_does_not_read_changes_nothing(tmp_path: Path) -> None:
    data = ("artikel;naam;hoeveelheid;kleur\r\neigen;Rijst ë;1;groen\r\neigen;Pasta é;2;"
            .encode() + b"bl\xffuw\r\n")
    preview = read_supplies(write_bytes(tmp_path / "k.csv", data), TODAY)
    assert preview.encoding == "utf-8" and preview.problems == []
    assert [entry.name for entry in preview.rows] == ["Rijst ë", "Pasta é"]


def test_a_real_cp1252_file_is_read_as_cp1252(tmp_path: Path) -> None:
    text = ("artikel;naam;hoeveelheid;locatie;opmerkingen\r\n"
            "eigen;Crème brûlée;2;Kelder;Één € — ‘goed’\r\n"
            "eigen;Paté ß;1;Zolder ë;ÿ ñ ü Ø\r\n"
            "eigen;Soep;3;Keuken;\r\n")
    preview = read_supplies(write_bytes(tmp_path / "oud.csv", text.encode("cp1252")), TODAY)
    assert preview.encoding == "cp1252" and preview.problems == []
    assert [(entry.name, entry.location, entry.notes) for entry in preview.rows] == [
        ("Crème brûlée", "Kelder", "Één € — ‘goed’"), ("Paté ß", "Zolder ë", "ÿ ñ ü Ø"),
        ("Soep", "Keuken", "")]


def test_a_latin1_file_with_one_accidental_utf8_pair_stays_cp1252(tmp_path: Path) -> None:
    # "Ã©" in Latin-1 is C3 A9, which is also é in UTF-8: one valid sequence, many invalid bytes
    text = ("artikel;naam;hoeveelheid\r\neigen;Crème;1\r\neigen;Café;2\r\neigen;Ã©clair;3\r\n"
            "eigen;Naïef;4\r\n")
    preview = read_supplies(write_bytes(tmp_path / "l.csv", text.encode("latin-1")), TODAY)
    assert preview.encoding == "cp1252" and preview.problems == []
    assert [entry.name for entry in preview.rows] == ["Crème", "Café", "Ã©clair", "Naïef"]


def test_a_mixed_file_keeps_the_utf8_rows_and_marks_the_cp1252_row(tmp_path: Path) -> None:
    """Rows from a UTF-8 export, one row pasted in from an old Windows-1252 file."""
    lines = excel_export(6)
    lines.insert(3, "eigen;Pâté;1;stuks;Kast;oud\r\n".encode("cp1252"))  # row 4
    preview = read_supplies(write_bytes(tmp_path / "mix.csv", b"".join(lines)), TODAY)
    assert preview.encoding == "utf-8-sig"
    assert notes(preview) == [(4, "name")] and preview.rejected_lines == []
    assert preview.rows[2].name == "P\ufffdt\ufffd"
    assert [entry.name for entry in preview.rows if entry is not preview.rows[2]] == [
        f"Crème brûlée {n}" for n in (2, 3, 4, 5, 6)]
    assert all(entry.notes == "Één € per stuk" for entry in preview.rows if entry.notes != "oud")


def test_bytes_cp1252_leaves_undefined_are_replaced_in_a_cp1252_file(tmp_path: Path) -> None:
    data = "artikel;naam;hoeveelheid;opmerkingen\r\neigen;Crème;1;é\r\n".encode("cp1252") + \
        b"eigen;Soep;2;a\x81b\r\n" + "eigen;Paté;3;ë\r\n".encode("cp1252")
    preview = read_supplies(write_bytes(tmp_path / "c.csv", data), TODAY)
    assert preview.encoding == "cp1252" and notes(preview) == [(3, "notes")]
    assert [(entry.name, entry.notes) for entry in preview.rows] == [
        ("Crème", "é"), ("Soep", "a\ufffdb"), ("Paté", "ë")]


def test_a_utf8_bom_file_with_a_bad_byte_is_not_read_as_cp1252(tmp_path: Path) -> None:
    data = BOM + b"item;quantity;notes\nwater;1;\xff\xfe\n"  # a BOM, then two bad bytes
    preview = read_supplies(write_bytes(tmp_path / "b.csv", data), TODAY)
    assert preview.encoding == "utf-8-sig" and notes(preview) == [(2, "notes")]
    assert preview.rows[0].notes == "\ufffd\ufffd"


def test_a_real_replacement_character_in_the_file_is_not_a_note(tmp_path: Path) -> None:
    data = "artikel;naam;hoeveelheid\r\neigen;Soep \ufffd;1\r\n".encode()
    preview = read_supplies(write_bytes(tmp_path / "r.csv", data), TODAY)
    assert preview.encoding == "utf-8" and preview.problems == []
    assert preview.rows[0].name == "Soep \ufffd"


def test_the_command_line_imports_a_file_with_a_replaced_character(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.__main__ import main

    lines = excel_export()
    lines[11] = lines[11].replace(b"Kelder", b"Kel\xffder")
    path = write_bytes(tmp_path / "export.csv", b"".join(lines))
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "nl", "import-supplies",
                 str(path)]) == 0
    out, err = capsys.readouterr()
    assert "regel 12, kolom plek: Een onleesbaar teken is vervangen" in err
    assert "13" in out and "Traceback" not in err
