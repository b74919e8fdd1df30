"""The one way to build any report, for the command line and the window alike.

A ``ReportRequest`` says which report, for what period or person, in which language; ``build_report``
writes the PDF and returns its page count. reportlab is imported only here, on demand, so starting the
app never pays for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cxjournal.catalog import resolve_language, translator_for
from cxjournal.errors import ValidationError
from cxjournal.files import private_output
from cxjournal.i18n import speaking, tr

MONTHLY, PERSON, WEEK, PRIVACY = "monthly", "person", "week", "privacy"
KINDS = (MONTHLY, PERSON, WEEK, PRIVACY)


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    year: int | None = None
    month: int | None = None
    person_id: int | None = None
    week_of: date | None = None
    lang: str | None = None  # None: the language setting
    include_confidential: bool = False  # confidential entries are printed only when asked for
    include_files: bool = False  # the person report lists its entries' files only when asked for


def report_language(lang: str | None) -> str:
    if lang:
        return resolve_language(lang)
    from cxjournal.services.settings import get_setting

    return resolve_language(get_setting("language"))


def build_report(
    request: ReportRequest,
    out_path: str | Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the requested report to ``out_path`` (written whole, or not at all); returns pages.

    Its labels speak the report's language, whatever the language of the app.
    """
    out_path = Path(out_path)
    if out_path.is_dir():
        raise ValidationError(
            tr("{path} is a folder; give a file name ending in .pdf.").format(path=out_path)
        )
    if not out_path.parent.exists():
        raise ValidationError(tr("The folder {path} does not exist.").format(path=out_path.parent))
    lang = report_language(request.lang)
    try:
        # Private like the journal; an existing file is replaced only by a complete report.
        with (
            speaking(translator_for(lang)),
            private_output(out_path, make_folders=False) as partial,
        ):
            return _build(request, partial, lang, progress)
    except OSError as exc:
        raise ValidationError(
            tr("Cannot write {path}: {reason}").format(path=out_path, reason=exc.strerror or exc)
        ) from exc


def _build(request: ReportRequest, partial: Path, lang: str, progress) -> int:
    secret = request.include_confidential
    if request.kind == MONTHLY:
        from cxjournal.reports.monthly import build_monthly_report

        if request.year is None or request.month is None:
            raise ValidationError(tr("Say which month the report is for."))
        return build_monthly_report(
            partial,
            request.year,
            request.month,
            lang=lang,
            include_confidential=secret,
            progress=progress,
        )
    if request.kind == PERSON:
        from cxjournal.reports.person_history import build_person_report

        if request.person_id is None:
            raise ValidationError(tr("Say whose history to print."))
        return build_person_report(
            partial,
            request.person_id,
            lang=lang,
            include_confidential=secret,
            include_files=request.include_files,
            progress=progress,
        )
    if request.kind == WEEK:
        from cxjournal.reports.weekly_sheet import build_week_sheet

        return build_week_sheet(
            partial,
            week_of=request.week_of,
            lang=lang,
            include_confidential=secret,
            progress=progress,
        )
    if request.kind == PRIVACY:
        from cxjournal.reports.privacy_register import build_privacy_register

        return build_privacy_register(partial, lang=lang, progress=progress)
    raise ValidationError(tr("There is no report called “{kind}”.").format(kind=request.kind))
