"""Entry point for ``python -m cxjournal`` (and for the desktop bundle)."""

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # a bundled app's child processes start through here

    from cxjournal.cli import main

    raise SystemExit(main())
