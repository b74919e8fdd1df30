"""Shared fixtures: offscreen Qt and a fresh journal database for every test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
