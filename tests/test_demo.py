"""The demo journal: every follow-up keeps its links."""

from __future__ import annotations

from datetime import date

from cxjournal.demo import fill_demo
from cxjournal.store.models import FollowUp

DAY = date(2030, 3, 14)


def test_every_followup_keeps_its_links(fake_clock):
    fill_demo(people=40, entries=600, seed=2, lang="fr", today=DAY)
    followups = list(FollowUp.select())
    checkins = [f for f in followups if f.origin == "check-in"]
    others = [f for f in followups if f.origin != "check-in"]
    assert checkins and others
    assert all(f.department_id is not None for f in checkins)
    for followup in others:
        assert followup.person_id is not None and followup.entry_id is not None, followup.title
        assert followup.entry.person_id == followup.person_id
        if followup.promise_id is not None:
            assert followup.promise.entry_id == followup.entry_id
