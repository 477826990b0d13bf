"""The demo household: valid under every rule, internally consistent, complete."""

from __future__ import annotations

from app.core.broadcasters import broadcasters
from app.core.demo import demo_household
from app.core.household import completeness, missing_items
from app.core.records import MEETING_PLACES, ROLES, SCENARIOS, clean_record


def test_demo_is_a_family_of_five_with_a_dog() -> None:
    household = demo_household()
    assert [m.name for m in household.members] == [
        "Sanne de Vries", "Mark de Vries", "Lotte de Vries", "Daan de Vries", "Oma Riet",
    ]
    assert household.age_counts() == {"adult": 2, "child": 1, "baby": 1, "senior": 1}
    assert [(p.species, p.count, p.names) for p in household.pets] == [("Hond", 1, "Bobbie")]


def test_every_demo_record_passes_its_rules_unchanged() -> None:
    household = demo_household()
    pairs = [("home", household.home), ("plan", household.plan)]
    pairs += [("member", r) for r in household.members]
    pairs += [("medicine", r) for r in household.medicines]
    pairs += [("pet", r) for r in household.pets]
    pairs += [("pickup", r) for r in household.pickups]
    pairs += [("care", r) for r in household.care]
    pairs += [("document", r) for r in household.documents]
    pairs += [("meeting_place", r) for r in household.meeting_places.values()]
    pairs += [("role", r) for r in household.roles.values()]
    pairs += [("scenario", r) for r in household.scenarios.values()]
    for kind, record in pairs:
        assert clean_record(kind, record) == record, kind


def test_demo_ids_are_unique_and_links_point_to_existing_members() -> None:
    household = demo_household()
    member_ids = [m.id for m in household.members]
    assert len(set(member_ids)) == len(member_ids)
    assert sorted(m.position for m in household.members) == [1, 2, 3, 4, 5]
    for records in (household.medicines, household.pets, household.pickups, household.care,
                    household.documents):
        ids = [r.id for r in records]
        assert None not in ids
        assert len(set(ids)) == len(ids)
    assert {m.member_id for m in household.medicines} <= set(member_ids)
    child_ids = {c.id for c in household.children()}
    assert {p.child_id for p in household.pickups} == child_ids


def test_demo_fixed_rows_are_all_present_and_keyed_by_their_id() -> None:
    household = demo_household()
    assert set(household.meeting_places) == set(MEETING_PLACES)
    assert set(household.roles) == set(ROLES)
    assert set(household.scenarios) == set(SCENARIOS)
    for mapping in (household.meeting_places, household.roles, household.scenarios):
        assert all(key == record.id for key, record in mapping.items())


def test_demo_radio_matches_the_broadcaster_list() -> None:
    home = demo_household().home
    broadcaster = broadcasters()[home.broadcaster]
    assert broadcaster.area == home.safety_region == "Utrecht"
    assert home.fm_frequency in {f.mhz for f in broadcaster.frequencies}


def test_demo_is_complete() -> None:
    household = demo_household()
    assert missing_items(household) == []
    done, total = completeness(household)
    assert done == total


def test_demo_returns_a_fresh_copy_each_time() -> None:
    first = demo_household()
    first.members.clear()
    first.home.municipality = "Zwolle"
    second = demo_household()
    assert len(second.members) == 5
    assert second.home.municipality == "Utrecht"
