"""Paraat's domain: the household, its plan and their rules. Pure Python, no Qt."""
