"""Paraat: an offline household emergency plan for the Dutch 'Denk vooruit' booklet."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Paraat"
