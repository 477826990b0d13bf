"""The repository: every kind of record stored durably, rules enforced at the door."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.demo import demo_household
from app.core.fields import InvalidValue
from app.core.household import Household
from app.core.records import (
    HELP_POINTS,
    MAX_MEMBERS,
    MEETING_PLACES,
    ROLES,
    SCENARIOS,
    Care,
    Document,
    HelpPoint,
    Home,
    Medicine,
    MeetingPlace,
    Member,
    Pet,
    Pickup,
    Plan,
    Role,
    Scenario,
)
from app.storage.repository import Repository, Snapshot
from tests.storage.conftest import reopen


def read_raw(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read with a second, independent connection."""
    other = sqlite3.connect(str(path))
    try:
        return other.execute(sql, params).fetchall()
    finally:
        other.close()


def blank_household() -> Household:
    return Household(
        home=Home(),
        plan=Plan(),
        meeting_places={p: MeetingPlace(p) for p in MEETING_PLACES},
        help_points={p: HelpPoint(p) for p in HELP_POINTS},
        roles={r: Role(r) for r in ROLES},
        scenarios={s: Scenario(s) for s in SCENARIOS},
    )


# --- a fresh file ------------------------------------------------------------------------------


def test_fresh_file_is_empty_and_reads_as_a_blank_household(repo: Repository) -> None:
    assert repo.is_empty()
    assert repo.household() == blank_household()
    assert repo.count("member") == 0
    assert repo.list("member") == []
    assert repo.get("member", 1) is None


def test_is_empty_turns_false_after_one_edit(repo: Repository) -> None:
    repo.set_field("home", 1, "postcode", "3512 AB")
    assert not repo.is_empty()


@pytest.mark.parametrize(
    ("kind", "record_id", "field", "value"),
    [
        ("home", 1, "notes", "x"),
        ("plan", 1, "stay_notes", "x"),
        ("meeting_place", "town", "details", "x"),
        ("role", "neighbours", "person", "x"),
        ("scenario", "heat", "agreement", "x"),
    ],
)
def test_is_empty_sees_edits_to_every_fixed_kind(
    repo: Repository, kind: str, record_id: object, field: str, value: str
) -> None:
    repo.set_field(kind, record_id, field, value)
    assert not repo.is_empty()
    repo.set_field(kind, record_id, field, "")
    assert repo.is_empty()


def test_is_empty_sees_added_records(repo: Repository) -> None:
    repo.add("document", Document(what="Paspoort"))
    assert not repo.is_empty()


def test_settings_do_not_count_as_household_data(repo: Repository) -> None:
    repo.set_setting("language", "en")
    assert repo.is_empty()


# --- round trips through the file --------------------------------------------------------------


def test_demo_household_round_trips_through_close_and_reopen(repo: Repository) -> None:
    demo = demo_household()
    repo.replace_all(demo)
    assert repo.household() == demo
    repo = reopen(repo)
    try:
        assert repo.household() == demo_household()
        assert not repo.is_empty()
    finally:
        repo.close()


