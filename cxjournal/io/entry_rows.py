"""One row of a journal history spreadsheet read as an entry: which column holds what (the usual
French and English headers recognised), the words people write for kinds, statuses, channels and
sides ("Réclamation", "complaint", "Résolu"), and the checks an entry typed in the app passes
(``services.entries`` and ``services.validation``), so that an imported entry is one the app could
have recorded. Nothing here reads the journal: matching people and writing are
``io.entries_import``'s."""

from __future__ import annotations

import functools
from datetime import datetime

from cxjournal import vocabulary as v
from cxjournal.errors import ValidationError
from cxjournal.i18n import tr
from cxjournal.io.csv_people import fold
from cxjournal.services import validation as check
from cxjournal.services import waiting
from cxjournal.services.entries import _check_kind, check_satisfaction, clean_tags
from cxjournal.typed_dates import read_moment

# Header names as owners write them (compared without accents, case or punctuation).
HEADERS = {
    "when": ["date", "quand", "when", "date et heure", "date heure", "jour", "occurred at",
             "occurred_at", "date de l'entree", "le"],
    "who": ["client", "personne", "nom", "who", "qui", "person", "name", "customer", "salarie",
            "employe", "contact", "cliente", "nom du client", "nom complet"],
    "email": ["email", "e-mail", "courriel", "mail", "adresse e-mail"],
    "phone": ["telephone", "phone", "tel", "tel.", "portable", "mobile"],
    "side": ["side", "cote", "client ou personnel", "interne ou externe"],
    "kind": ["type", "kind", "genre", "nature", "categorie", "category"],
    "channel": ["canal", "channel", "moyen", "via", "source"],
    "title": ["titre", "title", "objet", "sujet", "subject", "resume", "summary"],
    "details": ["details", "detail", "commentaire", "commentaires", "description", "message",
                "texte", "remarques", "comment", "comments"],
    "satisfaction": ["satisfaction", "note", "score", "rating", "note /5", "note sur 5"],
    "tags": ["etiquettes", "etiquette", "tags", "tag", "mots cles", "mots-cles", "labels"],
    "status": ["statut", "status", "etat", "state"],
    "response": ["reponse", "response", "premiere reponse", "first response", "answer"],
    "response_at": ["date de reponse", "date reponse", "repondu le", "heure de reponse",
                    "response time", "responded at", "first response at", "first_response_at",
                    "first response time", "date de la reponse"],
    "resolution": ["resolution", "solution"],
    "resolved_at": ["date de resolution", "date resolution", "resolu le", "heure de resolution",
                    "resolved at", "resolved_at", "resolution time", "date de la resolution"],
    "confidential": ["confidentiel", "confidential", "prive", "private"],
    "waiting_on": ["en attente de", "attend", "attente de", "bloque par", "waiting on",
                   "waiting for", "waiting_on", "on hold for"],
}  # fmt: skip

# Words people write, folded like headers; codes themselves are accepted too.
KIND_WORDS = {
    "complaint": ["reclamation", "plainte", "reclamations", "grief", "mecontentement"],
    "praise": ["compliment", "eloge", "felicitations", "remerciement", "merci", "louange"],
    "suggestion": ["suggestion", "proposition"],
    "question": ["question", "demande d'information"],
    "request": ["demande", "requete"],
    "concern": ["preoccupation", "inquietude", "souci", "probleme"],
    "idea": ["idee"],
    "check-in": ["check-in", "checkin", "point", "entretien", "point regulier", "point mensuel"],
}
STATUS_WORDS = {
    v.OPEN: ["ouvert", "ouverte", "nouveau", "nouvelle", "a traiter", "new"],
    v.IN_PROGRESS: ["en cours", "in progress", "in-progress", "en traitement", "pending"],
    v.WAITING: ["en attente", "attente", "waiting", "on hold", "en suspens", "suspendu"],
    v.RESOLVED: ["resolu", "resolue", "regle", "reglee", "traite", "traitee", "done", "solved"],
    v.CLOSED: ["clos", "close", "cloture", "cloturee", "ferme", "fermee", "sans suite",
               "closed without action", "classe sans suite"],
}  # fmt: skip
CHANNEL_WORDS = {
    "in-person": ["en personne", "sur place", "in person", "comptoir", "en boutique", "magasin"],
    "phone": ["telephone", "tel", "appel", "call"],
    "email": ["e-mail", "courriel", "mail"],
    "online-review": ["avis en ligne", "online review", "avis", "review", "google"],
    "survey": ["enquete", "sondage", "questionnaire"],
    "meeting": ["reunion"],
    "other": ["autre"],
}
SIDE_WORDS = {
    v.CUSTOMER: ["client", "cliente", "clients", "externe", "customers", "external"],
    v.STAFF: ["personnel", "salarie", "salariee", "employe", "employee", "equipe", "interne",
              "internal", "team"],
}  # fmt: skip
YES = {"oui", "yes", "vrai", "true", "1", "x", "o", "y"}
NO = {"non", "no", "faux", "false", "0", "n", ""}


def entry_fields() -> dict[str, str]:
    """Fields a column can hold, with their labels (for the column mapping and ``--map``)."""
    return {
        "when": tr("When"),
        "who": tr("Who", "import"),
        "email": tr("Email"),
        "phone": tr("Phone"),
        "side": tr("Side", "import"),
        "kind": tr("Kind", "import"),
        "channel": tr("Channel", "import"),
        "title": tr("Title"),
        "details": tr("Details"),
        "satisfaction": tr("Satisfaction", "import"),
        "tags": tr("Tags", "import"),
        "status": tr("Status", "import"),
        "response": tr("Response"),
        "response_at": tr("Response time", "import"),
        "resolution": tr("Resolution"),
        "resolved_at": tr("Resolution time", "import"),
        "confidential": tr("Confidential", "import"),
        "waiting_on": tr("Waiting on", "import"),
    }


