"""``fill_demo``: an empty journal filled with a shop's history, the same for the same seed,
sizes, language and day. Rows are written in bulk inside one transaction and the search index is
rebuilt once at the end, so 100,000 entries take seconds, not minutes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from cxjournal import clock
from cxjournal.demo.account_events import add_account_events
from cxjournal.demo.attachments import add_attachments
from cxjournal.demo.authors import Authors
from cxjournal.demo.calendar import OPENING
from cxjournal.demo.context import Demo
from cxjournal.demo.entries import add_entries, add_responses_and_tags
from cxjournal.demo.followups import add_followups
from cxjournal.demo.link import monthly_pace
from cxjournal.demo.people import add_departments, add_people, add_tags
from cxjournal.demo.promises import add_promises
from cxjournal.demo.ratings import add_ratings
from cxjournal.demo.words import LANGUAGES, load_words
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.store import contact_dates, identity, search
from cxjournal.store.models import Department, Entry, Person, Setting, upsert
from cxjournal.store.starter_templates import follow_language, journal_language
from cxjournal.store.transactions import write_transaction


@dataclass
class DemoResult:
    people: int
    entries: int
    promises: int
    followups: int


def _check_sizes(people: int, entries: int, months: int, lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValidationError(tr("The demo speaks fr or en, not “{lang}”.").format(lang=lang))
    if people < 3 or entries < 0 or months < 1:
        raise ValidationError(tr("A demo needs at least 3 people, 0 entries and 1 month."))
    if people > 1_000_000 or entries > 5_000_000 or months > 600:
        raise ValidationError(tr("That demo would be too large."))


def fill_demo(
    *,
    people: int = 40,
    entries: int = 1200,
    months: int = 14,  # over a year: the Insights page needs at least 8 months paired
    seed: int = 1,
    lang: str = "fr",
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Fill an empty journal with a shop's history ending on the morning of ``today`` (by default
    the clock's day). Nothing else depends on the time: the same arguments give the same journal,
    its identity and every person's uuid included."""
    _check_sizes(people, entries, months, lang)
    day = today or clock.now().date()
    now = datetime.combine(day, time(8, 0))  # the history ends that morning, whatever the hour
    demo = Demo(
        rng=random.Random(seed),
        # Ids drawn from the demo's own parameters: the same demo is the same journal.
        ids=random.Random(f"cxjournal-demo/{seed}/{lang}/{day}/{people}/{entries}/{months}"),
        words=load_words(lang),
        begin=now - timedelta(days=30 * months),
        now=now,
        link=random.Random(f"cxjournal-demo-link/{seed}/{lang}/{day}"),
        authors=Authors(lang, f"cxjournal-demo-authors/{seed}/{lang}/{day}"),
        ends=random.Random(f"cxjournal-demo-ends/{seed}/{lang}/{day}"),
    )
    demo.pace = monthly_pace(demo.link, demo.begin, demo.now)
    with write_transaction():  # the check and the writes: no other demo can slip in between
        if Person.select().exists() or Entry.select().exists():
            raise ValidationError(tr("The demo only fills an empty journal; this one has data."))
        identity.set_journal_id(demo.seeded_uuid())
        upsert(Setting, key="business_name", value=demo.words.business_name)
        upsert(Setting, key="demo_data", value="1")  # the Insights page and reports say so
        # The journal speaks the demo's language (window, reports, calendar) unless the owner
        # chose one: a French demo read through English words tells no one the truth.
        chosen = Setting.get_or_none(Setting.key == "language")
        if chosen is None or chosen.value in ("", "system"):
            upsert(Setting, key="language", value=demo.words.lang)
        if not Setting.select().where(Setting.key == "country", Setting.value != "").exists():
            upsert(Setting, key="country", value=demo.words.country)  # its phones are read in it
        # the starter reply templates, in its language, stamped with the demo's morning
        follow_language(journal_language(), demo.now, renew=True)
        departments = add_departments(demo)
        staff_ids, customer_ids = add_people(demo, people, departments)
        if not Setting.select().where(Setting.key == "opening_hours").exists():
            upsert(Setting, key="opening_hours", value=OPENING)  # a bakery's, as its entries say
        demo.teams = dict(Person.select(Person.id, Department.name).join(Department).tuples())
        demo.emails = dict(
            Person.select(Person.id, Person.email).where(Person.email != "").tuples()
        )
        if (
            not Setting.select()
            .where(Setting.key == "shop_addresses", Setting.value != "")
            .exists()
        ):
            upsert(Setting, key="shop_addresses", value=demo.words.shop_address)  # its replies
        tag_ids = add_tags(demo)
        told = add_entries(demo, entries, staff_ids, customer_ids, progress)
        add_responses_and_tags(demo, told, tag_ids)
        add_attachments(demo, told)
        promises = add_promises(demo, told)
        followups = add_followups(demo, departments, told, promises)
        add_ratings(demo)
        add_account_events(demo)
        search.rebuild_index()
        contact_dates.recompute()  # the demo's people get their contact dates
    if progress:
        progress(entries, entries)
    return DemoResult(people, entries, len(promises), followups)
