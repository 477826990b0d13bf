"""Records and kinds: field rules looked up by name, whole records cleaned, limits."""

from __future__ import annotations

import dataclasses

import pytest

from app.core.fields import Choice, Date, Decimal, InvalidValue, Problem, Text, Whole
from app.core.records import (
    BROADCASTERS,
    KINDS,
    MAX_MEMBERS,
    MAX_ROWS,
    MEETING_PLACES,
    ROLES,
    SAFETY_REGIONS,
    SCENARIOS,
    Home,
    Medicine,
    Member,
    Pet,
    clean_record,
    clean_value,
    field_rule,
    kind_of,
    too_many,
)


def test_field_rule_returns_the_rule_of_a_field() -> None:
    assert field_rule("member", "name") == Text(100, required=True)
    assert isinstance(field_rule("home", "fm_frequency"), Decimal)
    assert isinstance(field_rule("home", "broadcaster"), Choice)
    assert isinstance(field_rule("medicine", "days_needed"), Whole)
    assert isinstance(field_rule("document", "expires"), Date)
    assert isinstance(field_rule("plan", "last_practised"), Date)


def test_field_rule_unknown_field_raises_key_error() -> None:
    with pytest.raises(KeyError):
        field_rule("member", "shoe_size")


def test_field_rule_id_is_not_an_editable_field() -> None:
    with pytest.raises(KeyError):
        field_rule("member", "id")


def test_unknown_kind_raises_key_error() -> None:
    with pytest.raises(KeyError):
        kind_of("spaceship")
    with pytest.raises(KeyError):
        field_rule("spaceship", "name")
    with pytest.raises(KeyError):
        clean_value("spaceship", "name", "x")


def test_every_field_of_every_kind_has_a_rule() -> None:
    for kind in KINDS.values():
        for name in kind.field_names():
            assert field_rule(kind.name, name) is not None
            f = next(f for f in dataclasses.fields(kind.cls) if f.name == name)
            assert "rule" in f.metadata, f"{kind.name}.{name} has no rule"


def test_defaults_of_every_record_pass_their_own_rules() -> None:
    """A blank record must be storable as it is, except for required/parent fields."""
    for kind in KINDS.values():
        blank = kind.cls()
        for name in kind.field_names():
            value = getattr(blank, name)
            try:
                assert clean_value(kind.name, name, value) == value
            except InvalidValue as error:
                # Only required names and parent links may be refused when blank.
                assert error.problem.code in {"required", "out_of_range"}, (kind.name, name)


def test_clean_value_returns_the_stored_form() -> None:
    assert clean_value("home", "fm_frequency", "93,1") == "93.1"
    assert clean_value("member", "name", "  Sanne ") == "Sanne"
    assert clean_value("medicine", "days_needed", "") == 7
    assert clean_value("pet", "count", "3") == 3
    assert clean_value("document", "expires", "31-12-2030") == "2030-12-31"


def test_clean_value_names_the_field_in_the_error() -> None:
    with pytest.raises(InvalidValue) as caught:
        clean_value("home", "fm_frequency", "200")
    assert caught.value.field_name == "fm_frequency"
    assert caught.value.problem == Problem("out_of_range", {"min": 87.5, "max": 108.0})
    assert "fm_frequency" in str(caught.value)


def test_clean_value_refuses_codes_that_are_not_options() -> None:
    with pytest.raises(InvalidValue) as caught:
        clean_value("home", "broadcaster", "bbc")
    assert caught.value.problem.code == "not_an_option"
    with pytest.raises(InvalidValue):
        clean_value("member", "age_group", "")
    assert clean_value("home", "broadcaster", "rtv_utrecht") == "rtv_utrecht"


def test_clean_record_cleans_every_field_and_keeps_id() -> None:
    raw = Member(id=9, position="3", name="  Lotte\n de Vries ", age_group="child",
                 allergies="Pinda's\r\nnoten", languages=" NL ")
    cleaned = clean_record("member", raw)
    assert cleaned == Member(id=9, position=3, name="Lotte de Vries", age_group="child",
                             allergies="Pinda's\nnoten", languages="NL")
    assert raw.name == "  Lotte\n de Vries "  # the original is left alone
    assert cleaned is not raw


