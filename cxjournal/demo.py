"""Realistic, deterministic demo journals for a small shop, in French or English.

The same seed, sizes and day give the same journal. Rows are written in bulk inside one transaction
and the search index is rebuilt once at the end, so 100,000 entries take seconds, not minutes.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from cxjournal import clock
from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.services.followups import cadence_rule, parse_rule
from cxjournal.store import identity, search
from cxjournal.store.models import (
    Department,
    Entry,
    EntryTag,
    FollowUp,
    Person,
    Promise,
    Response,
    Setting,
    Tag,
)
from cxjournal.store.transactions import write_transaction

FIRST = {
    "fr": [
        "Amélie",
        "Benoît",
        "Céline",
        "Denis",
        "Élodie",
        "François",
        "Gaëlle",
        "Hélène",
        "Inès",
        "Jérôme",
        "Karima",
        "Léa",
        "Mathéo",
        "Noémie",
        "Océane",
        "Pascal",
        "Quentin",
        "Renée",
        "Sébastien",
        "Thérèse",
        "Ulysse",
        "Valérie",
        "William",
        "Yannick",
        "Zoé",
        "Chloé",
        "Loïc",
        "Maëlle",
        "Raphaël",
        "Anaïs",
    ],
    "en": [
        "Alice",
        "Ben",
        "Chloe",
        "David",
        "Emma",
        "Frank",
        "Grace",
        "Harry",
        "Isla",
        "Jack",
        "Kate",
        "Liam",
        "Mia",
        "Noah",
        "Olivia",
        "Peter",
        "Quinn",
        "Ruby",
        "Sam",
        "Tara",
        "Umar",
        "Vera",
        "Will",
        "Yusuf",
        "Zoë",
        "Aoife",
        "Siobhán",
        "Ravi",
        "Mei",
        "José",
    ],
}
LAST = {
    "fr": [
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefèvre",
        "Michel",
        "Garcia",
        "Château",
        "Faure",
        "André",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Rousseau",
        "Müller",
    ],
    "en": [
        "Smith",
        "Jones",
        "Taylor",
        "Brown",
        "Williams",
        "Wilson",
        "Johnson",
        "Davies",
        "Patel",
        "Wright",
        "Walker",
        "Evans",
        "Thompson",
        "White",
        "Hughes",
        "Edwards",
        "Green",
        "Hall",
        "Wood",
        "O'Brien",
        "Clarke",
        "Murphy",
        "Nguyen",
        "Kowalski",
    ],
}
COMPANIES = {
    "fr": ["Hôtel du Parc", "École Jules-Ferry", "Café de la Gare", "Mairie", "Traiteur Lenôtre"],
    "en": ["Park Hotel", "St Mary's School", "Station Café", "Town Hall", "Greenway Catering"],
}
DEPARTMENTS = {
    "fr": ["Fournil", "Vente", "Livraison", "Administration"],
    "en": ["Bakehouse", "Shop floor", "Delivery", "Office"],
}
ROLES = {
    "fr": ["Boulanger", "Vendeuse", "Livreur", "Pâtissière", "Apprenti", "Comptable"],
    "en": ["Baker", "Sales assistant", "Driver", "Pastry chef", "Apprentice", "Bookkeeper"],
}
TAGS = {
    "fr": [
        "pain",
        "pâtisserie",
        "accueil",
        "prix",
        "attente",
        "livraison",
        "hygiène",
        "four",
        "planning",
        "formation",
        "café",
        "commande",
    ],
    "en": [
        "bread",
        "pastry",
        "welcome",
        "price",
        "queue",
        "delivery",
        "hygiene",
        "oven",
        "rota",
        "training",
        "coffee",
        "order",
    ],
}
TEXTS = {
    "fr": {
        "complaint": [
            ("Pain brûlé", "La baguette du matin était trop cuite."),
            ("Attente trop longue", "Plus de 15 minutes de queue samedi."),
            ("Commande incomplète", "Il manquait deux éclairs dans la commande."),
            ("Café froid", "Le café était froid, servi trop tôt."),
        ],
        "praise": [
            ("Merci pour l'accueil", "Toujours un sourire, bravo à l'équipe."),
            ("Croissants excellents", "Les meilleurs croissants du quartier !"),
            ("Gâteau d'anniversaire parfait", "Les enfants de l'école ont adoré."),
        ],
        "suggestion": [
            ("Pain sans gluten", "Pourriez-vous proposer un pain sans gluten ?"),
            ("Ouvrir le dimanche", "Une ouverture le dimanche matin serait top."),
        ],
        "question": [
            ("Allergènes", "Y a-t-il des fruits à coque dans le pain aux céréales ?"),
            ("Horaires des fêtes", "Êtes-vous ouverts le 24 décembre ?"),
        ],
        "request": [
            ("Commande spéciale", "Une pièce montée pour 40 personnes."),
            ("Facture", "Besoin d'une facture au nom de la société."),
        ],
        "concern": [
            ("Four n°2 en panne", "Le four chauffe mal depuis lundi."),
            ("Planning du week-end", "Trop de samedis d'affilée ce mois-ci."),
            ("Chaussures de sécurité", "Les chaussures sont usées, risque de glissade."),
        ],
        "idea": [
            ("Vitrine réorganisée", "Mettre les viennoiseries à hauteur des yeux."),
            ("Carte de fidélité", "Une carte avec un café offert au dixième achat."),
        ],
        "check-in": [("Point mensuel", "Tour de table avec l'équipe, ambiance correcte.")],
        "staff-request": [
            ("Formation hygiène", "Demande de formation HACCP."),
            ("Congés d'été", "Demande de deux semaines en août."),
        ],
        "staff-praise": [("Merci pour la prime", "L'équipe apprécie le geste.")],
    },
    "en": {
        "complaint": [
            ("Burnt loaf", "The morning loaf was overbaked."),
            ("Long queue", "Waited over 15 minutes on Saturday."),
            ("Order incomplete", "Two éclairs were missing from the order."),
            ("Cold coffee", "The coffee was served cold."),
        ],
        "praise": [
            ("Lovely welcome", "Always a smile, well done to the team."),
            ("Great croissants", "Best croissants in town!"),
            ("Perfect birthday cake", "The school children loved it."),
        ],
        "suggestion": [
            ("Gluten-free bread", "Could you offer a gluten-free loaf?"),
            ("Sunday opening", "Opening on Sunday mornings would be great."),
        ],
        "question": [
            ("Allergens", "Are there nuts in the seeded loaf?"),
            ("Holiday hours", "Are you open on 24 December?"),
        ],
        "request": [
            ("Special order", "A tiered cake for 40 people."),
            ("Invoice", "Need an invoice in the company's name."),
        ],
        "concern": [
            ("Oven 2 broken", "The oven has been heating badly since Monday."),
            ("Weekend rota", "Too many Saturdays in a row this month."),
            ("Safety shoes", "Shoes are worn out, risk of slipping."),
        ],
        "idea": [
            ("New window display", "Put pastries at eye level."),
            ("Loyalty card", "A free coffee on the tenth purchase."),
        ],
        "check-in": [("Monthly check-in", "Round table with the team, mood is fine.")],
        "staff-request": [
            ("Hygiene training", "Asking for food-safety training."),
            ("Summer leave", "Two weeks off in August."),
        ],
        "staff-praise": [("Thanks for the bonus", "The team appreciates it.")],
    },
}
RESOLUTIONS = {
    "fr": [
        "Remboursé et excuses présentées.",
        "Réparé par le technicien.",
        "Planning ajusté.",
        "Réponse donnée par téléphone.",
    ],
    "en": [
        "Refunded with an apology.",
        "Fixed by the engineer.",
        "Rota adjusted.",
        "Answered by phone.",
    ],
}
PROMISES = {
    "fr": [
        "Boîte de croissants offerte",
        "Rappeler avec une réponse",
        "Réparer le four",
        "Revoir le planning",
        "Commander de nouvelles chaussures",
        "Envoyer la facture",
    ],
    "en": [
        "Free box of croissants",
        "Call back with an answer",
        "Get the oven repaired",
        "Rework the rota",
        "Order new safety shoes",
        "Send the invoice",
    ],
}
CUSTOMER_MIX = [
    ("complaint", 25),
    ("praise", 30),
    ("suggestion", 15),
    ("question", 20),
    ("request", 10),
]
STAFF_MIX = [("concern", 35), ("request", 25), ("idea", 15), ("praise", 10), ("check-in", 15)]
_BATCH = 400


@dataclass
class DemoResult:
    people: int
    entries: int
    promises: int
    followups: int


def _pick(rng: random.Random, mix: list[tuple[str, int]]) -> str:
    return rng.choices([k for k, _ in mix], weights=[w for _, w in mix])[0]


def _insert(model, rows: list[dict]) -> None:
    """Insert ``rows`` in batches. peewee's ``insert_many`` takes its columns from the first row
    and silently drops keys the first row lacks, so every row is given every column first (the
    field's default where a row has none)."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    fields = model._meta.fields
    defaults = {
        name: fields[name].default if name in fields else None
        for name in columns
        if any(name not in row for row in rows)
    }
    if defaults:
        rows = [
            {name: row[name] if name in row else _value(defaults.get(name)) for name in columns}
            for row in rows
        ]
    for start in range(0, len(rows), _BATCH):
        model.insert_many(rows[start : start + _BATCH]).execute()


def _seeded_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _ascii_word(text: str) -> str:
    """``Lefèvre`` as ``lefevre``, ``O'Brien`` as ``obrien``: what a mail provider would accept."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if c.isalnum())


def _email(first: str, last: str, number: int, lang: str) -> str:
    domain = "example.fr" if lang == "fr" else "example.com"
    return f"{_ascii_word(first)}.{_ascii_word(last)}{number}@{domain}"


def _value(default):
    return default() if callable(default) else default


def fill_demo(
    *,
    people: int = 40,
    entries: int = 600,
    months: int = 6,
    seed: int = 1,
    lang: str = "fr",
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Fill an empty journal with a shop's history ending on the morning of ``today`` (by default
    the clock's day). Nothing else depends on the time: the same arguments give the same journal,
    its identity and every person's uuid included."""
    if lang not in ("fr", "en"):
        raise ValidationError(tr("The demo speaks fr or en, not “{lang}”.").format(lang=lang))
    if people < 3 or entries < 0 or months < 1:
        raise ValidationError(tr("A demo needs at least 3 people, 0 entries and 1 month."))
    if people > 1_000_000 or entries > 5_000_000 or months > 600:
        raise ValidationError(tr("That demo would be too large."))
    rng = random.Random(seed)
    day = today or clock.now().date()
    # Ids made from the demo's own parameters, so the same demo is the same journal, uuids and all;
    # their own generator, so that asking for ids never changes the rest of the story.
    ids_rng = random.Random(f"cxjournal-demo/{seed}/{lang}/{day}/{people}/{entries}/{months}")
    now = datetime.combine(day, time(8, 0))  # the history ends that morning, whatever the hour
    begin = now - timedelta(days=30 * months)
    span = (now - begin).total_seconds()
    with write_transaction():  # the check and the writes: no other demo can slip in between
        if Person.select().exists() or Entry.select().exists():
            raise ValidationError(tr("The demo only fills an empty journal; this one has data."))
        identity.set_journal_id(_seeded_uuid(ids_rng))
        Setting.insert(
            key="business_name",
            value="Boulangerie Château" if lang == "fr" else "Castle Bakery",
        ).on_conflict_replace().execute()
        depts = []
        for name in DEPARTMENTS[lang]:
            depts.append(Department.create(name=name, checkin_cadence="monthly", created_at=begin))
        staff_count = max(3, people * 15 // 100)
        person_rows = []
        for i in range(people):
            side = v.STAFF if i < staff_count else v.CUSTOMER
            first, last = rng.choice(FIRST[lang]), rng.choice(LAST[lang])
            org = rng.choice(COMPANIES[lang]) if side == v.CUSTOMER and rng.random() < 0.1 else ""
            person_rows.append(
                dict(
                    uuid=_seeded_uuid(ids_rng),
                    side=side,
                    name=f"{first} {last}",
                    organisation=org,
                    department=depts[i % len(depts)].id if side == v.STAFF else None,
                    role=rng.choice(ROLES[lang]) if side == v.STAFF else "",
                    email=_email(first, last, i, lang) if rng.random() < 0.7 else "",
                    phone=f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                    f"{rng.randint(10, 99)}"
                    if rng.random() < 0.6
                    else "",
                    created_at=begin,
                    updated_at=begin,
                )
            )
        _insert(Person, person_rows)
        ids = [p.id for p in Person.select(Person.id, Person.side).order_by(Person.id)]
        staff_ids, customer_ids = ids[:staff_count], ids[staff_count:]
        tag_ids = [Tag.create(name=name).id for name in TAGS[lang]]

        texts = TEXTS[lang]
        entry_rows, response_rows, tag_rows, promise_rows, followup_rows = [], [], [], [], []
        offsets = sorted(rng.random() for _ in range(entries))
        for index, fraction in enumerate(offsets):
            occurred = (begin + timedelta(seconds=fraction * span)).replace(microsecond=0)
            occurred = occurred.replace(hour=rng.randint(7, 18))
            if occurred > now:
                occurred = now - timedelta(minutes=rng.randint(1, 600))
            side = v.STAFF if rng.random() < 0.3 else v.CUSTOMER
            mix = STAFF_MIX if side == v.STAFF else CUSTOMER_MIX
            kind = _pick(rng, mix)
            key = f"staff-{kind}" if side == v.STAFF and kind in ("request", "praise") else kind
            title, details = rng.choice(texts[key])
            if side == v.STAFF:
                person_id = rng.choice(staff_ids)
            else:
                person_id = rng.choice(customer_ids) if rng.random() < 0.85 else None
            if side == v.CUSTOMER:
                satisfaction = {
                    "complaint": rng.randint(1, 2),
                    "praise": rng.randint(4, 5),
                }.get(kind, rng.choice([None, 3, 4]))
            else:
                satisfaction = rng.choice([None, 2, 3, 4, 5]) if kind == "check-in" else None
            age_days = (now - occurred).days
            needs_answer = kind in ("complaint", "concern", "request", "question")
            first_response = resolved = None
            status = v.OPEN
            resolution = ""
            if needs_answer and (age_days > 3 or rng.random() < 0.5):
                hours = rng.expovariate(1 / (10 if side == v.STAFF else 20))
                first_response = min(now, occurred + timedelta(hours=hours))
                status = v.IN_PROGRESS
                if age_days > 7 or rng.random() < 0.4:
                    resolved = min(now, first_response + timedelta(hours=rng.expovariate(1 / 48)))
                    status = v.RESOLVED if rng.random() < 0.92 else v.CLOSED
                    resolution = rng.choice(RESOLUTIONS[lang])
            elif not needs_answer:
                status = v.CLOSED if age_days > 2 else v.OPEN
                resolved = occurred if status == v.CLOSED else None
            entry_rows.append(
                dict(
                    person=person_id,
                    side=side,
                    kind=kind,
                    channel=rng.choice(v.CHANNELS),
                    occurred_at=occurred,
                    title=title,
                    details=details,
                    satisfaction=satisfaction,
                    priority=3 if kind in ("complaint", "concern") and rng.random() < 0.3 else 2,
                    status=status,
                    first_response_at=first_response.replace(microsecond=0)
                    if first_response
                    else None,
                    resolved_at=resolved.replace(microsecond=0) if resolved else None,
                    resolution=resolution,
                    confidential=side == v.STAFF and kind == "concern" and rng.random() < 0.05,
                    created_at=occurred,
                    updated_at=resolved or first_response or occurred,
                )
            )
            if progress and index % 5000 == 0:
                progress(index, entries)
        _insert(Entry, entry_rows)
        entry_ids = [e.id for e in Entry.select(Entry.id).order_by(Entry.id)]
        for entry_id, row in zip(entry_ids, entry_rows, strict=True):
            if row["first_response_at"]:
                response_rows.append(
                    dict(
                        entry=entry_id,
                        at=row["first_response_at"],
                        text=RESOLUTIONS[lang][entry_id % 4],
                    )
                )
            for tag_id in rng.sample(tag_ids, rng.choice([0, 1, 1, 2])):
                tag_rows.append(dict(entry=entry_id, tag=tag_id))
            if (
                row["person"]
                and row["kind"] in ("complaint", "concern", "request")
                and (rng.random() < 0.35)
            ):
                promise_rows.append(_promise_row(rng, lang, entry_id, row, now))
        _insert(Response, response_rows)
        _insert(EntryTag, tag_rows)
        _insert(Promise, promise_rows)

        for dept in depts:
            start = datetime.combine(begin.date() + timedelta(days=rng.randint(0, 27)), time(9))
            rule = cadence_rule("monthly", start)
            # The occurrence around today: some check-ins are a little overdue, some coming up.
            due = parse_rule(rule, start).after(now - timedelta(days=rng.randint(3, 20)))
            followup_rows.append(
                dict(
                    title=(
                        "Point avec l'équipe {team}" if lang == "fr" else "Check-in with {team}"
                    ).format(team=dept.name),
                    due_at=due,
                    rrule=rule,
                    series_start=start,
                    department=dept.id,
                    origin="check-in",
                    created_at=begin,
                    updated_at=begin,
                )
            )
        open_entries = [
            (eid, row)
            for eid, row in zip(entry_ids, entry_rows, strict=True)
            if row["status"] in v.ACTIVE_ENTRY_STATUSES
            and row["person"]
            and row["kind"] in ("complaint", "concern", "request", "question")
        ]
        for eid, row in open_entries[-max(3, entries // 200) :]:
            followup_rows.append(
                dict(
                    title=("Relancer : {title}" if lang == "fr" else "Follow up: {title}").format(
                        title=row["title"]
                    ),
                    due_at=now.replace(hour=9, minute=0, second=0)
                    + timedelta(days=rng.randint(-3, 10)),
                    person=row["person"],
                    entry=eid,
                    origin="manual",
                    created_at=row["occurred_at"],
                    updated_at=row["occurred_at"],
                )
            )
        _insert(FollowUp, followup_rows)
        search.rebuild_index()
    if progress:
        progress(entries, entries)
    return DemoResult(len(person_rows), len(entry_rows), len(promise_rows), len(followup_rows))


def _promise_row(rng: random.Random, lang: str, entry_id: int, row: dict, now: datetime) -> dict:
    made = row["occurred_at"]
    due = made.date() + timedelta(days=rng.randint(1, 14))
    original = due
    status, fulfilled = v.PROMISE_OPEN, None
    if due < now.date():
        roll = rng.random()
        if roll < 0.70:
            status, fulfilled = (
                v.KEPT,
                datetime.combine(due - timedelta(days=rng.randint(0, 1)), time(15)),
            )
        elif roll < 0.80:
            status, fulfilled = (
                v.KEPT,
                datetime.combine(due + timedelta(days=rng.randint(1, 5)), time(15)),
            )
        elif roll < 0.87:
            status, fulfilled = v.BROKEN, datetime.combine(due + timedelta(days=2), time(12))
        elif roll < 0.92:
            due = due + timedelta(days=7)
            if due < now.date():
                status, fulfilled = v.KEPT, datetime.combine(due, time(11))
        elif roll < 0.95:
            status, fulfilled = v.CANCELLED, datetime.combine(due, time(10))
        # else: still open and overdue, which the Today view shows
    if fulfilled is not None:
        fulfilled = max(fulfilled, made)
        fulfilled = min(fulfilled, now)
    return dict(
        person=row["person"],
        entry=entry_id,
        what=rng.choice(PROMISES[lang]),
        made_at=made,
        due_date=due,
        original_due_date=original,
        status=status,
        fulfilled_at=fulfilled,
        created_at=made,
        updated_at=fulfilled or made,
    )