def test_every_field_of_every_kind_round_trips(db_path: Path) -> None:
    repo = Repository.open(db_path)
    home_values = {
        "address": "Voorbeeldstraat 12", "postcode": "3512 AB", "municipality": "Utrecht",
        "safety_region": "Utrecht", "broadcaster": "rtv_utrecht", "fm_frequency": "93,1",
        "water_main": "Meterkast", "gas_valve": "Gele kraan", "meter_box": "Gang",
        "fire_extinguisher": "Keuken", "heating": "heat_pump", "notes": "Regel 1\nRegel 2",
    }
    for field, value in home_values.items():
        repo.set_field("home", 1, field, value)
    plan_values = {
        "contact_name": "Tante Ineke", "contact_phone": "06-12345009",
        "contact_notes": "Eerst sms'en", "stay_place": "Zwolle", "stay_notes": "Hond mag mee",
        "last_practised": "14-03-2026",
    }
    for field, value in plan_values.items():
        repo.set_field("plan", 1, field, value)
    for place in MEETING_PLACES:
        repo.set_field("meeting_place", place, "place", f"Plek {place}")
        repo.set_field("meeting_place", place, "details", f"Uitleg {place}")
    for role in ROLES:
        repo.set_field("role", role, "person", f"Persoon {role}")
    for scenario in SCENARIOS:
        repo.set_field("scenario", scenario, "agreement", f"Afspraak {scenario}\nen meer")

    sanne = repo.add("member", Member(name="Sanne", phone="06-1", devices="CPAP",
                                      mobility="m", sensory="s", diet="d", allergies="a",
                                      languages="NL", needs_help_from="Mark",
                                      gives_help_to="Oma", notes="n"))
    lotte = repo.add("member", Member(name="Lotte", age_group="child"))
    medicine = repo.add("medicine", Medicine(member_id=sanne.id, name="Metoprolol",
                                             dose="1x", days_needed="14", notes="n"))
    pet = repo.add("pet", Pet(species="Hond", count=2, names="Bobbie, Rex", notes="Voer"))
    pickup = repo.add("pickup", Pickup(child_id=lotte.id, first_person="Sanne",
                                       backup_person="Fatima", notes="School"))
    care = repo.add("care", Care(person="Meneer Bakker", helper="Mark", what="Aanbellen"))
    document = repo.add("document", Document(what="Paspoort", original_location="Lade",
                                             copy_location="Noodtas", number="NX1",
                                             expires="2030-01-31", notes="n"))
    before = repo.household()
    repo = reopen(repo)
    try:
        after = repo.household()
        assert after == before
        assert after.home == Home(1, **{**home_values, "fm_frequency": "93.1"})
        assert after.plan == Plan(1, **{**plan_values, "last_practised": "2026-03-14"})
        assert after.meeting_places["town"] == MeetingPlace("town", "Plek town", "Uitleg town")
        assert after.roles == {r: Role(r, f"Persoon {r}") for r in ROLES}
        assert after.scenarios["power"].agreement == "Afspraak power\nen meer"
        assert after.members == [sanne, lotte]
        assert sanne.position == 1 and lotte.position == 2
        assert after.medicines == [medicine]
        assert medicine.days_needed == 14
        assert after.pets == [pet]
        assert after.pickups == [pickup]
        assert after.care == [care]
        assert after.documents == [document]
    finally:
        repo.close()


_member_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20
).filter(lambda s: s.strip())


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_member_text, min_size=1, max_size=5), notes=st.text(max_size=50))
def test_cleaned_values_round_trip_exactly(tmp_path: Path, names: list[str], notes: str) -> None:
    path = tmp_path / "hyp.sqlite3"
    path.unlink(missing_ok=True)
    repo = Repository.open(path)
    try:
        stored = [repo.add("member", Member(name=name)) for name in names]
        try:
            stored_notes = repo.set_field("home", 1, "notes", notes)
        except InvalidValue:
            stored_notes = ""
        repo = reopen(repo)
        assert repo.list("member") == stored
        assert repo.get("home", 1).notes == stored_notes
    finally:
        repo.close()


# --- set_field ---------------------------------------------------------------------------------


def test_set_field_returns_and_stores_the_cleaned_value(repo: Repository) -> None:
    assert repo.set_field("home", 1, "fm_frequency", "93,1") == "93.1"
    assert repo.get("home", 1).fm_frequency == "93.1"
    assert repo.set_field("document", repo.add("document", Document(what="X")).id,
                          "expires", "31-12-2030") == "2030-12-31"


def test_set_field_refuses_invalid_value_and_keeps_the_old_one(repo: Repository) -> None:
    repo.set_field("home", 1, "fm_frequency", "93.1")
    member = repo.add("member", Member(name="Sanne"))
    with pytest.raises(InvalidValue) as caught:
        repo.set_field("home", 1, "fm_frequency", "150")
    assert caught.value.problem.code == "out_of_range"
    assert caught.value.field_name == "fm_frequency"
    with pytest.raises(InvalidValue) as caught:
        repo.set_field("member", member.id, "name", "   ")
    assert caught.value.problem.code == "required"
    with pytest.raises(InvalidValue):
        repo.set_field("member", member.id, "notes", "x" * 100_000)
    with pytest.raises(InvalidValue):
        repo.set_field("member", member.id, "age_group", "toddler")
    with pytest.raises(InvalidValue):
        repo.set_field("plan", 1, "last_practised", "31-02-2026")
    repo = reopen(repo)
    try:
        assert repo.get("home", 1).fm_frequency == "93.1"
        assert repo.get("member", member.id) == member
        assert repo.get("plan", 1).last_practised == ""
    finally:
        repo.close()


