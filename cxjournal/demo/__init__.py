"""Realistic, deterministic demo journals for a small shop, in French or English.

``fill_demo`` (in ``journal``) tells the story step by step: people and departments (``people``),
entries with their responses and tags (``entries``), promises (``promises``) and follow-ups
(``followups``). The words come from ``data/<lang>.json`` (``words``).
"""

from cxjournal.demo.journal import DemoResult, fill_demo

__all__ = ["DemoResult", "fill_demo"]
