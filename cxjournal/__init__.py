"""CX Journal: one journal of customers, staff, promises and follow-ups for a small business."""

from cxjournal.store.driver import import_peewee_without_driver

__version__ = "0.1.0"

# Before anything imports peewee: a journal file must not load the PostgreSQL driver (see there).
import_peewee_without_driver()
