"""The record of processing (GDPR article 30), in the shape of the CNIL's model register: who keeps
the journal, why, about whom, who may read it, for how long, how it is protected, and whether a
data protection impact assessment is advised. Counted from the journal; only reads it."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Spacer

from cxjournal.formatting import format_date
from cxjournal.i18n import tr, trn
from cxjournal.reports import typeset as ts
from cxjournal.reports.common import build_report, read_only_snapshot, read_report_settings
from cxjournal.services.privacy_register import RegisterFacts, register_facts
from cxjournal.services.retention import Kept


def _t(text: str) -> str:
    return tr(text, "reports")


def _months(count: int) -> str:
    if count % 12 == 0:
        return trn("%n year", "%n years", count // 12, "reports")
    return trn("%n month", "%n months", count, "reports")


def _who_has_access(facts: RegisterFacts) -> str:
    if not facts.shared:
        return _t(
            "A journal file: anyone who can use the computer account holding it can read it. "
            "Use separate system accounts, or a shared journal with roles, when staff use that "
            "computer."
        )
    if facts.accounts is None:
        return _t(
            "A shared journal on a database server: the server's accounts, each with a role. "
            "Only an owner may list them: ask an owner to make this record."
        )
    roles = {
        "owner": _t("owner: everything, accounts and settings"),
        "manager": _t("manager: every entry, staff included; reports"),
        "counter": _t("counter: customers only, no confidential entry"),
        "kiosk": _t("kiosk: records ratings and pulse answers, reads nothing"),
    }
    return "; ".join(f"{name} ({roles[role]})" for name, role in facts.accounts)


def _kept(people: list[Kept], lang: str) -> list[str]:
    """The people kept past the period by the owner's decision, with until when and why."""
    if not people:
        return [_t("Nobody is kept past these periods.")]
    lines = [
        trn(
            "%n person is kept past these periods by the owner's decision:",
            "%n people are kept past these periods by the owner's decision:",
            len(people),
            "reports",
        )
    ]
    for kept in people:
        side = _t("customer") if kept.side == "customer" else _t("staff")
        ended = format_date(kept.due_since.date(), lang)
        if kept.keep_until and kept.keep_reason:
            why = _t("kept until {day}: {reason}")
        elif kept.keep_until:
            why = _t("kept until {day}")
        else:
            why = _t("kept: {reason}")
        day = format_date(kept.keep_until, lang) if kept.keep_until else ""
        lines.append(
            _t("{name} ({side}), period ended {ended}; {why}.").format(
                name=kept.name,
                side=side,
                ended=ended,
                why=why.format(day=day, reason=kept.keep_reason),
            )
        )
    return lines


def _sections(facts: RegisterFacts, lang: str) -> list[tuple[str, list[str]]]:
    people = trn("%n customer", "%n customers", facts.customers, "reports")
    staff = trn("%n staff member", "%n staff members", facts.staff, "reports")
    entries = trn("%n entry", "%n entries", facts.entries, "reports")
    concerns = trn("%n staff concern", "%n staff concerns", facts.staff_concerns, "reports")
    dpia = (
        _t(
            "Advised: staff concerns may hold health data, a special category of data "
            "(GDPR article 9). Carry out a data protection impact assessment."
        )
        if facts.impact_assessment_advised
        else _t("Not advised while no staff concern is recorded.")
    )
    security = [
        _t("The journal file, its backups and exports are private to their owner (0600)."),
        _t("Erasure removes a person for good, search index and free pages included."),
    ]
    if facts.shared:
        security.append(
            _t("On a server: each person signs in with their own account; connections use TLS.")
        )
    return [
        (_t("Controller"), [facts.controller or _t("(the shop's name is not set)")]),
        (
            _t("Purposes"),
            [
                _t("Customer relationship: feedback, complaints, promises and follow-ups."),
                _t("Staff as internal customers: concerns, requests, ideas and check-ins."),
            ],
        ),
        (
            _t("Categories of people and data"),
            [
                _t("{customers}, {staff}; {entries}, {concerns}.").format(
                    customers=people, staff=staff, entries=entries, concerns=concerns
                ),
                _t("Names, contact details, what was said and done, dates."),
                _t("Staff concerns may hold health data (a special category)."),
            ],
        ),
        (_t("Who has access"), [_who_has_access(facts)]),
        (
            _t("How long data is kept"),
            [
                _t("Customers: {period} after their last own contact.").format(
                    period=_months(facts.keep_customers_months)
                ),
                _t("Staff: {period} after their last entry.").format(
                    period=_months(facts.keep_staff_months)
                ),
                *_kept(facts.kept, lang),
            ],
        ),
        (_t("Security measures"), security),
        (_t("Data protection impact assessment"), [dpia]),
    ]


def build_privacy_register(out_path: str | Path, *, lang: str = "en", progress=None) -> int:
    """Write the record of processing to ``out_path``; returns the page count."""
    with read_only_snapshot():
        settings = read_report_settings()
        facts = register_facts()
    story: list = [ts.para(_t("Record of processing"), "title")]
    for heading, lines in _sections(facts, lang):
        story.append(ts.para(heading, "h1"))
        story += [ts.para(line) for line in lines]
        story.append(Spacer(1, 4))
    if progress is not None:
        progress(1, 1)
    return build_report(
        out_path,
        story,
        title=_t("Record of processing"),
        subtitle=_t("Personal data (GDPR)"),
        settings=settings,
        lang=lang,
    )
