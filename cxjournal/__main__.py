"""Entry point for ``python -m cxjournal`` (and for the desktop bundle)."""

if __name__ == "__main__":
    import sys

    if getattr(sys, "frozen", False):
        # A bundled app's child processes (report typesetting) start through here. Only a bundle
        # needs this, and importing multiprocessing costs a plain start several milliseconds.
        import multiprocessing

        multiprocessing.freeze_support()

    from cxjournal.cli import main

    raise SystemExit(main())