def test_set_field_on_a_missing_id_raises_lookup_error(repo: Repository) -> None:
    with pytest.raises(LookupError):
        repo.set_field("member", 42, "name", "Niemand")
    with pytest.raises(LookupError):
        repo.set_field("role", "astronaut", "person", "Niemand")
    assert not repo.connection.in_transaction
    assert repo.is_empty()


def test_set_field_on_an_unknown_field_raises_key_error(repo: Repository) -> None:
    with pytest.raises(KeyError):
        repo.set_field("home", 1, "colour", "blue")
    with pytest.raises(KeyError):
        repo.set_field("home", 1, "id", 2)


def test_set_field_cannot_move_a_record_to_another_parent(repo: Repository) -> None:
    a = repo.add("member", Member(name="A"))
    b = repo.add("member", Member(name="B"))
    medicine = repo.add("medicine", Medicine(member_id=a.id, name="X"))
    with pytest.raises(KeyError):
        repo.set_field("medicine", medicine.id, "member_id", b.id)
    assert repo.get("medicine", medicine.id).member_id == a.id


def test_a_save_is_visible_to_an_independent_connection(repo: Repository, db_path: Path) -> None:
    repo.set_field("home", 1, "municipality", "Utrecht")
    assert read_raw(db_path, "SELECT municipality FROM home") == [("Utrecht",)]
    member = repo.add("member", Member(name="Sanne"))
    assert read_raw(db_path, "SELECT id, name FROM member") == [(member.id, "Sanne")]
    repo.set_setting("language", "en")
    assert read_raw(db_path, "SELECT value FROM settings WHERE key = 'language'") == [("en",)]
    assert not repo.connection.in_transaction


# --- add ---------------------------------------------------------------------------------------


def test_add_cleans_the_record_and_gives_it_an_id(repo: Repository) -> None:
    stored = repo.add("pet", Pet(species="  Kat ", count="3"))
    assert stored.id is not None
    assert stored == Pet(stored.id, "Kat", 3)
    assert repo.get("pet", stored.id) == stored


def test_add_refuses_an_invalid_record_and_stores_nothing(repo: Repository) -> None:
    with pytest.raises(InvalidValue) as caught:
        repo.add("member", Member(name=""))
    assert caught.value.field_name == "name"
    with pytest.raises(InvalidValue):
        repo.add("pet", Pet(species="Vis", count=0))
    assert repo.is_empty()


def test_add_refuses_fixed_kinds(repo: Repository) -> None:
    with pytest.raises(TypeError):
        repo.add("role", Role("extra", "x"))
    with pytest.raises(TypeError):
        repo.add("home", Home())


def test_add_appends_members_at_the_end(repo: Repository) -> None:
    names = ["A", "B", "C"]
    stored = [repo.add("member", Member(name=n)) for n in names]
    assert [m.position for m in stored] == [1, 2, 3]
    assert [m.name for m in repo.list("member")] == names


def test_add_medicine_for_a_missing_member_is_a_conflict(repo: Repository) -> None:
    with pytest.raises(InvalidValue) as caught:
        repo.add("medicine", Medicine(member_id=99, name="X"))
    assert caught.value.problem.code == "conflict"
    assert repo.count("medicine") == 0


def test_second_pickup_for_the_same_child_is_a_conflict(repo: Repository) -> None:
    child = repo.add("member", Member(name="Lotte", age_group="child"))
    repo.add("pickup", Pickup(child_id=child.id, first_person="Sanne"))
    with pytest.raises(InvalidValue) as caught:
        repo.add("pickup", Pickup(child_id=child.id, first_person="Mark"))
    assert caught.value.problem.code == "conflict"
    assert [p.first_person for p in repo.list("pickup")] == ["Sanne"]


def test_list_of_one_parent(repo: Repository) -> None:
    a = repo.add("member", Member(name="A"))
    b = repo.add("member", Member(name="B"))
    m1 = repo.add("medicine", Medicine(member_id=a.id, name="X"))
    m2 = repo.add("medicine", Medicine(member_id=b.id, name="Y"))
    assert repo.list("medicine", parent_id=a.id) == [m1]
    assert repo.list("medicine", parent_id=b.id) == [m2]
    assert repo.list("medicine") == [m1, m2]