def _word_table(words: dict[str, list[str]]) -> dict[str, str]:
    table = {fold(code): code for code in words}
    table.update({fold(word): code for code, names in words.items() for word in names})
    return table


_KINDS, _STATUSES = _word_table(KIND_WORDS), _word_table(STATUS_WORDS)
_CHANNELS, _SIDES = _word_table(CHANNEL_WORDS), _word_table(SIDE_WORDS)


@functools.lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    return fold(text)  # a history repeats a few words thousands of times


def _code(text: str, table: dict[str, str], choices, label: str) -> str:
    """The code a written word stands for; a word the table lacks is refused as services do."""
    return table.get(_folded(text)) or check.one_of(text, tuple(choices), label)


def read_side(text: str, default: str) -> str:
    return _code(text, _SIDES, v.SIDES, tr("side")) if text.strip() else default


def _flag(text: str, label: str) -> bool:
    word = _folded(text)
    if word in YES or word in NO:
        return word in YES
    raise ValidationError(
        tr("{label}: “{value}” is neither yes nor no.", "import").format(label=label, value=text)
    )


def _satisfaction(text: str) -> int | None:
    score = text.strip().removesuffix("/5").strip()  # "4/5" as a survey writes it
    return check_satisfaction(score.removesuffix(",0").removesuffix(".0") if score else None)


def _title(values: dict) -> str:
    """The title, or else the first line of the details (a complaints log often has only that)."""
    title = values.get("title", "").strip()
    if not title and values.get("details", "").strip():
        title = values["details"].strip().splitlines()[0][: check.MAX_SHORT]
    return check.clean_line(title, tr("Title"), required=True)


def _moment(values: dict, key: str, label: str, now: datetime) -> datetime | None:
    return check.happened(read_moment(values.get(key, ""), label, now), label, now)


def _answers(entry: dict, values: dict, now: datetime) -> dict:
    """The first response and the resolution, with the rules of ``entries.respond`` and
    ``entries.resolve_entry``: neither before the entry, a resolution answers it too."""
    response = check.clean_text(values.get("response"), tr("Response"))
    answered = _moment(values, "response_at", tr("Response time", "import"), now)
    if response and answered is None:
        raise ValidationError(
            tr("A response needs its time, or the time to first response cannot be counted.")
        )
    if answered is not None and answered < entry["occurred_at"]:
        raise ValidationError(tr("A response cannot come before the entry it answers."))
    resolved = _moment(values, "resolved_at", tr("Resolution time", "import"), now)
    if resolved is not None and resolved < entry["occurred_at"]:
        raise ValidationError(tr("An entry cannot be resolved before it happened."))
    status = (
        _code(values["status"], _STATUSES, v.ENTRY_STATUSES, tr("status", "import"))
        if (values.get("status", "").strip())
        else None
    )
    if resolved is not None and status in (None, v.OPEN, v.IN_PROGRESS, v.WAITING):
        status = v.RESOLVED if status is None else status
        if status != v.RESOLVED:
            raise ValidationError(tr("A resolution time is given but the status is still open."))
    if status in (v.RESOLVED, v.CLOSED) and resolved is None:
        raise ValidationError(tr("A resolved or closed entry needs its resolution time."))
    if status in (None, v.OPEN) and answered is not None:
        status = v.IN_PROGRESS  # as answering an open entry in the app does
    status = status or v.OPEN
    on_whom = check.clean_line(values.get("waiting_on"), tr("Waiting on"), max_len=200)
    if on_whom and status in (v.OPEN, v.IN_PROGRESS):
        status = v.WAITING  # a row saying on whom it waits is waiting
    return {
        "status": status,
        **_wait(status, on_whom, answered or entry["occurred_at"]),
        "response": response
        or (tr("(answered; no text in the imported file)") if answered else ""),
        "first_response_at": answered if answered is not None else resolved,
        "response_at": answered,
        "resolved_at": resolved,
        "resolution": check.clean_text(values.get("resolution"), tr("Resolution")),
    }


def _wait(status: str, on_whom: str, since: datetime) -> dict:
    """A waiting entry waits from its answer (or its time, unanswered), as ``waiting.wait_on``
    would have started it then, so response targets stop their clock from that moment. A
    resolved or closed row waits on nobody, whatever a column says of an earlier wait."""
    if status != v.WAITING:
        return {"waiting_on": "", "waits": ""}
    return {"waiting_on": on_whom, "waits": waiting.waits_text([(since, None)])}


def clean_entry(values: dict, side: str, now: datetime) -> dict:
    """The entry a row describes, checked as ``entries.log_entry`` checks one typed in the app, with
    its first response and resolution (see ``_answers``); ``ValidationError`` tells what is wrong."""
    occurred = _moment(values, "when", tr("When"), now)
    if occurred is None:
        raise ValidationError(tr("{label} cannot be empty.").format(label=tr("When")))
    entry = {
        "side": side,
        "kind": _check_kind(_code(values.get("kind", ""), _KINDS, v.ALL_KINDS, tr("kind")), side),
        "channel": _code(
            values.get("channel") or "in-person", _CHANNELS, v.CHANNELS, tr("channel")
        ),
        "occurred_at": occurred,
        "title": _title(values),
        "details": check.clean_text(values.get("details"), tr("Details")),
        "satisfaction": _satisfaction(values.get("satisfaction", "")),
        "confidential": _flag(values.get("confidential", ""), tr("Confidential", "import")),
        "tags": clean_tags(values.get("tags", "").replace(";", ",")),
    }
    entry.update(_answers(entry, values, now))
    return entry
