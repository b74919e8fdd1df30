"""The yardstick: a bare PySide6 window, started and measured exactly like CX Journal.

python benchmarks/bare_qt.py          # prints "first-paint <time>" after its first paint, quits
python benchmarks/bare_qt.py --rss    # prints "rss-mb <MB>" once the window is shown
"""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1200, 760)
    window.show()
    if "--rss" in sys.argv:
        for _ in range(20):
            app.processEvents()
        print(f"rss-mb {rss_mb():.1f}", flush=True)
        return 0
    os.environ.setdefault("CXJOURNAL_EXIT_AFTER_PAINT", "1")
    from cxjournal.ui.shell.first_paint import exit_after_first_paint_if_asked

    exit_after_first_paint_if_asked(window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
