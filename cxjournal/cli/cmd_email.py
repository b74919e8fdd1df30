"""``cxjournal import email FILE.eml…``: saved e-mails logged as entries (or as the shop's replies),
all of them or none; ``--dry-run`` says what would happen and writes nothing."""

from __future__ import annotations

from pathlib import Path

from cxjournal import vocabulary as v
from cxjournal.i18n import tr, trn


def summary(report, dry_run: bool) -> list[str]:
    """The lines that tell what an import did (or would do)."""
    lines = []
    for name, title in report.logged:
        lines.append(tr("{file}: new entry “{title}”", "email").format(file=name, title=title))
    for name, entry_id in report.responses:
        lines.append(
            tr("{file}: the shop's reply, a response to entry #{id}", "email").format(
                file=name, id=entry_id
            )
        )
    for name in report.skipped:
        lines.append(tr("{file}: already in the journal, skipped", "email").format(file=name))
    for name, address in report.people_added:
        lines.append(
            tr("New person: {name} <{address}>", "email").format(name=name, address=address)
        )
    counts = {
        "replies": trn("%n reply", "%n replies", len(report.responses), "email"),
        "messages": trn("%n message", "%n messages", len(report.skipped), "email"),
    }
    if dry_run:
        text = trn("Would log %n e-mail", "Would log %n e-mails", len(report.logged), "email") + tr(
            ", record {replies} and skip {messages} (dry run: nothing written).", "email"
        )
    else:
        text = trn("Logged %n e-mail", "Logged %n e-mails", len(report.logged), "email") + tr(
            ", recorded {replies}, skipped {messages}.", "email"
        )
    lines.append(text.format(**counts))
    return lines


def _import_email(args) -> int:
    from cxjournal.io.email_import import import_emails

    report = import_emails(args.files, side=args.side, kind=args.kind, dry_run=args.dry_run)
    for line in summary(report, args.dry_run):
        print(line)
    return 0


def register_import(kinds) -> None:
    """``import email`` among the ``import`` kinds."""
    mail = kinds.add_parser(
        "email",
        help=tr("saved e-mails (.eml files), each one an entry", "cli"),
        description=tr(
            "Log saved e-mails (.eml): the sender is matched by address, the subject becomes the "
            "title, the text the details. A message from one of the shop's addresses is recorded "
            "as the response to the entry it answers. All files or none.",
            "cli",
        ),
    )
    mail.add_argument("files", type=Path, nargs="+", metavar="FILE.eml")
    mail.add_argument(
        "--side",
        choices=v.SIDES,
        default=v.CUSTOMER,
        help=tr("side of the senders not yet in the journal", "cli"),
    )
    mail.add_argument(
        "--kind",
        choices=v.ALL_KINDS,
        default="request",
        help=tr("kind of the new entries (default: request)", "cli"),
    )
    mail.add_argument("--dry-run", action="store_true", help=tr("check only", "cli"))
    mail.set_defaults(handler=_import_email)
