"""Paraat's storage: one durable SQLite file per household. Pure Python, no Qt."""