# --- limits ------------------------------------------------------------------------------------


def test_max_members_is_enforced(repo: Repository) -> None:
    repo.add_many([("member", Member(name=f"Lid {n}")) for n in range(1, MAX_MEMBERS + 1)])
    assert repo.count("member") == MAX_MEMBERS
    with pytest.raises(InvalidValue) as caught:
        repo.add("member", Member(name="Lid 31"))
    assert caught.value.problem.code == "too_many"
    assert caught.value.problem.params["max"] == MAX_MEMBERS
    assert repo.count("member") == MAX_MEMBERS


def test_add_many_past_the_limit_changes_nothing(repo: Repository) -> None:
    repo.add("member", Member(name="Bestaand"))
    before = repo.household()
    with pytest.raises(InvalidValue) as caught:
        repo.add_many([("member", Member(name=f"Lid {n}")) for n in range(500)],
                      [("home", 1, "municipality", "Utrecht")])
    assert caught.value.problem.code == "too_many"
    assert repo.household() == before
    assert repo.count("member") == 1
    assert not repo.connection.in_transaction


def test_medicine_limit_is_per_member(repo: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core import records

    monkeypatch.setitem(records.KINDS, "medicine",
                        dataclasses.replace(records.KINDS["medicine"], limit=2))
    a = repo.add("member", Member(name="A"))
    b = repo.add("member", Member(name="B"))
    repo.add("medicine", Medicine(member_id=a.id, name="1"))
    repo.add("medicine", Medicine(member_id=a.id, name="2"))
    with pytest.raises(InvalidValue):
        repo.add("medicine", Medicine(member_id=a.id, name="3"))
    repo.add("medicine", Medicine(member_id=b.id, name="1"))  # another member still has room
    assert repo.count("medicine") == 3


# --- add_many ----------------------------------------------------------------------------------


def test_add_many_stores_records_and_updates_together(repo: Repository) -> None:
    stored = repo.add_many(
        [("member", Member(name=" Sanne ")), ("member", Member(name="Lotte", age_group="child")),
         ("pet", Pet(species="Hond", count="2"))],
        [("home", 1, "municipality", " Utrecht "), ("home", 1, "broadcaster", "rtv_utrecht")],
    )
    assert [type(r).__name__ for r in stored] == ["Member", "Member", "Pet"]
    assert all(r.id is not None for r in stored)
    assert stored[0].name == "Sanne"
    assert stored[2].count == 2
    repo = reopen(repo)
    try:
        assert repo.list("member") == stored[:2]
        assert repo.list("pet") == stored[2:]
        assert repo.get("home", 1).municipality == "Utrecht"
        assert repo.get("home", 1).broadcaster == "rtv_utrecht"
    finally:
        repo.close()


def test_add_many_with_one_invalid_record_stores_nothing(repo: Repository) -> None:
    with pytest.raises(InvalidValue):
        repo.add_many(
            [("member", Member(name="Sanne")), ("member", Member(name="Mark")),
             ("pet", Pet(species="")), ("member", Member(name="Lotte"))],
            [("home", 1, "municipality", "Utrecht")],
        )
    assert repo.is_empty()
    assert repo.count("member") == 0


def test_add_many_with_one_invalid_update_stores_nothing(repo: Repository) -> None:
    with pytest.raises(InvalidValue):
        repo.add_many([("member", Member(name="Sanne"))],
                      [("home", 1, "broadcaster", "bbc_radio_4")])
    assert repo.is_empty()


def test_add_many_with_a_conflict_stores_nothing(repo: Repository) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        repo.add_many([("member", Member(name="Sanne")),
                       ("medicine", Medicine(member_id=999, name="X"))])
    assert repo.is_empty()


# --- delete, restore, move ---------------------------------------------------------------------


def test_delete_member_cascades_and_restore_brings_everything_back(repo: Repository) -> None:
    repo.replace_all(demo_household())
    before = repo.household()
    snapshot = repo.delete("member", 3)  # Lotte: a medicine and a pickup hang under her
    assert isinstance(snapshot, Snapshot)
    assert snapshot.record == before.members[2]
    assert {kind for kind, _ in snapshot.dependants} == {"medicine", "pickup"}
    assert repo.get("member", 3) is None
    assert repo.list("medicine", parent_id=3) == []
    assert repo.list("pickup", parent_id=3) == []
    assert repo.count("medicine") == 2
    assert repo.count("pickup") == 1
    repo.restore(snapshot)
    assert repo.household() == before
    repo = reopen(repo)
    try:
        after = repo.household()
        assert after == before
        assert [m.id for m in after.medicines] == [1, 2, 3]
        assert [(p.id, p.child_id) for p in after.pickups] == [(1, 3), (2, 4)]
    finally:
        repo.close()


def test_delete_of_a_leaf_record_and_restore(repo: Repository) -> None:
    document = repo.add("document", Document(what="Paspoort", number="NX1"))
    snapshot = repo.delete("document", document.id)
    assert snapshot.dependants == ()
    assert repo.list("document") == []
    repo.restore(snapshot)
    assert repo.list("document") == [document]


def test_delete_missing_and_fixed_records_is_refused(repo: Repository) -> None:
    with pytest.raises(LookupError):
        repo.delete("member", 12)
    with pytest.raises(TypeError):
        repo.delete("role", "gas")
    assert not repo.connection.in_transaction


def test_move_member_reorders(repo: Repository) -> None:
    a, b, c = (repo.add("member", Member(name=n)) for n in "ABC")
    assert repo.move_member(c.id, -1) is True
    assert [m.name for m in repo.list("member")] == ["A", "C", "B"]
    assert repo.move_member(a.id, +1) is True
    assert [m.name for m in repo.list("member")] == ["C", "A", "B"]
    assert repo.move_member(c.id, -1) is False  # already first
    assert repo.move_member(b.id, +1) is False  # already last
    repo = reopen(repo)
    try:
        assert [m.name for m in repo.list("member")] == ["C", "A", "B"]
        assert [m.position for m in repo.list("member")] == [1, 2, 3]
    finally:
        repo.close()


def test_move_missing_member_raises_lookup_error(repo: Repository) -> None:
    with pytest.raises(LookupError):
        repo.move_member(5, 1)


# --- replace_all -------------------------------------------------------------------------------


def test_replace_all_replaces_what_was_there(repo: Repository) -> None:
    repo.add("member", Member(name="Oude bewoner"))
    repo.add("pet", Pet(species="Kat"))
    repo.set_field("role", "gas", "person", "Iemand anders")
    repo.replace_all(demo_household())
    assert repo.household() == demo_household()


def test_replace_all_with_an_empty_household_empties_everything(repo: Repository) -> None:
    repo.replace_all(demo_household())
    repo.replace_all(Household())
    assert repo.household() == blank_household()
    assert repo.is_empty()


def test_replace_all_with_an_invalid_record_changes_nothing(repo: Repository) -> None:
    repo.replace_all(demo_household())
    broken = demo_household()
    broken.members.append(Member(6, 6, "", "adult"))
    with pytest.raises(InvalidValue):
        repo.replace_all(broken)
    assert repo.household() == demo_household()


def test_replace_all_refuses_too_many_members(repo: Repository) -> None:
    crowded = demo_household()
    crowded.members += [Member(n, n, f"Lid {n}") for n in range(6, MAX_MEMBERS + 2)]
    with pytest.raises(InvalidValue) as caught:
        repo.replace_all(crowded)
    assert caught.value.problem.code == "too_many"
    assert repo.is_empty()


# --- settings ----------------------------------------------------------------------------------


def test_settings_get_set_and_survive_reopen(repo: Repository) -> None:
    assert repo.setting("language") == ""
    assert repo.setting("language", "nl") == "nl"
    repo.set_setting("language", "en")
    repo.set_setting("language", "nl")
    repo.set_setting("wizard_done", 1)  # stored as text
    repo = reopen(repo)
    try:
        assert repo.setting("language") == "nl"
        assert repo.setting("wizard_done") == "1"
    finally:
        repo.close()


def test_in_memory_repository_works() -> None:
    repo = Repository.open(":memory:")
    try:
        repo.replace_all(demo_household())
        assert repo.household() == demo_household()
    finally:
        repo.close()
