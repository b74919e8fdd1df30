"""The Promises page's done group reads in the order of the date it shows: the latest due date
first, whenever each promise was settled."""

from __future__ import annotations

from datetime import date

from cxjournal.services import agenda, promises

from .builders import a_customer, a_promise


def test_done_promises_follow_their_due_dates(fake_clock):
    lea = a_customer("Léa")
    early = a_promise(lea, what="Croissants", due="2026-11-10", made_at="2026-11-01 10:00")
    late = a_promise(lea, what="Gâteau", due="2026-11-14", made_at="2026-11-01 10:00")
    middle = a_promise(lea, what="Facture", due="2026-11-12", made_at="2026-11-01 10:00")
    promises.keep_promise(late.id, at="2026-11-13 10:00")  # settled first, due last
    promises.keep_promise(early.id, at="2026-11-15 10:00")
    promises.keep_promise(middle.id, at="2026-11-14 10:00")
    groups = agenda.group_promises(date(2026, 11, 16))
    done = next(g for g in groups if g.key == agenda.P_DONE)
    assert [p.what for p in done.items] == ["Gâteau", "Facture", "Croissants"]
