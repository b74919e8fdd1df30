"""Reusable widgets and helpers the pages and dialogs are built from (tables, the entry detail,
a person's view, combo boxes, colours, buttons), and calling services from a widget (feedback, work
off the GUI thread)."""
