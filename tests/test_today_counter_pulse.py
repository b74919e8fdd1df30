"""Today's pulse for a counter (issue 18): customer figures only — no staff column, no staff
pulse — while a manager (and an owner, and a journal file's one user) sees both sides. Real
logins of each role on a server; the window as it opens."""

from __future__ import annotations

import pytest

from tests.helpers import open_page
from tests.test_roles_window import shop  # noqa: F401  (a fixture)


def _shown(page) -> dict[str, bool]:
    pulse = page.pulse_box
    return {
        "customers": page.pulse_values["entries"][0].isVisibleTo(pulse),
        "staff header": page.staff_header.isVisibleTo(pulse),
        "staff entries": page.pulse_values["entries"][1].isVisibleTo(pulse),
        "staff satisfaction": page.pulse_values["satisfaction"][1].isVisibleTo(pulse),
        "staff response": page.pulse_values["response"][1].isVisibleTo(pulse),
        "staff pulse": page.staff_pulse.isVisibleTo(pulse),
    }


@pytest.mark.server_only
def test_a_counter_sees_the_customer_figures_only(shop, qtbot):  # noqa: F811
    sign_in, _ids, _logins = shop
    sign_in("counter")
    _window, page = open_page(qtbot, "today")
    shown = _shown(page)
    assert shown.pop("customers")
    assert not any(shown.values()), shown
    assert page.staff_pulse.text() == ""  # not even asked


@pytest.mark.server_only
def test_a_manager_sees_both_sides(shop, qtbot):  # noqa: F811
    sign_in, _ids, _logins = shop
    sign_in("manager")
    _window, page = open_page(qtbot, "today")
    assert all(_shown(page).values())
    assert page.pulse_values["entries"][1].text() == "1"  # the staff concern of the fixture


@pytest.mark.file_only
def test_a_journal_file_shows_both_sides(qtbot):
    _window, page = open_page(qtbot, "today")
    assert all(_shown(page).values())
