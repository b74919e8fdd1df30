"""Who recorded the demo's rows and who has its open work: the shop's owner and two staff, as the
accounts of a shared journal would name them. Drawn from a generator of their own, so that adding
them changed none of the demo's story: the same seed and day give the same names on the same rows.
"""

from __future__ import annotations

import random

from cxjournal import vocabulary as v
from cxjournal.demo.words import load_words


class Authors:
    """The owner and two staff of the demo's shop, and who did what among them."""

    def __init__(self, lang: str, seed_text: str) -> None:
        self.rng = random.Random(seed_text)
        self.owner, *self.staff = load_words(lang).accounts  # data/<lang>.json

    def recorder(self, side: str) -> str:
        """Staff matters are recorded by the owner; customers' mostly by the staff at the counter."""
        if side == v.STAFF or self.rng.random() < 0.3:
            return self.owner
        return self.rng.choice(self.staff)

    def assignee(self, side: str) -> str | None:
        """Open work goes to one of the three, or (a third of it) to nobody in particular; staff
        matters only ever to the owner, whom the staff's own accounts cannot read them for."""
        roll = self.rng.random()
        if roll < 1 / 3:
            return None
        if side == v.STAFF or roll < 0.5:
            return self.owner
        return self.rng.choice(self.staff)
