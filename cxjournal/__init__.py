"""CX Journal: one journal of customers, staff, promises and follow-ups for a small business."""

__version__ = "0.1.0"
