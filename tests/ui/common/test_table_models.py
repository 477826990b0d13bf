"""Every table model passes Qt's model tester and follows the database."""

from __future__ import annotations

import pytest

from app.core.demo import demo_household
from app.core.records import Pet
from app.ui.common.table_models import ID_ROLE
from app.ui.household.household_models import MedicineTableModel, MemberTableModel, PetTableModel
from app.ui.plan.plan_models import CareTableModel, DocumentTableModel, PickupTableModel


@pytest.mark.parametrize(
    "model_class",
    [MemberTableModel, PetTableModel, PickupTableModel, CareTableModel, DocumentTableModel],
)
def test_models_pass_the_model_tester(qtmodeltester, session, model_class):
    session.replace_all(demo_household())
    model = model_class(session)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_medicine_model_shows_one_member(qtmodeltester, session):
    session.replace_all(demo_household())
    model = MedicineTableModel(session)
    assert model.rowCount() == 0
    model.set_parent_id(5)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_model_follows_changes_and_undo(session):
    model = PetTableModel(session)
    assert model.rowCount() == 0
    pet = session.add("pet", Pet(species="Kat", count=2))
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Kat"
    assert model.index(0, 1).data() == "2"
    assert model.index(0, 0).data(ID_ROLE) == pet.id
    session.set_field("pet", pet.id, "species", "Konijn")
    assert model.index(0, 0).data() == "Konijn"
    session.undo_stack.undo()
    assert model.index(0, 0).data() == "Kat"
    session.undo_stack.undo()
    assert model.rowCount() == 0


def test_pickup_model_names_the_child(session):
    session.replace_all(demo_household())
    model = PickupTableModel(session)
    children = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert children == {"Lotte de Vries", "Daan de Vries"}
