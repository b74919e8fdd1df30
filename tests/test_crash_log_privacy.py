"""The error log keeps what support needs (exception types, files, lines, functions) and nothing
people typed: no exception messages, no values. It keeps the last reports only, and is private."""

from __future__ import annotations

import sys
from pathlib import Path

from cxjournal.ui.shell import crash_log


def _fail_with_user_text(name: str) -> None:
    try:
        raise KeyError(f"client {name}")
    except KeyError as exc:
        raise ValueError(f"Entry about {name}: rendez-vous annulé") from exc


def _log_one(path: Path, name: str = "Amélie Château") -> None:
    try:
        _fail_with_user_text(name)
    except ValueError:
        crash_log.write_crash_log(*sys.exc_info(), path=path)


def test_the_log_has_types_files_and_lines_but_no_user_text(tmp_path):
    log = tmp_path / "logs" / "errors.log"
    _log_one(log)
    text = log.read_text(encoding="utf-8")
    assert "Amélie" not in text and "Château" not in text and "annulé" not in text
    assert "ValueError" in text and "KeyError" in text
    assert "direct cause" in text  # the chain is kept
    assert "_fail_with_user_text" in text and "test_crash_log_privacy.py" in text
    assert ", line " in text


def test_an_os_error_keeps_its_code_not_its_file_name(tmp_path):
    log = tmp_path / "errors.log"
    try:
        open(tmp_path / "Zoé Dupont.pdf" / "missing")
    except OSError:
        crash_log.write_crash_log(*sys.exc_info(), path=log)
    text = log.read_text(encoding="utf-8")
    assert "FileNotFoundError" in text and "ENOENT" in text
    assert "Zoé" not in text


def test_only_the_last_reports_are_kept(tmp_path):
    log = tmp_path / "errors.log"
    for number in range(crash_log.MAX_REPORTS + 5):
        try:
            raise RuntimeError(str(number))
        except RuntimeError:
            crash_log.write_crash_log(*sys.exc_info(), path=log)
    text = log.read_text(encoding="utf-8")
    assert text.count("--- ") == crash_log.MAX_REPORTS
    assert log.stat().st_size <= crash_log.MAX_LOG_BYTES


def test_reports_written_before_scrubbing_are_dropped(tmp_path):
    log = tmp_path / "errors.log"
    log.write_text("--- 2026-01-01T10:00:00 CX Journal 0.9\nValueError: Amélie Château\n\n")
    old = log.with_suffix(".old.log")
    old.write_text("--- 2025-12-01T10:00:00 CX Journal 0.9\nKeyError: 'Zoé'\n\n")
    _log_one(log, "Noël")
    text = log.read_text(encoding="utf-8")
    assert "Amélie" not in text and text.count("--- ") == 1
    assert not old.exists()
