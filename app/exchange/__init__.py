"""Exchanging the household's data with other programs: CSV for spreadsheets, iCalendar.

Qt-free, like ``app.core`` and ``app.storage``: the command line and the GUI call the same
functions, and problems come back as ``app.core.fields.Problem`` codes (words in ``words.py``).
"""
