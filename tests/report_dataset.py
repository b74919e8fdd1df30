"""A fixed journal for the report tests: October and November 2026, with known figures.

November 2026, seen from 2 December (confidential entries left out):
- complaints: first responses after 2, 4 and 6 hours (median 4 hours), resolutions after 24 and 48
  hours (median 36 hours);
- one staff concern: answered after 1 hour, resolved after 8 hours;
- promises originally due in November: one kept on time, one kept late, one broken, one overdue,
  one renegotiated into December and still open, one cancelled: 1 of 5 kept on time = 20%.
"""

from __future__ import annotations

from datetime import date, datetime

from cxjournal import clock
from cxjournal.services import entries, followups, people, promises

NAMES = ("Amélie Château", "<b>Bob & Co</b>", "Zoë", "東京 Sushi", "Noël Œuvre")
REPORT_NOW = datetime(2026, 12, 2, 9, 0)


def _promise(person, what, due, *, settle=None, at=None, original=None, entry=None):
    made = datetime(2026, 10, 20, 9, 0)
    row = promises.make_promise(
        person=person, what=what, due=original or due, entry=entry, made_at=made
    )
    if original:
        promises.renegotiate_promise(row, due)
    if settle:
        settle(row, at=at)
    return row


def _followup(title, due, *, person=None, done=None, department=None):
    row = followups.add_followup(title=title, due_at=due, person=person, department=department)
    if done:
        followups.complete_followup(row, at=done)
    return row


def build_dataset() -> dict:
    """Create the journal described in the module docstring; returns the people by short name."""
    cuisine = people.add_department("Cuisine", "weekly")
    people.add_department("Salle", "monthly")
    amelie = people.add_person(NAMES[0], "customer", email="amelie@example.org", phone="0601020304")
    bob = people.add_person(NAMES[1], "customer", organisation="Bob & Co <SARL>")
    zoe = people.add_person(NAMES[2], "customer")
    tokyo = people.add_person(NAMES[3], "customer")
    noel = people.add_person(NAMES[4], "staff", department=cuisine, role="Chef")
    # people join on the clock's day; what happened to them is recorded afterwards (nothing
    # that already happened may be dated in the future)
    clock.use_clock(clock.FakeClock(REPORT_NOW))

    def complaint(who, when, title, answered, resolved=None, score=None, tags=()):
        e = entries.log_entry(
            kind="complaint",
            title=title,
            person=who,
            occurred_at=when,
            satisfaction=score,
            tags=tags,
        )
        entries.respond(e, "Appelé·e, excuses présentées.", at=answered)
        if resolved:
            entries.resolve_entry(e, "Remboursé", at=resolved)
        return e

    c1 = complaint(
        amelie,
        datetime(2026, 11, 2, 10),
        "Four <cassé> & fumée",
        datetime(2026, 11, 2, 12),
        datetime(2026, 11, 3, 10),
        score=2,
        tags=["livraison"],
    )
    complaint(
        bob,
        datetime(2026, 11, 5, 9),
        "Livraison en retard",
        datetime(2026, 11, 5, 13),
        datetime(2026, 11, 7, 9),
        score=3,
        tags=["livraison", "retard"],
    )
    complaint(zoe, datetime(2026, 11, 10, 8), "Table bancale", datetime(2026, 11, 10, 14))
    entries.log_entry(
        kind="praise",
        title="Merci !",
        details="Service <impeccable> & rapide, bravo à Noël Œuvre",
        person=zoe,
        occurred_at=datetime(2026, 11, 12, 19),
        satisfaction=5,
        tags=["accueil"],
    )
    entries.log_entry(
        kind="question",
        title="Menu végétarien ?",
        person=tokyo,
        occurred_at=datetime(2026, 11, 20, 12),
    )
    concern = entries.log_entry(
        kind="concern",
        title="Hotte bruyante",
        person=noel,
        occurred_at=datetime(2026, 11, 4, 9),
        satisfaction=3,
    )
    entries.respond(concern, "Technicien appelé", at=datetime(2026, 11, 4, 10))
    entries.resolve_entry(concern, "Filtre changé", at=datetime(2026, 11, 4, 17))
    entries.log_entry(
        kind="check-in", title="Point hebdo", person=noel, occurred_at=datetime(2026, 11, 9, 15)
    )
    entries.log_entry(
        kind="concern",
        title="Secret: conflit d'équipe",
        person=noel,
        occurred_at=datetime(2026, 11, 18, 9),
        confidential=True,
    )
    # October, for the comparison with the previous month.
    entries.log_entry(
        kind="complaint",
        title="Attente trop longue",
        person=amelie,
        occurred_at=datetime(2026, 10, 14, 12),
        satisfaction=1,
    )
    entries.log_entry(
        kind="praise", title="Super", person=bob, occurred_at=datetime(2026, 10, 20, 20)
    )

    keep, broken, cancel = promises.keep_promise, promises.break_promise, promises.cancel_promise
    _promise(amelie, "Rembourser <50 %> & offrir un café", date(2026, 11, 6),
             settle=keep, at=datetime(2026, 11, 5, 16), entry=c1)  # fmt: skip
    _promise(bob, "Livrer la commande", date(2026, 11, 8),
             settle=keep, at=datetime(2026, 11, 10, 10))  # fmt: skip
    _promise(zoe, "Changer la table", date(2026, 11, 12),
             settle=broken, at=datetime(2026, 11, 13, 10))  # fmt: skip
    _promise(tokyo, "Envoyer le menu traduit", date(2026, 11, 28))
    _promise(noel, "Réparer la hotte", date(2026, 12, 5), original=date(2026, 11, 20))
    _promise(amelie, "Rappeler", date(2026, 11, 25), settle=cancel, at=datetime(2026, 11, 24, 9))
    _promise(zoe, "Inviter au dîner du Nouvel An", date(2026, 12, 31))

    _followup("Rappeler Zoë", datetime(2026, 12, 3, 10), person=zoe)
    _followup("Commander les filtres", datetime(2026, 12, 5, 9))
    _followup("Point équipe <cuisine>", datetime(2026, 11, 30, 9), department=cuisine)
    _followup("Fait déjà", datetime(2026, 12, 1, 9), done=datetime(2026, 12, 1, 10))
    return {"amelie": amelie, "bob": bob, "zoe": zoe, "tokyo": tokyo, "noel": noel}