def test_clean_record_raises_on_an_invalid_field() -> None:
    with pytest.raises(InvalidValue) as caught:
        clean_record("member", Member(name=""))
    assert caught.value.field_name == "name"
    assert caught.value.problem.code == "required"
    with pytest.raises(InvalidValue) as caught:
        clean_record("medicine", Medicine(member_id=0, name="Paracetamol"))
    assert caught.value.field_name == "member_id"


def test_clean_record_of_home_and_pet() -> None:
    assert clean_record("home", Home(fm_frequency="95,8")).fm_frequency == "95.8"
    assert clean_record("pet", Pet(species="Kat", count="")).count == 1


def test_too_many_allows_up_to_the_limit() -> None:
    too_many("member", MAX_MEMBERS - 1)  # the 30th member still fits
    too_many("pet", MAX_ROWS - 1)


def test_too_many_raises_at_the_limit() -> None:
    with pytest.raises(InvalidValue) as caught:
        too_many("member", MAX_MEMBERS)
    assert caught.value.problem == Problem("too_many", {"max": MAX_MEMBERS, "kind": "member"})
    with pytest.raises(InvalidValue) as caught:
        too_many("document", MAX_ROWS + 5)
    assert caught.value.problem.params["max"] == MAX_ROWS


def test_kinds_describe_fixed_rows_and_parents() -> None:
    assert kind_of("home").fixed_ids == (1,)
    assert kind_of("meeting_place").fixed_ids == MEETING_PLACES
    assert kind_of("role").fixed_ids == ROLES
    assert kind_of("scenario").fixed_ids == SCENARIOS
    assert kind_of("medicine").parent == ("member_id", "member")
    assert kind_of("pickup").parent == ("child_id", "member")
    assert kind_of("member").limit == MAX_MEMBERS
    assert kind_of("home").is_fixed and not kind_of("member").is_fixed
    assert "id" not in kind_of("member").field_names()
    assert kind_of("member").field_names()[:2] == ["position", "name"]


def test_fixed_lists_have_the_expected_sizes() -> None:
    assert len(BROADCASTERS) == 13
    assert len(set(BROADCASTERS)) == 13
    assert len(SAFETY_REGIONS) == 25
    assert len(set(SAFETY_REGIONS)) == 25


def test_member_is_child_and_has_needs() -> None:
    assert Member(age_group="baby").is_child
    assert Member(age_group="child").is_child
    assert not Member(age_group="adult").is_child
    assert not Member(age_group="adult").has_needs
    assert Member(age_group="senior").has_needs
    assert Member(age_group="adult", devices="CPAP").has_needs
    assert Member(age_group="adult", mobility="rolstoel").has_needs
    assert Member(age_group="child", sensory="doof").has_needs
    assert not Member(age_group="adult", diet="glutenvrij", allergies="noten").has_needs


# --- devices that need power (issue 17) ---------------------------------------------------------


def test_a_device_runs_on_its_battery_then_its_cylinders() -> None:
    from app.core.records import Device

    concentrator = Device(1, 1, "oxygen_concentrator", battery_hours=4, cylinders=2, cylinder_hours=5)
    assert concentrator.run_out_hours == 14 and concentrator.uses_oxygen
    assert Device(kind="cpap").run_out_hours is None  # nothing known: not zero
    assert Device(kind="cpap", battery_hours=0).run_out_hours == 0
    assert Device(kind="wheelchair", battery_hours=6, spare_battery_hours=6).run_out_hours == 12
    assert Device(kind="other", cylinders=2).run_out_hours is None  # cylinders of unknown length
    assert Device(kind="other", cylinders=1, cylinder_hours=3).uses_oxygen
    assert not Device(kind="cpap", battery_hours=8).uses_oxygen


def test_card_fields_keep_known_fields_in_a_fixed_order_and_refuse_others() -> None:
    from app.core.records import clean_value

    assert clean_value("contact", "card_share", "phones; names") == "names,phones"
    assert clean_value("contact", "card_share", "") == ""
    with pytest.raises(InvalidValue) as caught:
        clean_value("contact", "card_share", "names,bank_account")
    assert caught.value.problem.code == "not_an_option"
