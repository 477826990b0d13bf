"""Paraat's vocabulary: every word the app shows or prints for a code, below both the window
(app/ui) and the printed documents (app/report), so paper never depends on screens.

Two halves:

- Through Qt's translations (``tr()``; Dutch in resources/i18n/paraat_nl.ts): ``i18n`` (``tr``,
  the current language, loading the translators), ``numbers`` (amounts, plural forms), and
  the labels of each booklet step — ``kit`` (categories, units, quantities, how a figure was
  worked out), ``plan`` (age groups, heating, meeting places, tasks, agreements, what is still
  missing), ``together`` (kinds of contact and phone number, help offered), ``backups`` —
  and ``problems`` (why a value was not saved).
- Without Qt: ``bilingual`` holds Dutch and English pairs in Python for the files Paraat
  writes and reads (CSV headers, units), the command line, and the reasons a file or the
  database could not be written; and it reads resources/words/labels.toml, the one source of
  the labels both halves show (kit and contact categories, phone kinds, record kinds, small
  words, months): the Qt label functions return its entries. app/exchange, app/content and
  the command line use it without loading Qt.

This file imports nothing, so ``app.words.bilingual`` stays free of Qt.
"""
