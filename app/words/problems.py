"""Why a value was not saved, in a plain sentence in the user's language (Qt's translations).

The core and the repository refuse a value with a ``Problem`` code; the window shows this
sentence next to the field. (Files and the command line use ``bilingual.problem_text``.)
"""

from __future__ import annotations

from app.core.fields import Problem
from app.words.i18n import tr


def problem_text(problem: Problem) -> str:
    """A plain sentence saying why a value was not saved."""
    params = problem.params
    texts = {
        "required": tr("Please fill this in."),
        "too_long": tr("This is too long: at most %1 characters, you have %2."),
        "control_characters": tr("This text contains invisible control characters. Please type it again."),
        "not_a_number": tr("Please type a number, for example 93.1."),
        "out_of_range": tr("Please choose a number from %1 to %2."),
        "not_a_date": tr("Please write the date as day-month-year, for example 31-12-2026."),
        "no_such_date": tr("This date does not exist. Please check the day and the month."),
        "not_an_option": tr("Please pick one of the choices in the list."),
        "too_many": tr("There is room for at most %1 here."),
        "conflict": tr("This is already there."),
        "not_yes_no": tr("Please answer yes or no."),
        "not_a_phone_number": tr("This is not a phone number. Type it as you would dial it, for example 06-12345678, or with + and the country code for a number abroad."),
        "check_number": tr("Check this number: it cannot be right as it is. It is saved as you typed it."),
    }
    text = texts.get(problem.code, tr("This value cannot be saved."))
    if problem.code == "too_long":
        return text.replace("%1", f"{params['max']:,}".replace(",", ".")).replace("%2", f"{params['length']:,}".replace(",", "."))
    if problem.code == "out_of_range":
        return text.replace("%1", _number(params["min"])).replace("%2", _number(params["max"]))
    if problem.code == "too_many":
        return text.replace("%1", str(params["max"]))
    return text


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
