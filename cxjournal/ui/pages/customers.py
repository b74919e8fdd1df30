"""The Customers page: the customer list and the selected customer's page."""

from __future__ import annotations

from cxjournal import vocabulary as v
from cxjournal.ui.pages.people_page import PeoplePage


class Page(PeoplePage):
    side = v.CUSTOMER
