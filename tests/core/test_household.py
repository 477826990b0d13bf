"""What is still missing from a household's plan, and how complete it is."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.demo import demo_household
from app.core.household import (
    Household,
    MissingItem,
    checks_total,
    completeness,
    missing_items,
)
from app.core.records import (
    AGE_GROUPS,
    MEETING_PLACES,
    ROLES,
    SCENARIOS,
    Care,
    Document,
    Medicine,
    Member,
    Pet,
    Pickup,
    Role,
)


def codes(household: Household) -> list[str]:
    return [item.code for item in missing_items(household)]


def assert_consistent(household: Household) -> None:
    done, total = completeness(household)
    assert 0 <= done <= total
    assert total == checks_total(household)
    assert total - done == len(missing_items(household))


# --- the two ends ------------------------------------------------------------------------------


def test_empty_household_misses_everything() -> None:
    household = Household()
    found = codes(household)
    expected = (
        ["no_members", "municipality", "broadcaster", "fm_frequency", "water_main", "gas_valve",
         "meter_box"]
        + [f"meeting_{place}" for place in MEETING_PLACES]
        + ["out_of_area_contact", "stay_place", "help_point"]
        + [f"role_{role}" for role in ROLES if role != "pets"]
        + ["documents"]
        + [f"scenario_{scenario}" for scenario in SCENARIOS]
    )
    assert found == expected
    assert completeness(household) == (0, len(expected))


def test_empty_household_items_point_to_their_page() -> None:
    items = {item.code: item for item in missing_items(Household())}
    assert items["no_members"] == MissingItem("no_members", "household", "members")
    assert items["fm_frequency"] == MissingItem("fm_frequency", "household", "home.fm_frequency")
    assert items["meeting_near"].page == "plan"
    assert items["meeting_near"].target == "meeting_place.near"
    assert items["scenario_heat"].target == "scenario.heat"
    assert items["help_point"] == MissingItem("help_point", "plan", "help_point.emergency_point")


def test_one_place_to_go_when_nothing_works_is_enough() -> None:
    """The five places are one item: any filled place ticks it off, blanks do not."""
    household = demo_household()
    for point in household.help_points.values():
        point.place, point.details = " ", ""
    assert codes(household) == ["help_point"]
    assert_consistent(household)
    household.help_points["hospital"].place = "Ziekenhuis Midden"
    assert codes(household) == []
    household.help_points = {}
    assert codes(household) == ["help_point"]


def test_demo_household_is_complete() -> None:
    household = demo_household()
    assert missing_items(household) == []
    done, total = completeness(household)
    assert done == total
    assert total > 20


# --- items that appear and disappear -----------------------------------------------------------


def test_adding_a_member_removes_no_members() -> None:
    household = Household()
    household.members.append(Member(1, 1, "Sanne"))
    assert "no_members" not in codes(household)
    assert_consistent(household)


def test_home_fields_disappear_when_filled() -> None:
    household = Household()
    household.home.municipality = "Utrecht"
    household.home.gas_valve = "Meterkast"
    found = codes(household)
    assert "municipality" not in found
    assert "gas_valve" not in found
    assert "water_main" in found
    assert "meter_box" in found


def test_child_without_pickup_needs_a_first_fetcher() -> None:
    household = demo_household()
    household.pickups = [p for p in household.pickups if p.child_id != 3]
    items = missing_items(household)
    assert items == [MissingItem("pickup_first", "plan", "pickup.3", "Lotte de Vries")]
    assert_consistent(household)


def test_pickup_with_empty_first_person_still_needs_first() -> None:
    household = demo_household()
    household.pickups[0] = dataclasses.replace(household.pickups[0], first_person="")
    assert codes(household) == ["pickup_first"]


def test_child_with_first_but_no_backup_needs_a_backup() -> None:
    household = demo_household()
    household.pickups[1] = dataclasses.replace(household.pickups[1], backup_person="")
    items = missing_items(household)
    assert items == [MissingItem("pickup_backup", "plan", "pickup.4", "Daan de Vries")]
    assert_consistent(household)


def test_pickup_for_an_adult_does_not_count() -> None:
    household = Household(members=[Member(1, 1, "Sanne", "adult")],
                          pickups=[Pickup(1, 1, "", "")])
    assert "pickup_first" not in codes(household)
    assert_consistent(household)


def test_new_child_adds_one_check_and_one_missing_item() -> None:
    household = demo_household()
    done, total = completeness(household)
    household.members.append(Member(6, 6, "Noor de Vries", "child"))
    assert codes(household) == ["pickup_first"]
    assert completeness(household) == (done, total + 1)


def test_pets_role_only_counts_when_there_are_pets() -> None:
    without_pets = Household()
    assert "role_pets" not in codes(without_pets)
    with_pets = Household(pets=[Pet(1, "Kat", 2)])
    assert "role_pets" in codes(with_pets)
    assert checks_total(with_pets) == checks_total(without_pets) + 1
    with_pets.roles["pets"] = Role("pets", "Lotte")
    assert "role_pets" not in codes(with_pets)
    assert_consistent(with_pets)


def test_demo_without_pets_stays_complete_with_one_check_fewer() -> None:
    household = demo_household()
    _, total = completeness(household)
    household.pets = []
    assert completeness(household) == (total - 1, total - 1)


def test_role_with_empty_person_is_missing() -> None:
    household = demo_household()
    household.roles["gas"] = Role("gas", "")
    assert codes(household) == ["role_gas"]


def test_member_with_needs_and_no_helper_needs_a_helper() -> None:
    household = demo_household()
    oma = household.members[4]
    household.members[4] = dataclasses.replace(oma, needs_help_from="")
    items = missing_items(household)
    assert items == [MissingItem("helper_for_member", "household", "member.5", "Oma Riet")]
    assert_consistent(household)


def test_member_with_a_device_but_no_helper_needs_a_helper() -> None:
    household = demo_household()
    household.members[1] = dataclasses.replace(household.members[1], devices="Insulinepomp")
    assert codes(household) == ["helper_for_member"]
    household.members[1] = dataclasses.replace(household.members[1], needs_help_from="Sanne")
    assert codes(household) == []


def test_member_without_needs_needs_no_helper() -> None:
    household = Household(members=[Member(1, 1, "Mark", "adult", allergies="Penicilline")])
    assert "helper_for_member" not in codes(household)


def test_care_without_helper_is_missing() -> None:
    household = demo_household()
    household.care.append(Care(3, "Buurman Jan", ""))
    assert missing_items(household) == [MissingItem("care_helper", "plan", "care.3", "Buurman Jan")]
    assert_consistent(household)


def test_no_documents_is_missing() -> None:
    household = demo_household()
    household.documents = []
    assert codes(household) == ["documents"]


def test_contact_needs_both_name_and_phone() -> None:
    household = demo_household()
    household.plan.contact_phone = ""
    assert codes(household) == ["out_of_area_contact"]
    household.plan.contact_phone = "06-12345009"
    household.plan.contact_name = ""
    assert codes(household) == ["out_of_area_contact"]


def test_meeting_place_and_scenario_missing_when_blank_or_absent() -> None:
    household = demo_household()
    del household.meeting_places["town"]
    household.scenarios["heat"].agreement = ""
    assert codes(household) == ["meeting_town", "scenario_heat"]


# --- household helpers -------------------------------------------------------------------------


def test_household_helpers() -> None:
    household = demo_household()
    assert household.age_counts() == {"adult": 2, "child": 1, "baby": 1, "senior": 1}
    assert household.pet_count() == 1
    assert [m.name for m in household.children()] == ["Lotte de Vries", "Daan de Vries"]
    assert [m.name for m in household.medicines_of(5)] == [
        "Metoprolol 50 mg",
        "Insuline (pen)",
    ]
    assert household.medicines_of(1) == []
    household.pets.append(Pet(2, "Kip", 4))
    assert household.pet_count() == 5


# --- invariants over many households -----------------------------------------------------------

_text = st.sampled_from(["", "", "x", "Sanne"])

members_strategy = st.lists(
    st.builds(
        Member,
        id=st.none(),
        name=st.just("Iemand"),
        age_group=st.sampled_from(AGE_GROUPS),
        devices=_text,
        mobility=_text,
        sensory=_text,
        needs_help_from=_text,
    ),
    max_size=8,
)


@st.composite
def households(draw: st.DrawFn) -> Household:
    members = draw(members_strategy)
    for number, member in enumerate(members, start=1):
        member.id = number
        member.position = number
    household = demo_household() if draw(st.booleans()) else Household()
    household.members = members
    household.medicines = [Medicine(1, 1, "Paracetamol")] if members else []
    ids = [m.id for m in members]
    household.pickups = [
        Pickup(n, child_id, draw(_text), draw(_text))
        for n, child_id in enumerate(draw(st.lists(st.sampled_from(ids), unique=True)) if ids else [],
                                     start=1)
    ]
    household.care = [Care(n, "P", draw(_text)) for n in range(draw(st.integers(0, 3)))]
    household.pets = [Pet(1, "Hond")] if draw(st.booleans()) else []
    for role_id in ROLES:
        if draw(st.booleans()):
            household.roles[role_id] = Role(role_id, draw(_text))
        else:
            household.roles.pop(role_id, None)
    household.home.municipality = draw(_text)
    household.home.fm_frequency = draw(st.sampled_from(["", "93.1"]))
    household.plan.stay_place = draw(_text)
    if draw(st.booleans()):
        household.documents = [Document(1, "Paspoort")]
    else:
        household.documents = []
    return household


@settings(max_examples=200)
@given(households())
def test_done_never_exceeds_total_and_open_checks_equal_missing_items(household: Household) -> None:
    assert_consistent(household)
    items = missing_items(household)
    assert len({(i.code, i.target) for i in items}) == len(items)  # no item counted twice


def test_consistency_on_hand_made_households() -> None:
    samples = [
        Household(),
        demo_household(),
        Household(members=[Member(1, 1, "A", "senior"), Member(2, 2, "B", "baby")]),
        Household(pets=[Pet(1, "Vis", 10)], care=[Care(1, "X"), Care(2, "Y", "Z")]),
        Household(members=[Member(1, 1, "C", "child")], pickups=[Pickup(1, 1, "A", "")]),
    ]
    for household in samples:
        assert_consistent(household)


def test_phones_by_contact_gives_each_contact_its_numbers_in_order() -> None:
    from app.core.records import ContactPhone

    household = demo_household()
    found = household.phones_by_contact()
    for contact in household.contacts:
        assert found.get(contact.id, []) == household.phones_of(contact.id)
    household.phones.append(ContactPhone(999, household.contacts[0].id, "06-11112222"))
    assert household.phones_by_contact()[household.contacts[0].id][-1].number == "06-11112222"  # made anew each time
