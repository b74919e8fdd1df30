"""What the "record of processing" (the CNIL's model register) says about this journal: counted
from the journal and its settings, for ``reports.privacy_register`` to print. Only reads."""

from __future__ import annotations

from dataclasses import dataclass

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.services import accounts, settings
from cxjournal.services.retention import Kept, kept_past_period
from cxjournal.store import server_accounts
from cxjournal.store.models import Entry, Person, on_server


@dataclass(frozen=True)
class RegisterFacts:
    controller: str  # the shop's name, from the settings
    customers: int
    staff: int
    entries: int
    staff_concerns: int  # staff concerns may hold health data (a special category)
    confidential: int
    keep_customers_months: int
    keep_staff_months: int
    shared: bool  # on a PostgreSQL server rather than a file
    accounts: list[tuple[str, str]] | None  # (account, role); None: not available
    kept: list[Kept]  # past the period, kept by the owner's decision (until a day, or why)

    @property
    def impact_assessment_advised(self) -> bool:
        """Health data is a special category: recording staff concerns calls for a DPIA."""
        return self.staff_concerns > 0


def accounts_by_role() -> list[tuple[str, str]] | None:
    """Who may sign in to a shared journal, owners first; None on a journal file (one user, its
    computer account) and for anyone but an owner, whom the server does not show the accounts."""
    if not on_server() or not accounts.may("accounts"):
        return None
    order = {role: i for i, role in enumerate(accounts.GROUPS)}
    listed = server_accounts.accounts()
    return [(a.name, a.role) for a in sorted(listed, key=lambda a: (order[a.role], a.name))]


def register_facts() -> RegisterFacts:
    # everyone, the trash included: it still holds their data
    count = {side: Person.select().where(Person.side == side).count() for side in v.SIDES}
    return RegisterFacts(
        controller=settings.get_setting("business_name").strip(),
        customers=count[v.CUSTOMER],
        staff=count[v.STAFF],
        entries=Entry.select().count(),
        staff_concerns=Entry.select()
        .where(Entry.side == v.STAFF, Entry.kind == v.PROBLEM_KINDS[v.STAFF])
        .count(),
        confidential=Entry.select().where(Entry.confidential == True).count(),  # noqa: E712
        keep_customers_months=settings.get_number("keep_customers_months"),
        keep_staff_months=settings.get_number("keep_staff_months"),
        shared=on_server(),
        accounts=accounts_by_role(),
        kept=kept_past_period(clock.now()),
    )
