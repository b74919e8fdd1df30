"""A fresh Linux desktop without libxcb-cursor0: one line naming the package, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys

from cxjournal.ui.shell import platform_check


def test_offscreen_wayland_and_other_systems_need_no_check(monkeypatch):
    monkeypatch.setattr(platform_check, "LIBRARIES", {"libcxjournal-absent.so.0": "absent0"})
    assert platform_check.missing_packages("linux", {"QT_QPA_PLATFORM": "offscreen"}) == []
    assert platform_check.missing_packages("linux", {"WAYLAND_DISPLAY": "wayland-0"}) == []
    assert platform_check.missing_packages("win32", {}) == []
    assert platform_check.missing_packages("darwin", {}) == []


def test_each_missing_library_is_named_by_its_package(monkeypatch, tmp_path):
    (tmp_path / "libcxjournal-here.so.0").write_bytes(b"")
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    monkeypatch.setattr(
        platform_check,
        "LIBRARIES",
        {
            "libcxjournal-absent.so.0": "libxcb-cursor0",
            "libcxjournal-here.so.0": "here0",
            "libcxjournal-gone.so.4": "libxcb-icccm4",
        },
    )
    expected = ["libxcb-cursor0", "libxcb-icccm4"]
    assert platform_check.missing_packages("linux", {"DISPLAY": ":0"}) == expected
    assert platform_check.missing_packages("linux", {"QT_QPA_PLATFORM": "xcb"}) == expected


def test_present_libraries_pass(monkeypatch, tmp_path):
    (tmp_path / "libcxjournal-here.so.0").write_bytes(b"")
    monkeypatch.setattr(platform_check, "LIBRARIES", {"libcxjournal-here.so.0": "here0"})
    monkeypatch.setenv("LD_LIBRARY_PATH", str(tmp_path))
    assert platform_check.missing_packages("linux", {"DISPLAY": ":0"}) == []


def test_window_start_says_which_package_and_exits(tmp_path):
    """The real start path, with the library made unfindable: one line, exit 1, no Qt abort."""
    code = (
        "import sys\n"
        "from cxjournal.ui.shell import platform_check\n"
        "platform_check.LIBRARIES = {'libcxjournal-absent.so.0': 'libxcb-cursor0'}\n"
        "from cxjournal.cli import main\n"
        f"sys.exit(main(['--db', {str(tmp_path / 'j.db')!r}]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", LANG="C")
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "libxcb-cursor0" in lines[0], result.stderr
    assert not (tmp_path / "j.db").exists()
