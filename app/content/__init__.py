"""Guidance for the Informatie page: chapters, search and the personal power-cut timeline.

Qt-free, like ``app.core``: the GUI renders what this package returns.
"""
